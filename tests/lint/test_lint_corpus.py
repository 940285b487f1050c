"""fixtures/lint: each file reports exactly the rules its `-- expect:` header names, and
its safe rewrite in fixtures/lint/safe reports nothing. Every rule has both. A file
rule's are folders, fixtures/lint/migrations/<rule>/unsafe and safe (an `on-base.txt`
lists the files the base ref has, as `--since` finds them)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from codemod.lint.engine import Linter
from codemod.lint.rule import MIGRATIONS, MigrationFile, Rule
from codemod.lint.rules import ALL_RULES
from codemod.lint.state import LintContext
from lint.lint_support import CORPUS, lint_sql, repo_python_index, rule_ids

FILES = sorted(CORPUS.rglob("*.sql"))
_EXPECT = re.compile(r"^-- expect:(?P<ids>.*)$", re.MULTILINE)
_CONFIG = re.compile(r"^-- lint-config: (?P<json>\{.*\})$", re.MULTILINE)


def expected_rules(text: str) -> set[str]:
    match = _EXPECT.search(text)
    assert match is not None, "a corpus file starts with `-- expect: rule-id, ...`"
    return {part.strip() for part in match["ids"].split(",") if part.strip()}


def lint_config(text: str) -> dict[str, object] | None:
    """The settings a `-- lint-config: {...}` line asks for."""
    config = _CONFIG.search(text)
    return json.loads(config["json"]) if config else None


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_corpus_file_reports_exactly_its_rules(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    findings = lint_sql(text, config=lint_config(text), python=repo_python_index())
    assert rule_ids(findings) == expected_rules(text), [
        f"{f.line}:{f.column} {f.rule} {f.message}" for f in findings
    ]


FILE_RULES = [rule for rule in ALL_RULES if MIGRATIONS in rule.handlers()]


def lint_folder(folder: Path) -> set[str]:
    base_list = folder / "on-base.txt"
    base = set(base_list.read_text().split()) if base_list.is_file() else None
    files = [
        MigrationFile(
            path.name,
            path.name,
            linted=base is None or path.name not in base,
            on_base=base is not None and path.name in base,
        )
        for path in sorted(folder.glob("*.sql"), key=lambda p: p.name)
    ]
    linter = Linter(FILE_RULES, LintContext())
    return rule_ids(linter.lint_migrations(files))


@pytest.mark.parametrize("rule", FILE_RULES, ids=lambda r: r.id)
def test_file_rule_folders_report_exactly_their_rule(rule: Rule) -> None:
    folder = CORPUS / "migrations" / rule.id
    assert lint_folder(folder / "unsafe") == {rule.id}
    assert lint_folder(folder / "safe") == set()


@pytest.mark.parametrize("rule_id", [r.id for r in ALL_RULES if r not in FILE_RULES])
def test_every_rule_has_a_corpus_file_and_a_safe_rewrite(rule_id: str) -> None:
    unsafe = CORPUS / f"{rule_id}.sql"
    assert rule_id in expected_rules(unsafe.read_text(encoding="utf-8"))
    assert expected_rules((CORPUS / "safe" / f"{rule_id}.sql").read_text(encoding="utf-8")) == set()
