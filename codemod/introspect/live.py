"""Read a Schema from a running database, in one read-only session.

The session is read-only (`default_transaction_read_only`, and a READ ONLY
transaction on top in case a pooler drops startup options), has a statement timeout,
and reads only the system catalogs, never table data.
"""

from __future__ import annotations

import hashlib
import marshal
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from codemod.config import PLATFORM_SCHEMAS
from codemod.errors import SourceError
from codemod.introspect import catalog_sql
from codemod.introspect.conninfo import describe_conninfo

if TYPE_CHECKING:
    import psycopg

    from codemod.model import Schema

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
#: the code that turns rows into a Schema and its DB_HASH: the digest covers it, so that
#: a new schemasync never takes an old digest for the DB_HASH it would compute
_BUILDER_MODULES: Final = (
    "introspect/catalog_sql.py",
    "introspect/schema_builder.py",
    "model.py",
)


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
        from codemod.introspect.schema_builder import build_schema

        return build_schema(self.names, self.rows, self.server_version)


def catalog_digest(schemas: Sequence[str], rows: tuple[list[tuple[Any, ...]], ...]) -> str:
    """sha256 of everything the Schema and DB_HASH are built from: the code that builds
    them (_BUILDER_MODULES), the schemas asked for, and every row. Equal digests mean
    equal Schemas; a model is not needed to tell.

    The rows are serialized by marshal (format 2, without back-references, so equal
    rows give equal bytes): it reads back to the same rows, so different rows never
    give the same bytes, and it is five times faster than repr() at 40,000 columns.

    The rows hold oids (columns name their relation and type by oid), so the digest is
    of one database's catalog: the same schema created again (`supabase db reset`)
    digests differently, and check then builds the model and compares DB_HASH, as it
    does for any source. Keys the same in every database (positions, type names) cost a
    third more of the column query at 40,000 columns.
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


def _redact(text: str, conninfo: str) -> str:
    """Remove the password itself, whatever form the message quotes it in."""
    from psycopg.conninfo import conninfo_to_dict

    password = str(conninfo_to_dict(conninfo).get("password") or "")
    return text.replace(password, "***") if password else text


def _one_line(text: str) -> str:
    return " ".join(text.split())
