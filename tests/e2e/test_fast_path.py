"""The fast path: when DB_HASH and PACKAGE_HASH in schema_version.py both match, check
returns without parsing the package or importing libcst; any change takes the full path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers_db import run_sql

from codemod.config import Config
from codemod.introspect import Source
from codemod.pipeline import Options, compute
from e2e.project import Project, new_project

ENTITIES = """
    from typing import TypedDict


    class NoteRow(TypedDict, total=False):
        id: int
"""


@pytest.fixture
def project(tmp_path: Path, fresh_db: str) -> Project:
    run_sql(fresh_db, "create table notes (id integer primary key);")
    project = new_project(tmp_path)
    project.write("schemas/database/entities.py", ENTITIES)
    assert project.run("apply", "--db-url", fresh_db).returncode == 0
    return project


def options(project: Project, db_url: str) -> Options:
    return Options(project.root, Config(), Source("url", db_url))


def test_taken_when_nothing_changed(project: Project, fresh_db: str) -> None:
    outcome = compute(options(project, fresh_db))
    assert outcome.fast_path
    assert not outcome.plan.drift


def test_not_taken_when_a_file_changed(project: Project, fresh_db: str) -> None:
    path = "schemas/database/entities.py"
    project.write(path, ENTITIES + "    # a note\n")
    outcome = compute(options(project, fresh_db))
    assert not outcome.fast_path
    assert not outcome.plan.drift  # a comment is no drift; the full path says so


def test_not_taken_when_the_database_changed(project: Project, fresh_db: str) -> None:
    run_sql(fresh_db, "alter table notes add column body text;")
    outcome = compute(options(project, fresh_db))
    assert not outcome.fast_path
    assert [c.kind for c in outcome.plan.drift] == ["column_added"]


def test_not_taken_when_the_config_changed(project: Project, fresh_db: str) -> None:
    run_sql(fresh_db, "alter table notes add column price numeric;")
    assert project.run("apply", "--db-url", fresh_db).returncode == 0
    decimal = Config(type_map={"numeric": "decimal.Decimal"})
    outcome = compute(Options(project.root, decimal, Source("url", fresh_db)))
    assert not outcome.fast_path
    assert [c.kind for c in outcome.plan.drift] == ["column_type_changed"]


def test_check_on_the_fast_path_never_imports_libcst(project: Project, fresh_db: str) -> None:
    script = (
        "import sys\n"
        "from codemod.cli import main\n"
        "try:\n"
        "    main(['check', '--db-url', sys.argv[1]])\n"
        "except SystemExit as exit:\n"
        "    print(exit.code, 'libcst' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, fresh_db],
        cwd=project.root,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines()[-1] == "0 False"
