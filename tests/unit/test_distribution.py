"""The names schemasync is published, imported and run under, and one version for all."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

import codemod
from codemod.distribution import DISTRIBUTION, installed_version

REPO = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_distribution_is_pg_schemasync_and_its_command_schemasync() -> None:
    assert PROJECT["name"] == DISTRIBUTION == "pg-schemasync"
    assert PROJECT["scripts"] == {"schemasync": "codemod.cli:main"}


def test_one_version_in_pyproject_the_package_and_the_installed_metadata() -> None:
    assert codemod.__version__ == PROJECT["version"]
    # Stale when pyproject.toml changed after `pip install -e .`: install again.
    assert installed_version() == PROJECT["version"]


# Where users are told what to install or which tag to use.
PINS = re.compile(
    r"pg-schemasync==(?P<pin>[\w.]+)|schemasync/schemasync@v(?P<tag>[\w.]+)"
    r"|rev: v(?P<rev>[\w.]+)|git tag v(?P<git_tag>[\w.]+)"
)


@pytest.mark.parametrize(
    ("path", "kinds"),
    [
        ("README.md", {"pin", "tag", "rev", "git_tag"}),
        ("action.yml", {"pin", "tag"}),
        (".github/workflows/schema-sync.yml", {"pin"}),
    ],
)
def test_every_pin_and_tag_names_this_version(path: str, kinds: set[str]) -> None:
    text = (REPO / path).read_text(encoding="utf-8")
    found = {
        (kind, version)
        for match in PINS.finditer(text)
        for kind, version in match.groupdict().items()
        if version is not None
    }
    assert found == {(kind, PROJECT["version"]) for kind in kinds}
    assert "OWNER" not in text  # no placeholder for the repository


def test_nothing_of_schemasync_reads_the_shared_init() -> None:
    """`codemod/__init__.py` is also a file of the unrelated distribution codemod, whose
    copy replaces ours when it is installed after pg-schemasync
    (tests/integrations/test_codemod_clash.py): every `from codemod import X` must import
    a submodule, never a name that only our `__init__.py` defines."""
    package = REPO / "codemod"
    imported: list[str] = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            top = node.module == "codemod" and node.level == 0
            here = node.module is None and node.level == 1 and path.parent == package
            if top or here:
                imported += [alias.name for alias in node.names]
    assert imported  # `from codemod import options` and the like
    for name in imported:
        assert (package / name).is_dir() or (package / f"{name}.py").is_file(), name
