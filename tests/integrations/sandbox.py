"""Temporary projects and clean environments for running the real tools (schemasync,
git, pre-commit) the way a user's machine or CI runs them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path

from codemod.pipeline import SOURCE_VARIABLES

REPO_ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
VENV_BIN = Path(sys.executable).parent
SCHEMASYNC = str(VENV_BIN / "schemasync")
PRE_COMMIT = str(VENV_BIN / "pre-commit")
MIGRATIONS = REPO_ROOT / "fixtures" / "supabase" / "migrations"
DRIFTED_SCHEMAS = REPO_ROOT / "fixtures" / "example" / "schemas"  # two migrations behind
PYPROJECT = """\
[tool.schemasync]
class_names = { req_priority = "RequirementPriority", billing_plan = "BillingPlanType" }
"""


def clean_env(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without database URLs or the user's git and pre-commit
    settings, with the venv's commands first on PATH."""
    env = {k: v for k, v in os.environ.items() if k not in SOURCE_VARIABLES}
    git_config = home / "gitconfig"
    git_config.touch()
    env.update(
        PATH=f"{VENV_BIN}{os.pathsep}{env.get('PATH', '')}",
        NO_COLOR="1",
        PRE_COMMIT_COLOR="never",
        PRE_COMMIT_HOME=str(home / "pre-commit"),
        GIT_CONFIG_GLOBAL=str(git_config),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Test",
        GIT_AUTHOR_EMAIL="test@example.com",
        GIT_COMMITTER_NAME="Test",
        GIT_COMMITTER_EMAIL="test@example.com",
    )
    env.update(extra or {})
    return env


def run(
    args: Sequence[str], cwd: Path, env: Mapping[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args),
        cwd=cwd,
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def git(cwd: Path, env: Mapping[str, str], *args: str) -> str:
    result = run(["git", *args], cwd, env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def drifted_project(root: Path, *, migrations: bool = True, config: str = "") -> Path:
    """A project whose schemas/ is two migrations behind supabase/migrations/."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copytree(DRIFTED_SCHEMAS, root / "schemas")
    if migrations:
        shutil.copytree(MIGRATIONS, root / "supabase" / "migrations")
    (root / "pyproject.toml").write_text(PYPROJECT + config, encoding="utf-8")
    return root


def git_project(root: Path, env: Mapping[str, str], *, migrations: bool = True) -> Path:
    """`drifted_project` as a git repository with everything committed."""
    drifted_project(root, migrations=migrations)
    git(root, env, "init", "-q", "-b", "main")
    git(root, env, "add", "-A")
    git(root, env, "commit", "-q", "-m", "initial")
    return root


def copy_checkout(dest: Path, env: Mapping[str, str]) -> Path:
    """This work tree's files as a release has them: those git tracks or would track (no
    .venv, caches or build output), so that pip and pre-commit build from a copy and
    never write into the repository."""
    listed = git(REPO_ROOT, env, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for name in filter(None, listed.split("\0")):
        if (REPO_ROOT / name).is_file():  # tracked files deleted in the work tree are not
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO_ROOT / name, dest / name)
    return dest


def bare_python(root: Path) -> Path:
    """A new virtualenv without schemasync, as a runner's Python is before the install
    step; returns its bin/ folder. schemasync's dependencies are importable from this
    test environment (through a .pth file), so that an install with PIP_NO_DEPS=1 needs
    no network, and the only schemasync the new environment has is the one installed
    into it."""
    subprocess.run([sys.executable, "-m", "venv", str(root)], check=True, timeout=300)
    bin_dir = root / "bin"
    where = "import sysconfig; print(sysconfig.get_path('purelib'))"
    site = subprocess.run(
        [str(bin_dir / "python"), "-c", where], capture_output=True, text=True, check=True
    ).stdout.strip()
    dependencies = sysconfig.get_path("purelib")
    (Path(site) / "test-dependencies.pth").write_text(dependencies + "\n", encoding="utf-8")
    return bin_dir
