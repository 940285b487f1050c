"""A migration history is read in order: each file meets the schema the files before it
built, with `--since` too (the files before the changed ones are read, not reported)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from lint.test_lint_cli import migration, project, run_lint

__all__ = ["project"]  # the fixture, used by name

CREATE = (
    "set lock_timeout = '5s';\n"
    "create table public.notes (id bigint primary key, body varchar(200) not null);\n"
)
WIDEN = "set lock_timeout = '5s';\nalter table public.notes alter column body type text;\n"
INDEX = "create index notes_body_idx on public.notes (body);\n"


def commit_all(project: Path) -> None:
    """A git repository with every file committed: the base ref `--since HEAD` compares to."""
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "base"]):
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
            cwd=project,
            check=True,
            capture_output=True,
        )


def findings(done: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    return [(f["path"].rsplit("/", 1)[-1], f["rule"]) for f in json.loads(done.stdout)["findings"]]


def test_an_earlier_file_gives_the_old_type_of_a_column(project: Path) -> None:
    migration(project, "20240101000000_notes.sql", CREATE)
    later = migration(project, "20240102000000_widen.sql", WIDEN)
    # varchar(200) -> text relabels the column (and the first file's varchar is hygiene).
    assert findings(run_lint(project, "--format", "json")) == [
        ("20240101000000_notes.sql", "prefer-text")
    ]
    alone = run_lint(project, "--format", "json", str(later.relative_to(project)))
    assert findings(alone) == [("20240102000000_widen.sql", "change-column-type")]


def test_since_reads_the_files_before_the_changed_ones(project: Path) -> None:
    migration(project, "20240101000000_notes.sql", CREATE)
    commit_all(project)
    migration(project, "20240102000000_widen.sql", WIDEN + INDEX)
    # The type is known from the first file; the table is not this migration's own, so
    # building the index blocks its writers.
    assert findings(run_lint(project, "--since", "HEAD", "--format", "json")) == [
        ("20240102000000_widen.sql", "index-without-concurrently")
    ]


def test_migration_files_as_the_supabase_cli_reads_them(project: Path) -> None:
    migration(project, "20240101000000_init.sql", "select 1;\n")
    migration(project, "20240301000000_tags.sql", "select 1;\n")
    commit_all(project)
    migration(project, "20240201000000_notes.sql", "select 1;\n")  # older than tags
    migration(project, "20240301000000_more_tags.sql", "select 1;\n")  # tags' version
    migration(project, "cleanup.sql", "select 1;\n")  # skipped by the CLI
    assert sorted(findings(run_lint(project, "--since", "HEAD", "--format", "json"))) == [
        ("20240201000000_notes.sql", "migration-out-of-order"),
        ("20240301000000_more_tags.sql", "duplicate-migration-version"),
        ("cleanup.sql", "migration-file-name"),
    ]
    # Without --since nothing is new, but the names and versions still count.
    assert sorted(findings(run_lint(project, "--format", "json"))) == [
        ("20240301000000_more_tags.sql", "duplicate-migration-version"),
        ("20240301000000_tags.sql", "duplicate-migration-version"),
        ("cleanup.sql", "migration-file-name"),
    ]
