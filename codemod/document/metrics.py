"""What a schema's size and shape come to: counts, the widest and the most referenced
tables, tables without a primary key, junction tables. Pure: a Schema in, values out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from codemod.model import Schema, Table
from codemod.object_keys import qualified_name

#: how many of the widest and of the most referenced tables are listed
TOP = 5


@dataclass(frozen=True)
class Metrics:
    tables: int
    views: int
    columns: int  # of tables and views
    enums: int
    foreign_keys: int
    widest: tuple[tuple[str, int], ...]  # (table, columns), widest first
    most_referenced: tuple[tuple[str, int], ...]  # (table, foreign keys to it)
    without_primary_key: tuple[str, ...]
    junction: tuple[str, ...]
    row_security_off: tuple[str, ...]


def is_table(table: Table) -> bool:
    return table.kind in ("table", "foreign_table")


def measure(schema: Schema) -> Metrics:
    tables = sorted((t for t in schema.tables if is_table(t)), key=lambda t: t.key)
    views = [t for t in schema.tables if t.is_view]
    references = Counter(
        qualified_name(fk.target_schema, fk.target_table) for t in tables for fk in t.foreign_keys
    )
    widest = sorted(tables, key=lambda t: (-len(t.columns), t.key))[:TOP]
    return Metrics(
        tables=len(tables),
        views=len(views),
        columns=sum(len(t.columns) for t in (*tables, *views)),
        enums=len(schema.enums),
        foreign_keys=sum(references.values()),
        widest=tuple((t.key, len(t.columns)) for t in widest if t.columns),
        most_referenced=tuple(sorted(references.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]),
        without_primary_key=tuple(t.key for t in tables if not t.primary_key),
        junction=tuple(t.key for t in tables if t.is_junction),
        row_security_off=tuple(t.key for t in tables if t.kind == "table" and not t.row_security),
    )
