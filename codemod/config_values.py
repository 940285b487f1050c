"""Checks for configuration values, shared by every `[tool.schemasync...]` section.

Each takes `what` (where the value is and what it is called, `pyproject.toml
[tool.schemasync.lint]: fail_on`) and the value, and returns it typed or raises a
ConfigError that says what was expected. The value is shown unless it may be a secret.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from codemod.errors import ConfigError
from codemod.severity import Severity


def subtable(where: str, key: str) -> str:
    """`pyproject.toml [tool.schemasync]` -> `pyproject.toml [tool.schemasync.lint]`."""
    return f"{where[:-1]}.{key}]" if where.endswith("]") else f"{where}.{key}"


def expect_table(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where} must be a table, not {value!r}.")
    return value


def expect_str(what: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{what} must be a non-empty string, not {value!r}.")
    return value


def expect_str_list(what: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{what} must be a non-empty list of strings, not {value!r}.")
    return tuple(value)


def expect_choice(what: str, value: Any, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise ConfigError(f"{what} must be one of {', '.join(choices)}, not {value!r}.")
    return str(value)


def expect_severity(what: str, value: Any) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as err:
        raise ConfigError(f"{what}: {err}") from None


def expect_bool(what: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{what} must be true or false, not {value!r}.")
    return value


def expect_port(what: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 65536:
        raise ConfigError(f"{what} must be a port number, not {value!r}.")
    return value


def expect_env_name(what: str, value: Any) -> str:
    # Never echo the value: a user may have pasted the secret itself here.
    if not isinstance(value, str) or not value.isidentifier():
        raise ConfigError(
            f"{what} must be the name of an environment variable (such as "
            "SLACK_WEBHOOK_URL) that holds the secret, not the secret itself."
        )
    return value
