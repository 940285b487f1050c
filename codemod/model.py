"""The database side of the comparison: a small tree of frozen dataclasses.

`Schema` is what introspection produces and what a snapshot stores. It has one
canonical JSON form (sorted keys, no whitespace); the sha256 of that form without what
the package does not describe (`UNHASHED_TABLE_FIELDS`) is `DB_HASH`.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

TableKind = Literal["table", "foreign_table", "view", "materialized_view", "composite"]
TypeKind = Literal["base", "enum", "composite", "range", "multirange", "pseudo"]


@dataclass(frozen=True, order=True)
class ColumnType:
    """A column's type, reduced to what the Python side needs.

    `name` is the element type after domains are resolved to their base type, as
    PostgreSQL spells it internally (`int4`, `varchar`, `timestamptz`, or an enum's
    name). `sql` is `format_type()` of the declared type, for reports.
    """

    name: str
    sql: str
    kind: TypeKind = "base"
    schema: str = "pg_catalog"
    array_dims: int = 0
    domain: str | None = None


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType
    nullable: bool = True
    default: str | None = None
    identity: Literal["always", "by default"] | None = None
    generated: str | None = None
    comment: str | None = None

    @property
    def has_default(self) -> bool:
        return self.default is not None or self.identity is not None or self.generated is not None


@dataclass(frozen=True)
class ForeignKey:
    name: str
    columns: tuple[str, ...]
    target_schema: str
    target_table: str
    target_columns: tuple[str, ...]
    on_delete: str = "NO ACTION"
    on_update: str = "NO ACTION"


@dataclass(frozen=True)
class Constraint:
    """A unique or check constraint."""

    name: str
    kind: Literal["unique", "check"]
    columns: tuple[str, ...] = ()
    definition: str = ""


@dataclass(frozen=True)
class Table:
    schema: str
    name: str
    columns: tuple[Column, ...]
    kind: TableKind = "table"
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    constraints: tuple[Constraint, ...] = ()
    comment: str | None = None
    #: a view PostgreSQL lets INSERT and UPDATE write through (a simple view, or one
    #: with rules or INSTEAD OF triggers); always false for other kinds
    view_insertable: bool = False
    view_updatable: bool = False
    #: row-level security is enabled (`alter table ... enable row level security`)
    row_security: bool = False

    @property
    def key(self) -> str:
        return qualified_name(self.schema, self.name)

    @property
    def is_view(self) -> bool:
        return self.kind in ("view", "materialized_view")

    @property
    def insertable(self) -> bool:
        return self.kind in ("table", "foreign_table") or self.view_insertable

    @property
    def updatable(self) -> bool:
        return self.kind in ("table", "foreign_table") or self.view_updatable

    @property
    def is_junction(self) -> bool:
        """A primary key made of two or more columns that are all foreign-key columns."""
        if len(self.primary_key) < 2:
            return False
        fk_columns = {c for fk in self.foreign_keys for c in fk.columns}
        return set(self.primary_key) <= fk_columns

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


@dataclass(frozen=True)
class EnumType:
    schema: str
    name: str
    values: tuple[str, ...]
    comment: str | None = None

    @property
    def key(self) -> str:
        return qualified_name(self.schema, self.name)


#: What `schemasync inspect` documents but the package does not describe: left out of
#: DB_HASH, so that turning row-level security on is no drift, and DB_HASH stays what
#: it was before schemasync read it.
UNHASHED_TABLE_FIELDS = ("row_security",)


@dataclass(frozen=True)
class Schema:
    enums: tuple[EnumType, ...] = ()
    tables: tuple[Table, ...] = ()
    server_version: str = field(default="", compare=False)

    def to_json(self) -> str:
        """The canonical JSON form: sorted keys, no whitespace, objects in name order."""
        return self._json(hashed=False)

    def _json(self, *, hashed: bool) -> str:
        body = {
            "enums": [e.__dict__ for e in sorted(self.enums, key=lambda e: e.key)],
            "tables": [_table_json(t, hashed) for t in sorted(self.tables, key=lambda t: t.key)],
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @functools.cached_property  # DB_HASH is asked for more than once per run
    def sha256(self) -> str:
        """DB_HASH: the canonical JSON without UNHASHED_TABLE_FIELDS, hashed."""
        return hashlib.sha256(self._json(hashed=True).encode()).hexdigest()

    @functools.cached_property  # read when planning and again when recording
    def object_digests(self) -> dict[tuple[str, str], str]:
        """("enum" | "table", key) -> a short sha256 of that object's part of the hashed
        canonical JSON: what tells which objects changed between two schemas."""
        parts = [(("enum", e.key), e.__dict__) for e in self.enums]
        parts += [(("table", t.key), _table_json(t, hashed=True)) for t in self.tables]
        return {
            name: hashlib.sha256(
                json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
            ).hexdigest()[:16]
            for name, data in parts
        }

    @property
    def column_count(self) -> int:
        return sum(len(t.columns) for t in self.tables)

    def enum(self, key: str) -> EnumType | None:
        return next((e for e in self.enums if e.key == key), None)


def _table_json(table: Table, hashed: bool) -> dict[str, Any]:
    """A table as plain data (for DB_HASH: without UNHASHED_TABLE_FIELDS). Field dicts
    are read from `__dict__` (json writes tuples as lists): `dataclasses.asdict`
    deep-copies and costs seconds at 40,000 columns."""
    data = {
        **table.__dict__,
        "columns": [{**c.__dict__, "type": c.type.__dict__} for c in table.columns],
        "foreign_keys": [fk.__dict__ for fk in table.foreign_keys],
        "constraints": [c.__dict__ for c in table.constraints],
    }
    if hashed:
        for name in UNHASHED_TABLE_FIELDS:
            del data[name]
    return data


def qualified_name(schema: str, name: str) -> str:
    """How objects are named in config and reports: bare in `public`, qualified elsewhere.
    A part that holds a dot or a double quote is quoted as SQL quotes it, so that every
    object has its own key: schema `a`'s table `b` is `a.b`, the public table `a.b` is
    `"a.b"`."""
    return _part(name) if schema == "public" else f"{_part(schema)}.{_part(name)}"


def split_key(key: str) -> tuple[str, str]:
    """(schema, name) of a key `qualified_name` made: `a.b` -> (a, b), `"a.b"` ->
    (public, a.b), `items` -> (public, items)."""
    parts: list[str] = []
    rest = key
    while rest:
        if rest.startswith('"'):
            end = 1
            while True:
                end = rest.index('"', end)
                if rest[end + 1 : end + 2] == '"':
                    end += 2
                    continue
                break
            parts.append(rest[1:end].replace('""', '"'))
            rest = rest[end + 1 :].removeprefix(".")
        else:
            part, _, rest = rest.partition(".")
            parts.append(part)
    return ("public", parts[0]) if len(parts) == 1 else (parts[0], ".".join(parts[1:]))


def _part(identifier: str) -> str:
    if "." in identifier or '"' in identifier:
        return '"' + identifier.replace('"', '""') + '"'
    return identifier
