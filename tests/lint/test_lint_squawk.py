"""squawk parity: the README maps every squawk rule to ours (or says why we differ), and
on fixtures/lint, wherever squawk reports a mapped rule, we report one of its rules on the
same statement, unless the statement says why we disagree (`-- squawk: <rule> ...`)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from codemod.lint.rules import ALL_RULES
from codemod.lint.source import LineIndex, read_sql
from codemod.lint.suppress import disabled_rules
from lint.lint_support import CORPUS, REPO, lint_sql, repo_python_index
from lint.test_lint_corpus import FILES, lint_config

SQUAWK = str(Path(sys.executable).with_name("squawk"))
_ROW = re.compile(r"^\| `(?P<squawk>[a-z-]+)` \| (?P<ours>[^|]*) \|")
_DIFFERS = re.compile(r"squawk: (?P<rule>[a-z-]+)")

#: squawk 2.70's rules (its `--exclude` accepts exactly these), and its `syntax-error`
SQUAWK_RULES = frozenset(
    [
        "adding-field-with-default",
        "adding-foreign-key-constraint",
        "adding-not-nullable-field",
        "adding-required-field",
        "adding-serial-primary-key-field",
        "ban-add-column",
        "ban-add-composite-attribute",
        "ban-add-enum-value",
        "ban-alter-database-options",
        "ban-alter-domain-with-add-constraint",
        "ban-alter-extension",
        "ban-alter-function-options",
        "ban-alter-generated-expression",
        "ban-alter-identity",
        "ban-alter-policy-condition",
        "ban-alter-policy-roles",
        "ban-alter-role-options",
        "ban-alter-row-level-security",
        "ban-alter-sequence-values",
        "ban-alter-system-options",
        "ban-alter-view-options",
        "ban-char-field",
        "ban-concurrent-index-creation-in-transaction",
        "ban-create-domain-with-constraint",
        "ban-create-policy",
        "ban-detach-inheritance",
        "ban-disable-trigger",
        "ban-drop-column",
        "ban-drop-constraint",
        "ban-drop-database",
        "ban-drop-default",
        "ban-drop-domain",
        "ban-drop-extension",
        "ban-drop-function",
        "ban-drop-generated-expression",
        "ban-drop-index",
        "ban-drop-not-null",
        "ban-drop-policy",
        "ban-drop-schema",
        "ban-drop-sequence",
        "ban-drop-table",
        "ban-drop-trigger",
        "ban-drop-type",
        "ban-drop-view",
        "ban-duplicate-column-assignments",
        "ban-new-write-restriction",
        "ban-replace-view-function",
        "ban-replica-identity",
        "ban-revoke",
        "ban-set-default",
        "ban-set-schema",
        "ban-truncate-cascade",
        "ban-uncommitted-transaction",
        "changing-column-type",
        "constraint-missing-not-valid",
        "disallowed-unique-constraint",
        "identifier-too-long",
        "prefer-bigint-over-int",
        "prefer-bigint-over-smallint",
        "prefer-identity",
        "prefer-repack",
        "prefer-robust-stmts",
        "prefer-text-field",
        "prefer-timestamp-tz",
        "renaming-column",
        "renaming-object",
        "renaming-table",
        "require-concurrent-index-creation",
        "require-concurrent-index-deletion",
        "require-concurrent-partition-detach",
        "require-concurrent-reindex",
        "require-enum-value-ordering",
        "require-lock-timeout",
        "require-statement-timeout",
        "require-table-schema",
        "require-timeout-settings",
        "transaction-nesting",
        "unused-ignore",
        "syntax-error",
    ]
)


def readme_mapping() -> dict[str, frozenset[str]]:
    """squawk rule -> our rules that report the same statements (empty: we differ)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("### squawk: what maps to what", 1)[1].split("\n### ", 1)[0]
    return {
        m["squawk"]: frozenset(re.findall(r"`([a-z-]+)`", m["ours"]))
        for line in section.splitlines()
        if (m := _ROW.match(line))
    }


def test_the_readme_maps_every_squawk_rule_to_rules_that_exist() -> None:
    mapping = readme_mapping()
    assert set(mapping) == SQUAWK_RULES
    ours = {rule.id for rule in ALL_RULES}
    assert {rule for rules in mapping.values() for rule in rules} <= ours


@pytest.fixture(scope="module")
def squawk_findings() -> dict[Path, list[tuple[int, str]]]:
    """(0-based line, rule) of what squawk reports on each fixture, each file run as the
    Supabase CLI runs it (in a transaction)."""
    done = subprocess.run(
        [SQUAWK, "--reporter", "json", "--assume-in-transaction", *map(str, FILES)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    found: dict[Path, list[tuple[int, str]]] = defaultdict(list)
    for finding in json.loads(done.stdout):
        found[Path(finding["file"]).resolve()].append((finding["line"], finding["rule_name"]))
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_where_squawk_reports_a_mapped_rule_we_report_it_too(
    path: Path, squawk_findings: dict[Path, list[tuple[int, str]]]
) -> None:
    mapping = readme_mapping()
    text = path.read_text(encoding="utf-8")
    source = read_sql(text)
    lines = LineIndex(text)
    # the last line of each statement, to place a line in its statement
    ends = [lines.position(s.start + len(s.text) - 1)[0] for s in source.statements]

    def statement_at(line: int) -> int:
        return next((i for i, end in enumerate(ends) if line <= end), len(ends) - 1)

    ours: dict[int, set[str]] = defaultdict(set)
    for finding in lint_sql(text, config=lint_config(text), python=repo_python_index()):
        ours[statement_at(finding.line)].add(finding.rule)
    missing = []
    for line, rule in squawk_findings.get(path.resolve(), []):
        wanted = mapping.get(rule, frozenset())
        index = statement_at(line + 1)
        stmt = source.statements[index] if source.statements else None
        # Why we disagree is written above the statement; our own suppression counts as
        # a finding the author has seen.
        noted = stmt is not None and (
            any(m["rule"] == rule for c in stmt.leading_comments for m in _DIFFERS.finditer(c))
            or bool(wanted & disabled_rules(stmt.leading_comments))
        )
        if wanted and not (wanted & ours[index]) and not noted:
            missing.append(f"line {line + 1}: squawk {rule}, ours {sorted(ours[index])}")
    assert missing == []
