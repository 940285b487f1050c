"""The proportional path through the real CLI, against a real server, in a git
repository: after an apply, a drift is written exactly as the full path writes it, and
schema_objects.txt changes by the lines of the objects that changed."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers_db import run_sql

from codemod.introspect import Source
from codemod.objects import OBJECTS_FILE
from codemod.pipeline import Options, compute
from codemod.settings import find_project
from e2e.project import Project, new_project

RECORD = f"schemas/{OBJECTS_FILE}"


def package(project: Project) -> dict[str, str]:
    folder = project.root / "schemas"
    return {p.relative_to(folder).as_posix(): p.read_text() for p in folder.rglob("*.*")}


def test_a_drift_is_written_as_the_full_path_writes_it(tmp_path: Path, fresh_db: str) -> None:
    run_sql(
        fresh_db,
        "create type status as enum ('open', 'done');"
        "create table projects (id integer primary key, state status not null);"
        "create table tasks (id integer primary key, project_id integer references projects);",
    )
    (tmp_path / "app").mkdir()
    project = new_project(tmp_path / "app")
    assert project.run("apply", "--db-url", fresh_db).returncode == 0
    project.commit_all("synced")
    run_sql(
        fresh_db,
        "alter type status add value 'archived';"
        "alter table tasks add column title text;"
        "create table labels (id integer primary key);",
    )
    full = Project(tmp_path / "full")
    shutil.copytree(project.root, full.root)
    (full.root / RECORD).unlink()  # the full path, to compare with

    found = find_project(project.root, None)  # the settings the CLI reads
    source = Source("url", fresh_db)
    assert compute(Options(project.root, found.config, source, target=found.target)).proportional
    for command, code in ((["check"], 1), (["report"], 0), (["apply", "--dry-run"], 1)):
        proportional_run = project.run(*command, "--db-url", fresh_db)
        full_run = full.run(*command, "--db-url", fresh_db)
        assert proportional_run.returncode == full_run.returncode == code
        assert proportional_run.stdout == full_run.stdout
        assert proportional_run.stderr == full_run.stderr
    applied = project.run("apply", "--db-url", fresh_db)
    assert applied.returncode == 0
    assert applied.stdout == full.run("apply", "--db-url", fresh_db).stdout
    assert package(project) == package(full)

    changed = [
        line
        for line in project.git("diff", "--", RECORD).splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---", "-#", "+#"))
    ]
    assert sorted([*line[1:].split("\t")[:2], line[0]] for line in changed) == [
        ["labels", "row", "+"],
        ["projects", "row", "+"],  # its column of type status: its annotation may change
        ["projects", "row", "-"],
        ["status", "enum", "+"],
        ["status", "enum", "-"],
        ["tasks", "row", "+"],
        ["tasks", "row", "-"],
    ]
    assert project.run("check", "--db-url", fresh_db).returncode == 0
