"""The type map: PostgreSQL types -> annotations, and annotations back to one canonical
spelling, so that formatting never looks like drift."""

from __future__ import annotations

import ast
from typing import ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codemod.model import Column, ColumnType
from codemod.transform._nodes import render_annotation
from codemod.typemap import (
    BUILTIN_TYPES,
    TypeMapping,
    canonical_annotation,
    is_read_only,
    override_imports,
    type_key,
)

from .strategies import ENUM_VALUES, column_types

ENUM_CLASSES = {"status": "Status", "kind": "Kind"}
ENUM_VALUES_BY_KEY = {"status": ("draft", "it's", 'say "x"'), "kind": ()}


def annotate(
    column: Column,
    style: str = "str",
    overrides: dict[str, str] | None = None,
    read_only: bool = False,
) -> str:
    mapping = TypeMapping(overrides or {}, style)  # type: ignore[arg-type]
    return mapping.annotation(column, ENUM_CLASSES, ENUM_VALUES_BY_KEY, read_only=read_only).source


@pytest.mark.parametrize(
    ("type_name", "dims", "nullable", "expected"),
    [
        ("uuid", 0, False, "str"),
        ("text", 0, True, "Optional[str]"),
        ("int4", 0, False, "int"),
        ("int8", 0, False, "int"),
        ("bool", 0, False, "bool"),
        ("timestamptz", 0, False, "str"),
        ("jsonb", 0, True, "Optional[dict[str, Any]]"),
        ("numeric", 0, False, "float"),
        ("interval", 0, False, "str"),
        ("text", 1, True, "Optional[list[str]]"),
        ("int4", 2, False, "list[list[int]]"),
        ("geometry", 0, False, "Any"),
    ],
)
def test_the_seed_table(type_name: str, dims: int, nullable: bool, expected: str) -> None:
    column = Column("c", ColumnType(type_name, type_name, array_dims=dims), nullable=nullable)
    assert annotate(column) == expected


def test_unknown_types_are_flagged() -> None:
    mapping = TypeMapping({})
    assert not mapping.annotation(Column("c", ColumnType("geometry", "geometry")), {}, {}).known
    assert mapping.annotation(Column("c", ColumnType("int4", "integer")), {}, {}).known


def test_enums_in_each_style() -> None:
    column = Column(
        "s", ColumnType("status", "status", kind="enum", schema="public"), nullable=False
    )
    assert annotate(column) == "str"
    assert annotate(column, "enum") == "Status"
    assert annotate(column, "literal") == "Literal['draft', \"it's\", 'say \"x\"']"
    empty = Column("k", ColumnType("kind", "kind", kind="enum", schema="public"), nullable=False)
    assert annotate(empty, "literal") == "str"  # an enum without values: `Literal[]` is no type
    unknown = Column(
        "s", ColumnType("other", "other", kind="enum", schema="public"), nullable=False
    )
    assert annotate(unknown, "enum") == "str"
    assert annotate(unknown, "literal") == "str"


def test_overrides_by_domain_then_qualified_name_then_type() -> None:
    column = Column("p", ColumnType("numeric", "price", domain="price"), nullable=False)
    assert annotate(column, overrides={"numeric": "decimal.Decimal"}) == "Decimal"
    assert annotate(column, overrides={"numeric": "float", "price": "int"}) == "int"
    other = Column("x", ColumnType("thing", "thing", schema="extra"), nullable=True)
    assert annotate(other, overrides={"extra.thing": "bytes", "thing": "str"}) == "Optional[bytes]"
    assert override_imports(
        {"numeric": "decimal.Decimal", "jsonb": "dict[str, Any]", "x": "a.b.C[int]"}
    ) == {
        "Decimal": "decimal",
        "C": "a.b",
    }


def test_type_keys() -> None:
    assert type_key("timestamp with time zone") == "timestamptz"
    assert type_key("Double   Precision") == "float8"
    assert type_key("citext") == "citext"


@pytest.mark.parametrize(
    "spelling",
    [
        "Optional[list[str]]",
        "list[str] | None",
        "None | list[str]",
        "typing.Optional[List[str]]",
        "t.Optional[typing.List[str]]",
        "Union[list[str], None]",
        "Union[None, List[str]]",
        "'Optional[list[str]]'",
        "Optional['list[str]']",
        "ReadOnly[Optional[list[str]]]",
        "NotRequired[list[str] | None]",
        "Annotated[Optional[list[str]], 'doc']",
        "Optional[Optional[list[str]]]",
    ],
)
def test_one_canonical_spelling(spelling: str) -> None:
    assert canonical_annotation(spelling) == "Optional[list[str]]"


