"""`history`, `diff` and `rollback` through the CLI, in this process, with snapshots as
the sources (no database): several applies into a hand-edited package record one
version each; `diff A B` says what `check` says between version A's package and
version B; `rollback N` leaves exactly the package that an apply of version N's schema
leaves, comments kept, and records itself."""

from __future__ import annotations

import json
import shutil
from itertools import permutations
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from codemod.cli import main
from codemod.introspect.snapshot import write_snapshot
from codemod.model import Column, ColumnType, EnumType, Schema, Table

TEXT, INT = ColumnType("text", "text"), ColumnType("int4", "integer")
STATUS = EnumType("public", "project_status", ("active", "done"))
PROJECTS = Table(
    "public",
    "projects",
    (Column("id", INT, nullable=False), Column("name", TEXT), Column("legacy", TEXT)),
    primary_key=("id",),
)
INVOICES = Table("public", "invoices", (Column("id", INT, nullable=False),))
VERSIONS = (
    Schema(enums=(STATUS,), tables=(PROJECTS,)),
    Schema(
        enums=(EnumType("public", "project_status", ("active", "on_hold", "done")),),
        tables=(PROJECTS, INVOICES),
    ),
    Schema(
        enums=(EnumType("public", "project_status", ("active", "on_hold", "done")),),
        tables=(Table("public", "projects", PROJECTS.columns[:2], primary_key=("id",)), INVOICES),
    ),
    Schema(
        tables=(
            Table("public", "projects", (*PROJECTS.columns[:2], Column("due", TEXT))),
            INVOICES,
        )
    ),
)
SUMMARIES = [
    "initial schema: 1 tables, 1 enums",
    "added table invoices; enum project_status + on_hold",
    "table projects - column legacy",
    "table projects + column due; removed enum project_status",
]
ENUMS = '''\
"""Enums, kept by hand."""

from enum import Enum


class ProjectStatus(str, Enum):
    """Where a project is."""

    ACTIVE = "active"  # the default
    DONE = "done"
    # statuses end here
'''
ENTITIES = '''\
"""Rows, kept by hand."""

from typing import Optional, TypedDict


class ProjectRow(TypedDict, total=False):
    """A project."""

    id: int
    name: Optional[str]  # shown in the UI
    legacy: Optional[str]
    # fields end here
'''
HAND_WRITTEN = ("# the default", "# statuses end here", "# shown in the UI", "# fields end here")
MODULES = ("enums.py", "database/entities.py", "database/relationships.py", "schema_version.py")


def run(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> Result:
    monkeypatch.chdir(root)
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def package(root: Path) -> dict[str, str]:
    """Every file of the package but the history records."""
    folder = root / "schemas"
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*.py"))
    }


