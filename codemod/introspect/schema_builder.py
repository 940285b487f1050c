"""The Schema of the catalog rows (codemod.introspect.catalog_sql's queries), however
they were fetched: by a live session (codemod.introspect.live) or through Supabase's
Management API. Pure: rows in, Schema out.

Its own module, so that a run whose catalog digest matches (check in sync) never imports
the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any, Final

from codemod.collector import bulk_building
from codemod.model import (
    Column,
    ColumnType,
    Constraint,
    EnumType,
    ForeignKey,
    Schema,
    Table,
    TableKind,
    TypeKind,
    catalog_column,
)
from codemod.object_keys import qualified_name

_TABLE_KINDS: Final[dict[str, TableKind]] = {
    "r": "table",
    "p": "table",
    "f": "foreign_table",
    "v": "view",
    "m": "materialized_view",
    "c": "composite",
}
_TYPE_KINDS: Final[dict[str, TypeKind]] = {
    "b": "base",
    "e": "enum",
    "c": "composite",
    "r": "range",
    "m": "multirange",
    "p": "pseudo",
}
_FK_ACTIONS: Final = {
    "a": "NO ACTION",
    "r": "RESTRICT",
    "c": "CASCADE",
    "n": "SET NULL",
    "d": "SET DEFAULT",
}


@bulk_building()
def build_schema(
    names: tuple[tuple[str, ...], ...], rows: tuple[list[tuple[Any, ...]], ...], version: str
) -> Schema:
    """The Schema of the rows the catalog queries (catalog_sql.QUERIES) return, in their
    order, each query's rows as tuples in the order of its column `names`. Canonical
    order (by key, as in to_json), so that a live read equals the same schema read back
    from a snapshot. Rows are read by position (one itemgetter per group of fields), not
    made into dicts: at 40,000 columns that would cost more than the building."""
    enum_names, relation_names, column_names, type_names, constraint_names = names
    enum_rows, relation_rows, column_rows, type_rows, constraint_rows = rows
    enum = _fields(enum_names, "schema", "name", "labels", "comment")
    enums = (
        EnumType(s, n, tuple(labels), comment) for s, n, labels, comment in map(enum, enum_rows)
    )
    type_key = _fields(type_names, *_TYPE_KEY)
    describe = _fields(type_names, *_TYPE_FIELDS)
    types = {type_key(row): _column_type(*describe(row)) for row in type_rows}
    tables = _tables(
        (relation_names, relation_rows),
        (column_names, column_rows),
        types,
        (constraint_names, constraint_rows),
    )
    return Schema(
        enums=tuple(sorted(enums, key=lambda e: e.key)),
        tables=tuple(sorted(tables, key=lambda t: t.key)),
        server_version=version,
    )


def _fields(names: Sequence[str], *wanted: str) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """The values of the `wanted` columns (two or more) of a row, in that order. A query
    without rows may come without names (the Management API's JSON then has none), and
    then no row is read."""
    if not names:
        return lambda row: ()
    return itemgetter(*(names.index(name) for name in wanted))


def _field(names: Sequence[str], name: str) -> Callable[[tuple[Any, ...]], Any]:
    """The value of column `name` of a row (a query without rows: see _fields)."""
    if not names:
        return lambda row: None
    return itemgetter(names.index(name))


Rows = tuple[Sequence[str], list[tuple[Any, ...]]]  # a query's column names and rows


def _tables(
    relations: Rows, columns: Rows, types: dict[tuple[Any, ...], ColumnType], constraints: Rows
) -> list[Table]:
    """The tables of the relation rows, each with its columns (whose types `types` holds
    by their key) and constraints, both found by the relation's oid."""
    by_relation = _field(columns[0], "relation")
    column_type = _fields(columns[0], *_TYPE_KEY)
    column = _fields(
        columns[0],
        "column_name",
        "nullable",
        "column_default",
        "identity",
        "generated",
        "column_comment",
    )
    columns_of = {
        oid: tuple(catalog_column(types[column_type(row)], *column(row)) for row in group)
        for oid, group in groupby(columns[1], key=by_relation)
    }
    constraint = _fields(
        constraints[0],
        "name",
        "kind",
        "columns",
        "target_schema",
        "target_table",
        "target_columns",
        "on_delete",
        "on_update",
        "definition",
    )
    constraints_of = {
        oid: [constraint(row) for row in group]
        for oid, group in groupby(constraints[1], key=_field(constraints[0], "relation"))
    }
    relation = _fields(
        relations[0],
        "relation",
        "schema",
        "table_name",
        "relkind",
        "view_insertable",
        "view_updatable",
        "row_security",
        "table_comment",
    )
    return [
        _table(
            schema,
            name,
            _TABLE_KINDS[kind],
            (insertable, updatable, row_security, comment),
            columns_of.get(oid, ()),
            constraints_of.get(oid, []),
        )
        for oid, schema, name, kind, insertable, updatable, row_security, comment in map(
            relation, relations[1]
        )
    ]


# How a column row names its type, and what the type row says of it, in _column_type's
# order.
_TYPE_KEY: Final = ("type_oid", "type_modifier", "declared_dims")
_TYPE_FIELDS: Final = (
    "type_name",
    "type_sql",
    "type_kind",
    "type_schema",
    "array_dims",
    "domain_schema",
    "domain_name",
)


def _table(
    schema: str,
    name: str,
    kind: TableKind,
    head: tuple[Any, ...],
    columns: tuple[Column, ...],
    constraints: list[tuple[Any, ...]],
) -> Table:
    insertable, updatable, row_security, comment = head
    return Table(
        schema=schema,
        name=name,
        kind=kind,
        view_insertable=insertable,
        view_updatable=updatable,
        row_security=row_security,
        columns=columns,
        primary_key=next((tuple(c[2]) for c in constraints if c[1] == "p"), ()),
        foreign_keys=tuple(_foreign_key(*c) for c in constraints if c[1] == "f"),
        constraints=tuple(
            Constraint(c[0], "unique" if c[1] == "u" else "check", tuple(c[2]), c[8] or "")
            for c in constraints
            if c[1] in ("u", "c")
        ),
        comment=comment,
    )


def _column_type(
    name: str,
    sql: str,
    kind: str,
    schema: str,
    array_dims: int,
    domain_schema: str | None,
    domain_name: str | None,
) -> ColumnType:
    return ColumnType(
        name=name,
        sql=sql,
        kind=_TYPE_KINDS[kind],
        schema=schema,
        array_dims=array_dims,
        domain=qualified_name(domain_schema or "", domain_name) if domain_name else None,
    )


def _foreign_key(
    name: str,
    kind: str,
    columns: list[str],
    target_schema: str,
    target_table: str,
    target_columns: list[str],
    on_delete: str,
    on_update: str,
    definition: str | None,
) -> ForeignKey:
    return ForeignKey(
        name=name,
        columns=tuple(columns),
        target_schema=target_schema,
        target_table=target_table,
        target_columns=tuple(target_columns),
        on_delete=_FK_ACTIONS[on_delete],
        on_update=_FK_ACTIONS[on_update],
    )
