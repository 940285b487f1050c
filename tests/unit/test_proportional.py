"""The proportional path (codemod.objects, codemod.read.slices): after an apply that
recorded schema_objects.txt, a drift is read, planned and written from the classes of
the objects that changed only, and gives exactly what reading the whole package gives."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from codemod.config import Config
from codemod.errors import NamingConflictError
from codemod.introspect import Source
from codemod.introspect.snapshot import write_snapshot
from codemod.model import Column, ColumnType, EnumType, Schema, Table
from codemod.objects import OBJECTS_FILE
from codemod.pipeline import Options, Outcome, apply_changes, compute

from .test_idempotence import SCHEMAS_AND_CONFIGS, evolved, restyled, with_comments

NOW = datetime(2026, 12, 2, tzinfo=UTC)


def options(root: Path, config: Config) -> Options:
    return Options(root=root, config=config, source=Source("snapshot", str(root / "s.json")))


def synced(root: Path, schema: Schema, config: Config) -> Options:
    """A project whose package an apply of `schema` wrote (with its record)."""
    opts = options(root, config)
    write_snapshot(schema, root / "s.json")
    apply_changes(opts, now=NOW)
    return opts


@dataclass(frozen=True)
class Run:
    outcome: Outcome
    record: str | None  # schema_objects.txt as the run leaves it (if it wrote)


def both_ways(opts: Options, **kwargs: bool) -> tuple[Run, Run]:
    """(with the record, with the record deleted): the proportional and the full path."""
    record = opts.schemas_dir / OBJECTS_FILE
    saved = record.read_text()
    with_record = compute(opts, now=NOW, **kwargs)
    record.unlink()
    try:
        without = compute(opts, now=NOW, **kwargs)
    finally:
        record.write_text(saved)
    if not kwargs.get("transform", True):  # check: nothing is written
        return Run(with_record, None), Run(without, None)
    return (
        Run(with_record, with_record.generated.get(OBJECTS_FILE, saved)),
        Run(without, without.generated.get(OBJECTS_FILE)),
    )


@contextlib.contextmanager
def synced_project(schema: Schema, config: Config) -> Iterator[Options]:
    """`synced` in a folder of its own; a schema whose names clash is no example."""
    with tempfile.TemporaryDirectory() as folder:
        try:
            yield synced(Path(folder), schema, config)
        except NamingConflictError:
            assume(False)
            raise


def assert_drift_agrees(opts: Options, later: Schema, recorded: bool) -> None:
    """A drift to `later` (a snapshot) gives the same plan and files both ways, for
    apply and for check; with a record, the proportional path is the one taken."""
    write_snapshot(later, opts.root / "s.json")
    applied = both_ways(opts)
    checked = both_ways(opts, transform=False)
    assert_same(*applied)
    assert_same(*checked)
    if recorded and not applied[0].outcome.fast_path:  # nothing to fall back for
        assert applied[0].outcome.proportional


def assert_same(proportional_run: Run, full_run: Run) -> None:
    proportional, full = proportional_run.outcome, full_run.outcome
    assert proportional.plan == full.plan
    assert proportional.plan.notes == full.plan.notes
    assert proportional.after == full.after
    assert proportional.before == full.before
    if proportional.after and proportional_run.record is not None:
        assert proportional_run.record == full_run.record  # written with the version module
    else:  # in sync, or check: no record is written
        assert proportional.generated == full.generated == {}
    assert not full.proportional


@given(st.data(), SCHEMAS_AND_CONFIGS)
def test_a_drift_gives_the_full_paths_files_byte_for_byte(
    data: st.DataObject, case: tuple[Schema, Config]
) -> None:
    schema, config = case
    later = data.draw(evolved(schema))
    with synced_project(schema, config) as opts:
        record = (opts.schemas_dir / OBJECTS_FILE).read_text()
        recorded = any(not line.startswith("#") for line in record.splitlines())
        assert_drift_agrees(opts, later, recorded)


@given(st.data(), SCHEMAS_AND_CONFIGS)
def test_a_styled_and_commented_package_gives_the_full_paths_files_too(
    data: st.DataObject, case: tuple[Schema, Config]
) -> None:
    """As people keep a package: `T | None` and StrEnum, comments on any line (at column
    0 too, inside a class or a call); as if apply had left it so (hashes recorded)."""
    schema, config = case
    later = data.draw(evolved(schema))
    with synced_project(schema, config) as opts:
        for path in config.module_files:
            file = opts.schemas_dir / path
            if file.exists():
                text = file.read_text()
                if data.draw(st.booleans(), label="restyled"):
                    text = restyled(text)
                file.write_text(with_comments(text, data, path)[0])
        _rehash(opts)
        recorded = "# nothing recorded" not in (opts.schemas_dir / OBJECTS_FILE).read_text()
        assert_drift_agrees(opts, later, recorded)


def drifted(root: Path) -> Options:
    """A project in sync with two tables and an enum, then a column more in one."""
    text = ColumnType("text", "text")
    status = ColumnType("status", "status", kind="enum", schema="public")
    before = Schema(
        enums=(EnumType("public", "status", ("open", "done")),),
        tables=(
            Table("public", "projects", (Column("id", text, False), Column("s", status))),
            Table("public", "tasks", (Column("id", text, False),)),
        ),
    )
    opts = synced(root, before, Config())
    tasks = replace(before.tables[1], columns=(*before.tables[1].columns, Column("due", text)))
    write_snapshot(replace(before, tables=(before.tables[0], tasks)), root / "s.json")
    return opts


def test_the_record_names_each_class_one_line_an_object(tmp_path: Path) -> None:
    opts = drifted(tmp_path)
    lines = (opts.schemas_dir / OBJECTS_FILE).read_text().splitlines()
    entries = [line.split("\t") for line in lines if not line.startswith("#")]
    assert [(e[0], e[1], e[3], e[4]) for e in entries] == [
        ("projects", "row", "database/entities.py", "ProjectRow"),
        ("status", "enum", "enums.py", "Status"),
        ("tasks", "row", "database/entities.py", "TaskRow"),
    ]
    assert all(len(e[2]) == 16 for e in entries)


def test_a_drift_is_planned_from_the_changed_class_alone(tmp_path: Path) -> None:
    opts = drifted(tmp_path)
    proportional, full = both_ways(opts)
    assert proportional.outcome.proportional
    changes = proportional.outcome.plan.changes
    assert [c.describe() for c in changes] == [c.describe() for c in full.outcome.plan.changes]
    assert [c.class_name for c in changes] == ["TaskRow"]
    assert_same(proportional, full)


def full_path_taken(opts: Options) -> bool:
    outcome = compute(opts, now=NOW)
    return not outcome.proportional and outcome.changed


def test_a_package_edited_since_the_apply_takes_the_full_path(tmp_path: Path) -> None:
    opts = drifted(tmp_path)
    entities = opts.schemas_dir / "database" / "entities.py"
    entities.write_text(entities.read_text() + "\n# a note\n")
    assert full_path_taken(opts)


def test_a_record_of_other_settings_is_not_used(tmp_path: Path) -> None:
    opts = drifted(tmp_path)
    record = opts.schemas_dir / OBJECTS_FILE
    text = record.read_text()
    settings = next(line for line in text.splitlines() if line.startswith("# package "))
    settings = settings.split()[4]
    record.write_text(text.replace(settings, "0" * len(settings)))
    assert full_path_taken(opts)


def test_a_record_whose_lines_were_edited_is_not_used(tmp_path: Path) -> None:
    opts = drifted(tmp_path)
    record = opts.schemas_dir / OBJECTS_FILE
    lines = record.read_text().splitlines(keepends=True)
    # As a merge might leave it: one object's line gone, the header as it was.
    record.write_text("".join(line for line in lines if "TaskRow" not in line))
    assert full_path_taken(opts)


def test_a_deleted_or_garbled_record_takes_the_full_path(tmp_path: Path) -> None:
    opts = drifted(tmp_path)
    record = opts.schemas_dir / OBJECTS_FILE
    record.write_text(record.read_text().replace("\t", " "))
    assert full_path_taken(opts)
    record.unlink()
    assert full_path_taken(opts)


def test_prune_takes_the_full_path(tmp_path: Path) -> None:
    opts = drifted(tmp_path)
    outcome = compute(opts, prune=True, now=NOW)
    assert outcome.changed
    assert not outcome.proportional


def test_a_class_found_twice_takes_the_full_path(tmp_path: Path) -> None:
    opts = drifted(tmp_path)
    entities = opts.schemas_dir / "database" / "entities.py"
    text = entities.read_text()
    # Each time as if the apply had written it: the package hash matches again.
    entities.write_text(text + "\n\nLIMIT = 3\n")
    _rehash(opts)
    assert compute(opts, now=NOW).proportional
    entities.write_text(text + '\n\nTaskRow = "shadow"\n')
    _rehash(opts)
    assert full_path_taken(opts)


def test_flagged_entries_leave_no_usable_record(tmp_path: Path) -> None:
    opts = drifted(tmp_path)
    write_snapshot(Schema(), tmp_path / "s.json")  # every class is now stale: flagged
    apply_changes(opts, now=NOW)
    record = (opts.schemas_dir / OBJECTS_FILE).read_text()
    assert [line for line in record.splitlines() if not line.startswith("#")] == []
    assert "# nothing recorded" in record


def _rehash(opts: Options) -> None:
    """Record PACKAGE_HASH of the package as it now is, in the version module and the
    record, as if apply had written it so."""
    from codemod.files import read_sources
    from codemod.version import package_hash

    config = opts.config
    package = read_sources(opts.schemas_dir, config.module_files)
    new = package_hash(package, config.package_settings)
    for name in (config.version_file, OBJECTS_FILE):
        path = opts.schemas_dir / name
        text = path.read_text()
        old = next(
            word.strip('"')
            for line in text.splitlines()
            if "PACKAGE_HASH" in line or line.startswith("# package ")
            for word in line.split()[2:3]
        )
        path.write_text(text.replace(old, new))


def test_a_naming_conflict_says_what_the_full_path_says(tmp_path: Path) -> None:
    opts = drifted(tmp_path)
    text = ColumnType("text", "text")
    clash = Table("public", "project", (Column("id", text, False),))  # ProjectRow again
    later = Schema(tables=(Table("public", "projects", (Column("id", text, False),)), clash))
    write_snapshot(later, tmp_path / "s.json")
    messages = []
    for _ in both_ways_raising(opts):
        with pytest.raises(NamingConflictError) as raised:
            compute(opts, now=NOW)
        messages.append(str(raised.value))
    assert messages[0] == messages[1]
    assert "ProjectRow" in messages[0]


def both_ways_raising(opts: Options) -> Iterator[None]:
    """Once with the record, once with it deleted (then put back)."""
    record = opts.schemas_dir / OBJECTS_FILE
    saved = record.read_text()
    yield
    record.unlink()
    try:
        yield
    finally:
        record.write_text(saved)
