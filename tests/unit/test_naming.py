"""Names: database names -> class and member names. Examples from the seed and the
docstrings, and properties over generated identifiers."""

from __future__ import annotations

import ast
import enum
import keyword

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codemod.config import Config
from codemod.errors import NamingConflictError
from codemod.model import Column, ColumnType, EnumType, Schema, Table
from codemod.naming import (
    enum_class_name,
    enum_member_name,
    enum_member_names,
    is_field_name,
    singularize,
    split_words,
    table_class_name,
)
from codemod.plan.planner import assign_class_names
from codemod.transform._nodes import string_literal

from .helpers import load_module
from .strategies import ENUM_VALUES, SQL_IDENTIFIERS


def parsed_class_name(name: str) -> str:
    """The name Python gives a class declared as `class <name>` (identifiers are NFKC)."""
    node = ast.parse(f"class {name}:\n    pass\n").body[0]
    assert isinstance(node, ast.ClassDef)
    return node.name


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("organizations", "OrganizationRow"),
        ("projects", "ProjectRow"),
        ("properties", "PropertyRow"),
        ("analyses", "AnalysisRow"),
        ("table_rows", "TableRowsRow"),
        ("organization_members", "OrganizationMemberRow"),
        ("people", "PersonRow"),
        ("addresses", "AddressRow"),
        ("statuses", "StatusRow"),
        ("news", "NewsRow"),
        ("houses", "HouseRow"),
        ("userProfiles", "UserProfileRow"),
        ("APIKeys", "ApiKeyRow"),
        ("order2items", "Order2ItemRow"),
        ("2things", "_2ThingRow"),
        ("données", "DonnéeRow"),
        ("größen", "GrößenRow"),
        ("class", "ClassRow"),
    ],
)
def test_table_class_names(table: str, expected: str) -> None:
    assert table_class_name(table) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("organization_type", "OrganizationType"),
        ("project_status", "ProjectStatus"),
        ("user_role_type", "UserRoleType"),
        ("none", "None_"),
        ("true", "True_"),
        ("ﬁle_kind", "FileKind"),
        ("élan_vital", "ÉlanVital"),
    ],
)
def test_enum_class_names(name: str, expected: str) -> None:
    assert enum_class_name(name) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("non-profit", "NON_PROFIT"),
        ("in progress", "IN_PROGRESS"),
        ("2fa", "_2FA"),
        ("+5000", "PLUS_5000"),
        ("1-10", "_1_10"),
        ("In Review", "IN_REVIEW"),
        ("class", "CLASS"),
        ("24_hour", "_24_HOUR"),
        ("none", "NONE"),
        ("✓", "CHECK_MARK"),
        ("-5", "MINUS_5"),
        ("ᵃ", "A"),
        ("ﬁx", "FIX"),
        ("", "EMPTY"),
    ],
)
def test_enum_member_names_from_the_docstrings(value: str, expected: str) -> None:
    assert enum_member_name(value) == expected


def test_split_words_and_singularize() -> None:
    assert split_words("organization_members") == ["organization", "members"]
    assert split_words("userProfiles") == ["user", "Profiles"]
    assert split_words("APIKeys") == ["API", "Keys"]
    assert split_words("order2items") == ["order", "2", "items"]
    assert split_words("donnéesBrutes") == ["données", "Brutes"]
    assert split_words("名前_一覧") == ["名前", "一覧"]
    assert [singularize(w) for w in ("analyses", "entries", "boxes", "data", "bus", "is")] == [
        "analysis",
        "entry",
        "box",
        "data",
        "bus",
        "is",
    ]


def test_field_names() -> None:
    assert is_field_name("name")
    assert is_field_name("größe")
    assert not is_field_name("from")
    assert not is_field_name("2fa")
    assert not is_field_name("ﬁle")  # Python would read the key as `file`
    assert not is_field_name("my-col")


def _schema(names: list[str]) -> Schema:
    return Schema(
        tables=tuple(
            Table("public", n, (Column("id", ColumnType("int4", "integer")),)) for n in names
        )
    )


