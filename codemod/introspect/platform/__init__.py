"""What a new Supabase project has before its first migration, as SQL we ship.

`sql/*.sql` recreate the platform in order: roles, schemas, the extensions a project
starts with, the auth, storage and realtime services' tables and functions, vault,
database webhooks, the grants and default privileges, the `supabase_realtime`
publication and the platform's event triggers. The facts (names, columns, types,
signatures) are taken from Supabase's public repositories (supabase/postgres,
supabase/auth, supabase/storage, supabase/realtime, supabase/vault, supabase/cli) as
they stood at PLATFORM_VERSION; the SQL is ours.

`stand_ins/extension/` holds SQL-only stand-ins (control file and install script) for
the extensions Supabase offers that the bundled PostgreSQL lacks: the same objects
with the same names, argument and return types, so that migrations which use them
apply. PostgreSQL 18 finds them through `extension_control_path`; the installed
server is never modified.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Final

from codemod.introspect.shadow_cache import content_key

#: the state of the Supabase platform this SQL follows
PLATFORM_VERSION: Final = "2026-12"
SQL_DIR: Final = Path(__file__).parent / "sql"
STAND_INS: Final = Path(__file__).parent / "stand_ins"

#: platform schemas that an extension creates: a missing object there means a missing
#: `create extension`, not a gap in the platform
EXTENSION_SCHEMAS: Final = frozenset(
    {"net", "cron", "pgsodium", "pgsodium_masks", "graphql", "pgmq", "pgtle"}
)

#: how a stand-in's control file says where it falls short of the real extension
_SCHEMA_CAVEAT: Final = "# schema-caveat:"
_CAVEAT: Final = "# caveat:"


@functools.cache
def identity() -> str:
    """What a prepared data folder holds: the platform SQL and the stand-ins, told apart
    by each file's name, size and modification time (a stat, not a read: the cached
    path pays this on every run)."""
    here = Path(__file__).parent
    parts: list[str | bytes] = [PLATFORM_VERSION]
    for path in sorted(p for p in (*SQL_DIR.rglob("*"), *STAND_INS.rglob("*")) if p.is_file()):
        info = path.stat()
        parts.append(f"{path.relative_to(here).as_posix()}:{info.st_size}:{info.st_mtime_ns}")
    return content_key(*parts)


def stand_ins() -> list[str]:
    """The extensions that have a stand-in, by name."""
    return sorted(p.stem for p in (STAND_INS / "extension").glob("*.control"))


def has_stand_in(extension: str) -> bool:
    return _control_file(extension).is_file()


def caveats(extension: str) -> tuple[list[str], list[str]]:
    """Where the stand-in for `extension` falls short of the real one: what changes the
    schema schemasync reads (its control file's `# schema-caveat:` lines), and what only
    changes how the database behaves (`# caveat:` lines)."""
    try:
        lines = _control_file(extension).read_text(encoding="utf-8").splitlines()
    except OSError:
        return [], []
    found: tuple[list[str], list[str]] = ([], [])
    for line in lines:
        for kind, prefix in enumerate((_SCHEMA_CAVEAT, _CAVEAT)):
            if line.startswith(prefix):
                text = line[len(prefix) :].strip()
                found[kind].append(text[:1].upper() + text[1:])
    return found


def _control_file(extension: str) -> Path:
    return STAND_INS / "extension" / f"{extension}.control"


def apply(conninfo: str, server_major: int) -> None:
    """Apply the platform SQL, in file-name order, to the database at `conninfo`."""
    import psycopg

    from codemod.errors import SourceError

    with psycopg.connect(conninfo, autocommit=True) as conn:
        for path in sorted(SQL_DIR.glob("*.sql")):
            try:
                conn.execute(path.read_bytes())
            except psycopg.Error as error:
                # A bug of ours, not the user's: say so plainly.
                raise SourceError(
                    f"schemasync's Supabase platform SQL ({path.name}) failed on PostgreSQL "
                    f"{server_major}: {error.diag.message_primary or error}. Please report "
                    "this; meanwhile, compare with a real database (--db-url)."
                ) from None
