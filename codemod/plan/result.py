"""A plan: the changes planning found, and what the version module records.

Apart from the change types (`codemod.plan.changes`): the in-sync path builds a Plan
from the version module's constants and needs none of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from codemod.severity import Severity

if TYPE_CHECKING:
    from codemod.plan.changes import Change


@dataclass(frozen=True)
class Plan:
    """What `check` reports and `apply` does. `changes` is sorted by file, then line."""

    changes: tuple[Change, ...] = ()
    notes: tuple[str, ...] = ()
    db_hash: str = ""
    counts: tuple[int, int, int] = (0, 0, 0)  # tables, enums, columns
    severities: Mapping[str, Severity] = field(default_factory=dict, compare=False)
    #: (kind, key) -> (path, class name) of each object's class, as planned
    locations: Mapping[tuple[str, str], tuple[str, str]] = field(
        default_factory=dict, compare=False
    )

    def severity_of(self, change: Change) -> Severity:
        return self.severities.get(change.kind, change.default_severity())

    @property
    def drift(self) -> tuple[Change, ...]:
        """Changes a person still has to see: stale items already flagged are not drift."""
        return tuple(c for c in self.changes if not c.settled)

    @property
    def unwritten(self) -> tuple[Change, ...]:
        """Drift that apply leaves for a person (rows that disagree about their base)."""
        return tuple(c for c in self.drift if not c.written)

    def to_apply(self, prune: bool) -> tuple[Change, ...]:
        """What apply changes: the drift, and with --prune also what is already flagged."""
        return self.changes if prune else self.drift

    def worst(self) -> Severity | None:
        return max((self.severity_of(c) for c in self.drift), default=None)
