"""Which keys each column of a table is part of, for the markdown and the diagram."""

from __future__ import annotations

from dataclasses import dataclass

from codemod.model import Table
from codemod.object_keys import qualified_name


@dataclass(frozen=True)
class KeyMark:
    kind: str  # "PK", "FK" or "UK" (a unique constraint of this one column)
    target: str = ""  # for FK: the column it references, `organizations.id`


def column_keys(table: Table) -> dict[str, tuple[KeyMark, ...]]:
    """Column name -> its marks, primary key first, then foreign keys, then unique."""
    marks: dict[str, list[KeyMark]] = {name: [KeyMark("PK")] for name in table.primary_key}
    for fk in table.foreign_keys:
        target = qualified_name(fk.target_schema, fk.target_table)
        for column, target_column in zip(fk.columns, fk.target_columns, strict=False):
            marks.setdefault(column, []).append(KeyMark("FK", f"{target}.{target_column}"))
    for constraint in table.constraints:
        if constraint.kind == "unique" and len(constraint.columns) == 1:
            marks.setdefault(constraint.columns[0], []).append(KeyMark("UK"))
    return {name: tuple(dict.fromkeys(found)) for name, found in marks.items()}
