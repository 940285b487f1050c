"""`--since REF`: the files git says changed since a ref, plus the untracked ones, and
the files the ref itself has."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from codemod.errors import SchemasyncError


def changed_files(ref: str, paths: Sequence[Path], cwd: Path) -> frozenset[Path]:
    """Resolved paths of the files under `paths` that differ from `ref` (deleted files
    left out) or that git does not track yet."""
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    specs = ["--", *(str(p) for p in paths)]
    names = _git(["diff", "--name-only", "--diff-filter=d", ref, *specs], cwd).splitlines()
    names += _git(
        ["ls-files", "--others", "--exclude-standard", "--full-name", *specs], cwd
    ).splitlines()
    return frozenset((top / name).resolve() for name in names if name)


def files_at(ref: str, folder: Path, cwd: Path) -> frozenset[str]:
    """The names of the files directly in `folder` at `ref` (what the base branch has)."""
    listing = _git(["ls-tree", "--name-only", ref, "--", f"{folder.resolve()}/"], cwd)
    return frozenset(Path(line).name for line in listing.splitlines() if line)


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise SchemasyncError("--since needs git, which is not installed.") from None
    if done.returncode != 0:
        raise SchemasyncError(f"git {' '.join(args[:2])} failed: {done.stderr.strip()}")
    return done.stdout
