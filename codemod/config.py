"""`[tool.schemasync]`: one frozen Config, validated key by key.

Reading the file happens at the edge (`codemod.settings`); this module only turns a
mapping into a Config and refuses what it does not know, with a close-match hint.
"""

from __future__ import annotations

import keyword
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields
from pathlib import PurePosixPath, PureWindowsPath
from types import MappingProxyType
from typing import Any, get_args

from codemod.config_values import (
    expect_bool,
    expect_choice,
    expect_severity,
    expect_str,
    expect_str_list,
)
from codemod.errors import ConfigError, refuse_unknown
from codemod.naming import BUILTIN_TYPE_NAMES, IMPORTED_NAMES, is_member_name, toml_key
from codemod.severity import Severity
from codemod.typemap import EnumStyle, override_imports, type_expression_problem, type_key

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
#: kinds of row class `row_kinds` may list
ROW_KINDS = ("row", "insert", "update")
# Config keys that do not change what the package files say.
_RUN_ONLY = frozenset({"migrations", "migration_timeout", "fail_on", "severity"})


@dataclass(frozen=True)
class TargetPython:
    """What the user's project declares about the Python its code runs on (pyproject's
    `requires-python` and dependencies): generated code imports only what that has."""

    #: requires-python says 3.13 or later, whose typing has ReadOnly
    typing_has_read_only: bool = False
    #: typing-extensions is a declared dependency (None: the project declares none at all)
    typing_extensions: bool | None = None

    @property
    def read_only_module(self) -> str:
        return "typing" if self.typing_has_read_only else "typing_extensions"

    @property
    def read_only_missing(self) -> bool:
        """Whether the project's dependencies lack what `ReadOnly` needs (a project that
        declares none cannot be told)."""
        return not self.typing_has_read_only and self.typing_extensions is False


UNDECLARED = TargetPython()  # a project whose pyproject.toml says nothing of its Python


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
    #: composite types' TypedDicts
    types_file: str = "database/types.py"
    version_file: str = "schema_version.py"
    #: folder (relative to schemas_dir) of enum.py.j2 / typeddict.py.j2 for new classes
    templates_dir: str = "templates"
    #: object name (`req_priority`, `organizations`, `other_schema.items`) -> class name
    class_names: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    #: enum name -> {database value -> member name}
    member_names: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: _EMPTY)
    #: PostgreSQL type (`numeric`, `jsonb`, a domain or enum name) -> annotation
    type_map: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    #: how enum-typed columns are annotated
    enum_columns: EnumStyle = "str"
    #: write each column's comment as its field's trailing `#:` comment, kept in step
    column_comments: bool = False
    #: the classes each table gets: its row, and with "insert" and "update" what an
    #: insert and an update take
    row_kinds: tuple[str, ...] = ("row",)
    #: schema -> what leads the class names of its objects (default: the schema's
    #: name; public: nothing)
    schema_prefixes: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    #: row kind -> class name template (`{singular}Insert`; `{name}`, `{schema}`)
    class_name_templates: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    #: object name -> file (relative to schemas_dir) that holds its class
    class_files: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    #: change kind (`column_added`, ...) -> severity
    severity: Mapping[str, Severity] = field(default_factory=lambda: _EMPTY)
    fail_on: Severity = Severity.LOW
    #: seconds one migration file may take in the shadow database
    migration_timeout: float = 300

    @property
    def package_settings(self) -> str:
        """The settings that shape the package's text, rendered stably (frozen values):
        part of PACKAGE_HASH, so that a changed `type_map` is drift. Where the schema
        comes from, how drift is judged and who hears of it are left out."""
        return repr(
            [(f.name, getattr(self, f.name)) for f in fields(self) if f.name not in _RUN_ONLY]
        )

    @property
    def view_file(self) -> str:
        return self.views_file or self.entities_file

    @property
    def module_files(self) -> tuple[str, ...]:
        """Every file of the package schemasync reads: the hand-maintained files, and the
        composite types' module, which is written only when the database has some."""
        return tuple(dict.fromkeys([*self.package_files, self.types_file]))

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


