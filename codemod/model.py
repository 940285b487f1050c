"""The database side of the comparison: a small tree of frozen dataclasses.

`Schema` is what introspection produces and what a snapshot stores. It has one
canonical JSON form (sorted keys, no whitespace); the sha256 of that form without what
the package does not describe (`UNHASHED_TABLE_FIELDS`) is `DB_HASH`.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from codemod.collector import bulk_building
from codemod.object_keys import qualified_name

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


def catalog_column(
    column_type: ColumnType,
    name: str,
    nullable: bool,
    default: str | None,
    identity: Literal["always", "by default"] | None,
    generated: str | None,
    comment: str | None,
) -> Column:
    """`Column(name, column_type, nullable, default, identity, generated, comment)` at
    a third of the cost, for the builder of 40,000 of them: a frozen dataclass's
    __init__ sets each field through object.__setattr__, and this sets the instance's
    dict once. Every field is given, so the result is the same Column (a property test
    holds it to the constructor)."""
    column = object.__new__(Column)
    object.__setattr__(
        column,
        "__dict__",
        {
            "name": name,
            "type": column_type,
            "nullable": nullable,
            "default": default,
            "identity": identity,
            "generated": generated,
            "comment": comment,
        },
    )
    return column


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
        return self._canonical_json

    @bulk_building()
    def to_data(
        self, only: Container[tuple[str, str]] | None = None
    ) -> dict[str, list[dict[str, Any]]]:
        """The canonical JSON's data as plain dicts and lists (what `json.loads` of
        `to_json()` gives), built anew at each call: not kept, since a Schema of
        40,000 columns would hold 15 MB more for the rest of the run. With `only`, of
        just those objects, named as `object_digests` names them."""
        types: dict[int, dict[str, Any]] = {}  # by id: the types live as long as self
        enums = sorted(self.enums, key=lambda e: e.key)
        tables = sorted(self.tables, key=lambda t: t.key)
        return {
            "enums": [_enum_json(e) for e in enums if only is None or ("enum", e.key) in only],
            "tables": [
                _table_json(t, types) for t in tables if only is None or ("table", t.key) in only
            ],
        }

    @functools.cached_property  # a run may ask for the JSON and DB_HASH more than once
    def _canonical_json(self) -> str:
        return canonical_json(self.to_data()).decode()

    @property
    def sha256(self) -> str:
        """DB_HASH: the canonical JSON without UNHASHED_TABLE_FIELDS, hashed."""
        return self._hashes[0]

    @property
    def object_digests(self) -> dict[tuple[str, str], str]:
        """("enum" | "table", key) -> a short sha256 of that object's part of the hashed
        canonical JSON: what tells which objects changed between two schemas."""
        return self._hashes[1]

    @functools.cached_property  # read when planning and again when recording
    @bulk_building()
    def _hashes(self) -> tuple[str, dict[tuple[str, str], str]]:
        """DB_HASH and the object digests, from one serialization of each object: the
        hashed JSON is `{"enums":[...],"tables":[...]}` with each object's JSON in key
        order, which is what `data_sha256` hashes, written out part by part."""
        types: dict[int, dict[str, Any]] = {}
        enums = [(("enum", e.key), canonical_json(_enum_json(e))) for e in self.enums]
        tables = [
            (("table", t.key), canonical_json(_hashed_table(_table_json(t, types))))
            for t in self.tables
        ]
        enums.sort()
        tables.sort()
        whole = b"".join(
            (
                b'{"enums":[',
                b",".join(text for _, text in enums),
                b'],"tables":[',
                b",".join(text for _, text in tables),
                b"]}",
            )
        )
        digests = {name: _digest(text) for name, text in enums + tables}
        return hashlib.sha256(whole).hexdigest(), digests

    @property
    def column_count(self) -> int:
        return sum(len(t.columns) for t in self.tables)

    def enum(self, key: str) -> EnumType | None:
        return next((e for e in self.enums if e.key == key), None)


def data_sha256(data: Mapping[str, Sequence[Mapping[str, Any]]]) -> str:
    """DB_HASH of the canonical JSON's data (`Schema.to_data()`, or the same rebuilt
    from elsewhere, objects in key order): its JSON without UNHASHED_TABLE_FIELDS,
    hashed."""
    hashed = [_hashed_table(table) for table in data["tables"]]
    return hashlib.sha256(canonical_json({**data, "tables": hashed})).hexdigest()


def indented_json(data: object) -> str:
    """`data` as JSON for review (snapshots): sorted keys, two spaces an indent level;
    what `json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False)` writes (a
    property test holds it to that), where the standard library's indenting encoder,
    written in Python, takes 0.8 s at 40,000 columns."""
    import orjson

    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode()


def object_digest(kind: Literal["enum", "table"], item: Mapping[str, Any]) -> str:
    """The digest `Schema.object_digests` gives an object, of its canonical data."""
    return _digest(canonical_json(_hashed_table(item) if kind == "table" else item))


def _digest(text: bytes) -> str:
    return hashlib.sha256(text).hexdigest()[:16]


def _hashed_table(table: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in table.items() if k not in UNHASHED_TABLE_FIELDS}


def canonical_json(data: object) -> bytes:
    """`data` as canonical JSON, in UTF-8: sorted keys, no whitespace, nothing escaped
    that JSON does not require; byte for byte what `json.dumps(data, sort_keys=True,
    separators=(",", ":"), ensure_ascii=False)` writes (a property test holds it to
    that). orjson writes it four times as fast: at 40,000 columns, 36 ms instead of 150.
    Imported here: its import costs 10 ms, which a run that builds no model never pays."""
    import orjson

    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)


def _enum_json(enum: EnumType) -> dict[str, Any]:
    return {**enum.__dict__, "values": list(enum.values)}


def _table_json(table: Table, types: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """A table as plain data, tuples as lists. Field dicts are copied from `__dict__`:
    `dataclasses.asdict` deep-copies and costs seconds at 40,000 columns. Columns of one
    ColumnType share one dict of it, made once (`types`, by the type's id)."""
    return {
        **table.__dict__,
        "columns": [
            {
                **c.__dict__,
                "type": types.get(id(c.type)) or types.setdefault(id(c.type), {**c.type.__dict__}),
            }
            for c in table.columns
        ],
        "primary_key": list(table.primary_key),
        "foreign_keys": [
            {**fk.__dict__, "columns": list(fk.columns), "target_columns": list(fk.target_columns)}
            for fk in table.foreign_keys
        ],
        "constraints": [{**c.__dict__, "columns": list(c.columns)} for c in table.constraints],
    }
