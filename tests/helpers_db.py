"""Helpers for tests that need a real PostgreSQL (see conftest.py for the servers)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import psycopg

PG15_BIN = Path(os.environ.get("SCHEMASYNC_TEST_PG15_BIN", "/usr/lib/postgresql/15/bin"))


class Server(Protocol):
    """What the server fixtures give: a TemporaryServer, or an existing server."""

    @property
    def major_version(self) -> int: ...

    def conninfo(self, dbname: str = "postgres") -> str: ...


def run_sql(conninfo: str, sql: str) -> None:
    """Run a script of any number of statements, in autocommit mode."""
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(sql.encode())


@contextmanager
def fresh_database(server: Server) -> Iterator[str]:
    """A new, uniquely named database on `server`, dropped afterwards; yields its conninfo."""
    name = f"schemasync_test_{uuid.uuid4().hex[:12]}"
    run_sql(server.conninfo(), f'create database "{name}"')
    try:
        yield server.conninfo(name)
    finally:
        run_sql(server.conninfo(), f'drop database "{name}" with (force)')