def config_from_mapping(
    data: Mapping[str, Any], where: str = "[tool.schemasync]", sections: Collection[str] = ()
) -> Config:
    """Validate `data` and build a Config; unknown keys and bad values raise ConfigError.
    `sections` are the sub-tables other parsers read (`lint`, `notifications`): known
    here, left to them."""
    refuse_unknown(data, [*(f.name for f in fields(Config)), *sections], where)
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in sections:
            values[name] = _CONVERTERS.get(name, _expect_str)(name, value, where)
    config = Config(**values)
    used = IMPORTED_NAMES | BUILTIN_TYPE_NAMES | override_imports(config.type_map).keys()
    for key, class_name in config.class_names.items():
        if class_name in used:
            raise ConfigError(
                f"{where}: class_names.{key} = {class_name!r} would hide the name "
                f"{class_name} that the generated modules use, and they would no longer "
                "import. Choose another class name."
            )
    platform = sorted(PLATFORM_SCHEMAS.intersection(config.db_schemas))
    if platform:
        raise ConfigError(
            f"{where}: db_schemas lists {', '.join(platform)}, which the Supabase platform "
            "owns; schemasync never syncs those schemas. Remove them from db_schemas."
        )
    return config


def _expect_str(name: str, value: Any, where: str) -> str:
    return expect_str(f"{where}: {name}", value)


def _expect_inner_path(name: str, value: Any, where: str) -> str:
    """A path that stays inside the folder it is relative to: schemasync writes there,
    and must never write outside the project."""
    text = _expect_str(name, value, where)
    path = PurePosixPath(text.replace("\\", "/"))
    if path.is_absolute() or PureWindowsPath(text).is_absolute() or ".." in path.parts:
        raise ConfigError(
            f"{where}: {name} = {value!r} leads outside the project folder; schemasync "
            "writes only inside it. Give a relative path without `..`."
        )
    return text


def _expect_module_path(name: str, value: Any, where: str) -> str:
    path = _expect_inner_path(name, value, where)
    if not path.endswith(".py"):
        raise ConfigError(f"{where}: {name} = {value!r} must name a Python file (*.py).")
    return path


def _expect_optional_module_path(name: str, value: Any, where: str) -> str | None:
    return None if value in (None, "") else _expect_module_path(name, value, where)


def _expect_optional_str(name: str, value: Any, where: str) -> str | None:
    return None if value in (None, "") else _expect_str(name, value, where)


def _expect_str_list(name: str, value: Any, where: str) -> tuple[str, ...]:
    return expect_str_list(f"{where}: {name}", value)


def _expect_str_table(name: str, value: Any, where: str) -> Mapping[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
    ):
        raise ConfigError(f"{where}: {name} must be a table of strings, not {value!r}.")
    return MappingProxyType(dict(value))


def _expect_class_names(name: str, value: Any, where: str) -> Mapping[str, str]:
    table = _expect_str_table(name, value, where)
    for key, class_name in table.items():
        if not class_name.isidentifier() or keyword.iskeyword(class_name):
            raise ConfigError(f"{where}: {name}.{key} = {class_name!r} is not a valid class name.")
    # As Python reads identifiers: `class ﬁleRow` declares `fileRow`.
    return MappingProxyType({k: unicodedata.normalize("NFKC", v) for k, v in table.items()})


def _expect_member_names(name: str, value: Any, where: str) -> Mapping[str, Mapping[str, str]]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: {name} must be a table of tables, not {value!r}.")
    result: dict[str, Mapping[str, str]] = {}
    for enum, members in value.items():
        table = _expect_str_table(f"{name}.{enum}", members, where)
        for database_value, member in table.items():
            if not is_member_name(member):
                raise ConfigError(
                    f"{where}: {name}.{enum}.{toml_key(database_value)} = {member!r} cannot "
                    "name an Enum member (it must be an identifier, not a keyword, and not "
                    "start with `__` or be `_like_this_`)."
                )
        result[enum] = MappingProxyType(
            {k: unicodedata.normalize("NFKC", v) for k, v in table.items()}
        )
    return MappingProxyType(result)


