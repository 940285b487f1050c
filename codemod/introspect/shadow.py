"""Read a Schema from a folder of SQL migrations, applied to a throwaway server."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from codemod.errors import MigrationError, SourceError
from codemod.introspect.live import read_schema
from codemod.introspect.server import PG_BIN_ENV, TemporaryServer, default_bin_dir
from codemod.model import Schema

if TYPE_CHECKING:
    import psycopg

# What a Supabase project has before its first migration, reduced to what migrations
# commonly reference, so that they also apply to plain PostgreSQL. These schemas are
# platform schemas: read_schema() never reports them.
SUPABASE_STUB_SQL: Final = """
create schema if not exists auth;
create schema if not exists storage;
create schema if not exists extensions;

do $stub$
declare
    role_name text;
begin
    foreach role_name in array array['anon', 'authenticated', 'service_role', 'supabase_admin']
    loop
        if not exists (select from pg_catalog.pg_roles where rolname = role_name) then
            execute format('create role %I nologin noinherit', role_name);
        end if;
    end loop;
end
$stub$;

create or replace function auth.jwt() returns jsonb language sql stable as $$
    select nullif(current_setting('request.jwt.claims', true), '')::jsonb
$$;
create or replace function auth.uid() returns uuid language sql stable as $$
    select (auth.jwt() ->> 'sub')::uuid
$$;
create or replace function auth.role() returns text language sql stable as $$
    select auth.jwt() ->> 'role'
$$;
create or replace function auth.email() returns text language sql stable as $$
    select auth.jwt() ->> 'email'
$$;

create table if not exists auth.users (
    id uuid primary key default gen_random_uuid(),
    email text,
    phone text,
    role text,
    raw_app_meta_data jsonb,
    raw_user_meta_data jsonb,
    created_at timestamptz default now(),
    updated_at timestamptz default now()
);

create table if not exists storage.buckets (
    id text primary key,
    name text not null,
    owner uuid,
    public boolean default false,
    file_size_limit bigint,
    allowed_mime_types text[],
    created_at timestamptz default now(),
    updated_at timestamptz default now()
);

create table if not exists storage.objects (
    id uuid primary key default gen_random_uuid(),
    bucket_id text references storage.buckets (id),
    name text,
    owner uuid,
    metadata jsonb,
    created_at timestamptz default now(),
    updated_at timestamptz default now(),
    last_accessed_at timestamptz default now()
);

-- Used by storage policies: (storage.foldername(name))[1] = auth.uid()::text
create or replace function storage.foldername(name text) returns text[]
language sql immutable as $$
    select (string_to_array(name, '/'))[1:cardinality(string_to_array(name, '/')) - 1]
$$;

grant usage on schema auth, storage, extensions to anon, authenticated, service_role;
"""


def read_schema_from_migrations(
    folder: Path, db_schemas: Sequence[str], *, pg_bin: Path | str | None = None
) -> Schema:
    """Apply every `*.sql` in `folder` (by file name) to a fresh server and read it."""
    import psycopg

    migrations = _migration_files(folder)
    with TemporaryServer(pg_bin) as server:
        with psycopg.connect(server.conninfo(), autocommit=True) as conn:
            conn.execute(SUPABASE_STUB_SQL)
            for path in migrations:
                _apply(conn, path)
        return read_schema(server.conninfo(), db_schemas)


def _migration_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise SourceError(f"The migrations folder {folder} does not exist or is not a folder.")
    files = sorted((p for p in folder.glob("*.sql") if p.is_file()), key=lambda p: p.name)
    if not files:
        raise SourceError(f"The migrations folder {folder} has no *.sql files.")
    return files


def _apply(conn: psycopg.Connection[tuple[object, ...]], path: Path) -> None:
    """Run one migration file as the Supabase CLI does: in one transaction, except that
    CONCURRENTLY statements, which cannot run in one, are sent on their own."""
    import psycopg

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceError(f"Could not read migration {path}: {error}") from None
    offset = 0
    try:
        conn.execute("begin")
        for start, sql, concurrent in _statements(text):
            offset = start  # where the error message points, should this one fail
            if concurrent:
                conn.execute("commit")
            # No parameters: psycopg sends the text as it is (% signs need no escaping).
            conn.execute(sql.encode())
            if concurrent:
                conn.execute("begin")
        conn.execute("commit")
    except psycopg.Error as error:
        raise MigrationError(_failure(path, text, offset, error)) from None


def _statements(text: str) -> list[tuple[int, str, bool]]:
    """(offset, text, runs concurrently) of each statement; the whole file as one when
    PostgreSQL's parser cannot split it, so that the server reports the syntax error."""
    from codemod.lint.nodes import concurrent_operation
    from codemod.lint.source import ParseFailure, read_sql

    found: dict[int, tuple[int, str, bool]] = {}
    for statement in read_sql(text).statements:
        node = statement.node
        if isinstance(node, ParseFailure):
            return [(0, text, False)]
        # Several parse trees of one text (`select 1; select 2` without a newline) are
        # one statement to send.
        found[statement.start] = (
            statement.start,
            statement.text,
            concurrent_operation(node) is not None,
        )
    return list(found.values())


def _failure(path: Path, text: str, offset: int, error: psycopg.Error) -> str:
    diag = error.diag
    # The failing statement starts at `offset`; a syntax error also has a 1-based
    # character position inside the text that was sent.
    position = offset + max(int(diag.statement_position or 1) - 1, 0)
    where = f"{path}, line {text.count(chr(10), 0, position) + 1}"
    state = f" (SQLSTATE {diag.sqlstate})" if diag.sqlstate else ""
    parts = [diag.message_primary or str(error), diag.message_detail, diag.message_hint]
    if diag.sqlstate == "0A000" and "extension" in (diag.message_primary or ""):
        parts.append(
            f"The PostgreSQL that schemasync starts (binaries in {default_bin_dir()}) lacks "
            f"this extension; set {PG_BIN_ENV} to the bin folder of a PostgreSQL that has "
            "it, e.g. /usr/lib/postgresql/15/bin"
        )
    message = " ".join(_sentence(p) for p in parts if p)
    return (
        f"Migration {where} failed{state}: {message} Earlier migrations were applied; "
        "later ones were not run."
    )


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith(".") else text + "."
