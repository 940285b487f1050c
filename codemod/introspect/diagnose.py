"""Why a migration failed in the shadow database, when the answer is not in the error.

Most failures of a valid migration history are about what the Supabase platform gives a
project before its first migration: an object of the platform, or of an extension that
was enabled from the dashboard (which leaves no migration behind). This module names the
missing object's owner and what the user can do; it runs only after a failure, on the
shadow server that is still up, so it may look around (trying each available extension
in a transaction that is rolled back).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Literal

from codemod.config import PLATFORM_SCHEMAS
from codemod.introspect import platform

if TYPE_CHECKING:
    import psycopg

    Connection = psycopg.Connection[tuple[object, ...]]

ObjectKind = Literal["function", "relation", "type", "schema"]

_MISSING: Final[tuple[tuple[re.Pattern[str], ObjectKind], ...]] = (
    (re.compile(r"^function (?P<name>[^(]+)\(.*\) does not exist"), "function"),
    (re.compile(r'^relation "(?P<name>[^"]+)" does not exist'), "relation"),
    (re.compile(r'^type "(?P<name>[^"]+)" does not exist'), "type"),
    (re.compile(r'^schema "(?P<name>[^"]+)" does not exist'), "schema"),
)
_MISSING_COLUMN: Final = re.compile(r'^column "(?P<column>[^"]+)" of relation "(?P<name>[^"]+)"')
_MISSING_ROLE: Final = re.compile(r'^role "(?P<name>[^"]+)" does not exist')
_UNAVAILABLE: Final = re.compile(
    r'^(extension "(?P<name>[^"]+)" is not available'
    r'|could not open extension control file ".*/(?P<file>[^/"]+)\.control")'
)
_COMPARE_LIVE: Final = (
    "To compare with the real thing instead, pass --db-url (or a snapshot written from "
    "the database with `schemasync snapshot`)."
)

# Per kind: the catalog, its name column and its schema column.
_CATALOGS: Final[dict[ObjectKind, tuple[str, str, str]]] = {
    "function": ("pg_proc", "proname", "pronamespace"),
    "relation": ("pg_class", "relname", "relnamespace"),
    "type": ("pg_type", "typname", "typnamespace"),
    "schema": ("pg_namespace", "nspname", "oid"),
}


def explain_failure(conn: Connection, error: psycopg.Error) -> str | None:
    """A sentence or two on what is missing and what to do, or None."""
    message = error.diag.message_primary or ""
    unavailable = _UNAVAILABLE.match(message)
    if unavailable:
        return _explain_unavailable(
            unavailable["name"] or unavailable["file"], conn.info.server_version // 10000
        )
    if message.startswith("no schema has been selected to create in"):
        return (
            "The search_path is empty here (a baseline's `set_config('search_path', '', "
            "false)` lasts until the end of its file): qualify the name, as public.<name>."
        )
    role = _MISSING_ROLE.match(message)
    if role:
        return (
            f"{role['name']} is not a role of the Supabase platform: create it in "
            "supabase/roles.sql (the Supabase CLI runs it before the migrations) or in an "
            "earlier migration."
        )
    column = _MISSING_COLUMN.match(message)
    if column:
        schemas = _schemas_holding(conn, "relation", column["name"])
        platform_schemas = sorted(PLATFORM_SCHEMAS.intersection(schemas))
        if platform_schemas:
            return _platform_gap(f"{platform_schemas[0]}.{column['name']}.{column['column']}")
        return None
    for pattern, kind in _MISSING:
        found = pattern.match(message)
        if found:
            return _explain_missing(conn, kind, found["name"].replace('"', ""))
    return _stand_in_limit(message)


def _stand_in_limit(message: str) -> str | None:
    """A stand-in's known limit, when the error names its extension (`unrecognized
    parameter namespace "timescaledb"`)."""
    for name in platform.stand_ins():
        schema_caveats, other = platform.caveats(name)
        if (schema_caveats or other) and f'"{name}' in message:
            limits = " ".join([*schema_caveats, *other])
            return f"This is where schemasync's stand-in for {name} falls short: {limits}"
    return None


def _explain_unavailable(extension: str, server_major: int) -> str:
    if platform.has_stand_in(extension) and server_major < 18:
        return (
            f"schemasync stands in for {extension} through PostgreSQL 18's "
            f"extension_control_path, which this PostgreSQL {server_major} lacks: unset "
            "SCHEMASYNC_PG_BIN to use the bundled PostgreSQL 18."
        )
    return (
        f"{extension} is not one of the extensions Supabase offers, so this migration "
        "would fail on Supabase too."
    )


def _explain_missing(conn: Connection, kind: ObjectKind, name: str) -> str | None:
    schema, _, bare = name.rpartition(".")
    if schema in PLATFORM_SCHEMAS and schema not in platform.EXTENSION_SCHEMAS:
        return _platform_gap(name)
    if kind == "schema" and name in PLATFORM_SCHEMAS and name not in platform.EXTENSION_SCHEMAS:
        return _platform_gap(name)
    holders = _schemas_holding(conn, kind, bare)
    if holders and schema not in holders:
        where = ", ".join(sorted(holders))
        if schema:  # `public.uuid_generate_v4()`, but Supabase keeps it in extensions
            return f"{bare} is in {where}, not in {schema}: write {min(holders)}.{bare}."
        return (
            f"{bare} exists in {where}, which is not on the search_path here (a baseline's "
            "`set_config('search_path', '', false)` lasts until the end of its file): "
            f"qualify it, as {min(holders)}.{bare}."
        )
    extension = _providing_extension(conn, kind, bare)
    if extension is None:
        return None
    return (
        f"{name} comes with the extension {extension}, which no earlier migration enables "
        "(on Supabase it may have been enabled from the dashboard, which leaves no "
        f"migration): add `create extension if not exists {extension} with schema "
        "extensions;` to a migration before this one."
    )


