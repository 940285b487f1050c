"""Extension stand-ins: every extension Supabase offers can be created in the shadow
database, with and without `with schema`, and dropped again; what it creates belongs
to it (so that it is never synced)."""

from __future__ import annotations

import psycopg
import pytest

from codemod.introspect import platform

STAND_INS = platform.stand_ins()


def test_there_are_stand_ins() -> None:
    assert {"uuid-ossp", "pgcrypto", "supabase_vault"} <= set(STAND_INS)


@pytest.mark.parametrize("extension", STAND_INS)
def test_each_stand_in_creates_and_drops(platform_db: str, extension: str) -> None:
    with psycopg.connect(platform_db, autocommit=True) as conn:
        installed = conn.execute(
            "select extnamespace::regnamespace::text from pg_extension where extname = %s",
            (extension,),
        ).fetchone()
        if installed is None:  # the platform may have it already (pgcrypto, vault, ...)
            conn.execute(f'create extension "{extension}" cascade')
        members = conn.execute(
            "select count(*) from pg_depend d join pg_extension e on e.oid = d.refobjid "
            "where e.extname = %s and d.deptype = 'e'",
            (extension,),
        ).fetchone()
        assert members is not None
        assert members[0] > 0 or extension in EMPTY_EXTENSIONS
        conn.execute(f'drop extension "{extension}" cascade')
        gone = conn.execute("select from pg_extension where extname = %s", (extension,))
        assert gone.fetchone() is None


#: extensions whose real counterpart creates no SQL objects either
EMPTY_EXTENSIONS = frozenset({"wal2json"})
