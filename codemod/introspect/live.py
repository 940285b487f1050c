"""Read a Schema from a running database, in one read-only session.

The session is read-only (`default_transaction_read_only`, and a READ ONLY
transaction on top in case a pooler drops startup options), has a statement timeout,
and reads only the system catalogs, never table data.
"""

from __future__ import annotations

import hashlib
import marshal
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from codemod.collector import bulk_building
from codemod.config import PLATFORM_SCHEMAS
from codemod.errors import SourceError
from codemod.introspect import catalog_sql
from codemod.introspect.conninfo import describe_conninfo
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
    qualified_name,
)

if TYPE_CHECKING:
    import psycopg

    Row = dict[str, Any]


DEFAULT_STATEMENT_TIMEOUT_S: Final = 15
CONNECT_TIMEOUT_S: Final = 10
APPLICATION_NAME: Final = "schemasync"

# format_type(), pg_get_expr() and pg_get_constraintdef() qualify names outside the
# search_path and print constants in the session's styles: fix both, so that a live
# database (Supabase adds `extensions` to its search_path) and the shadow database
# render the same schema the same way. Objects in public stay unqualified.
# The column query sorts ~10 MB at 40,000 columns; work_mem keeps that sort in memory.
# Every way of reading the catalogs (a session here, a statement sent to Supabase's
# Management API in codemod.introspect.management_api) sets these.
SESSION_SETTINGS: Final = {
    "search_path": "public",
    "TimeZone": "UTC",
    "DateStyle": "ISO,MDY",
    "IntervalStyle": "postgres",
    "work_mem": "64MB",
}
_QUOTED: Final = re.compile(r'"[^"]{2,}"')
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


#: the code that turns rows into a Schema and its DB_HASH: the digest covers it, so that
#: a new schemasync never takes an old digest for the DB_HASH it would compute
_BUILDER_MODULES: Final = ("introspect/catalog_sql.py", "introspect/live.py", "model.py")


@dataclass(frozen=True)
class Catalog:
    """The catalog rows of one read, as fetched (tuples in the queries' column order),
    and their digest: what `check` compares with the recorded CATALOG_DIGEST before it
    builds any model."""

    names: tuple[tuple[str, ...], ...]  # each query's column names
    rows: tuple[list[tuple[Any, ...]], ...]  # each of catalog_sql.QUERIES, in its order
    server_version: str
    digest: str

    def schema(self) -> Schema:
        """The Schema these rows describe."""
        return build_schema(self.names, self.rows, self.server_version)


def catalog_digest(schemas: Sequence[str], rows: tuple[list[tuple[Any, ...]], ...]) -> str:
    """sha256 of everything the Schema and DB_HASH are built from: the code that builds
    them (_BUILDER_MODULES), the schemas asked for, and every row. Equal digests mean
    equal Schemas; a model is not needed to tell.

    The rows are serialized by marshal (format 2, without back-references, so equal
    rows give equal bytes): it reads back to the same rows, so different rows never
    give the same bytes, and it is five times faster than repr() at 40,000 columns.
    """
    package = Path(__file__).parents[1]
    digest = hashlib.sha256()
    for name in _BUILDER_MODULES:
        digest.update((package / name).read_bytes() + b"\0")
    digest.update("\0".join(schemas).encode() + b"\0")
    digest.update(marshal.dumps(rows, 2))
    return digest.hexdigest()


def read_catalog(
    conninfo: str,
    db_schemas: Sequence[str],
    *,
    statement_timeout_s: int = DEFAULT_STATEMENT_TIMEOUT_S,
) -> Catalog:
    """Fetch the catalog rows of `db_schemas` (minus PLATFORM_SCHEMAS) at `conninfo`:
    the catalog queries in one pipeline, so one round trip, in one snapshot."""
    import psycopg
    from psycopg.rows import tuple_row

    schemas = syncable_schemas(db_schemas)
    params = {"schemas": schemas}
    with connect(conninfo, statement_timeout_s=statement_timeout_s) as conn:
        try:
            with conn.pipeline():
                cursors = [
                    conn.cursor(row_factory=tuple_row).execute(query, params)
                    for query in catalog_sql.QUERIES.values()
                ]
                rows = tuple(cursor.fetchall() for cursor in cursors)
        except psycopg.Error as error:
            raise SourceError(
                f"Reading the catalogs of {describe_conninfo(conninfo)} failed: "
                f"{_one_line(str(error))}"
            ) from None
        names = tuple(tuple(c.name for c in cursor.description or ()) for cursor in cursors)
        version = conn.info.parameter_status("server_version") or ""
    return Catalog(names, rows, version, catalog_digest(schemas, rows))


def read_schema(
    conninfo: str,
    db_schemas: Sequence[str],
    *,
    statement_timeout_s: int = DEFAULT_STATEMENT_TIMEOUT_S,
) -> Schema:
    """Introspect `db_schemas` (minus PLATFORM_SCHEMAS) of the database at `conninfo`."""
    return read_catalog(conninfo, db_schemas, statement_timeout_s=statement_timeout_s).schema()


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


def syncable_schemas(db_schemas: Iterable[str]) -> list[str]:
    """The requested schemas without duplicates and without Supabase's own."""
    return [s for s in dict.fromkeys(db_schemas) if s not in PLATFORM_SCHEMAS]


def connect(
    conninfo: str, *, statement_timeout_s: int = DEFAULT_STATEMENT_TIMEOUT_S
) -> psycopg.Connection[Row]:
    """Open the read-only session schemasync reads with; failures become SourceError."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict
    from psycopg.rows import dict_row

    try:
        given = conninfo_to_dict(conninfo)
    except psycopg.Error as error:
        # libpq quotes the offending part of the string, which may be the password.
        reason = _QUOTED.sub('"..."', _one_line(str(error)))
        raise SourceError(f"The database URL is not valid: {reason}") from None
    # Keep options the URL already has (a pooler's endpoint id, for instance).
    options = [
        str(given.get("options") or ""),
        "-c default_transaction_read_only=on",
        f"-c statement_timeout={statement_timeout_s * 1000}",
        *(f"-c {name}={value}" for name, value in SESSION_SETTINGS.items()),
    ]
    try:
        conn = psycopg.connect(
            conninfo,
            options=" ".join(o for o in options if o),
            application_name=APPLICATION_NAME,
            connect_timeout=given.get("connect_timeout") or CONNECT_TIMEOUT_S,
            row_factory=dict_row,
        )
    except psycopg.Error as error:
        # `from None`: the chained psycopg error could print the conninfo in a traceback.
        raise SourceError(
            f"Could not connect to {describe_conninfo(conninfo)}: "
            f"{_redact(_one_line(str(error)), conninfo)}. Check the URL, that the server is "
            "running and reachable from here, and the user name and password."
        ) from None
    conn.read_only = True
    # One snapshot for all the catalog queries, so they agree with each other.
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    return conn


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


def _redact(text: str, conninfo: str) -> str:
    """Remove the password itself, whatever form the message quotes it in."""
    from psycopg.conninfo import conninfo_to_dict

    password = str(conninfo_to_dict(conninfo).get("password") or "")
    return text.replace(password, "***") if password else text


def _one_line(text: str) -> str:
    return " ".join(text.split())
