"""TemporaryServer: starts fast, listens on a socket only, leaves nothing behind."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
        shutil.copy2(PG15_BIN / "initdb", bin_dir / "initdb")
        shutil.copy2(embedded_bin_dir() / "postgres", bin_dir / "postgres")
        with pytest.raises(SourceError, match="initdb failed"):
            TemporaryServer(bin_dir).__enter__()


def test_start_failure_reports_the_server_log(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_module, "_SERVER_FLAGS", ("-c", "no_such_setting=1"))
    with pytest.raises(SourceError, match=r'did not start.*"no_such_setting"') as caught:
        TemporaryServer().__enter__()
    assert "\n" not in caught.value.message


def running_servers(root: Path) -> list[str]:
    """Command lines of the postgres processes that serve `root`'s data folder."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            arguments = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if str(root / "data").encode() in arguments:
            found.append(b" ".join(arguments).decode())
    return found


def start_and_get_killed(tmp_path: Path) -> Path:
    """Start a server in a child process, SIGKILL the child, return the server's folder."""
    script = (
        "import sys, time\n"
        "from codemod.introspect.server import TemporaryServer\n"
        "server = TemporaryServer().__enter__()\n"
        "print(server.data_dir.parent, flush=True)\n"
        "time.sleep(60)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        root = Path(child.stdout.readline().strip())
        assert running_servers(root)
        child.kill()
    return root


@pytest.mark.skipif(sys.platform != "linux", reason="the parent-death signal is Linux's")
def test_the_server_stops_when_its_parent_is_killed(tmp_path: Path) -> None:
    root = start_and_get_killed(tmp_path)
    deadline = time.monotonic() + 10
    while running_servers(root) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not running_servers(root)
    assert root.exists()  # the folder stays until the next run sweeps it
    assert root in server_module.sweep_orphans()
    assert not root.exists()


def test_the_sweep_stops_an_orphaned_server_and_spares_live_ones(tmp_path: Path) -> None:
    with TemporaryServer() as live:
        # An orphan whose owner is gone but whose server still runs (no parent-death
        # signal on other systems): the sweep must stop it.
        orphan = TemporaryServer()
        orphan.__enter__()
        assert orphan._process is not None
        orphan_root = orphan.data_dir.parent
        (orphan_root / "owner").write_text("999999999 0")  # a process that does not exist
        removed = server_module.sweep_orphans()
        assert removed == [orphan_root]
        assert not running_servers(orphan_root)
        assert not orphan_root.exists()
        orphan._process.wait(10)  # reaped: it was our child
        orphan._process = None
        orphan._root = None
        assert live.data_dir.is_dir()  # its owner (this process) is alive
        with psycopg.connect(live.conninfo()) as conn:
            assert conn.execute("select 1").fetchone() == (1,)


def test_a_fresh_folder_without_an_owner_is_left_alone(tmp_path: Path) -> None:
    being_made = Path(tempfile.mkdtemp(prefix=server_module.FOLDER_PREFIX))
    try:
        assert being_made not in server_module.sweep_orphans()
        assert being_made.exists()
    finally:
        shutil.rmtree(being_made)


def test_an_ownerless_folder_with_a_running_server_is_left_alone(tmp_path: Path) -> None:
    # Made by an older schemasync, whose owner cannot be told: never stopped by us.
    with TemporaryServer() as other:
        root = other.data_dir.parent
        (root / "owner").unlink()
        old = time.time() - 3600
        os.utime(root, (old, old))
        assert root not in server_module.sweep_orphans()
        assert running_servers(root)
