"""`[tool.schemasync]`: one frozen Config, validated key by key.

Reading the file happens at the edge (`codemod.settings`); this module only turns a
mapping into a Config and refuses what it does not know, with a close-match hint.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any, get_args

from codemod.errors import ConfigError
from codemod.severity import Severity
from codemod.typemap import EnumStyle, type_key

# Schemas the Supabase platform owns: never synced, even when a migration adds to them.
PLATFORM_SCHEMAS = frozenset(
    {
        "auth",
        "storage",
        "extensions",
        "realtime",
        "_realtime",
        "graphql",
        "graphql_public",
        "vault",
        "pgsodium",
        "pgsodium_masks",
        "net",
        "supabase_functions",
        "supabase_migrations",
        "cron",
        "pgbouncer",
        "_analytics",
        "_supavisor",
        "pgtle",
        "pg_catalog",
        "information_schema",
        "pg_toast",
    }
)

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Config:
    """Everything schemasync reads from `[tool.schemasync]`, with its defaults.

    File locations are relative to `schemas_dir`; `schemas_dir` and `migrations` are
    relative to the folder that holds the pyproject.toml.
    """

    schemas_dir: str = "schemas"
    migrations: str | None = None
    db_schemas: tuple[str, ...] = ("public",)
    enums_file: str = "enums.py"
    entities_file: str = "database/entities.py"
    relationships_file: str = "database/relationships.py"
    views_file: str | None = None
    version_file: str = "schema_version.py"
    #: object name (`req_priority`, `organizations`, `other_schema.items`) -> class name
    class_names: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    #: enum name -> {database value -> member name}
    member_names: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: _EMPTY)
    #: PostgreSQL type (`numeric`, `jsonb`, a domain or enum name) -> annotation
    type_map: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    #: how enum-typed columns are annotated
    enum_columns: EnumStyle = "str"
    #: object name -> file (relative to schemas_dir) that holds its class
    class_files: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    #: change kind (`column_added`, ...) -> severity
    severity: Mapping[str, Severity] = field(default_factory=lambda: _EMPTY)
    fail_on: Severity = Severity.LOW

    @property
    def view_file(self) -> str:
        return self.views_file or self.entities_file

    @property
    def package_files(self) -> tuple[str, ...]:
        """The hand-maintained files, in the order they are read and reported."""
        files = [
            self.enums_file,
            self.entities_file,
            self.relationships_file,
            self.view_file,
            *self.class_files.values(),
        ]
        return tuple(dict.fromkeys(files))


def config_from_mapping(data: Mapping[str, Any], where: str = "[tool.schemasync]") -> Config:
    """Validate `data` and build a Config; unknown keys and bad values raise ConfigError."""
    known = {f.name for f in fields(Config)}
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(key, sorted(known), n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise ConfigError(
                f"Unknown key {key!r} in {where}.{hint} Known keys: {', '.join(sorted(known))}."
            )
    values: dict[str, Any] = {}
    for name, value in data.items():
        values[name] = _CONVERTERS.get(name, _expect_str)(name, value, where)
    config = Config(**values)
    platform = sorted(PLATFORM_SCHEMAS.intersection(config.db_schemas))
    if platform:
        raise ConfigError(
            f"{where}: db_schemas lists {', '.join(platform)}, which the Supabase platform "
            "owns; schemasync never syncs those schemas. Remove them from db_schemas."
        )
    return config


def _expect_str(name: str, value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: {name} must be a non-empty string, not {value!r}.")
    return value


def _expect_optional_str(name: str, value: Any, where: str) -> str | None:
    return None if value in (None, "") else _expect_str(name, value, where)


def _expect_str_list(name: str, value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: {name} must be a non-empty list of strings, not {value!r}.")
    return tuple(value)


def _expect_str_table(name: str, value: Any, where: str) -> Mapping[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
    ):
        raise ConfigError(f"{where}: {name} must be a table of strings, not {value!r}.")
    return MappingProxyType(dict(value))


def _expect_class_names(name: str, value: Any, where: str) -> Mapping[str, str]:
    table = _expect_str_table(name, value, where)
    for key, class_name in table.items():
        if not class_name.isidentifier():
            raise ConfigError(f"{where}: {name}.{key} = {class_name!r} is not a valid class name.")
    return table


def _expect_member_names(name: str, value: Any, where: str) -> Mapping[str, Mapping[str, str]]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: {name} must be a table of tables, not {value!r}.")
    result: dict[str, Mapping[str, str]] = {}
    for enum, members in value.items():
        result[enum] = _expect_class_names(f"{name}.{enum}", members, where)
    return MappingProxyType(result)


def _expect_type_map(name: str, value: Any, where: str) -> Mapping[str, str]:
    table = _expect_str_table(name, value, where)
    return MappingProxyType({type_key(k): v for k, v in table.items()})


def _expect_enum_style(name: str, value: Any, where: str) -> EnumStyle:
    choices = get_args(EnumStyle)
    if value not in choices:
        raise ConfigError(f"{where}: {name} must be one of {', '.join(choices)}, not {value!r}.")
    return value  # type: ignore[no-any-return]


def _expect_severity(name: str, value: Any, where: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as err:
        raise ConfigError(f"{where}: {name}: {err}") from None


def _expect_severity_table(name: str, value: Any, where: str) -> Mapping[str, Severity]:
    from codemod.plan.changes import CHANGE_KINDS

    table = _expect_str_table(name, value, where)
    for kind in table:
        if kind not in CHANGE_KINDS:
            close = difflib.get_close_matches(kind, CHANGE_KINDS, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise ConfigError(f"{where}: unknown change kind {kind!r} in {name}.{hint}")
    return MappingProxyType(
        {k: _expect_severity(f"{name}.{k}", v, where) for k, v in table.items()}
    )


_CONVERTERS: Mapping[str, Any] = {
    "migrations": _expect_optional_str,
    "views_file": _expect_optional_str,
    "db_schemas": _expect_str_list,
    "class_names": _expect_class_names,
    "member_names": _expect_member_names,
    "type_map": _expect_type_map,
    "enum_columns": _expect_enum_style,
    "class_files": _expect_str_table,
    "severity": _expect_severity_table,
    "fail_on": _expect_severity,
}
