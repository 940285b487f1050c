"""The kinds of database object schemasync writes a class for: one module each, in one
ordered registry.

A kind (`codemod.kinds.kind.Kind`) says which objects of the schema it has
(`subjects`), what their classes are called by default and which file each goes to,
what an object and a class are made of (to pair them by content when the name does not
match), how an object and its class compare, and what a new class holds. The planner
resolves every kind's class names at once, pairs classes with objects, then asks each
kind to compare; it knows no kind by name. Adding a kind is adding a module and listing
it in `registry()`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from codemod.kinds.kind import (
    Comparison,
    Context,
    Kind,
    Shape,
    Subject,
    local_content,
    prefixed_name,
)

if TYPE_CHECKING:
    from codemod.config import Config

__all__ = [
    "Comparison",
    "Context",
    "Kind",
    "Shape",
    "Subject",
    "enabled_kinds",
    "local_content",
    "prefixed_name",
    "registry",
]


def registry() -> tuple[Kind, ...]:
    """Every kind, in the order they are planned: enums and composite types before the
    rows whose columns are annotated with them."""
    from codemod.kinds.composites import COMPOSITE
    from codemod.kinds.enums import ENUM
    from codemod.kinds.rows import INSERT, ROW, UPDATE

    return (ENUM, COMPOSITE, ROW, INSERT, UPDATE)


def enabled_kinds(config: Config, kinds: Sequence[Kind] | None = None) -> tuple[Kind, ...]:
    """The kinds this configuration writes: every kind that is not a row kind, and the
    row kinds `row_kinds` lists."""
    from codemod.config import ROW_KINDS

    return tuple(
        k
        for k in (kinds if kinds is not None else registry())
        if k.name not in ROW_KINDS or k.name in config.row_kinds
    )
