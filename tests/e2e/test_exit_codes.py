"""What only the real CLI against a real server can show: errors users cause there get
one paragraph and exit 2, with no traceback and no password. The other exit codes are
specified in process, with a snapshot as the source (tests/unit/test_commands.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers_db import run_sql

from e2e.project import Project, new_project

REPO = Path(__file__).resolve().parents[2]

ENUMS = """
    from enum import Enum


    class Mood(str, Enum):
        HAPPY = "happy"
"""


@pytest.fixture
def project(tmp_path: Path, fresh_db: str) -> Project:
    run_sql(fresh_db, "create type mood as enum ('happy');")
    project = new_project(tmp_path)
    project.write("schemas/enums.py", ENUMS)
    assert project.run("apply", "--db-url", fresh_db).returncode == 0
    return project


def assert_clean_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("schemasync: ")
    assert result.stderr.count("\n") == 1  # one paragraph
    for needle in needles:
        assert needle in result.stderr


def test_unreachable_database_never_shows_the_password(project: Project) -> None:
    url = "postgresql://app:s3cret-Pa55@127.0.0.1:1/app"
    result = project.run("check", "--db-url", url)
    assert_clean_error(result, "127.0.0.1")
    assert "s3cret-Pa55" not in result.stdout + result.stderr
    from_env = project.run("check", env={"DATABASE_URL": url})
    assert_clean_error(from_env)
    assert "s3cret-Pa55" not in from_env.stdout + from_env.stderr


def test_a_failing_migration_names_the_file(project: Project, tmp_path: Path) -> None:
    project.write("migrations/001_ok.sql", "create type mood as enum ('happy');")
    project.write("migrations/002_bad.sql", "create table t (\n  id integer,\n  oops\n);")
    result = project.run("check", "--migrations", "migrations")
    assert_clean_error(result, "migrations/002_bad.sql, line 4", "syntax error at or near")


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "codemod", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    for command in ("apply", "check", "report", "snapshot"):
        assert command in result.stdout


def test_this_repository_is_in_sync_with_its_own_migrations() -> None:
    """Dogfood: schemas/ is kept by schemasync from fixtures/supabase/migrations."""
    result = Project(REPO).run("check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "in sync" in result.stdout
