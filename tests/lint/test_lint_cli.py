"""`schemasync lint` as a user runs it: the installed command, in a project folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codemod.lint.rules import ALL_RULES
from lint.lint_support import REPO, SCHEMASYNC

PYPROJECT = '[tool.schemasync]\nschemas_dir = "schemas"\nmigrations = "supabase/migrations"\n'
DROP_NOTE = "set lock_timeout = '5s';\nalter table public.entries drop column note;\n"


def run_lint(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("DB_URL")}
    return subprocess.run(
        [SCHEMASYNC, "lint", *args],
        cwd=project,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the repository's schema package, a pyproject and a migrations folder."""
    shutil.copytree(REPO / "schemas", tmp_path / "schemas")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT)
    (tmp_path / "supabase" / "migrations").mkdir(parents=True)
    return tmp_path


def migration(project: Path, name: str, sql: str) -> Path:
    path = project / "supabase" / "migrations" / name
    path.write_text(sql)
    return path


def test_python_impact_names_the_class_and_field_a_drop_column_breaks(project: Path) -> None:
    migration(project, "20250101000000_drop_note.sql", DROP_NOTE)
    entities = (project / "schemas" / "database" / "entities.py").read_text().splitlines()
    line = next(i for i, text in enumerate(entities, 1) if text.strip().startswith('"note"'))
    done = run_lint(project)
    assert done.returncode == 1, done.stderr
    assert (
        "supabase/migrations/20250101000000_drop_note.sql:2:1: HIGH python-impact drop column "
        f"entries.note breaks schemas/database/entities.py:{line} EntryRow.note"
    ) in done.stdout


def test_exit_0_when_nothing_reaches_fail_on(project: Path) -> None:
    migration(project, "1_ok.sql", "create table public.tags (name text);\n")  # MEDIUM
    assert run_lint(project).returncode == 0
    assert run_lint(project, "--fail-on", "medium").returncode == 1


def test_exit_1_at_or_above_fail_on(project: Path) -> None:
    migration(project, "1_drop.sql", DROP_NOTE)
    assert run_lint(project).returncode == 1
    assert run_lint(project, "--fail-on", "critical").returncode == 1
    (project / "pyproject.toml").write_text(
        PYPROJECT + '[tool.schemasync.lint]\ndisable = ["drop-column", "python-impact"]\n'
    )
    assert run_lint(project).returncode == 0


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        ("", ["no/such/file.sql"], "no such file or folder"),
        ('[tool.schemasync.lint]\nfail_of = "low"\n', [], "Did you mean 'fail_on'?"),
        ('[tool.schemasync.lint]\ndisable = ["drop-colum"]\n', [], "Did you mean 'drop-column'?"),
    ],
)
def test_exit_2_when_it_cannot_run(
    project: Path, setup: str, args: list[str], message: str
) -> None:
    (project / "pyproject.toml").write_text(PYPROJECT + setup)
    migration(project, "1_ok.sql", "select 1;\n")
    done = run_lint(project, *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stdout == ""


def test_formats_from_the_command_line(project: Path) -> None:
    migration(project, "1_drop.sql", DROP_NOTE)
    github = run_lint(project, "--format", "github").stdout.splitlines()
    assert github[0].startswith("::error file=supabase/migrations/1_drop.sql,line=2,col=1,")
    sarif = json.loads(run_lint(project, "--format", "sarif").stdout)
    assert sarif["version"] == "2.1.0"
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} == {"drop-column", "python-impact"}


def test_since_lints_only_files_changed_since_a_ref(project: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)

    old = migration(project, "1_old.sql", DROP_NOTE)
    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "old")
    migration(project, "2_new.sql", "create table public.tags (name text);\n")
    done = run_lint(project, "--since", "HEAD", "--format", "json")
    assert [f["path"] for f in json.loads(done.stdout)["findings"]] == [
        "supabase/migrations/2_new.sql"
    ]
    old.write_text(DROP_NOTE + "select 1;\n")
    paths = {
        f["path"]
        for f in json.loads(run_lint(project, "--since", "HEAD", "--format", "json").stdout)[
            "findings"
        ]
    }
    assert paths == {"supabase/migrations/1_old.sql", "supabase/migrations/2_new.sql"}
    assert run_lint(project, "--since", "no-such-ref").returncode == 2


def test_list_rules_prints_every_rule(project: Path) -> None:
    done = run_lint(project, "--list-rules")
    assert done.returncode == 0
    assert "python-impact" in done.stdout
    assert len(done.stdout.splitlines()) == len(ALL_RULES)


def test_lint_imports_neither_what_writes_files_nor_what_runs_git(project: Path) -> None:
    """Start-up is most of a small lint: tempfile is for apply's writes, subprocess for
    --since, and a lint without them imports neither."""
    migration(project, "1_drop.sql", DROP_NOTE)
    script = (
        "import sys\n"
        "from codemod.cli import main\n"
        "try:\n"
        "    main(['lint', '--format', 'json'])\n"
        "except SystemExit as exit:\n"
        "    print(exit.code, sorted({'tempfile', 'subprocess'} & set(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=project, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1] == "1 []"