def _platform_gap(name: str) -> str:
    return (
        f"{name} belongs to the Supabase platform, which schemasync recreates as of "
        f"{platform.PLATFORM_VERSION} without it; please report this. {_COMPARE_LIVE}"
    )


def _schemas_holding(
    conn: Connection, kind: ObjectKind, name: str, extension: str | None = None
) -> set[str]:
    """The schemas holding an object of `kind` called `name` (only the members of
    `extension`, if given)."""
    from psycopg import sql

    catalog, name_column, schema_column = _CATALOGS[kind]
    query = sql.SQL(
        "select n.nspname from {catalog} o join pg_namespace n on n.oid = o.{schema} "
        "where o.{name} = %(name)s"
    ).format(
        catalog=sql.Identifier(catalog),
        schema=sql.Identifier(schema_column),
        name=sql.Identifier(name_column),
    )
    if extension is not None:
        query += sql.SQL(
            " and exists (select from pg_depend d join pg_extension e on e.oid = d.refobjid"
            " where d.classid = {catalog}::regclass and d.objid = o.oid and d.deptype = 'e'"
            " and e.extname = %(extension)s)"
        ).format(catalog=sql.Literal(catalog))
    rows = conn.execute(query, {"name": name, "extension": extension}).fetchall()
    return {str(row[0]) for row in rows}


def _providing_extension(conn: Connection, kind: ObjectKind, name: str) -> str | None:
    """The available extension that, once created, holds the object; each is tried in
    a savepoint of one transaction that is rolled back."""
    import psycopg
    from psycopg import sql

    candidates = conn.execute(
        "select name from pg_available_extensions where installed_version is null order by name"
    ).fetchall()
    conn.execute("begin")
    try:
        for (extension,) in candidates:
            conn.execute("savepoint trial")
            try:
                conn.execute(
                    sql.SQL("create extension {} cascade").format(sql.Identifier(str(extension)))
                )
                holders = _schemas_holding(conn, kind, name, str(extension))
            except psycopg.Error:
                holders = set()
            conn.execute("rollback to savepoint trial")
            if holders:
                return str(extension)
    finally:
        conn.execute("rollback")
    return None
