"""The pre-commit hooks, run by the real `pre-commit` in temporary git repositories.

Most tests run the hooks of `.pre-commit-hooks.yaml` as `repo: local` hooks with the
venv's schemasync (`language: system`): the same entry, files and pass_filenames users
get, with no network. One test runs the manifest as users do, through `pre-commit
try-repo`, which pip-installs this repository into a hook environment.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from .sandbox import (
    MIGRATIONS,
    PRE_COMMIT,
    REPO_ROOT,
    SCHEMASYNC,
    clean_env,
    copy_checkout,
    drifted_project,
    git,
    git_project,
    run,
)

WAYS_FORWARD = (
    "run `schemasync apply` to write it, then stage the files",
    "or commit anyway with `git commit --no-verify`",
)
NEW_MEMBER = '+    TEAM = "team"'  # a line of the diff the drifted package gets


def manifest_hook(hook_id: str) -> dict[str, Any]:
    hooks: list[dict[str, Any]] = yaml.safe_load(
        (REPO_ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    )
    [hook] = [h for h in hooks if h["id"] == hook_id]
    return hook


def write_local_config(
    project: Path, hook_id: str, args: Sequence[str] = (), files: str | None = None
) -> None:
    """Use the manifest's hook as a local hook run by the venv's schemasync, with the
    `args:` and `files:` a user's config may add."""
    hook = {**manifest_hook(hook_id), "language": "system"}
    if args:
        hook["args"] = list(args)
    if files is not None:
        hook["files"] = files
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")


def stage_an_edit_with_the_hook_installed(project: Path, env: dict[str, str]) -> None:
    """Commit a config with the check hook, install it, and stage an edit to enums.py."""
    write_local_config(project, "schemasync-check")
    git(project, env, "add", "-A")
    git(project, env, "commit", "-q", "-m", "add pre-commit config")
    assert run([PRE_COMMIT, "install"], project, env).returncode == 0
    with (project / "schemas" / "enums.py").open("a", encoding="utf-8") as enums:
        enums.write("# touched\n")
    git(project, env, "add", "-A")


def commit_count(project: Path, env: dict[str, str]) -> int:
    return int(git(project, env, "rev-list", "--count", "HEAD"))


