"""The reader: source text -> LocalSchema. What counts as an Enum or a TypedDict, their
members and fields with their lines, pragmas, and a clear error for a syntax error."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codemod.errors import PackageParseError
from codemod.local_model import LocalClass, LocalMember, Pragmas
from codemod.read import read_local_schema, source_lines


def classes(text: str, path: str = "m.py") -> dict[str, LocalClass]:
    return {c.name: c for c in read_local_schema({path: text}).classes}


def test_enum_spellings() -> None:
    found = classes(
        "import enum\n"
        "from enum import Enum, IntEnum, StrEnum\n\n"
        'class A(str, Enum):\n    X = "x"\n\n'
        'class B(StrEnum):\n    X = "x"\n\n'
        'class C(enum.Enum):\n    X = "x"\n\n'
        'class D(Enum):\n    X = "x"\n'
    )
    assert sorted(found) == ["A", "B", "C", "D"]
    assert all(
        c.is_enum and [(m.name, m.value) for m in c.members] == [("X", "x")] for c in found.values()
    )


def test_enum_members_skip_methods_docstrings_and_sunder_names() -> None:
    found = classes(
        "from enum import Enum\n"
        "\n"
        "\n"
        "@unique\n"
        "class Status(str, Enum):\n"
        '    """Doc."""\n'
        "\n"
        '    _ignore_ = ["helper"]\n'
        '    _order_ = "DRAFT _2FA"\n'
        '    __private = "p"\n'
        '    DRAFT = "draft"  # first\n'
        '    _2FA = "2fa"\n'
        "    COUNT = 3\n"
        '    ALIAS: str = "alias"\n'
        "\n"
        "    def label(self) -> str:\n"
        '        INNER = "inner"\n'
        "        return INNER\n"
    )
    status = found["Status"]
    assert status.members == (LocalMember("DRAFT", "draft", 11), LocalMember("_2FA", "2fa", 12))
    assert (status.start, status.end, status.path) == (4, 18, "m.py")
    assert status.member("2fa") == LocalMember("_2FA", "2fa", 12)
    assert status.member("nope") is None


@pytest.mark.parametrize(
    "header",
    [
        "class Row(TypedDict, total=False):",
        "class Row(TypedDict):",
        "class Row(typing.TypedDict, total=True):",
        "class Row(typing_extensions.TypedDict):",
    ],
)
def test_typeddict_spellings(header: str) -> None:
    found = classes(f"import typing\n\n{header}\n    id: int\n    name: 'Optional[str]'  # c\n")
    row = found["Row"]
    assert row.kind == "typeddict"
    assert not row.functional
    assert [(f.key, f.annotation, f.line) for f in row.fields] == [
        ("id", "int", 4),
        ("name", "'Optional[str]'", 5),
    ]


def test_functional_typeddicts() -> None:
    found = classes(
        "import typing\n"
        "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "from": str,  # schemasync: keep\n'
        '        "to": Optional[str],\n'
        "    },\n"
        "    total=False,\n"
        ")\n"
        'OtherRow: type = typing.TypedDict("OtherRow", {"a": int})\n'
        'NotOne = dict("x", {"a": int})\n'
        'AlsoNot = TypedDict("AlsoNot", a=int)\n'
    )
    assert sorted(found) == ["EntryRow", "OtherRow"]
    entry = found["EntryRow"]
    assert entry.functional
    assert (entry.start, entry.end) == (2, 9)
    assert [(f.key, f.annotation, f.line, f.pragmas) for f in entry.fields] == [
        ("from", "str", 5, Pragmas(keep=True)),
        ("to", "Optional[str]", 6, Pragmas()),
    ]
    assert [f.key for f in found["OtherRow"].fields] == ["a"]


def test_inheritance_from_local_typeddicts() -> None:
    found = classes(
        "class Timestamps(TypedDict, total=False):\n"
        "    created_at: str\n"
        "class Owned(Timestamps):\n"
        "    owner: str\n"
        "class ProjectRow(Owned, total=False):\n"
        "    id: str\n"
        "class Model(BaseModel):\n"
        "    id: str\n"
        "class Mixed(Owned, Generic[T]):\n"
        "    x: int\n"
        "class A(B):\n    a: int\n"
        "class B(A):\n    b: int\n"
    )
    assert sorted(found) == ["Owned", "ProjectRow", "Timestamps"]
    assert found["ProjectRow"].inherited_keys == ("created_at", "owner")
    assert [f.key for f in found["ProjectRow"].fields] == ["id"]
    assert found["Owned"].inherited_keys == ("created_at",)


def test_enum_derived_from_a_local_enum_mixin() -> None:
    found = classes(
        "class ChoiceEnum(str, Enum):\n"
        "    @classmethod\n"
        "    def choices(cls) -> list[str]:\n"
        "        return [m.value for m in cls]\n"
        "\n"
        "class Status(ChoiceEnum):\n"
        '    DRAFT = "draft"\n'
        "\n"
        "class Kind(str, ChoiceEnum):\n"
        '    A = "a"\n'
    )
    assert sorted(found) == ["Kind", "Status"]
    assert found["Status"].is_enum
    assert [m.value for m in found["Status"].members] == ["draft"]
    assert [m.value for m in found["Kind"].members] == ["a"]


def test_non_schema_classes_are_ignored() -> None:
    found = classes(
        "class Plain:\n    x: int\n"
        "class Model(BaseModel):\n    x: int\n"
        "class Point(NamedTuple):\n    x: int\n"
        "@dataclass\nclass Data:\n    x: int\n"
        "class P(Protocol):\n    x: int\n"
        "def f() -> None:\n    class Inner(TypedDict):\n        x: int\n"
    )
    assert found == {}


@pytest.mark.parametrize(
    ("comment", "pragmas"),
    [
        ("", Pragmas()),
        ("  # a note", Pragmas()),
        ("  # schemasync: keep", Pragmas(keep=True)),
        ("  #schemasync:keep", Pragmas(keep=True)),
        ("  # schemasync: keep (v1 clients)", Pragmas(keep=True)),
        ("  # schemasync: keep  # reason", Pragmas(keep=True)),
        ("  # schemasync: not in the database", Pragmas(flag="not in the database")),
        ("  # old  # schemasync: not in the database", Pragmas(flag="not in the database")),
        ("  # schemasync: keeper of records", Pragmas(flag="keeper of records")),
    ],
)
def test_pragmas(comment: str, pragmas: Pragmas) -> None:
    found = classes(f'class S(str, Enum):{comment}\n    A = "a"{comment}\n')
    assert found["S"].pragmas == pragmas
    assert found["S"].members[0].pragmas == pragmas


def test_lines_are_counted_as_python_counts_them() -> None:
    text = (
        "class S(str, Enum):\n"
        '    """Docs with \x0c, \x85 and \u2028 inside."""\n'
        '    A = "a\x85b"  # \u2028\n'
        '    B = "b"  # schemasync: keep\n'
    )
    found = classes(text)["S"]
    assert [(m.name, m.line, m.pragmas) for m in found.members] == [
        ("A", 3, Pragmas()),
        ("B", 4, Pragmas(keep=True)),
    ]
    assert (found.start, found.end) == (1, 4)
    assert source_lines("a\x85b\r\nc\rd\n") == ["a\x85b", "c", "d"]
    assert source_lines("a\r\nb", keepends=True) == ["a\r\n", "b"]


@given(st.text(alphabet="ab \r\n\x0c\x85\u2028", max_size=30), st.booleans())
def test_source_lines_end_lines_where_python_does(text: str, keepends: bool) -> None:
    ended = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
    expected = ended if keepends else [line.rstrip("\r\n") for line in ended]
    assert source_lines(text, keepends=keepends) == expected


def test_module_facts() -> None:
    local = read_local_schema(
        {
            "database/entities.py": (
                '"""Rows."""\n'
                "\n"
                "from __future__ import annotations\n"
                "\n"
                "import typing as t\n"
                "from typing import TYPE_CHECKING, Optional as Opt, TypedDict\n"
                "\n"
                "if TYPE_CHECKING:\n"
                "    from decimal import Decimal\n"
                "from ..enums import Status\n"
                "\n"
                "X = 1\n"
                "from late import Late\n"
                "class Row(TypedDict):\n"
                "    id: int\n"
            )
        }
    )
    module = local.module("database/entities.py")
    assert module is not None
    assert module.header_end == 10
    assert {("typing", "Optional"), ("..enums", "Status"), ("late", "Late")} <= module.imports
    assert {"t", "Opt", "TypedDict", "Status", "X", "Late", "Row"} <= module.names
    assert local.module("other.py") is None


def test_syntax_error_names_the_file_and_line() -> None:
    sources = {
        "enums.py": "class A(str, Enum):\n    X = 'x'\n",
        "database/entities.py": "class Row(TypedDict):\n    id: int =\n",
    }
    with pytest.raises(PackageParseError) as info:
        read_local_schema(sources)
    assert info.value.message.startswith("database/entities.py:2:")
    assert "changed nothing" in info.value.message