def records(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "schemas" / "schema_history").glob("*"))


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A hand-edited package, then four applies: versions 1 to 4."""
    for variable in ("SCHEMASYNC_DB_URL", "SUPABASE_DB_URL", "DATABASE_URL"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    root = tmp_path / "project"
    (root / "schemas" / "database").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[tool.schemasync]\n", encoding="utf-8")
    (root / "schemas" / "enums.py").write_text(ENUMS, encoding="utf-8")
    (root / "schemas" / "database" / "entities.py").write_text(ENTITIES, encoding="utf-8")
    for number, schema in enumerate(VERSIONS, start=1):
        write_snapshot(schema, tmp_path / f"v{number}.json")
        result = run(root, monkeypatch, "apply", "--snapshot", str(tmp_path / f"v{number}.json"))
        assert result.exit_code == 0, result.output
        assert f"schemas/schema_history/v{number:04d}.json: created" in result.stdout
    return root


def copy(root: Path, name: str) -> Path:
    target = root.parent / name
    shutil.copytree(root, target)
    return target


def test_each_apply_that_changes_the_schema_records_a_version(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert records(project) == ["v0001.json", "v0002.json", "v0003.json", "v0004.json"]
    again = run(project, monkeypatch, "apply", "--snapshot", "../v4.json")
    assert again.exit_code == 0
    assert records(project) == ["v0001.json", "v0002.json", "v0003.json", "v0004.json"]
    listed = json.loads(run(project, monkeypatch, "history", "--format", "json").stdout)
    assert [v["number"] for v in listed["versions"]] == [1, 2, 3, 4]
    assert [v["db_hash"] for v in listed["versions"]] == [s.sha256 for s in VERSIONS]
    assert [v["summary"] for v in listed["versions"]] == SUMMARIES
    assert [(v["tables"], v["enums"], v["columns"]) for v in listed["versions"]] == [
        (1, 1, 3),
        (2, 1, 4),
        (2, 1, 3),
        (2, 0, 4),
    ]
    recorded = (project / "schemas" / "schema_version.py").read_text(encoding="utf-8")
    assert f'DB_HASH = "{listed["versions"][-1]["db_hash"]}"' in recorded


def test_history_in_every_format(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = run(project, monkeypatch, "history").stdout.splitlines()
    assert len(text) == 4
    for line, schema, summary in zip(text, VERSIONS, SUMMARIES, strict=True):
        assert line.endswith(f"  {summary}")
        assert f"  {schema.sha256[:12]}  " in line
    assert text[0].startswith("v1  2026-01-01T00:00:00Z  ")
    markdown = run(project, monkeypatch, "history", "--format", "markdown").stdout
    assert markdown.startswith("# Schema version history\n\n| Version | Date |")
    assert f"| v2 | 2026-01-01T00:00:00Z | `{VERSIONS[1].sha256[:12]}` | 2 | 1 | 4 | " in markdown


def test_history_of_a_package_without_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.schemasync]\n", encoding="utf-8")
    result = run(tmp_path, monkeypatch, "history")
    assert result.exit_code == 0
    assert result.stdout == (
        "schemasync: no version recorded yet; each apply that changes the schema records one\n"
    )


def check_between(
    root: Path, monkeypatch: pytest.MonkeyPatch, first: int, second: int
) -> list[dict[str, str]]:
    """What `check` reports between a fresh apply of version `first` and `second`."""
    fresh = root.parent / f"fresh-{first}-{second}"
    (fresh / "schemas").mkdir(parents=True)
    (fresh / "pyproject.toml").write_text("[tool.schemasync]\n", encoding="utf-8")
    assert run(fresh, monkeypatch, "apply", "--snapshot", f"../v{first}.json").exit_code == 0
    result = run(
        fresh, monkeypatch, "check", "--snapshot", f"../v{second}.json", "--format", "json"
    )
    return list(json.loads(result.stdout)["changes"])


def test_diff_between_each_pair_is_what_check_says_between_their_packages(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for first, second in permutations(range(1, 5), 2):
        result = run(project, monkeypatch, "diff", str(first), str(second), "--format", "json")
        assert result.exit_code == 0
        report = json.loads(result.stdout)
        assert report["source"] == f"version {second}"
        assert report["changes"] == check_between(project, monkeypatch, first, second)
        assert report["changes"], (first, second)
        assert report["in_sync"] is False
        assert report["diff"].startswith("--- a/schemas/")
    same = run(project, monkeypatch, "diff", "2", "2")
    assert same.stdout == "schemasync: version 2 is in sync with version 2\n"


def test_diff_in_text_and_markdown_names_the_versions_and_severities(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = run(project, monkeypatch, "diff", "1", "2").stdout
    assert text == (
        "schemasync: 2 change(s) between version 1 and version 2\n"
        "  MEDIUM   schemas/database/entities.py: table invoices is new: add InvoiceRow (1 fields)\n"
        "  MEDIUM   schemas/enums.py: enum value 'on_hold' is new: add ProjectStatus.ON_HOLD\n"
    )
    markdown = run(project, monkeypatch, "diff", "2", "1", "--format", "markdown").stdout
    assert "Compared with version 1." in markdown
    assert "| CRITICAL |" in markdown
    assert "```diff\n" in markdown


def test_diff_with_the_current_source(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    current = run(project, monkeypatch, "diff", "1", "--snapshot", "../v3.json", "--format", "json")
    between = run(project, monkeypatch, "diff", "1", "3", "--format", "json")
    assert json.loads(current.stdout)["changes"] == json.loads(between.stdout)["changes"]
    assert json.loads(current.stdout)["source"] == "snapshot ../v3.json"


@pytest.mark.parametrize("prune", [False, True])
def test_rollback_to_every_version_is_an_apply_of_that_version(
    project: Path, monkeypatch: pytest.MonkeyPatch, prune: bool
) -> None:
    flags = ["--prune"] if prune else []
    for number in range(1, 5):
        rolled = copy(project, f"rolled-{number}-{prune}")
        applied = copy(project, f"applied-{number}-{prune}")
        result = run(rolled, monkeypatch, "rollback", str(number), *flags)
        assert result.exit_code == 0, result.output
        snapshot = f"../v{number}.json"
        assert run(applied, monkeypatch, "apply", "--snapshot", snapshot, *flags).exit_code == 0
        assert package(rolled) == package(applied)
        listed = json.loads(run(rolled, monkeypatch, "history", "--format", "json").stdout)
        texts = package(rolled)
        if number == 4:
            # Already at version 4: no version is recorded; --prune only removes what
            # was flagged (the enum class, its comments with it).
            assert len(listed["versions"]) == 4
            assert ("ProjectStatus" in texts["enums.py"]) is not prune
            continue
        kept = [c for c in HAND_WRITTEN if c in texts["enums.py"] + texts["database/entities.py"]]
        assert kept == list(HAND_WRITTEN)
        last = listed["versions"][-1]
        assert last["number"] == 5
        assert last["db_hash"] == VERSIONS[number - 1].sha256
        assert last["summary"].startswith(f"rollback to v{number}: ")


def test_rollback_flags_what_the_version_lacks_and_prune_removes_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flagged = copy(project, "flagged")
    run(flagged, monkeypatch, "rollback", "1")
    entities = (flagged / "schemas" / "database" / "entities.py").read_text(encoding="utf-8")
    assert "    due: Optional[str]  # schemasync: not in the database\n" in entities
    pruned = copy(project, "pruned")
    run(pruned, monkeypatch, "rollback", "1", "--prune")
    entities = (pruned / "schemas" / "database" / "entities.py").read_text(encoding="utf-8")
    assert "due" not in entities
    assert "legacy: Optional[str]\n" in entities


def test_rollback_dry_run_prints_the_diff_and_writes_nothing(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {**package(project), "records": "\n".join(records(project))}
    result = run(project, monkeypatch, "rollback", "2", "--dry-run")
    assert result.exit_code == 1
    assert "+    legacy: Optional[str]\n" in result.stdout
    assert "run `schemasync rollback 2` to write it." in result.stderr
    assert {**package(project), "records": "\n".join(records(project))} == before


def test_a_version_not_recorded_is_a_clean_error(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for args in (["rollback", "5"], ["diff", "1", "9"]):
        result = run(project, monkeypatch, *args)
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1
        assert "versions 1 to 4 are recorded" in result.stderr


def test_a_record_edited_by_hand_is_refused(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record = project / "schemas" / "schema_history" / "v0002.json"
    record.write_text(record.read_text(encoding="utf-8").replace("on_hold", "paused"))
    result = run(project, monkeypatch, "rollback", "2")
    assert result.exit_code == 2
    assert "do not rebuild version 2's schema" in result.stderr
    record.write_text("{}", encoding="utf-8")
    result = run(project, monkeypatch, "history")
    assert result.exit_code == 2
    assert "schemas/schema_history/v0002.json is not a schemasync history record" in result.stderr
    record.unlink()
    result = run(project, monkeypatch, "history")
    assert "has no record of version 2 before schemas/schema_history/v0003.json" in result.stderr


def test_a_refused_apply_records_nothing(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "schemas" / "database" / "entities.py").write_text("class Broken(:\n")
    assert run(project, monkeypatch, "rollback", "1").exit_code == 2
    assert records(project) == ["v0001.json", "v0002.json", "v0003.json", "v0004.json"]
