"""`.github/workflows/schema-sync.yml` copied into a user's repository: a helpdesk app
with its own `supabase/migrations/` and `schemas/`, no pyproject.toml and no schemasync
source. Its shell steps run for real there, as a runner runs them, with the schemasync
that the workflow's own install step put into a fresh Python."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

import pytest

from .sandbox import PROJECT, bare_python, clean_env, copy_checkout, git, run
from .workflows import WORKFLOWS, load, outputs, run_step, step

WORKFLOW = WORKFLOWS / "schema-sync.yml"

# On main: the package is in step with these two migrations. The second takes a lock
# without a lock_timeout, which `schemasync lint` reports (HIGH).
ON_MAIN = {
    "supabase/migrations/20250101000000_tickets.sql": """\
create type public.ticket_state as enum ('open', 'closed');

create table public.tickets (
  id bigint generated always as identity primary key,
  title text not null,
  state public.ticket_state not null default 'open'
);
""",
    "supabase/migrations/20250115000000_ticket_notes.sql": """\
alter table public.tickets add column notes text;
""",
    "schemas/__init__.py": "",
    "schemas/enums.py": '''\
"""Enums of the helpdesk database."""

from enum import Enum


class TicketState(str, Enum):
    OPEN = "open"
    CLOSED = "closed"
''',
    "schemas/database/__init__.py": "",
    "schemas/database/entities.py": '''\
"""Row types of the helpdesk database."""

from typing import Optional, TypedDict


class TicketRow(TypedDict, total=False):
    id: int
    title: str
    state: str
    notes: Optional[str]
''',
    "README.md": "# helpdesk\n",
}
# The pull request: a migration the package does not follow yet, itself lint-clean.
PULL_REQUEST = {
    "supabase/migrations/20250201000000_ticket_priority.sql": """\
set lock_timeout = '5s';

