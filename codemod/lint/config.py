"""`[tool.schemasync.lint]`: one frozen LintConfig, validated key by key.

Pure (no parser import): `codemod.settings` builds it beside the Config.
Rule ids are checked against the rule registry later, when the linter loads it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, Literal, get_args

from codemod.config_values import expect_choice, expect_severity, expect_table, subtable
from codemod.errors import ConfigError, refuse_unknown
from codemod.severity import Severity

#: supabase: each file is one transaction, CONCURRENTLY statements run apart (the
#: Supabase CLI); single: each file is one transaction, nothing apart (psql -1);
#: none: every statement commits on its own unless the file says BEGIN.
TransactionMode = Literal["supabase", "single", "none"]
TableNumber = Literal["plural", "singular", "any"]

_NO_SEVERITIES: Mapping[str, Severity] = MappingProxyType({})


@dataclass(frozen=True)
class NamingConfig:
    """Patterns for the naming rules; `{table}` stands for the table's name."""

    identifier: str = r"^[a-z_][a-z0-9_]*$"
    table: TableNumber = "plural"
    enum: str = r"^[a-z][a-z0-9_]*$"
    # `<table>_<columns>_idx` (PostgreSQL's own) or the common `idx_<table>_<columns>`:
    # either way the name says its table.
    index: str = r"^({table}_[a-z0-9_]+_(idx|key)|idx_{table}_[a-z0-9_]+)$"
    primary_key: str = r"^{table}_pkey$"
    unique: str = r"^{table}_[a-z0-9_]+_key$"
    foreign_key: str = r"^{table}_[a-z0-9_]+_fkey$"
    check: str = r"^{table}_[a-z0-9_]+$"

    def pattern(self, kind: str, table: str = "") -> re.Pattern[str]:
        """The compiled pattern for `kind` (a field name), with `{table}` filled in."""
        return _compile(getattr(self, kind), table)


@dataclass(frozen=True)
class LintConfig:
    """Everything `schemasync lint` reads from `[tool.schemasync.lint]`."""

    #: rule ids to run; empty means every rule
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    #: rule id -> severity, replacing the rule's default
    severity: Mapping[str, Severity] = field(default_factory=lambda: _NO_SEVERITIES)
    fail_on: Severity = Severity.HIGH
    #: the server the migrations run on; None: supabase/config.toml, else not checked
    postgres_version: int | None = None
    transaction_mode: TransactionMode = "supabase"
    naming: NamingConfig = field(default_factory=NamingConfig)


@functools.lru_cache(maxsize=4096)
def _compile(pattern: str, table: str) -> re.Pattern[str]:
    # Cached per table: re's own cache (512 entries) thrashes on a migration of many tables.
    return re.compile(pattern.replace("{table}", re.escape(table)))


def lint_config_from_mapping(data: Any, parent: str = "[tool.schemasync]") -> LintConfig:
    """Validate the `lint` table of `parent`; unknown keys raise ConfigError."""
    where = subtable(parent, "lint")
    table = expect_table(data, where)
    refuse_unknown(table, (f.name for f in fields(LintConfig)), where)
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name == "naming":
            values[name] = _naming(value, subtable(where, "naming"))
        else:
            values[name] = _CONVERTERS[name](f"{where}: {name}", value)
    return LintConfig(**values)


def _naming(value: Any, where: str) -> NamingConfig:
    table = expect_table(value, where)
    refuse_unknown(table, (f.name for f in fields(NamingConfig)), where)
    for key, text in table.items():
        if key == "table":
            expect_choice(f"{where}: table", text, get_args(TableNumber))
            continue
        if not isinstance(text, str):
            raise ConfigError(f"{where}: {key} must be a regular expression, not {text!r}.")
        try:
            re.compile(text.replace("{table}", "t"))
        except re.error as err:
            raise ConfigError(f"{where}: {key} = {text!r} is not a valid pattern: {err}.") from None
    return NamingConfig(**table)


def _rule_ids(what: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{what} must be a list of rule ids, not {value!r}.")
    return tuple(value)


def _severities(what: str, value: Any) -> Mapping[str, Severity]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{what} must be a table of rule id = severity, not {value!r}.")
    return MappingProxyType({str(k): expect_severity(f"{what}.{k}", v) for k, v in value.items()})


def _postgres_version(what: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 9 <= value <= 99:
        raise ConfigError(f"{what} must be a PostgreSQL major version such as 15, not {value!r}.")
    return value


def _transaction_mode(what: str, value: Any) -> str:
    return expect_choice(what, value, get_args(TransactionMode))


_CONVERTERS: Mapping[str, Any] = {
    "enable": _rule_ids,
    "disable": _rule_ids,
    "severity": _severities,
    "fail_on": expect_severity,
    "postgres_version": _postgres_version,
    "transaction_mode": _transaction_mode,
}
