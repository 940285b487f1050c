"""TemporaryServer: starts fast, listens on a socket only, leaves nothing behind."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
from helpers_db import PG15_BIN

from codemod.errors import SourceError
from codemod.introspect import server as server_module
from codemod.introspect.server import PG_BIN_ENV, TemporaryServer, embedded_bin_dir


def test_starts_quickly_and_cleans_up() -> None:
    started = time.monotonic()
    with TemporaryServer() as server:
        elapsed = time.monotonic() - started
        data_dir = server.data_dir
        with psycopg.connect(server.conninfo("template1")) as conn:
            assert conn.execute("show listen_addresses").fetchone() == ("",)
            assert conn.execute("select current_database()").fetchone() == ("template1",)
            assert conn.info.server_version // 10000 == server.major_version
    assert elapsed < 3, f"startup took {elapsed:.2f}s"
    assert not data_dir.parent.exists()


def test_cleans_up_after_an_error_in_the_block() -> None:
    used: list[Path] = []

    def fail_inside() -> None:
        with TemporaryServer() as server:
            used.append(server.data_dir)
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        fail_inside()
    assert not used[0].parent.exists()


def test_bin_dir_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PG_BIN_ENV, str(PG15_BIN))
    with TemporaryServer() as server:
        assert server.major_version == 15
    monkeypatch.delenv(PG_BIN_ENV)
    assert TemporaryServer().bin_dir == embedded_bin_dir()


def test_not_running_outside_the_block() -> None:
    server = TemporaryServer()
    with pytest.raises(RuntimeError, match="not running"):
        server.conninfo()


def test_missing_binaries_are_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="No PostgreSQL server binaries in"):
        TemporaryServer(tmp_path).__enter__()


def test_initdb_failure_is_a_source_error() -> None:
    # initdb 15 next to a postgres 18: initdb itself refuses the mismatch. Not in
    # tmp_path: when the tests run as root, the server user cannot enter that folder.
    with tempfile.TemporaryDirectory() as folder:
        bin_dir = Path(folder)
        bin_dir.chmod(0o755)
        for program, source in [("initdb", PG15_BIN), ("pg_ctl", PG15_BIN)]:
            shutil.copy2(source / program, bin_dir / program)
        shutil.copy2(embedded_bin_dir() / "postgres", bin_dir / "postgres")
        with pytest.raises(SourceError, match="initdb failed"):
            TemporaryServer(bin_dir).__enter__()


def test_start_failure_reports_the_server_log(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_module, "_SERVER_FLAGS", "-c no_such_setting=1")
    with pytest.raises(SourceError, match=r'did not start.*"no_such_setting"') as caught:
        TemporaryServer().__enter__()
    assert "\n" not in caught.value.message
