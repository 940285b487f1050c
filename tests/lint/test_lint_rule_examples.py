"""Every rule's VALID and INVALID examples, each run through its rule alone (Fixit)."""

from __future__ import annotations

import re

import pytest
from pglast import ast

from codemod.lint.rule import Rule
from codemod.lint.rules import ALL_RULES
from codemod.lint.source import read_sql
from codemod.lint.state import FileState
from codemod.lint.testing import RuleExample, example_context, lint_example, rule_examples
from lint.lint_support import CORPUS, REPO


@pytest.mark.parametrize("example", rule_examples(ALL_RULES), ids=lambda e: e.name)
def test_rule_example(example: RuleExample) -> None:
    findings = lint_example(example)
    if example.valid:
        assert findings == (), f"{example.sql!r} should pass {example.rule.id}"
    else:
        assert findings, f"{example.sql!r} should fail {example.rule.id}"
        assert {f.rule for f in findings} == {example.rule.id}


def test_rule_ids_are_unique_kebab_case() -> None:
    ids = [rule.id for rule in ALL_RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+(-[a-z]+)*", rule_id) for rule_id in ids)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_is_documented_and_dispatched(rule: object) -> None:
    from codemod.lint.rule import Rule

    assert isinstance(rule, Rule)
    assert rule.VALID
    assert rule.INVALID
    assert rule.doc().endswith(".")
    assert rule.help.endswith(".") or rule.help.endswith(")")
    assert rule.handlers(), "a rule needs a visit_<Node> or visit_statement method"
    module = type(rule).__module__.rsplit(".", 1)[-1]
    assert module.replace("_", "-") == rule.id, "one rule per file, named after its id"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_every_rule_says_what_postgresql_behaviour_it_rests_on(rule: Rule) -> None:
    assert rule.basis(), "add a `PostgreSQL: ...` paragraph to the rule's docstring"
    docs = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"| `{rule.id}` | {rule.basis()} |" in docs, "README: What each rule rests on"


def test_every_rule_is_in_the_docs() -> None:
    docs = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [
        rule.id for rule in ALL_RULES if f"| `{rule.id}` | {rule.severity.name} |" not in docs
    ]
    assert missing == [], "add these rules to the rules table in README.md"


ALTER_TABLES = [
    (stmt, stmt.node)
    for text in [
        *(
            sql
            for rule in ALL_RULES
            if rule.category != "files"
            for sql in rule.VALID + rule.INVALID
        ),
        *(path.read_text(encoding="utf-8") for path in sorted(CORPUS.rglob("*.sql"))),
        *(
            path.read_text(encoding="utf-8")
            for path in sorted(REPO.glob("fixtures/supabase/**/*.sql"))
        ),
    ]
    for stmt in read_sql(text).statements
    if isinstance(stmt.node, ast.AlterTableStmt)
]


@pytest.mark.parametrize(
    "rule", [r for r in ALL_RULES if r.ALTER_TABLE_COMMANDS is not None], ids=lambda r: r.id
)
def test_a_rule_is_called_for_every_alter_table_command_it_reports_on(rule: Rule) -> None:
    """The engine calls `visit_AlterTableStmt` only for the ALTER TABLEs that have one of
    the rule's ALTER_TABLE_COMMANDS: called on any other, the rule reports nothing."""
    assert rule.ALTER_TABLE_COMMANDS is not None
    visit = rule.handlers()["AlterTableStmt"]
    others = [
        (stmt, node)
        for stmt, node in ALTER_TABLES
        if rule.ALTER_TABLE_COMMANDS.isdisjoint(c.subtype for c in node.cmds or ())
    ]
    assert others
    for stmt, node in others:
        assert list(visit(node, stmt, FileState(example_context(rule)))) == [], stmt.text