def test_canonical_keeps_real_differences() -> None:
    assert canonical_annotation("Optional[int]") != canonical_annotation("int")
    assert canonical_annotation("list[int]") != canonical_annotation("list[str]")
    assert canonical_annotation("Literal['a', 'b']") != canonical_annotation("Literal['b', 'a']")
    assert canonical_annotation("Union[int, str]") == "Union[int, str]"
    assert canonical_annotation("int | str | None") == "Optional[Union[int, str]]"
    with pytest.raises(SyntaxError):
        canonical_annotation("list[")


def test_read_only() -> None:
    assert is_read_only("ReadOnly[int]")
    assert is_read_only("typing_extensions.ReadOnly[int]")
    assert not is_read_only("Optional[ReadOnly[int]]")


class _TypingPrefix(ast.NodeTransformer):
    """`Optional[list[X]]` -> `typing.Optional[typing.List[X]]`."""

    NAMES: ClassVar[dict[str, str]] = {
        "Optional": "Optional",
        "Literal": "Literal",
        "Any": "Any",
        "ReadOnly": "ReadOnly",
        "list": "List",
        "dict": "Dict",
    }

    def visit_Name(self, node: ast.Name) -> ast.expr:
        if node.id in self.NAMES:
            return ast.Attribute(ast.Name("typing"), self.NAMES[node.id])
        return node


def typing_spelling(annotation: str) -> str:
    tree = ast.parse(annotation, mode="eval")
    return ast.unparse(_TypingPrefix().visit(tree))


OVERRIDES = st.dictionaries(
    st.sampled_from(
        ["numeric", "jsonb", "email", "timestamptz", "int4", "status", "public.kind", "geometry"]
    ),
    st.sampled_from(
        [
            "decimal.Decimal",
            "int",
            "datetime.datetime",
            "dict[str, Any]",
            "list[int]",
            "bytes",
            "Json",
        ]
    ),
    max_size=3,
)


@given(
    column_types(["status", "kind"]),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["str", "enum", "literal"]),
    OVERRIDES,
)
def test_annotation_round_trips_through_every_spelling(
    column_type: ColumnType, nullable: bool, read_only: bool, style: str, overrides: dict[str, str]
) -> None:
    column = Column("c", column_type, nullable=nullable)
    source = annotate(column, style, overrides, read_only)
    ast.parse(source, mode="eval")
    canonical = canonical_annotation(source)
    assert canonical_annotation(canonical) == canonical
    assert canonical_annotation(render_annotation(source, union_syntax=True)) == canonical
    assert canonical_annotation(render_annotation(canonical, union_syntax=True)) == canonical
    assert canonical_annotation(typing_spelling(source)) == canonical
    assert canonical_annotation(repr(source)) == canonical
    assert is_read_only(source) == read_only
    # Nullability and array depth are visible in the canonical form.
    tree = ast.parse(canonical, mode="eval").body
    if nullable:
        assert isinstance(tree, ast.Subscript)
        assert ast.unparse(tree.value) == "Optional"
        tree = tree.slice
    for _ in range(column_type.array_dims):
        assert isinstance(tree, ast.Subscript)
        assert ast.unparse(tree.value) == "list"
        tree = tree.slice


@given(st.lists(ENUM_VALUES, min_size=1, max_size=5, unique=True))
def test_literal_annotations_keep_exact_values(values: list[str]) -> None:
    mapping = TypeMapping({}, "literal")
    column = Column("s", ColumnType("e", "e", kind="enum", schema="public"), nullable=False)
    source = mapping.annotation(column, {}, {"e": tuple(values)}).source
    tree = ast.parse(source, mode="eval").body
    assert isinstance(tree, ast.Subscript)
    elements = tree.slice.elts if isinstance(tree.slice, ast.Tuple) else [tree.slice]
    assert [ast.literal_eval(e) for e in elements] == values
    assert canonical_annotation(source) == canonical_annotation(
        render_annotation(source, union_syntax=True)
    )


def test_every_builtin_type_is_an_annotation() -> None:
    for name, annotation in BUILTIN_TYPES.items():
        assert canonical_annotation(annotation) == annotation, name
