"""`[tool.schemasync.lint]`: validation, rule selection, severities, the PostgreSQL
version from supabase/config.toml, and the transaction modes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codemod.errors import ConfigError
from codemod.lint.api import resolve_lint_config
from codemod.lint.config import LintConfig
from codemod.lint.engine import select_rules
from codemod.lint.rules import ALL_RULES
from codemod.settings import settings_from_mapping
from codemod.severity import Severity
from lint.lint_support import lint_sql, rule_ids


def test_lint_table_becomes_a_frozen_lint_config() -> None:
    config = settings_from_mapping(
        {
            "lint": {
                "disable": ["prefer-text"],
                "severity": {"prefer-timestamptz": "high"},
                "fail_on": "medium",
                "postgres_version": 15,
                "transaction_mode": "single",
                "naming": {"index": "^idx_{table}_"},
            }
        }
    )
    lint = config.lint
    assert lint.disable == ("prefer-text",)
    assert lint.severity["prefer-timestamptz"] is Severity.HIGH
    assert (lint.fail_on, lint.postgres_version, lint.transaction_mode) == (
        Severity.MEDIUM,
        15,
        "single",
    )
    assert lint.naming.pattern("index", "items").pattern == "^idx_items_"
    assert settings_from_mapping({}).lint == LintConfig()


@pytest.mark.parametrize(
    ("lint", "message"),
    [
        (
            {"fali_on": "high"},
            "Unknown key 'fali_on' in x [tool.schemasync.lint]. Did you mean 'fail_on'?",
        ),
        ({"naming": {"indx": "a"}}, "[tool.schemasync.lint.naming]. Did you mean 'index'?"),
        ({"naming": {"index": "("}}, "index = '(' is not a valid pattern"),
        ({"naming": {"table": "few"}}, "table must be one of plural, singular, any"),
        ({"transaction_mode": "auto"}, "must be one of supabase, single, none"),
        ({"postgres_version": "15"}, "must be a PostgreSQL major version"),
        ({"severity": {"prefer-text": "urgent"}}, "severity must be one of"),
        ({"enable": "drop-table"}, "must be a list of rule ids"),
    ],
)
def test_bad_lint_settings_are_refused(lint: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings_from_mapping({"lint": lint}, "x [tool.schemasync]")
    assert message in caught.value.message


def test_unknown_rule_ids_are_refused_with_a_close_match() -> None:
    with pytest.raises(ConfigError) as caught:
        select_rules(ALL_RULES, LintConfig(disable=("drop-colum",)))
    assert "Did you mean 'drop-column'?" in caught.value.message


def test_enable_and_disable_select_rules() -> None:
    enabled = select_rules(ALL_RULES, LintConfig(enable=("drop-table", "drop-column")))
    assert [r.id for r in enabled] == ["drop-table", "drop-column"]
    everything_but = select_rules(ALL_RULES, LintConfig(disable=("drop-table",)))
    assert "drop-table" not in {r.id for r in everything_but}
    assert len(everything_but) == len(ALL_RULES) - 1


def test_severity_overrides_replace_the_default() -> None:
    sql = "create table public.events (id bigint primary key, at timestamp);"
    (finding,) = lint_sql(sql, config={"severity": {"prefer-timestamptz": "critical"}})
    assert finding.severity is Severity.CRITICAL


def test_postgres_version_comes_from_supabase_config(tmp_path: Path) -> None:
    (tmp_path / "supabase").mkdir()
    (tmp_path / "supabase" / "config.toml").write_text("[db]\nmajor_version = 14\n")
    assert resolve_lint_config(tmp_path, LintConfig()).postgres_version == 14
    assert resolve_lint_config(tmp_path, LintConfig(postgres_version=17)).postgres_version == 17
    assert resolve_lint_config(tmp_path / "elsewhere", LintConfig()).postgres_version is None


CONCURRENT = "create index concurrently items_sku_idx on public.items (sku);"
ENUM_THEN_USE = (
    "alter type public.item_status add value 'archived' after 'active';\n"
    "update public.items set status = 'archived';\n"
)


@pytest.mark.parametrize(
    ("mode", "sql", "expected"),
    [
        ("supabase", CONCURRENT, set()),
        ("single", CONCURRENT, {"concurrently-in-transaction"}),
        ("none", CONCURRENT, set()),
        ("none", f"begin;\n{CONCURRENT}\ncommit;", {"concurrently-in-transaction"}),
        ("supabase", ENUM_THEN_USE, {"enum-value-used-in-transaction"}),
        ("single", ENUM_THEN_USE, {"enum-value-used-in-transaction"}),
        ("none", ENUM_THEN_USE, set()),
        ("none", f"begin;\n{ENUM_THEN_USE}commit;", {"enum-value-used-in-transaction"}),
    ],
)
def test_transaction_modes(mode: str, sql: str, expected: set[str]) -> None:
    findings = lint_sql(sql, config={"transaction_mode": mode})
    assert rule_ids(findings) == expected