def _expect_type_map(name: str, value: Any, where: str) -> Mapping[str, str]:
    table = _expect_str_table(name, value, where)
    for key, annotation in table.items():
        problem = type_expression_problem(annotation)
        if problem:
            raise ConfigError(
                f"{where}: {name}.{toml_key(key)} = {annotation!r} is not a type ({problem}). "
                'Write a type: a name such as "str", a dotted name such as "decimal.Decimal", '
                'subscripts such as "dict[str, Any]", "X | None".'
            )
    return MappingProxyType({type_key(k): v for k, v in table.items()})


def _expect_bool(name: str, value: Any, where: str) -> bool:
    return expect_bool(f"{where}: {name}", value)


def _expect_seconds(name: str, value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ConfigError(f"{where}: {name} must be a number of seconds above 0, not {value!r}.")
    return float(value)


def _expect_class_files(name: str, value: Any, where: str) -> Mapping[str, str]:
    table = _expect_str_table(name, value, where)
    for key, path in table.items():
        _expect_module_path(f"{name}.{toml_key(key)}", path, where)
    return table


def _expect_row_kinds(name: str, value: Any, where: str) -> tuple[str, ...]:
    kinds = _expect_str_list(name, value, where)
    refuse_unknown(kinds, ROW_KINDS, f"{where} {name}", what="row kind")
    if "row" not in kinds:
        raise ConfigError(f'{where}: {name} must include "row" (the class rows are read as).')
    return tuple(dict.fromkeys(kinds))


def _expect_schema_prefixes(name: str, value: Any, where: str) -> Mapping[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ConfigError(f"{where}: {name} must be a table of strings, not {value!r}.")
    for schema, prefix in value.items():
        if prefix and not prefix.replace("_", "a").isalnum():
            raise ConfigError(
                f"{where}: {name}.{toml_key(schema)} = {prefix!r} must be letters, digits and "
                "underscores (it leads class names), or empty."
            )
    return MappingProxyType(dict(value))


def _expect_name_templates(name: str, value: Any, where: str) -> Mapping[str, str]:
    table = _expect_str_table(name, value, where)
    refuse_unknown(table, ROW_KINDS, f"{where} {name}", what="row kind")
    for kind, template in table.items():
        try:
            sample = template.format(singular="Project", name="Projects", schema="Billing")
        except (KeyError, IndexError, ValueError):
            sample = ""
        if not sample.isidentifier():
            raise ConfigError(
                f"{where}: {name}.{kind} = {template!r} must make a class name from "
                '{singular}, {name} and {schema} (such as "{singular}Insert").'
            )
    return table


def _expect_enum_style(name: str, value: Any, where: str) -> EnumStyle:
    return expect_choice(f"{where}: {name}", value, get_args(EnumStyle))  # type: ignore[return-value]


def _expect_severity(name: str, value: Any, where: str) -> Severity:
    return expect_severity(f"{where}: {name}", value)


def _expect_severity_table(name: str, value: Any, where: str) -> Mapping[str, Severity]:
    from codemod.plan.changes import CHANGE_KINDS

    table = _expect_str_table(name, value, where)
    refuse_unknown(table, CHANGE_KINDS, f"{where} {name}", what="change kind")
    return MappingProxyType(
        {k: _expect_severity(f"{name}.{k}", v, where) for k, v in table.items()}
    )


_CONVERTERS: Mapping[str, Any] = {
    "schemas_dir": _expect_inner_path,
    "migrations": _expect_optional_str,
    "enums_file": _expect_module_path,
    "entities_file": _expect_module_path,
    "relationships_file": _expect_module_path,
    "views_file": _expect_optional_module_path,
    "types_file": _expect_module_path,
    "version_file": _expect_module_path,
    "templates_dir": _expect_inner_path,
    "db_schemas": _expect_str_list,
    "class_names": _expect_class_names,
    "member_names": _expect_member_names,
    "type_map": _expect_type_map,
    "enum_columns": _expect_enum_style,
    "column_comments": _expect_bool,
    "row_kinds": _expect_row_kinds,
    "schema_prefixes": _expect_schema_prefixes,
    "class_name_templates": _expect_name_templates,
    "class_files": _expect_class_files,
    "severity": _expect_severity_table,
    "fail_on": _expect_severity,
    "migration_timeout": _expect_seconds,
}
