"""The version history end to end: the real CLI, a real server, a real git repository.
Three migrations applied one after the other, each followed by `apply`, record three
versions; `diff` and `rollback` then work from the records alone (no database), and a
rollback leaves the package that an `apply` of that version's snapshot leaves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from helpers_db import run_sql

from e2e.project import Project, new_project

STEPS = (
    """
    create type project_status as enum ('active', 'done');
    create table projects (id bigint primary key, name text not null, legacy text);
    """,
    """
    alter type project_status add value 'on_hold' after 'active';
    create table invoices (id bigint primary key, project_id bigint references projects (id));
    """,
    "alter table projects drop column legacy;",
)
ENUMS = '''
    """Our enums."""

    from enum import Enum


    class ProjectStatus(str, Enum):
        ACTIVE = "active"  # the first state
        DONE = "done"

        def label(self) -> str:
            """Shown in the UI."""
            return self.value.title()
'''


def test_apply_records_versions_that_diff_and_rollback_use(tmp_path: Path, fresh_db: str) -> None:
    (tmp_path / "app").mkdir()
    project = new_project(tmp_path / "app")
    project.write("schemas/enums.py", ENUMS)
    for number, sql in enumerate(STEPS, start=1):
        run_sql(fresh_db, sql)
        applied = project.run("apply", "--db-url", fresh_db)
        assert applied.returncode == 0, applied.stderr
        assert f"schemas/schema_history/v{number:04d}.json: created\n" in applied.stdout
        assert project.run("snapshot", "--db-url", fresh_db, f"../v{number}.json").returncode == 0
        project.commit_all(f"version {number}")
    # The record is part of the commit, beside the files it goes with.
    assert "schemas/schema_history/v0003.json" in project.git("show", "--name-only", "HEAD")

    listed = json.loads(project.run("history", "--format", "json").stdout)["versions"]
    assert [v["summary"] for v in listed] == [
        "initial schema: 1 tables, 1 enums",
        "added table invoices; enum project_status + on_hold",
        "table projects - column legacy",
    ]

    report = json.loads(project.run("diff", "1", "3", "--format", "json").stdout)
    assert [(c["kind"], c["severity"], c["subject"]) for c in report["changes"]] == [
        ("column_removed", "CRITICAL", "ProjectRow.legacy"),
        ("table_added", "MEDIUM", "InvoiceRow"),
        ("enum_value_added", "MEDIUM", "ProjectStatus.ON_HOLD"),
    ]
    against_db = project.run("diff", "3", "--db-url", fresh_db)
    assert against_db.stdout.startswith("schemasync: version 3 is in sync with database ")

    for number in (1, 2):
        rolled = Project(tmp_path / f"rolled-{number}")
        fresh = Project(tmp_path / f"applied-{number}")
        shutil.copytree(project.root, rolled.root)
        shutil.copytree(project.root, fresh.root)
        assert rolled.run("rollback", str(number)).returncode == 0
        assert fresh.run("apply", "--snapshot", f"../v{number}.json").returncode == 0
        for path in (
            "schemas/enums.py",
            "schemas/database/entities.py",
            "schemas/schema_version.py",
        ):
            assert rolled.read(path) == fresh.read(path), path
        assert "# the first state" in rolled.read("schemas/enums.py")
        assert '"""Shown in the UI."""' in rolled.read("schemas/enums.py")
        assert "schemas/schema_history/v0004.json" in rolled.git("status", "--porcelain")