def test_commit_fails_on_drift_and_passes_after_apply(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    project = git_project(tmp_path / "app", env)
    stage_an_edit_with_the_hook_installed(project, env)

    refused = run(["git", "commit", "-m", "touch enums"], project, env)

    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert "schemasync check" in output
    assert "Failed" in output
    assert NEW_MEMBER in output
    assert "--- a/schemas/enums.py" in output
    assert all(line in output for line in WAYS_FORWARD)
    assert commit_count(project, env) == 2  # the commit did not happen

    applied = run([SCHEMASYNC, "apply"], project, env)
    assert applied.returncode == 0, applied.stderr
    git(project, env, "add", "-A")
    accepted = run(["git", "commit", "-m", "sync"], project, env)

    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "schemasync check" in accepted.stderr  # git commit shows hook output on stderr
    assert "Passed" in accepted.stderr
    assert commit_count(project, env) == 3


def test_a_new_migration_alone_triggers_the_hook(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    project = drifted_project(tmp_path / "app")
    newest = max((project / "supabase" / "migrations").glob("*.sql"))
    held_back = newest.rename(tmp_path / newest.name)
    assert run([SCHEMASYNC, "apply"], project, env).returncode == 0  # in sync without it
    write_local_config(project, "schemasync-check")
    git(project, env, "init", "-q", "-b", "main")
    git(project, env, "add", "-A")
    git(project, env, "commit", "-q", "-m", "in sync")
    assert run([PRE_COMMIT, "install"], project, env).returncode == 0

    shutil.copy(held_back, newest)
    git(project, env, "add", "-A")
    refused = run(["git", "commit", "-m", "new migration"], project, env)

    assert refused.returncode == 1
    assert "out of step with the database" in refused.stdout + refused.stderr


def test_a_migration_that_changes_no_schema_passes_the_hook(tmp_path: Path) -> None:
    """A migration of comments only (a placeholder, a note) runs the hook, which finds
    the same database as before: in sync, and the commit goes through."""
    env = clean_env(tmp_path)
    project = git_project(tmp_path / "app", env)
    assert run([SCHEMASYNC, "apply"], project, env).returncode == 0
    write_local_config(project, "schemasync-check")
    git(project, env, "add", "-A")
    git(project, env, "commit", "-q", "-m", "in sync")
    assert run([PRE_COMMIT, "install"], project, env).returncode == 0
    placeholder = project / "supabase" / "migrations" / "20250101000000_placeholder.sql"
    placeholder.write_text("-- Reserved for the billing rework.\n", encoding="utf-8")
    git(project, env, "add", "-A")

    result = run(["git", "commit", "-m", "placeholder migration"], project, env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "schemasync check" in result.stderr
    assert "Passed" in result.stderr  # it ran, and found nothing to change
    assert commit_count(project, env) == 3


def test_hook_is_skipped_when_no_schema_or_migration_file_changes(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    project = git_project(tmp_path / "app", env)  # drifted, but the commit is unrelated
    write_local_config(project, "schemasync-check")
    git(project, env, "add", "-A")
    git(project, env, "commit", "-q", "-m", "add pre-commit config")
    assert run([PRE_COMMIT, "install"], project, env).returncode == 0
    (project / "README.md").write_text("# app\n", encoding="utf-8")
    git(project, env, "add", "README.md")

    result = run(["git", "commit", "-m", "docs"], project, env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "(no files to check)Skipped" in result.stderr


@pytest.mark.parametrize("hook_id", ["schemasync-check", "schemasync-apply"])
def test_no_source_warns_in_one_line_and_passes(tmp_path: Path, hook_id: str) -> None:
    """Without --verbose: the manifest's `verbose: true` shows what a passing hook says."""
    env = clean_env(tmp_path)  # no database URL nor Supabase credentials
    project = git_project(tmp_path / "app", env, migrations=False)
    write_local_config(project, hook_id)

    result = run([PRE_COMMIT, "run", "--all-files"], project, env)

    assert result.returncode == 0, result.stdout
    assert "Passed" in result.stdout
    warnings = [line for line in result.stdout.splitlines() if line.startswith("schemasync:")]
    assert len(warnings) == 1
    assert warnings[0].startswith("schemasync: warning: skipped: no database to compare with")


def test_the_person_committing_sees_the_skip_and_what_to_set(tmp_path: Path) -> None:
    """The original system's credentials (SUPABASE_URL, SUPABASE_SERVICE_KEY) reach no
    catalog: the commit goes through, and its output says so under "Passed"."""
    postgrest = {"SUPABASE_URL": "https://abcdefghij.supabase.co", "SUPABASE_SERVICE_KEY": "k"}
    env = clean_env(tmp_path, postgrest)
    project = git_project(tmp_path / "app", env, migrations=False)
    stage_an_edit_with_the_hook_installed(project, env)

    result = run(["git", "commit", "-m", "touch enums"], project, env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "schemasync check" in result.stderr  # git commit shows hook output on stderr
    assert "Passed" in result.stderr
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("schemasync:")]
    assert warning.startswith(
        "schemasync: warning: skipped: no database to compare with (SUPABASE_URL and "
        "SUPABASE_SERVICE_KEY reach Supabase's REST API (PostgREST)"
    )
    assert "SUPABASE_PROJECT_ID=abcdefghij with SUPABASE_ACCESS_TOKEN" in warning
    assert commit_count(project, env) == 3


def test_require_source_fails_with_exit_code_2(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    project = git_project(tmp_path / "app", env, migrations=False)
    write_local_config(project, "schemasync-check", args=["--require-source"])

    result = run([PRE_COMMIT, "run", "--all-files"], project, env)

    assert result.returncode == 1
    assert "- exit code: 2" in result.stdout
    assert "No database to compare with" in result.stdout


def test_apply_hook_fails_the_commit_when_it_changed_files(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    project = git_project(tmp_path / "app", env)
    write_local_config(project, "schemasync-apply")

    first = run([PRE_COMMIT, "run", "--all-files"], project, env)
    second = run([PRE_COMMIT, "run", "--all-files"], project, env)

    assert first.returncode == 1
    assert "files were modified by this hook" in first.stdout
    assert 'TEAM = "team"' in (project / "schemas" / "enums.py").read_text(encoding="utf-8")
    assert second.returncode == 0, second.stdout  # idempotent: nothing left to change


def test_try_repo_runs_the_published_hook(tmp_path: Path) -> None:
    """As users get it: pre-commit installs this repository (language: python) from a
    commit of the current work tree, then runs `schemasync-check` from there."""
    env = clean_env(tmp_path)
    published = copy_checkout(tmp_path / "schemasync", env)
    git(published, env, "init", "-q", "-b", "main")
    git(published, env, "add", "-A")
    git(published, env, "commit", "-q", "-m", "release")
    project = git_project(tmp_path / "app", env)
    try_repo = [PRE_COMMIT, "try-repo", str(published), "schemasync-check", "--all-files"]

    refused = run(try_repo, project, env, timeout=600)
    assert run([SCHEMASYNC, "apply"], project, env).returncode == 0
    accepted = run(try_repo, project, env, timeout=600)

    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert NEW_MEMBER in refused.stdout
    assert all(line in refused.stdout for line in WAYS_FORWARD)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Passed" in accepted.stdout


def test_this_repository_uses_its_own_hook(tmp_path: Path) -> None:
    """The repository's .pre-commit-config.yaml runs schemasync-check on its own schemas/."""
    config = yaml.safe_load((REPO_ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [local] = [repo for repo in config["repos"] if repo["repo"] == "local"]
    [hook] = [h for h in local["hooks"] if h["id"] == "schemasync-check"]
    assert hook["entry"] == "schemasync apply --dry-run --hook"
    env = clean_env(tmp_path)
    copy = tmp_path / "copy"
    shutil.copytree(REPO_ROOT / "schemas", copy / "schemas")
    shutil.copytree(MIGRATIONS, copy / MIGRATIONS.relative_to(REPO_ROOT))
    shutil.copy(REPO_ROOT / "pyproject.toml", copy / "pyproject.toml")
    local_only = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (copy / ".pre-commit-config.yaml").write_text(yaml.safe_dump(local_only), encoding="utf-8")
    git(copy, env, "init", "-q", "-b", "main")
    git(copy, env, "add", "-A")

    result = run([PRE_COMMIT, "run", "--all-files"], copy, env)

    assert result.returncode == 0, result.stdout
    assert "schemasync check" in result.stdout
    assert "Passed" in result.stdout


def test_lint_hook_blocks_an_unsafe_migration(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    if run([SCHEMASYNC, "lint", "--help"], tmp_path, env).returncode != 0:
        pytest.skip("`schemasync lint` does not exist yet (codemod/lint/ is being built)")
    project = git_project(tmp_path / "app", env)
    write_local_config(project, "schemasync-lint")
    git(project, env, "add", "-A")
    git(project, env, "commit", "-q", "-m", "add pre-commit config")
    assert run([PRE_COMMIT, "install"], project, env).returncode == 0
    unsafe = "supabase/migrations/20250101000000_drop_projects.sql"
    (project / unsafe).write_text("drop table public.projects;\n", encoding="utf-8")
    (project / "notes.sql").write_text("select 1;\n", encoding="utf-8")
    git(project, env, "add", "-A")

    result = run(["git", "commit", "-m", "drop projects"], project, env)

    assert result.returncode == 1
    assert "schemasync lint" in result.stderr
    assert f"{unsafe}:1:1: CRITICAL drop-table" in result.stderr
    # pass_filenames: only the staged SQL files are linted, not the older migrations
    assert "20240101000000_initial_schema.sql" not in result.stderr
    assert commit_count(project, env) == 2


SEED = "truncate table public.projects cascade;\n"
CLEAN_MIGRATION = "set lock_timeout = '5s';\nalter table public.projects add column notes text;\n"


def commit_seed_and_migration(
    tmp_path: Path, files: str | None = None
) -> tuple[subprocess.CompletedProcess[str], Path, dict[str, str]]:
    """`git commit` of a seed.sql with a `truncate` and a clean migration, with the lint
    hook installed (its `files:` overridden when given)."""
    env = clean_env(tmp_path)
    project = git_project(tmp_path / "app", env)
    write_local_config(project, "schemasync-lint", files=files)
    git(project, env, "add", "-A")
    git(project, env, "commit", "-q", "-m", "add pre-commit config")
    assert run([PRE_COMMIT, "install"], project, env).returncode == 0
    (project / "supabase" / "seed.sql").write_text(SEED, encoding="utf-8")
    migration = project / "supabase" / "migrations" / "20250101000000_project_notes.sql"
    migration.write_text(CLEAN_MIGRATION, encoding="utf-8")
    git(project, env, "add", "-A")
    return run(["git", "commit", "-m", "seed data and notes"], project, env), project, env


def test_lint_hook_lints_the_migrations_and_not_the_seed(tmp_path: Path) -> None:
    """supabase/seed.sql fills a local database with test data: its `truncate` is no
    reason to block a commit, while a migration committed with it is still linted."""
    result, project, env = commit_seed_and_migration(tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "schemasync lint" in result.stderr
    assert "Passed" in result.stderr  # it ran, on the migration
    assert commit_count(project, env) == 3


def test_lint_hook_widened_to_every_sql_file_lints_the_seed_too(tmp_path: Path) -> None:
    """The README's way to lint more: `files: \\.sql$`. The same commit is refused, which
    also shows that the test above passes because the seed was skipped."""
    result, project, env = commit_seed_and_migration(tmp_path, files=r"\.sql$")

    assert result.returncode == 1
    assert "supabase/seed.sql:1:1: CRITICAL truncate" in result.stderr
    assert "20250101000000_project_notes.sql" not in result.stderr  # clean: no finding
    assert commit_count(project, env) == 2
