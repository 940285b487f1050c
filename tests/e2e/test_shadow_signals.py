"""A signal while the shadow database runs: the server stops, its folder goes, and the
command exits 128 + the signal's number with one line. A SIGKILL leaves a folder the next
run removes."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from codemod.pipeline import SOURCE_VARIABLES
from e2e.project import SCHEMASYNC, Project, new_project

SLOW = "select pg_sleep(60);\n"


def shadow_folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("schemasync-pg-*"))


def servers_of(folder: Path) -> list[int]:
    """The pids of the processes that run in the shadow `folder`'s data folder."""
    pids = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if str(folder / "data").encode() in cmdline.read_bytes().split(b"\0"):
                pids.append(int(cmdline.parent.name))
        except (OSError, ValueError):
            continue
    return pids


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = new_project(tmp_path)
    project.write("supabase/migrations/20240101000000_slow.sql", SLOW)
    return project


def start_until_migrating(project: Project) -> tuple[subprocess.Popen[str], Path]:
    """Start `schemasync apply --no-cache`; return it and its shadow folder once the
    slow migration runs."""
    before = shadow_folders()
    environ = {k: v for k, v in os.environ.items() if k not in SOURCE_VARIABLES}
    process = subprocess.Popen(
        [SCHEMASYNC, "apply", "--no-cache"],
        cwd=project.root,
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for folder in shadow_folders() - before:
            if servers_of(folder) and (folder / "server.log").exists():
                time.sleep(0.5)  # into the migration
                return process, folder
        time.sleep(0.05)
    process.kill()
    raise AssertionError("the shadow database did not start")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_signal_stops_the_shadow_server_and_removes_its_folder(
    project: Project, signum: signal.Signals
) -> None:
    process, folder = start_until_migrating(project)
    process.send_signal(signum)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 128 + signum
    assert stderr == f"schemasync: interrupted by {signum.name}; stopped.\n"
    assert stdout == ""
    assert not folder.exists()
    assert servers_of(folder) == []
    assert not (project.root / "schemas").exists()


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="reads /proc")
def test_after_a_sigkill_the_next_run_removes_what_was_left(project: Project) -> None:
    process, folder = start_until_migrating(project)
    process.kill()
    process.communicate(timeout=60)
    deadline = time.monotonic() + 10
    while servers_of(folder) and time.monotonic() < deadline:  # Linux stops it at once
        time.sleep(0.05)
    assert folder.exists()
    project.write("supabase/migrations/20240101000000_slow.sql", "create table a (id int);\n")
    result = project.run("apply", "-v", "--no-cache")
    assert result.returncode == 0, result.stderr
    assert f"removed {folder}, left by an earlier run that was killed" in result.stderr
    assert not folder.exists()
    assert servers_of(folder) == []
