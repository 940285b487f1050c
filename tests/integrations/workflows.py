"""Workflow and action files as a GitHub runner reads them, and their shell steps run
as a runner runs them."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from .sandbox import REPO_ROOT, run

WORKFLOWS = REPO_ROOT / ".github" / "workflows"
ACTION = REPO_ROOT / "action.yml"


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def triggers(workflow: Mapping[Any, Any]) -> dict[str, Any]:
    """The `on:` table; YAML 1.1 (PyYAML) reads the bare key `on` as True."""
    on: dict[str, Any] = workflow[True] if True in workflow else workflow["on"]
    return on


def step(path: Path, job: str, name: str) -> dict[str, Any]:
    data = load(path)
    steps = data["jobs"][job]["steps"] if job else data["runs"]["steps"]
    found: dict[str, Any] = next(s for s in steps if s.get("name") == name)
    return found


def run_step(
    script_step: Mapping[str, Any], cwd: Path, env: Mapping[str, str]
) -> subprocess.CompletedProcess[str]:
    """As a runner does: the script in a file, `bash --noprofile --norc -eo pipefail`."""
    script = cwd.parent / "step.sh"
    script.write_text(script_step["run"], encoding="utf-8")
    return run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd, env)


def outputs(env: Mapping[str, str]) -> dict[str, str]:
    lines = Path(env["GITHUB_OUTPUT"]).read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines)