@given(st.lists(SQL_IDENTIFIERS, min_size=1, max_size=6, unique=True))
def test_class_names_round_trip(tables: list[str]) -> None:
    names = {t: table_class_name(t) for t in tables}
    for name in names.values():
        assert name.isidentifier()
        assert not keyword.iskeyword(name)
        assert parsed_class_name(name) == name
    back = {name: t for t, name in names.items()}
    if len(back) == len(tables):
        assert all(back[parsed_class_name(names[t])] == t for t in tables)
        assert assign_class_names(_schema(tables), Config()).tables == names
    else:
        with pytest.raises(NamingConflictError):
            assign_class_names(_schema(tables), Config())


@given(SQL_IDENTIFIERS)
def test_enum_class_names_are_identifiers(name: str) -> None:
    produced = enum_class_name(name)
    assert produced.isidentifier()
    assert not keyword.iskeyword(produced)
    assert parsed_class_name(produced) == produced


@given(st.lists(SQL_IDENTIFIERS, min_size=2, max_size=5, unique=True))
def test_enums_and_tables_share_the_class_namespace(names: list[str]) -> None:
    schema = Schema(
        enums=tuple(EnumType("public", n, ("a",)) for n in names[:1]),
        tables=tuple(Table("public", n, ()) for n in names[1:]),
    )
    produced = [enum_class_name(names[0]), *(table_class_name(n) for n in names[1:])]
    if len(set(produced)) == len(produced):
        found = assign_class_names(schema, Config())
        assert found.enums == {names[0]: produced[0]}
        assert found.tables == dict(zip(names[1:], produced[1:], strict=True))
    else:
        with pytest.raises(NamingConflictError):
            assign_class_names(schema, Config())


def _enum_from(names: dict[str, str]) -> type[enum.Enum]:
    body = "".join(f"    {name} = {string_literal(value)}\n" for value, name in names.items())
    module = load_module(
        f"from enum import Enum\n\n\nclass Generated(str, Enum):\n{body or '    pass'}\n"
    )
    generated = module.Generated
    assert isinstance(generated, type)
    assert issubclass(generated, enum.Enum)
    return generated


@given(st.lists(ENUM_VALUES, max_size=8, unique=True))
def test_member_names_are_distinct_identifiers_that_python_keeps(values: list[str]) -> None:
    names = enum_member_names(values)
    assert list(names) == values
    assert len(set(names.values())) == len(values)
    for name in names.values():
        assert name.isidentifier()
        assert not keyword.iskeyword(name)
        assert name.upper() == name
        assert not (name.startswith("_") and name.endswith("_") and len(name) > 1)
    generated = _enum_from(names)
    assert [(m.name, m.value) for m in generated] == [(names[v], v) for v in values]
    assert enum_member_names(values) == names  # stable


@given(
    st.lists(ENUM_VALUES, max_size=6, unique=True),
    st.lists(ENUM_VALUES, min_size=1, max_size=4, unique=True),
)
def test_adding_values_never_renames_existing_members(old: list[str], new: list[str]) -> None:
    new = [v for v in new if v not in old]
    before = enum_member_names(old)
    assert {v: n for v, n in enum_member_names([*old, *new]).items() if v in old} == before
    added = enum_member_names(new, taken=before.values())
    assert not set(added.values()) & set(before.values())
    assert len(set(added.values())) == len(added)
    _enum_from({**before, **added})


@pytest.mark.parametrize(
    ("table_name", "class_name"),
    [
        ("movies", "MovieRow"),
        ("cookies", "CookieRow"),
        ("promises", "PromiseRow"),
        ("exercises", "ExerciseRow"),
        ("crises", "CrisisRow"),
        ("diagnoses", "DiagnosisRow"),
        ("gases", "GasRow"),
        ("aliases", "AliasRow"),
        ("statuses", "StatusRow"),
        ("addresses", "AddressRow"),
        ("houses", "HouseRow"),
        ("people", "PersonRow"),
        ("news", "NewsRow"),
    ],
)
def test_common_plurals(table_name: str, class_name: str) -> None:
    assert table_class_name(table_name) == class_name
