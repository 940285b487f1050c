"""schemasync's import package, `codemod`, is also the top-level package of the unrelated
distribution `codemod` (Facebook's codemod 1.0.0 on PyPI: `codemod/__init__.py`, which
only runs `from codemod.base import *`, and `codemod/base.py`). Installed into one
environment, the two share that one file, and the distribution installed last owns it.
Nothing of schemasync reads it, so both commands work in either order, and after either
distribution is uninstalled (which deletes the shared file).

These tests install real wheels into fresh environments: codemod 1.0.0 comes from PyPI
(as the dependencies of .ci/run do), pg-schemasync is built from a copy of this checkout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .sandbox import (
    MIGRATIONS,
    PROJECT,
    REPO_ROOT,
    bare_python,
    clean_env,
    copy_checkout,
    drifted_project,
    run,
)

THEIR_INIT = "from codemod.base import *  # noqa\n"
OUR_INIT = (REPO_ROOT / "codemod" / "__init__.py").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """{distribution: wheel} for pg-schemasync (this checkout) and codemod 1.0.0."""
    root = tmp_path_factory.mktemp("wheels")
    env = clean_env(root)
    checkout = copy_checkout(root / "schemasync", env)
    wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(root / "dist")]
    built = run([*wheel, str(checkout), "codemod==1.0.0"], root, env, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    return {
        "pg-schemasync": next((root / "dist").glob(f"pg_schemasync-{PROJECT['version']}-*.whl")),
        "codemod": next((root / "dist").glob("codemod-1.0.0-*.whl")),
    }


class Environment:
    """A fresh virtualenv; commands run in a project folder that is no checkout (so that
    `python -m codemod` cannot find a `codemod/` folder in the working directory)."""

    def __init__(self, root: Path, wheels: list[Path]) -> None:
        self.bin = bare_python(root / "venv")
        self.python = str(self.bin / "python")
        self.env = clean_env(root, {"PATH": f"{self.bin}{os.pathsep}{os.environ['PATH']}"})
        self.project = drifted_project(root / "app")
        for wheel in wheels:
            self.pip("install", "--no-deps", str(wheel))

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run(args, self.project, self.env)

    def pip(self, *args: str) -> None:
        result = self.run(self.python, "-m", "pip", "--disable-pip-version-check", *args)
        assert result.returncode == 0, result.stdout + result.stderr

    def shared_init(self) -> str | None:
        """The text of the one `codemod/__init__.py` (None when there is none)."""
        where = self.run(self.python, "-c", "import codemod; print(codemod.__file__ or '')")
        path = where.stdout.strip()
        return Path(path).read_text(encoding="utf-8") if path else None


def assert_schemasync_works(environment: Environment) -> None:
    migration = str(MIGRATIONS / "20240101000000_initial_schema.sql")
    linted = environment.run("schemasync", "lint", "--format", "sarif", migration)
    checked = environment.run("schemasync", "check")
    as_module = environment.run(environment.python, "-m", "codemod", "--help")

    assert linted.returncode in (0, 1), linted.stderr  # with findings or without: it ran
    sarif = json.loads(linted.stdout)
    assert sarif["runs"][0]["tool"]["driver"]["version"] == PROJECT["version"]
    assert checked.returncode == 1, checked.stderr  # the example package is behind
    assert "6 change(s) between the package and migrations" in checked.stdout
    assert as_module.returncode == 0, as_module.stderr


def assert_their_command_works(environment: Environment) -> None:
    result = environment.run("codemod", "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: codemod")


@pytest.mark.parametrize(
    ("order", "init"),
    [
        (("pg-schemasync", "codemod"), THEIR_INIT),
        (("codemod", "pg-schemasync"), OUR_INIT),
    ],
)
def test_both_work_in_one_environment_in_either_order(
    tmp_path: Path, wheels: dict[str, Path], order: tuple[str, str], init: str
) -> None:
    environment = Environment(tmp_path, [wheels[name] for name in order])

    assert environment.shared_init() == init  # the one installed last wrote it
    assert_schemasync_works(environment)
    assert_their_command_works(environment)


def test_their_shortcut_codemod_dot_name_needs_their_init(
    tmp_path: Path, wheels: dict[str, Path]
) -> None:
    """The README's one limit: with pg-schemasync installed last, `codemod.Query` (their
    `__init__` re-exports `codemod.base`) is gone; `codemod.base.Query` still works."""
    environment = Environment(tmp_path, [wheels["codemod"], wheels["pg-schemasync"]])

    shortcut = environment.run(environment.python, "-c", "import codemod; codemod.Query")
    full = environment.run(environment.python, "-c", "import codemod.base; codemod.base.Query")

    assert shortcut.returncode == 1
    assert "module 'codemod' has no attribute 'Query'" in shortcut.stderr
    assert full.returncode == 0, full.stderr


def test_schemasync_works_after_codemod_is_uninstalled(
    tmp_path: Path, wheels: dict[str, Path]
) -> None:
    environment = Environment(tmp_path, [wheels["pg-schemasync"], wheels["codemod"]])

    environment.pip("uninstall", "--yes", "codemod")

    assert environment.shared_init() is None  # both owned it: uninstalling deletes it
    assert_schemasync_works(environment)


def test_codemod_works_after_pg_schemasync_is_uninstalled(
    tmp_path: Path, wheels: dict[str, Path]
) -> None:
    environment = Environment(tmp_path, [wheels["codemod"], wheels["pg-schemasync"]])

    environment.pip("uninstall", "--yes", "pg-schemasync")

    assert environment.shared_init() is None
    assert_their_command_works(environment)


def test_a_codemod_package_earlier_on_the_path_hides_schemasync(
    tmp_path: Path, wheels: dict[str, Path]
) -> None:
    """What cannot work, as the README says: Python imports the first `codemod` folder on
    sys.path alone, so none of schemasync's code runs, and none can explain the error."""
    environment = Environment(tmp_path, [wheels["pg-schemasync"]])
    earlier = tmp_path / "earlier"
    with zipfile.ZipFile(wheels["codemod"]) as wheel:
        wheel.extractall(earlier)

    result = run(
        ["schemasync", "check"],
        environment.project,
        {**environment.env, "PYTHONPATH": str(earlier)},
    )

    assert result.returncode == 1
    assert result.stderr.endswith("ModuleNotFoundError: No module named 'codemod.cli'\n")
