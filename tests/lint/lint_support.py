"""Shared by the lint tests: paths, and linting a string with chosen rules and config."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pglast import ast

from codemod.lint.config import lint_config_from_mapping
from codemod.lint.engine import Finding, Linter, select_rules
from codemod.lint.python_index import PythonIndex, load_python_index
from codemod.lint.rule import Rule
from codemod.lint.rules import ALL_RULES
from codemod.lint.state import LintContext
from codemod.settings import find_project

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "fixtures" / "lint"
SCHEMASYNC = str(Path(sys.executable).with_name("schemasync"))


def lint_sql(
    sql: str,
    *,
    config: Mapping[str, Any] | None = None,
    python: PythonIndex | None = None,
    rules: Iterable[Rule] = ALL_RULES,
) -> tuple[Finding, ...]:
    lint_config = lint_config_from_mapping(dict(config or {}))
    linter = Linter(select_rules(tuple(rules), lint_config), LintContext(lint_config, python))
    return linter.lint_text("migration.sql", sql).findings


def rule_ids(findings: Iterable[Finding]) -> set[str]:
    return {f.rule for f in findings}


@functools.cache
def repo_python_index() -> PythonIndex:
    """The repository's own schema package (schemas/), read with its own config."""
    project = find_project(REPO)
    index = load_python_index(REPO / project.config.schemas_dir, project.config, "schemas")
    assert index is not None
    return index


def tree_shape(value: Any) -> Any:
    """A parse tree as nested tuples of (node type, ((attribute, value), ...)), to
    compare two trees attribute for attribute."""
    if isinstance(value, ast.Node):
        return type(value).__name__, tuple((a, tree_shape(getattr(value, a))) for a in value)
    if isinstance(value, tuple):
        return tuple(tree_shape(item) for item in value)
    return value
