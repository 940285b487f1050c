"""The fast path: when DB_HASH and PACKAGE_HASH in schema_version.py both match, check
returns without parsing the package or importing libcst; any change takes the full path.
From a live database, CATALOG_DIGEST stands for DB_HASH, and no model is built."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from helpers_db import run_sql

from codemod.config import Config
from codemod.introspect import Source
from codemod.introspect.live import Catalog, read_catalog
from codemod.model import Schema
from codemod.pipeline import Options, compute
from codemod.version import read_recorded
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


def recorded() -> dict[str, object]:
    return read_recorded(Path("schemas/schema_version.py").read_text(encoding="utf-8"))


def test_a_live_sync_records_the_digest_of_the_rows_it_read(
    project: Project, fresh_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project.root)
    catalog = read_catalog(fresh_db, ["public"])
    assert recorded()["CATALOG_DIGEST"] == catalog.digest
    assert recorded()["DB_HASH"] == catalog.schema().sha256


def test_a_matching_digest_builds_no_model(
    project: Project, fresh_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_built(*_: object) -> None:
        raise AssertionError("the model was built on the digest's fast path")

    monkeypatch.setattr(Catalog, "schema", not_built)
    monkeypatch.setattr(Schema, "to_json", not_built)
    outcome = compute(options(project, fresh_db))
    assert outcome.fast_path
    assert not outcome.plan.drift
    monkeypatch.chdir(project.root)
    assert outcome.plan.db_hash == recorded()["DB_HASH"]
    assert outcome.plan.counts == (1, 0, 1)


def test_after_a_drift_the_digest_differs_and_apply_records_the_new_one(
    project: Project, fresh_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project.root)
    old = recorded()["CATALOG_DIGEST"]
    run_sql(fresh_db, "create type mood as enum ('a');")
    assert project.run("check", "--db-url", fresh_db).returncode == 1
    assert project.run("apply", "--db-url", fresh_db).returncode == 0
    new = recorded()["CATALOG_DIGEST"]
    assert new != old
    assert new == read_catalog(fresh_db, ["public"]).digest
    assert compute(options(project, fresh_db)).fast_path


def test_a_sync_from_another_source_keeps_no_digest_of_another_schema(
    project: Project, fresh_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A snapshot of the database as it was, applied after a live sync: the digest of
    the live rows must go, or a live check of the newer database would match it and
    call the older package in sync."""
    monkeypatch.chdir(project.root)
    assert project.run("snapshot", "old.json", "--db-url", fresh_db).returncode == 0
    assert project.run("apply", "--snapshot", "old.json").returncode == 0
    assert "CATALOG_DIGEST" in recorded()  # same DB_HASH: the digest still stands for it
    run_sql(fresh_db, "alter table notes add column body text;")
    assert project.run("apply", "--db-url", fresh_db).returncode == 0
    assert project.run("apply", "--snapshot", "old.json").returncode == 0
    assert "CATALOG_DIGEST" not in recorded()
    result = project.run("check", "--db-url", fresh_db)
    assert result.returncode == 1
    assert "body" in result.stdout


def test_not_taken_when_the_config_changed(project: Project, fresh_db: str) -> None:
    run_sql(fresh_db, "alter table notes add column price numeric;")
    assert project.run("apply", "--db-url", fresh_db).returncode == 0
    decimal = Config(type_map={"numeric": "decimal.Decimal"})
    outcome = compute(Options(project.root, decimal, Source("url", fresh_db)))
    assert not outcome.fast_path
    assert [c.kind for c in outcome.plan.drift] == ["column_type_changed"]


def test_check_on_the_fast_path_never_imports_libcst_nor_the_model(
    project: Project, fresh_db: str
) -> None:
    script = (
        "import sys\n"
        "from codemod.cli import main\n"
        "try:\n"
        "    main(['check', '--db-url', sys.argv[1]])\n"
        "except SystemExit as exit:\n"
        "    print(exit.code, sorted({'libcst', 'codemod.model'} & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, fresh_db],
        cwd=project.root,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines()[-1] == "0 []"
