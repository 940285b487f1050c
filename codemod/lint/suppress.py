"""`-- schemasync-lint: disable=rule-id[,rule-id]` comments.

Right above a statement (no blank line between) they silence that statement; before
the first statement, set apart from it, they silence the whole file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_DIRECTIVE = re.compile(r"schemasync-lint:\s*disable\s*=\s*(?P<ids>[\w-]+(?:\s*,\s*[\w-]+)*)")


def disabled_rules(comments: Iterable[str]) -> frozenset[str]:
    """The rule ids the directives in these comments name."""
    ids: set[str] = set()
    for comment in comments:
        for match in _DIRECTIVE.finditer(comment):
            ids.update(part.strip() for part in match["ids"].split(","))
    return frozenset(ids)
