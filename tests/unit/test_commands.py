"""Every command's exit codes and messages, run in this process through the CLI with a
snapshot as the source (no database): 0 in sync, 1 drift, 2 could not run; one
paragraph per error, a JSON error object with `--format json`, paths relative to the
working directory, and what -q, -v and -V do."""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from codemod.cli import main
from codemod.introspect.snapshot import write_snapshot
from codemod.model import EnumType, Schema
from codemod.pipeline import SOURCE_VARIABLES

ENUMS = """\
from enum import Enum


class Mood(str, Enum):
    HAPPY = "happy"
"""
HAPPY = Schema(enums=(EnumType("public", "mood", ("happy",)),))
SAD = Schema(enums=(EnumType("public", "mood", ("happy", "sad")),))


@dataclass(frozen=True)
class Project:
    root: Path

    def write(self, path: str, text: str) -> None:
        file = self.root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(textwrap.dedent(text), encoding="utf-8")

    def read(self, path: str) -> str:
        return (self.root / path).read_text(encoding="utf-8")

    def database(self, schema: Schema) -> None:
        write_snapshot(schema, self.root / "db.json")

    def run(self, *args: str) -> Result:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    for variable in SOURCE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    monkeypatch.chdir(tmp_path)
    project = Project(tmp_path)
    project.write("pyproject.toml", "[tool.schemasync]\n")
    project.write("schemas/enums.py", ENUMS)
    project.database(HAPPY)
    assert project.run("apply", "--snapshot", "db.json").exit_code == 0
    return project


def assert_clean_error(result: Result, *needles: str) -> None:
    assert result.exit_code == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("schemasync: ")
    assert result.stderr.count("\n") == 1  # one paragraph
    for needle in needles:
        assert needle in result.stderr


def test_check_in_sync_exits_0(project: Project) -> None:
    result = project.run("check", "--snapshot", "db.json")
    assert result.exit_code == 0
    assert result.stdout == "schemasync: the package is in sync with snapshot db.json\n"


def test_check_on_drift_exits_1_and_fail_on_raises_the_bar(project: Project) -> None:
    project.database(SAD)
    result = project.run("check", "--snapshot", "db.json")
    assert result.exit_code == 1
    assert "MEDIUM   schemas/enums.py: enum value 'sad' is new: add Mood.SAD" in result.stdout
    assert project.run("check", "--snapshot", "db.json", "--fail-on", "high").exit_code == 0
    report = json.loads(project.run("check", "--snapshot", "db.json", "--format", "json").stdout)
    assert report["in_sync"] is False
    assert report["changes"][0]["kind"] == "enum_value_added"
    assert '+    SAD = "sad"' in report["diff"]


def test_fail_on_from_config(project: Project) -> None:
    project.write("pyproject.toml", '[tool.schemasync]\nfail_on = "high"\n')
    project.database(SAD)
    assert project.run("check", "--snapshot", "db.json").exit_code == 0