alter type public.ticket_state add value 'blocked' after 'open';
alter table public.tickets add column priority integer;
""",
}


def write(root: Path, files: Mapping[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def user_repository(root: Path, env: Mapping[str, str]) -> Path:
    """The helpdesk repository checked out on its pull request's branch, with
    `origin/main` fetched (the workflow's `fetch-depth: 0`)."""
    write(root, ON_MAIN)
    git(root, env, "init", "-q", "-b", "main")
    git(root, env, "add", "-A")
    git(root, env, "commit", "-q", "-m", "helpdesk")
    git(root.parent, env, "clone", "-q", "--bare", str(root), "origin.git")
    git(root, env, "remote", "add", "origin", str(root.parent / "origin.git"))
    git(root, env, "fetch", "-q", "origin")
    git(root, env, "checkout", "-q", "-b", "ticket-priority")
    write(root, PULL_REQUEST)
    git(root, env, "add", "-A")
    git(root, env, "commit", "-q", "-m", "ticket priority")
    return root


@pytest.fixture(scope="module")
def runner_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh Python into which the workflow's install step put schemasync, with
    SCHEMASYNC_SPEC pointed at a copy of this checkout; its bin/ folder."""
    root = tmp_path_factory.mktemp("runner")
    env = clean_env(root)
    checkout = copy_checkout(root / "schemasync", env)
    bin_dir = bare_python(root / "python")
    install = step(WORKFLOW, "check", "Install schemasync")
    installed = run_step(
        install,
        root / "schemasync",
        {
            **env,
            "PATH": f"{bin_dir}{os.pathsep}{env['PATH']}",
            "SCHEMASYNC_SPEC": str(checkout),
            "PIP_NO_DEPS": "1",  # the dependencies are there already (bare_python)
        },
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert f"Processing {checkout}" in installed.stdout
    return bin_dir


@pytest.fixture
def user_env(runner_env: dict[str, str], runner_python: Path) -> dict[str, str]:
    """The runner's environment with the installed schemasync first on PATH."""
    return {**runner_env, "PATH": f"{runner_python}{os.pathsep}{runner_env['PATH']}"}


def test_each_job_installs_the_released_package_unless_the_variable_says_otherwise() -> None:
    workflow = load(WORKFLOW)
    default = f"pg-schemasync=={PROJECT['version']}"
    assert workflow["env"]["SCHEMASYNC_SPEC"] == f"${{{{ vars.SCHEMASYNC_SPEC || '{default}' }}}}"
    for job_id in ("check", "lint", "autofix"):
        install = step(WORKFLOW, job_id, "Install schemasync")
        assert install["run"] == (
            'python -m pip install --disable-pip-version-check "$SCHEMASYNC_SPEC"'
        )


def test_the_installed_schemasync_is_the_only_one_the_steps_run(
    tmp_path: Path, user_env: dict[str, str], runner_python: Path
) -> None:
    project = user_repository(tmp_path / "helpdesk", user_env)

    where = run(["python", "-c", "import codemod; print(codemod.__file__)"], project, user_env)

    assert shutil.which("schemasync", path=user_env["PATH"]) == str(runner_python / "schemasync")
    assert where.stdout.startswith(str(runner_python.parent))
    assert not (project / "codemod").exists()


def test_check_job_reports_the_drift_then_fails(tmp_path: Path, user_env: dict[str, str]) -> None:
    project = user_repository(tmp_path / "helpdesk", user_env)

    checked = run_step(step(WORKFLOW, "check", "Check for drift"), project, user_env)
    reported = run_step(step(WORKFLOW, "check", "Write the markdown report"), project, user_env)
    failed = run_step(step(WORKFLOW, "check", "Fail on drift"), project, user_env)

    assert checked.returncode == 0, checked.stderr  # drift does not stop the job here ...
    assert outputs(user_env) == {"status": "1"}
    report = json.loads((project / "drift.json").read_text(encoding="utf-8"))
    assert report["in_sync"] is False
    assert sorted(change["kind"] for change in report["changes"]) == [
        "column_added",
        "enum_value_added",
    ]
    assert reported.returncode == 0, reported.stderr
    markdown = (project / "drift.md").read_text(encoding="utf-8")
    assert markdown.startswith("# schemasync: 2 schema change(s) to sync")
    assert "TicketState.BLOCKED" in markdown
    assert Path(user_env["GITHUB_STEP_SUMMARY"]).read_text(encoding="utf-8") == markdown
    assert failed.returncode == 1  # ... the last step fails it
    assert "::error title=Schema drift::" in failed.stdout


def test_lint_job_lints_only_what_the_pull_request_adds(
    tmp_path: Path, user_env: dict[str, str]
) -> None:
    project = user_repository(tmp_path / "helpdesk", user_env)
    lint = step(WORKFLOW, "lint", "Lint the migrations")

    on_pull_request = run_step(lint, project, {**user_env, "BASE_REF": "main"})
    on_schedule = run_step(lint, project, {**user_env, "BASE_REF": ""})

    assert on_pull_request.returncode == 0, on_pull_request.stdout + on_pull_request.stderr
    assert "::error" not in on_pull_request.stdout
    assert on_schedule.returncode == 1  # every migration, the old finding included
    assert on_schedule.stdout.startswith(
        "::error file=supabase/migrations/20250115000000_ticket_notes.sql,line=1,col=1,"
        "title=HIGH missing-lock-timeout::"
    )


def test_autofix_job_applies_and_the_next_check_is_in_sync(
    tmp_path: Path, user_env: dict[str, str]
) -> None:
    project = user_repository(tmp_path / "helpdesk", user_env)

    synced = run_step(step(WORKFLOW, "autofix", "Write the report and apply"), project, user_env)
    values = outputs(user_env)
    Path(user_env["GITHUB_OUTPUT"]).write_text("", encoding="utf-8")
    checked = run_step(step(WORKFLOW, "check", "Check for drift"), project, user_env)

    assert synced.returncode == 0, synced.stderr
    assert values["title"] == "schemasync: 2 schema change(s) to sync"
    assert Path(values["body-path"]).parent == Path(user_env["RUNNER_TEMP"])
    enums = (project / "schemas" / "enums.py").read_text(encoding="utf-8")
    assert '    OPEN = "open"\n    BLOCKED = "blocked"\n    CLOSED = "closed"\n' in enums
    rows = (project / "schemas" / "database" / "entities.py").read_text(encoding="utf-8")
    assert "    notes: Optional[str]\n    priority: Optional[int]\n" in rows
    assert (project / "schemas" / "schema_version.py").is_file()
    assert checked.returncode == 0, checked.stderr
    assert outputs(user_env) == {"status": "0"}  # so "Fail on drift" is skipped
