"""fixtures/lint: each file reports exactly the rules its `-- expect:` header names, and
its safe rewrite in fixtures/lint/safe reports nothing. Every rule has both."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from codemod.lint.rules import ALL_RULES
from lint.lint_support import CORPUS, lint_sql, repo_python_index, rule_ids

FILES = sorted(CORPUS.rglob("*.sql"))
_EXPECT = re.compile(r"^-- expect:(?P<ids>.*)$", re.MULTILINE)
_CONFIG = re.compile(r"^-- lint-config: (?P<json>\{.*\})$", re.MULTILINE)


def expected_rules(text: str) -> set[str]:
    match = _EXPECT.search(text)
    assert match is not None, "a corpus file starts with `-- expect: rule-id, ...`"
    return {part.strip() for part in match["ids"].split(",") if part.strip()}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_corpus_file_reports_exactly_its_rules(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    config = _CONFIG.search(text)
    findings = lint_sql(
        text,
        config=json.loads(config["json"]) if config else None,
        python=repo_python_index(),
    )
    assert rule_ids(findings) == expected_rules(text), [
        f"{f.line}:{f.column} {f.rule} {f.message}" for f in findings
    ]


@pytest.mark.parametrize("rule_id", [rule.id for rule in ALL_RULES])
def test_every_rule_has_a_corpus_file_and_a_safe_rewrite(rule_id: str) -> None:
    unsafe = CORPUS / f"{rule_id}.sql"
    assert rule_id in expected_rules(unsafe.read_text(encoding="utf-8"))
    assert expected_rules((CORPUS / "safe" / f"{rule_id}.sql").read_text(encoding="utf-8")) == set()
