"""Read a Schema from a folder of Supabase migrations: the shadow database.

The migrations are applied, by the Supabase CLI's rules, to a throwaway PostgreSQL that
holds what a new Supabase project holds before its first migration (the platform:
`codemod/introspect/platform/`), and the result is read like a live database.

Runs cost what changed: the Schema is cached by the content of everything that decides
it, and the platform is applied once per server build into a prepared data folder that
each run copies (`shadow_cache`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from codemod.errors import SourceError
from codemod.feedback import SILENT, Feedback
from codemod.introspect import platform
from codemod.introspect.migrations import (
    MigrationHistory,
    apply_history,
    read_history,
)
from codemod.introspect.server import (
    TemporaryServer,
    default_bin_dir,
    server_identity,
    sweep_orphans,
)
from codemod.introspect.shadow_cache import Notes, ShadowCache, content_key, default_cache_dir
from codemod.introspect.shadow_options import ShadowOptions
from codemod.model import Schema

if TYPE_CHECKING:
    import psycopg

    Connection = psycopg.Connection[tuple[object, ...]]

# The code whose output a cached Schema is: a change to it is a cache miss.
_READER_MODULES: Final = ("catalog_sql.py", "live.py", "schema_builder.py")


def read_schema_from_migrations(
    folder: Path,
    db_schemas: Sequence[str],
    *,
    options: ShadowOptions | None = None,
    feedback: Feedback = SILENT,
) -> Schema:
    """Apply the migrations in `folder` to a shadow database and read `db_schemas`."""
    options = options or ShadowOptions()
    history = read_history(folder)
    for path, why in history.skipped:
        feedback.detail(f"skipped {path}: {why}")
    bin_dir = options.pg_bin or default_bin_dir()
    cache = _open_cache(options)
    key = _schema_key(history, db_schemas, bin_dir)
    cached = cache.load_schema(key) if cache is not None else None
    if cached is not None:
        feedback.detail(f"shadow database: {len(history.migrations)} migrations, from the cache")
        schema, notes = cached
    else:
        for removed in sweep_orphans():
            feedback.detail(f"removed {removed}, left by an earlier run that was killed")
        from codemod.introspect.diagnose import explain_failure
        from codemod.introspect.live import read_schema

        feedback.status(f"shadow database: applying {len(history.migrations)} migrations")
        try:
            with platform_server(bin_dir, cache) as server:
                import psycopg

                with psycopg.connect(server.conninfo(), autocommit=True) as conn:
                    platform_extensions = _extensions(conn)
                    apply_history(
                        conn, history, timeout_s=options.timeout_s, explain=explain_failure
                    )
                    notes = _caveats(_extensions(conn) - platform_extensions)
                schema = read_schema(server.conninfo(), db_schemas)
        finally:
            feedback.status("")
        if cache is not None:
            cache.store_schema(key, schema, notes)
    for warning in notes["warnings"]:
        feedback.warn(warning)
    for detail in notes["details"]:
        feedback.detail(detail)
    return schema


def _extensions(conn: Connection) -> set[str]:
    return {str(row[0]) for row in conn.execute("select extname from pg_extension")}


def _caveats(created: set[str]) -> Notes:
    """What the stand-ins of the extensions the migrations created cannot do (those the
    platform has from the start are not the user's choice): warnings for what changes
    the schema read, details for the rest."""
    notes: Notes = {"warnings": [], "details": []}
    for extension in sorted(created):
        schema_caveats, other = platform.caveats(extension)
        for kind, found in (("warnings", schema_caveats), ("details", other)):
            if found:
                text = " ".join(found)
                notes[kind].append(f"the shadow database's {extension} is a stand-in: {text}")
    return notes


def _open_cache(options: ShadowOptions) -> ShadowCache | None:
    if not options.use_cache:
        return None
    root = options.cache_dir or default_cache_dir()
    return ShadowCache(root) if root is not None else None


def _schema_key(history: MigrationHistory, db_schemas: Sequence[str], bin_dir: Path) -> str:
    reader = Path(__file__).parent
    parts: list[str | bytes] = [
        _cluster_key(bin_dir),
        "\0".join(db_schemas),
        *((reader / name).read_bytes() for name in _READER_MODULES),
    ]
    for migration in history.applied:
        parts += [migration.path.name, migration.text]
    return content_key(*parts)


def _cluster_key(bin_dir: Path) -> str:
    return content_key(server_identity(bin_dir), platform.identity())


@contextlib.contextmanager
def platform_server(bin_dir: Path, cache: ShadowCache | None) -> Iterator[TemporaryServer]:
    """A running server that holds the platform: a copy of the cache's prepared data
    folder (made first if there is none), or, without a cache, made from scratch."""
    key = _cluster_key(bin_dir)
    prepared = None
    if cache is not None:
        prepared = cache.cluster(key) or _prepare(bin_dir, cache, key)
    with contextlib.ExitStack() as stack:
        try:
            server = _start(stack, bin_dir, prepared)
        except SourceError:
            if cache is None or prepared is None:
                raise
            # A damaged prepared folder is made again, once; a second failure is real.
            cache.drop_cluster(key)
            server = _start(stack, bin_dir, _prepare(bin_dir, cache, key))
        yield server


def _start(
    stack: contextlib.ExitStack[bool | None], bin_dir: Path, prepared: Path | None
) -> TemporaryServer:
    server = stack.enter_context(
        TemporaryServer(bin_dir, data_from=prepared, extension_dir=platform.STAND_INS)
    )
    if prepared is None:
        platform.apply(server.conninfo(), server.major_version)
    return server


def _prepare(bin_dir: Path, cache: ShadowCache, key: str) -> Path | None:
    """Make the prepared data folder for `key` (initdb, the platform, a clean stop);
    None when the cache cannot be written."""
    import psycopg

    with TemporaryServer(bin_dir, extension_dir=platform.STAND_INS) as server:
        platform.apply(server.conninfo(), server.major_version)
        with psycopg.connect(server.conninfo(), autocommit=True) as conn:
            conn.execute("checkpoint")  # WAL past min_wal_size is removed: less to copy
        server.shutdown()
        return cache.store_cluster(key, server.data_dir)
