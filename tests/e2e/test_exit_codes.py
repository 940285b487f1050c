"""Every exit code of the real CLI, and the one-paragraph messages of errors users cause:
0 in sync, 1 drift, 2 could not run. No traceback, no password, no half-written file."""

from __future__ import annotations

import json
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


def test_check_in_sync_exits_0(project: Project, fresh_db: str) -> None:
    result = project.run("check", "--db-url", fresh_db)
    assert result.returncode == 0
    assert result.stdout.startswith("schemasync: the package is in sync with database ")


def test_check_on_drift_exits_1_and_fail_on_raises_the_bar(project: Project, fresh_db: str) -> None:
    run_sql(fresh_db, "alter type mood add value 'sad';")
    result = project.run("check", "--db-url", fresh_db)
    assert result.returncode == 1
    assert "MEDIUM   schemas/enums.py: enum value 'sad' is new: add Mood.SAD" in result.stdout
    assert project.run("check", "--db-url", fresh_db, "--fail-on", "high").returncode == 0
    report = json.loads(project.run("check", "--db-url", fresh_db, "--format", "json").stdout)
    assert report["in_sync"] is False
    assert report["changes"][0]["kind"] == "enum_value_added"
    assert '+    SAD = "sad"' in report["diff"]


def test_fail_on_from_config(project: Project, fresh_db: str) -> None:
    project.write("pyproject.toml", '[tool.schemasync]\nfail_on = "critical"\n')
    run_sql(fresh_db, "alter type mood add value 'sad';")
    assert project.run("check", "--db-url", fresh_db).returncode == 0


def test_unknown_config_key_is_named_with_a_suggestion(project: Project, fresh_db: str) -> None:
    project.write("pyproject.toml", '[tool.schemasync]\nschema_dir = "schemas"\n')
    result = project.run("check", "--db-url", fresh_db)
    assert_clean_error(
        result, "Unknown key 'schema_dir'", "Did you mean 'schemas_dir'?", "pyproject.toml"
    )


def test_unreachable_database_never_shows_the_password(project: Project) -> None:
    url = "postgresql://app:s3cret-Pa55@127.0.0.1:1/app"
    result = project.run("check", "--db-url", url)
    assert_clean_error(result, "127.0.0.1")
    assert "s3cret-Pa55" not in result.stdout + result.stderr
    from_env = project.run("check", env={"DATABASE_URL": url})
    assert_clean_error(from_env)
    assert "s3cret-Pa55" not in from_env.stdout + from_env.stderr


def test_a_file_that_does_not_parse_stops_everything(project: Project, fresh_db: str) -> None:
    project.write("schemas/database/entities.py", "class Broken(TypedDict:\n    x: int\n")
    run_sql(fresh_db, "alter type mood add value 'sad';")
    enums_before = project.read("schemas/enums.py")
    result = project.run("apply", "--db-url", fresh_db)
    assert_clean_error(result, "database/entities.py:1:")
    assert project.read("schemas/enums.py") == enums_before  # nothing half-written


def test_a_failing_migration_names_the_file(project: Project, tmp_path: Path) -> None:
    project.write("migrations/001_ok.sql", "create type mood as enum ('happy');")
    project.write("migrations/002_bad.sql", "create table t (\n  id integer,\n  oops\n);")
    result = project.run("check", "--migrations", "migrations")
    assert_clean_error(result, "migrations/002_bad.sql, line 4", "syntax error at or near")


def test_no_source_is_an_error_unless_in_hook_mode(project: Project) -> None:
    result = project.run("check")
    assert_clean_error(result, "No database to compare with", "--db-url")
    hook = project.run("apply", "--dry-run", "--hook")
    assert hook.returncode == 0
    assert hook.stderr.startswith("schemasync: skipped: no database to compare with")
    strict = project.run("apply", "--dry-run", "--hook", "--require-source")
    assert_clean_error(strict, "No database to compare with")


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


def test_a_template_that_renders_invalid_python_is_refused(project: Project, fresh_db: str) -> None:
    project.write("schemas/templates/enum.py.j2", "class {{ class_name }}(str, Enum:\n")
    run_sql(fresh_db, "create type size as enum ('s', 'm');")
    enums_before = project.read("schemas/enums.py")
    result = project.run("apply", "--db-url", fresh_db)
    assert_clean_error(result, "schemas/templates/enum.py.j2 rendered invalid Python for Size")
    assert project.read("schemas/enums.py") == enums_before


def test_paths_on_the_command_line_are_relative_to_the_working_directory(
    project: Project, fresh_db: str
) -> None:
    sub = project.root / "sub"
    sub.mkdir()
    written = Project(sub).run("snapshot", "--db-url", fresh_db, "db.json")
    assert written.returncode == 0, written.stderr
    assert (sub / "db.json").is_file()
    check = Project(sub).run("check", "--snapshot", "db.json", "--schemas-dir", "../schemas")
    assert check.returncode == 0, check.stdout + check.stderr
    report = Project(sub).run(
        "check", "--snapshot", "db.json", "--output", "out/report.md", "--format", "markdown"
    )
    assert report.returncode == 0
    assert (
        (sub / "out" / "report.md").read_text().startswith("# schemasync: schema package in sync")
    )


def test_a_json_file_that_is_not_a_snapshot_is_refused(project: Project) -> None:
    project.write("bad.json", "{}\n")
    result = project.run("apply", "--prune", "--snapshot", "bad.json")
    assert_clean_error(result, "bad.json is not a schemasync snapshot")
    assert "class Mood" in project.read("schemas/enums.py")


def test_a_missing_package_folder_is_an_error_for_check(project: Project, fresh_db: str) -> None:
    result = project.run("check", "--db-url", fresh_db, "--schemas-dir", "schemaz")
    assert_clean_error(result, "The schema package folder schemaz does not exist")
