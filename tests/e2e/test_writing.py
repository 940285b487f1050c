"""How `apply` writes: one transaction across the package's files, whatever stops it
(an error, Ctrl-C, SIGTERM, SIGKILL), through symlinks and hard links, keeping owner,
mode and BOM, and never over a file someone saved meanwhile. The real CLI, on a
snapshot (no server needed)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import time
from pathlib import Path

import pytest

from codemod.errors import SchemasyncError
from codemod.files import write_atomically
from codemod.introspect.snapshot import write_snapshot
from codemod.model import Column, ColumnType, EnumType, ForeignKey, Schema, Table
from e2e.interrupt import changes, run_until
from e2e.project import Project, new_project

TEXT = ColumnType("text", "text")
UUID = ColumnType("uuid", "uuid")
BEFORE = {
    "schemas/enums.py": 'from enum import Enum\n\n\nclass Mood(str, Enum):\n    HAPPY = "happy"\n',
    "schemas/database/entities.py": (
        "from typing import TypedDict\n\n\nclass ProjectRow(TypedDict, total=False):\n    id: str\n"
    ),
    "schemas/database/relationships.py": '"""Junction tables."""\n',
}
# A change to every file of the package, the version module included.
DRIFT = Schema(
    enums=(EnumType("public", "mood", ("happy", "sad")),),
    tables=(
        Table("public", "projects", (Column("id", UUID, False), Column("name", TEXT))),
        Table(
            "public",
            "project_tags",
            (Column("project_id", UUID, False), Column("tag_id", UUID, False)),
            primary_key=("project_id", "tag_id"),
            foreign_keys=(
                ForeignKey("a", ("project_id",), "public", "projects", ("id",)),
                ForeignKey("b", ("tag_id",), "public", "tags", ("id",)),
            ),
        ),
    ),
)
PACKAGE = (*BEFORE, "schemas/schema_version.py")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / "repo").mkdir()
    project = new_project(tmp_path / "repo")
    for path, text in BEFORE.items():
        project.write(path, text)
    write_snapshot(DRIFT, project.root / "db.json")
    return project


def state(project: Project) -> dict[str, bytes | None]:
    files = {p: project.root / p for p in PACKAGE}
    return {p: f.read_bytes() if f.is_file() else None for p, f in files.items()}


def leftovers(project: Project) -> list[str]:
    """Files a write leaves only when something went wrong: staged files, the journal."""
    return sorted(
        p.relative_to(project.root).as_posix()
        for p in project.root.rglob("*")
        if ".schemasync-" in p.name
    )


def copy_of(project: Project, folder: Path) -> Project:
    shutil.copytree(project.root, folder)
    return Project(folder)


@pytest.fixture
def new_state(project: Project, tmp_path: Path) -> dict[str, bytes | None]:
    """The package after an uninterrupted apply (on a copy)."""
    copy = copy_of(project, tmp_path / "copy")
    assert copy.run("apply", "--snapshot", "db.json").returncode == 0
    return state(copy)


@pytest.fixture
def apply_changes(project: Project, tmp_path: Path) -> list[str]:
    """What an uninterrupted apply changes on disk, in order (on a copy)."""
    listed = run_until(copy_of(project, tmp_path / "listed"), 0, "SIGKILL", *APPLY)
    assert listed.returncode == 0, listed.stderr
    return changes(listed)


APPLY = ("apply", "--snapshot", "db.json")


def test_a_killed_apply_leaves_every_file_old_or_new_and_the_next_run_finishes_it(
    project: Project,
    tmp_path: Path,
    new_state: dict[str, bytes | None],
    apply_changes: list[str],
) -> None:
    old_state = state(project)
    # Every staged file, the journal, the renames, the clean-up: a bounded number of points.
    assert 10 <= len(apply_changes) <= 40
    started = time.monotonic()
    outcomes = set()
    for stop_at in range(1, len(apply_changes) + 1):
        copy = copy_of(project, tmp_path / f"kill-{stop_at}")
        killed = run_until(copy, stop_at, "SIGKILL", *APPLY)
        assert killed.returncode == -signal.SIGKILL
        after_kill = state(copy)
        for path in PACKAGE:  # no torn file, ever
            assert after_kill[path] in (old_state[path], new_state[path]), (stop_at, path)
        # The next run, whatever it is, first finishes or undoes the interrupted apply.
        assert copy.run("check", "--snapshot", "db.json").returncode in (0, 1)
        assert leftovers(copy) == [], stop_at
        recovered = state(copy)
        assert recovered in (old_state, new_state), stop_at
        outcomes.add("new" if recovered == new_state else "old")
    assert outcomes == {"old", "new"}  # kills landed before and after the point of no return
    assert time.monotonic() - started < 300


@pytest.mark.parametrize(("signame", "code"), [("SIGINT", 130), ("SIGTERM", 143), ("SIGHUP", 129)])
def test_a_signal_while_staging_writes_nothing_and_exits_128_plus_its_number(
    project: Project, signame: str, code: int
) -> None:
    old_state = state(project)
    result = run_until(project, 3, signame, *APPLY)
    assert result.returncode == code
    assert result.stdout == ""
    assert result.stderr == f"schemasync: interrupted by {signame}; stopped.\n"
    assert state(project) == old_state
    assert leftovers(project) == []


def test_a_signal_during_the_commit_waits_until_every_file_is_written(
    project: Project, new_state: dict[str, bytes | None], apply_changes: list[str]
) -> None:
    # The journal's rename is the point of no return; signal just after it.
    after_journal = apply_changes.index("os.rename") + 2
    result = run_until(project, after_journal, "SIGTERM", *APPLY)
    assert result.returncode == 143
    assert result.stdout == ""
    assert result.stderr == "schemasync: interrupted by SIGTERM; stopped.\n"
    assert state(project) == new_state
    assert leftovers(project) == []


def test_an_error_in_the_write_step_changes_no_file(project: Project) -> None:
    (project.root / "schemas/schema_version.py").mkdir()
    before = state(project)
    result = project.run("apply", "--snapshot", "db.json")
    assert result.returncode == 2
    assert result.stderr == (
        "schemasync: schemasync could not run: schemas/schema_version.py is a folder, but "
        "schemasync keeps a module there. Move the folder away, or set another file name "
        "in [tool.schemasync]. No file was changed.\n"
    )
    assert state(project) == before
    assert leftovers(project) == []


def test_a_file_saved_while_apply_runs_is_not_overwritten(project: Project) -> None:
    """An editor saves entities.py after schemasync read it, while it stages its files."""
    edited = BEFORE["schemas/database/entities.py"] + "    # my edit\n"
    saver = (
        "import sys, pathlib\n"
        "def save(event, args):\n"
        "    if event == 'open' and '.schemasync-' in str(args[0]):\n"
        f"        pathlib.Path({str(project.root / 'schemas/database/entities.py')!r})"
        f".write_text({edited!r})\n"
        "sys.addaudithook(save)\n"
        "from codemod.cli import main\n"
        "main(['apply', '--snapshot', 'db.json'])\n"
    )
    result = project.run_python(saver)
    assert result.returncode == 2
    assert "schemas/database/entities.py changed while schemasync was working on it" in (
        result.stderr
    )
    assert project.read("schemas/database/entities.py") == edited
    assert project.read("schemas/enums.py") == BEFORE["schemas/enums.py"]
    assert not (project.root / "schemas/schema_version.py").exists()
    assert leftovers(project) == []


def test_stray_staged_files_are_deleted_by_the_next_run(project: Project) -> None:
    stray = project.root / "schemas/database/.entities.py.schemasync-abc123.tmp"
    stray.write_text("half")
    assert project.run("apply", "--snapshot", "db.json").returncode == 0
    assert leftovers(project) == []


def test_a_symlinked_module_is_written_through_to_its_target(project: Project) -> None:
    real = project.root / "shared/enums.py"
    real.parent.mkdir()
    (project.root / "schemas/enums.py").rename(real)
    (project.root / "schemas/enums.py").symlink_to("../shared/enums.py")
    assert project.run("apply", "--snapshot", "db.json").returncode == 0
    assert (project.root / "schemas/enums.py").is_symlink()
    assert 'SAD = "sad"' in real.read_text()


def test_hard_links_owner_and_mode_are_kept(project: Project) -> None:
    entities = project.root / "schemas/database/entities.py"
    twin = project.root / "entities-twin.py"
    os.link(entities, twin)
    entities.chmod(0o640)
    if os.geteuid() == 0:
        os.chown(entities, 1234, 5678)
    assert project.run("apply", "--snapshot", "db.json").returncode == 0
    assert "name: Optional[str]" in twin.read_text()  # one file, two names, still
    assert os.stat(entities).st_ino == os.stat(twin).st_ino
    assert oct(entities.stat().st_mode & 0o777) == oct(0o640)
    if os.geteuid() == 0:
        assert (entities.stat().st_uid, entities.stat().st_gid) == (1234, 5678)


def test_a_read_only_module_is_refused(project: Project) -> None:
    (project.root / "schemas/enums.py").chmod(0o444)
    before = state(project)
    result = project.run("apply", "--snapshot", "db.json")
    assert result.returncode == 2
    assert "schemas/enums.py is read-only (mode -r--r--r--); schemasync does not overwrite" in (
        result.stderr
    )
    assert state(project) == before
    assert leftovers(project) == []


def test_a_bom_is_accepted_and_kept(project: Project) -> None:
    enums = project.root / "schemas/enums.py"
    enums.write_bytes(b"\xef\xbb\xbf" + enums.read_bytes())
    result = project.run("apply", "--snapshot", "db.json")
    assert result.returncode == 0, result.stderr
    assert enums.read_bytes().startswith(b"\xef\xbb\xbffrom enum import Enum\n")
    assert b'SAD = "sad"' in enums.read_bytes()
    assert project.run("check", "--snapshot", "db.json").returncode == 0


def test_a_nul_byte_is_reported_where_it_is(project: Project) -> None:
    project.write("schemas/enums.py", 'from enum import Enum\nX = "a\0"\n')
    result = project.run("check", "--snapshot", "db.json")
    assert result.returncode == 2
    assert ": schemas/enums.py:2:7: source code string cannot contain null bytes" in result.stderr


def test_write_atomically_refuses_a_file_that_changed_since_it_was_read(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("old\n")
    with pytest.raises(SchemasyncError, match=r"a\.py changed while schemasync"):
        write_atomically(
            tmp_path, {"a.py": "new\n", "b.py": "b\n"}, {"a.py": b"older\n", "b.py": None}
        )
    assert (tmp_path / "a.py").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.py"]


VIEW_AND_ENUM_COLUMN = Schema(
    enums=(EnumType("public", "mood", ("happy",)),),
    tables=(
        Table("public", "moods", (Column("id", UUID, False),), kind="view"),
        Table("public", "people", (Column("mood", ColumnType("mood", "mood", "enum", "public")),)),
    ),
)


def test_apply_into_an_empty_folder_writes_a_package_that_imports_and_type_checks(
    tmp_path: Path,
) -> None:
    (tmp_path / "app").mkdir()
    project = new_project(tmp_path / "app", 'enum_columns = "enum"')
    write_snapshot(Schema(tables=VIEW_AND_ENUM_COLUMN.tables[:1]), project.root / "db.json")
    result = project.run("apply", "--snapshot", "db.json")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "schemas/__init__.py: created\n"
        "schemas/database/__init__.py: created\n"
        "schemas/database/entities.py: 1 added\n"
        "schemas/database/relationships.py: created\n"
        "schemas/enums.py: created\n"
        "schemas/schema_history/v0001.json: created\n"
        "schemas/schema_version.py: regenerated\n"
    )
    imported = project.run_python("import schemas.enums, schemas.database.relationships")
    assert imported.returncode == 0, imported.stderr
    write_snapshot(VIEW_AND_ENUM_COLUMN, project.root / "db.json")
    assert project.run("apply", "--snapshot", "db.json").returncode == 0
    assert project.run("check", "--snapshot", "db.json").returncode == 0
    mypy = project.run_python("from mypy.main import main; main()", "--strict", "schemas")
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr


@pytest.mark.parametrize(
    ("declared", "module", "note"),
    [
        ('requires-python = ">=3.13"\n', "typing", False),
        (
            'requires-python = ">=3.11"\ndependencies = ["typing-extensions>=4.9"]\n',
            "typing_extensions",
            False,
        ),
        ('requires-python = ">=3.11"\ndependencies = ["click"]\n', "typing_extensions", True),
    ],
)
def test_read_only_is_imported_from_what_the_project_declares(
    tmp_path: Path, declared: str, module: str, note: bool
) -> None:
    (tmp_path / "app").mkdir()
    project = new_project(tmp_path / "app")
    project.write("pyproject.toml", f'[project]\nname = "app"\n{declared}\n[tool.schemasync]\n')
    write_snapshot(Schema(tables=VIEW_AND_ENUM_COLUMN.tables[:1]), project.root / "db.json")
    result = project.run("apply", "--snapshot", "db.json")
    assert result.returncode == 0, result.stderr
    entities = project.read("schemas/database/entities.py")
    assert re.search(rf"^from {module} import (.*, )?ReadOnly\b", entities, re.MULTILINE)
    message = (
        "note: view rows are annotated ReadOnly[...] from typing_extensions, which Python "
        "before 3.13 lacks and this project does not declare: add typing-extensions>=4.9 "
        'to [project] dependencies, or require Python 3.13 (requires-python = ">=3.13"), '
        "where typing has ReadOnly\n"
    )
    assert (message in result.stderr) is note


def test_recovery_keeps_a_file_saved_after_the_interrupted_apply(
    project: Project, apply_changes: list[str]
) -> None:
    """Killed right after its journal: the next run completes the apply, except for a
    file someone saved in between, which keeps their text."""
    after_journal = apply_changes.index("os.rename") + 1
    killed = run_until(project, after_journal + 1, "SIGKILL", *APPLY)
    assert killed.returncode == -signal.SIGKILL
    assert (project.root / "schemas/.schemasync-journal.json").is_file()
    (project.root / "schemas/enums.py").write_text("# mine\n")
    assert project.run("check", "--snapshot", "db.json").returncode == 1
    assert project.read("schemas/enums.py") == "# mine\n"
    assert "name: Optional[str]" in project.read("schemas/database/entities.py")
    assert leftovers(project) == []
