"""A temporary git repository with a schema package, and the real CLI run inside it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

from codemod.pipeline import SOURCE_VARIABLES

# The console script installed beside this interpreter: the command users run.
SCHEMASYNC = str(Path(sys.executable).with_name("schemasync"))
FIXED_EPOCH = "1767225600"  # 2026-01-01T00:00:00Z, via SOURCE_DATE_EPOCH


@dataclass(frozen=True)
class Project:
    root: Path

    def write(self, path: str, text: str) -> None:
        file = self.root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")

    def read(self, path: str) -> str:
        return (self.root / path).read_text(encoding="utf-8")

    def run(
        self, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return self._run([SCHEMASYNC, *args], env)

    def run_python(self, code: str, *args: str) -> subprocess.CompletedProcess[str]:
        """`python -c code args` in the project, with the environment `run` gives."""
        return self._run([sys.executable, "-c", code, *args], None)

    def _run(
        self, command: list[str], env: dict[str, str] | None
    ) -> subprocess.CompletedProcess[str]:
        environ = {k: v for k, v in os.environ.items() if k not in SOURCE_VARIABLES}
        environ.update({"SOURCE_DATE_EPOCH": FIXED_EPOCH, "NO_COLOR": "1", **(env or {})})
        return subprocess.run(
            command,
            cwd=self.root,
            env=environ,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def git(self, *args: str) -> str:
        result = subprocess.run(
            ["git", *args], cwd=self.root, capture_output=True, text=True, check=True
        )
        return result.stdout

    def commit_all(self, message: str = "state") -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)


def new_project(root: Path, config: str = "") -> Project:
    """A git repository with a pyproject.toml and the given [tool.schemasync] body."""
    project = Project(root)
    project.git("init", "-q", "-b", "main")
    project.git("config", "user.email", "test@example.com")
    project.git("config", "user.name", "Test")
    project.write("pyproject.toml", f'[project]\nname = "app"\n\n[tool.schemasync]\n{config}\n')
    return project
