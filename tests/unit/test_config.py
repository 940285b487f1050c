"""`[tool.schemasync]` -> Config: defaults, every key's validation, and where it is read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codemod.config import Config, config_from_mapping
from codemod.errors import ConfigError
from codemod.settings import find_project
from codemod.severity import Severity


def test_defaults_are_the_seed_layout() -> None:
    config = config_from_mapping({})
    assert config == Config()
    assert config.schemas_dir == "schemas"
    assert config.db_schemas == ("public",)
    assert config.package_files == ("enums.py", "database/entities.py", "database/relationships.py")
    assert config.fail_on is Severity.LOW


def test_every_key_is_read() -> None:
    config = config_from_mapping(
        {
            "schemas_dir": "src/app/schemas",
            "migrations": "db/migrations",
            "db_schemas": ["public", "billing"],
            "views_file": "database/views.py",
            "class_names": {"req_priority": "RequirementPriority"},
            "member_names": {"billing_plan": {"2fa": "TWO_FACTOR"}},
            "type_map": {
                "timestamp with time zone": "datetime.datetime",
                "numeric": "decimal.Decimal",
            },
            "enum_columns": "literal",
            "class_files": {"audit_log": "database/audit.py"},
            "severity": {"column_added": "low"},
            "fail_on": "HIGH",
        }
    )
    assert config.db_schemas == ("public", "billing")
    assert config.view_file == "database/views.py"
    assert dict(config.type_map) == {
        "timestamptz": "datetime.datetime",
        "numeric": "decimal.Decimal",
    }
    assert config.severity["column_added"] is Severity.LOW
    assert config.fail_on is Severity.HIGH
    assert "database/audit.py" in config.package_files


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"schema_dir": "x"},
            "Unknown key 'schema_dir' in [tool.schemasync]. Did you mean 'schemas_dir'?",
        ),
        ({"db_schemas": "public"}, "db_schemas must be a non-empty list of strings"),
        ({"db_schemas": ["public", "auth"]}, "lists auth, which the Supabase platform owns"),
        (
            {"class_names": {"x": "not a name"}},
            "class_names.x = 'not a name' is not a valid class name",
        ),
        (
            {"type_map": {"numeric": "list["}},
            "type_map.numeric = 'list[' is not a type (it does not parse)",
        ),
        ({"enum_columns": "class"}, "enum_columns must be one of str, enum, literal"),
        (
            {"severity": {"column_addded": "low"}},
            "Unknown change kind 'column_addded' in [tool.schemasync] severity. Did you mean 'column_added'?",
        ),
        (
            {"severity": {"column_added": "urgent"}},
            "severity must be one of low, medium, high, critical",
        ),
        ({"fail_on": 3}, "severity must be one of"),
        ({"schemas_dir": ""}, "schemas_dir must be a non-empty string"),
        ({"class_names": {"projects": "class"}}, "class_names.projects = 'class' is not a valid"),
        (
            {"class_names": {"projects": "Optional"}},
            "class_names.projects = 'Optional' would hide the name Optional",
        ),
        (
            {"class_names": {"x": "Decimal"}, "type_map": {"numeric": "decimal.Decimal"}},
            "class_names.x = 'Decimal' would hide the name Decimal",
        ),
        (
            {"member_names": {"plan": {"none": "None"}}},
            "member_names.plan.none = 'None' cannot name an Enum member",
        ),
        ({"member_names": {"plan": {"x": "__x"}}}, "member_names.plan.x = '__x' cannot name"),
        ({"member_names": {"plan": {"x": "_x_"}}}, "member_names.plan.x = '_x_' cannot name"),
        (
            {"type_map": {"text": "print('x')"}},
            "type_map.text = \"print('x')\" is not a type (print('x') is an expression, not",
        ),
        ({"type_map": {"int4": "1 + 1"}}, "type_map.int4 = '1 + 1' is not a type (1 + 1 is an"),
        ({"type_map": {"int4": "Decimal"}}, "(Decimal is not a builtin; name its module"),
        ({"type_map": {"int4": "list[3]"}}, "(3 is a value)"),
        ({"enums_file": "/etc/enums.py"}, "enums_file = '/etc/enums.py' leads outside the project"),
        ({"schemas_dir": "../elsewhere"}, "schemas_dir = '../elsewhere' leads outside"),
        (
            {"class_files": {"audit": "../../audit.py"}},
            "class_files.audit = '../../audit.py' leads outside the project folder",
        ),
        ({"version_file": "version.txt"}, "version_file = 'version.txt' must name a Python file"),
    ],
)
def test_bad_values_are_refused_with_what_and_where(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        config_from_mapping(data)
    assert message in caught.value.message


def test_type_expressions_are_accepted() -> None:
    accepted = {
        "numeric": "decimal.Decimal",
        "jsonb": "dict[str, Any]",
        "money": "Literal['a', 1] | None",
        "uuid": "uuid.UUID",
        "int4": "typing.Optional[int]",
    }
    assert dict(config_from_mapping({"type_map": accepted}).type_map) == accepted


def test_a_dotted_type_whose_module_cannot_be_found_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.schemasync]\ntype_map = { numeric = "nosuchmod.Thing" }\n'
    )
    with pytest.raises(ConfigError) as caught:
        find_project(tmp_path)
    assert "type_map uses nosuchmod.Thing, but no module nosuchmod can be found" in (
        caught.value.message
    )
    (tmp_path / "pyproject.toml").write_text(
        '[tool.schemasync]\ntype_map = { money = "app.Money" }\n'
    )
    (tmp_path / "app").mkdir()
    (tmp_path / "app/__init__.py").write_text("raise SystemExit('imported')\n")
    assert find_project(tmp_path).config.type_map["money"] == "app.Money"  # found, not run


def test_the_nearest_pyproject_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.schemasync]\nschemas_dir = "app/schemas"\n')
    nested = tmp_path / "app" / "deep"
    nested.mkdir(parents=True)
    project = find_project(nested)
    assert project.root == tmp_path
    assert project.config.schemas_dir == "app/schemas"


def test_a_config_file_may_be_plain_toml_or_a_pyproject(tmp_path: Path) -> None:
    plain = tmp_path / "schemasync.toml"
    plain.write_text('fail_on = "high"\n')
    assert find_project(tmp_path, plain).config.fail_on is Severity.HIGH
    pyproject = tmp_path / "other.toml"
    pyproject.write_text('[tool.schemasync]\nfail_on = "medium"\n')
    assert find_project(tmp_path, pyproject).config.fail_on is Severity.MEDIUM


def test_bad_toml_and_missing_files_are_config_errors(tmp_path: Path) -> None:
    broken = tmp_path / "pyproject.toml"
    broken.write_text("[tool.schemasync\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        find_project(tmp_path)
    with pytest.raises(ConfigError, match="no such file"):
        find_project(tmp_path, tmp_path / "missing.toml")