def test_report_always_exits_0(project: Project) -> None:
    project.database(SAD)
    result = project.run("report", "--snapshot", "db.json", "--format", "markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith("# schemasync: 1 schema change(s) to sync")


def test_an_unknown_config_key_is_named_with_a_suggestion(project: Project) -> None:
    project.write("pyproject.toml", '[tool.schemasync]\nschemas_dri = "x"\n')
    result = project.run("check", "--snapshot", "db.json")
    assert_clean_error(result, "Unknown key 'schemas_dri'", "Did you mean 'schemas_dir'?")


def test_a_file_that_does_not_parse_stops_everything(project: Project) -> None:
    project.write("schemas/database/entities.py", "class Broken(:\n")
    project.database(SAD)
    result = project.run("apply", "--snapshot", "db.json")
    assert_clean_error(result, "schemas/database/entities.py")
    assert project.read("schemas/enums.py") == ENUMS


def test_no_source_is_an_error_unless_in_hook_mode(project: Project) -> None:
    result = project.run("check")
    assert_clean_error(result, "No database to compare with", "--db-url")
    hook = project.run("apply", "--dry-run", "--hook")
    assert hook.exit_code == 0
    assert hook.stderr.startswith("schemasync: warning: skipped: no database to compare with")
    assert project.run("apply", "--dry-run", "--hook", "-q").stderr == hook.stderr
    strict = project.run("apply", "--dry-run", "--hook", "--require-source")
    assert_clean_error(strict, "No database to compare with")


def test_a_template_that_renders_invalid_python_is_refused(project: Project) -> None:
    project.write("schemas/templates/enum.py.j2", "class {{ class_name }}(str, Enum:\n")
    project.database(Schema(enums=(*HAPPY.enums, EnumType("public", "size", ("s", "m")))))
    result = project.run("apply", "--snapshot", "db.json")
    assert_clean_error(result, "schemas/templates/enum.py.j2 rendered invalid Python for Size")
    assert project.read("schemas/enums.py") == ENUMS


def test_paths_given_and_shown_are_relative_to_the_working_directory(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    sub = project.root / "sub"
    sub.mkdir()
    monkeypatch.chdir(sub)
    written = project.run("snapshot", "--snapshot", "../db.json", "copy.json")
    assert written.exit_code == 0, written.stderr
    assert written.stderr == "schemasync: copy.json: 0 tables, 1 enums\n"
    check = project.run("check", "--snapshot", "copy.json", "--schemas-dir", "../schemas")
    assert check.exit_code == 0, check.stdout + check.stderr
    project.database(SAD)
    drift = project.run("check", "--snapshot", "../db.json")
    assert "MEDIUM   ../schemas/enums.py: enum value 'sad' is new" in drift.stdout
    report = project.run(
        "check", "--snapshot", "copy.json", "--output", "out/report.md", "--format", "markdown"
    )
    assert report.exit_code == 0
    assert report.stdout == ""
    assert (
        (sub / "out" / "report.md").read_text().startswith("# schemasync: schema package in sync")
    )


def test_a_json_file_that_is_not_a_snapshot_is_refused(project: Project) -> None:
    project.write("bad.json", "{}\n")
    result = project.run("apply", "--prune", "--snapshot", "bad.json")
    assert_clean_error(result, "bad.json is not a schemasync snapshot")
    assert project.read("schemas/enums.py") == ENUMS


def test_a_missing_package_folder_is_an_error_for_check(project: Project) -> None:
    result = project.run("check", "--snapshot", "db.json", "--schemas-dir", "schemaz")
    assert_clean_error(result, "The schema package folder schemaz does not exist")


def test_format_json_prints_an_error_object_when_the_command_cannot_run(
    project: Project,
) -> None:
    for command in (["check", "--format", "json"], ["apply", "--format", "json"]):
        result = project.run(*command, "--snapshot", "nowhere.json")
        assert result.exit_code == 2
        error = json.loads(result.stdout)["error"]
        assert error["exit_code"] == 2
        assert error["title"] == "Could not read the database schema"
        assert "nowhere.json" in error["message"]
        assert result.stderr.startswith("schemasync: Could not read the database schema: ")


def test_apply_format_json_says_what_changed(project: Project) -> None:
    project.database(SAD)
    dry = project.run("apply", "--snapshot", "db.json", "--dry-run", "--format", "json")
    assert dry.exit_code == 1
    body = json.loads(dry.stdout)
    assert (body["dry_run"], body["written"], body["in_sync"]) == (True, False, False)
    assert body["files"] == [
        {"path": "schemas/enums.py", "summary": "1 added"},
        {"path": "schemas/schema_version.py", "summary": "regenerated"},
    ]
    assert [c["kind"] for c in body["changes"]] == ["enum_value_added"]
    assert '+    SAD = "sad"' in body["diff"]
    assert project.read("schemas/enums.py") == ENUMS  # a dry run writes nothing
    done = json.loads(project.run("apply", "--snapshot", "db.json", "--format", "json").stdout)
    assert (done["dry_run"], done["written"]) == (False, True)
    again = json.loads(project.run("apply", "--snapshot", "db.json", "--format", "json").stdout)
    assert (again["in_sync"], again["files"], again["changes"]) == (True, [], [])


def test_the_dry_run_hint_repeats_the_options_it_was_run_with(project: Project) -> None:
    project.database(SAD)
    result = project.run("apply", "--dry-run", "--snapshot", "db.json", "--schemas-dir", "schemas")
    assert result.exit_code == 1
    hint = "run `schemasync apply --snapshot db.json --schemas-dir schemas` to write it."
    assert hint in result.stderr
    # Following it literally writes what the dry run showed.
    written = project.run("apply", "--snapshot", "db.json", "--schemas-dir", "schemas")
    assert written.stdout.startswith("schemas/enums.py: 1 added\n")
    assert project.run("check", "--snapshot", "db.json").exit_code == 0


def test_quiet_keeps_the_result_and_verbose_adds_details(project: Project) -> None:
    project.database(SAD)
    loud = project.run("apply", "--dry-run", "--snapshot", "db.json")
    quiet = project.run("apply", "--dry-run", "--snapshot", "db.json", "-q")
    assert quiet.stdout == loud.stdout  # the diff
    assert quiet.stderr == ""
    assert "out of step with the database" in loud.stderr
    in_sync = project.run("check", "--snapshot", "db.json", "-q", "--fail-on", "critical")
    assert in_sync.exit_code == 0
    assert in_sync.stdout.startswith("schemasync: 1 change(s)")  # the report is the result


def test_version(project: Project) -> None:
    from importlib.metadata import version

    for flag in ("--version", "-V"):
        result = project.run(flag)
        assert result.exit_code == 0
        assert result.stdout == f"schemasync, version {version('pg-schemasync')}\n"


def test_a_command_runs_with_the_cyclic_collector_paused_and_restores_it() -> None:
    import gc

    import click

    seen: list[bool] = []
    probe = click.Command("probe", callback=lambda: seen.append(gc.isenabled()))
    main.add_command(probe)
    try:
        assert gc.isenabled()
        assert CliRunner().invoke(main, ["probe"]).exit_code == 0
    finally:
        main.commands.pop("probe")
    assert seen == [False]
    assert gc.isenabled()


def test_drift_only_a_person_can_settle_fails_check_and_apply_says_so(project: Project) -> None:
    from dataclasses import replace

    from codemod.model import Column, ColumnType, Table

    def table(name: str, sql_type: str) -> Table:
        return Table("public", name, (Column("at", ColumnType(sql_type, sql_type), False),))

    project.write(
        "schemas/database/entities.py",
        """\
        from typing import TypedDict


        class Stamped(TypedDict):
            at: str


        class ProjectRow(Stamped):
            pass


        class TaskRow(Stamped):
            pass
        """,
    )
    project.database(replace(HAPPY, tables=(table("projects", "text"), table("tasks", "int4"))))
    check = project.run("check", "--snapshot", "db.json")
    assert check.exit_code == 1
    assert "Stamped.at is inherited by rows that disagree" in check.stdout
    apply = project.run("apply", "--snapshot", "db.json")
    assert apply.exit_code == 0
    assert (
        "schemas/database/entities.py: left for you: Stamped.at is inherited by rows that disagree "
        "(ProjectRow wants str (as is); TaskRow wants int)"
    ) in apply.stderr
    assert project.run("check", "--snapshot", "db.json").exit_code == 1  # no fast path
