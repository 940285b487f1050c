"""Hypothesis strategies shared by the property tests: SQL identifiers as people write
them, column types, and whole schemas."""

from __future__ import annotations

import keyword
from dataclasses import replace
from functools import partial

from hypothesis import strategies as st

from codemod.model import (
    Column,
    ColumnType,
    EnumType,
    ForeignKey,
    Schema,
    Table,
    TableKind,
    TypeKind,
)
from codemod.typemap import BUILTIN_TYPES

WORDS = st.sampled_from(
    [
        "organization",
        "project",
        "status",
        "analysis",
        "property",
        "entry",
        "person",
        "address",
        "data",
        "news",
        "box",
        "row",
        "tag",
        "item",
        "user",
        "api",
        "key",
        "id",
        "order",
        "class",
        "from",
        "none",
        "true",
        "type",
        "données",
        "größe",
        "名前",
        "ﬁle",
        "ǅemal",
        "Ünit",
        "µs",
        "ⅷ",
        "x",
        "a1",
    ]
)
SNAKE = st.lists(WORDS, min_size=1, max_size=4).map("_".join)
PLURAL = (
    SNAKE.map(lambda s: s + "s")
    | SNAKE.map(lambda s: s + "es")
    | SNAKE.map(lambda s: s[:-1] + "ies" if s.endswith("y") else s)
)
CAMEL = st.lists(WORDS, min_size=1, max_size=3).map(
    lambda ws: ws[0] + "".join(w[:1].upper() + w[1:] for w in ws[1:])
)
DIGITS = st.tuples(SNAKE, st.integers(0, 999)).map(lambda t: f"{t[0]}{t[1]}") | st.integers(
    0, 99
).map(lambda n: f"{n}_things")
UNICODE = st.text(st.characters(categories=["Lu", "Ll", "Lt", "Lo", "Nd"]), min_size=1, max_size=8)
KEYWORDS = st.sampled_from([*keyword.kwlist, *keyword.softkwlist])
ANY_TEXT = st.text(min_size=1, max_size=12).filter(lambda s: "\x00" not in s)
KINDS: tuple[TableKind, ...] = ("table", "table", "view")
SQL_IDENTIFIERS = SNAKE | PLURAL | CAMEL | DIGITS | UNICODE | KEYWORDS

ENUM_VALUES = (
    st.sampled_from(
        [
            "2fa",
            "1-10",
            "+5000",
            "24_hour",
            "In Review",
            "class",
            "none",
            "non-profit",
            "in progress",
            "",
            "-",
            "✓",
            "ß",
            "ﬁx",
            "a_",
            "_",
        ]
    )
    | SNAKE
    | ANY_TEXT
)


def column_types(
    enum_names: list[str], composite_names: list[str] | None = None
) -> st.SearchStrategy[ColumnType]:
    """Every built-in type, enums and composite types of the schema (a stand-in
    composite when none are given), unknown types and domains; 0-3 array dims."""
    base = st.sampled_from(sorted(BUILTIN_TYPES)).map(lambda n: ColumnType(n, n))
    unknown = st.sampled_from(["geometry", "hstore", "my_type"]).map(lambda n: ColumnType(n, n))
    options = [base, unknown]
    kinds: tuple[tuple[TypeKind, list[str]], ...] = (
        ("enum", enum_names),
        ("composite", composite_names or ["address_t"]),
    )
    for kind, names in kinds:
        if names:
            options.append(st.sampled_from(names).map(partial(_user_type, kind)))
    element = st.one_of(options)
    domain = st.sampled_from([None, None, "email", "positive_int"])
    return st.builds(
        lambda t, dims, d: ColumnType(t.name, t.sql + "[]" * dims, t.kind, t.schema, dims, d),
        element,
        st.integers(0, 3),
        domain,
    )


def _user_type(kind: TypeKind, name: str) -> ColumnType:
    return ColumnType(name, name, kind=kind, schema="public")


@st.composite
def writable_columns(draw: st.DrawFn, column: Column) -> Column:
    """`column` with what decides an insert row: a default, an identity, a generation."""
    how = draw(st.sampled_from(["plain", "plain", "default", "always", "by default", "generated"]))
    if how == "default":
        return replace(column, default="now()")
    if how in ("always", "by default"):
        return replace(column, identity=how, nullable=False)  # type: ignore[arg-type]
    if how == "generated":
        return replace(column, generated="(id + 1)")
    return column


@st.composite
def schemas(draw: st.DrawFn, max_tables: int = 4, *, every_kind: bool = False) -> Schema:
    """Schemas with distinct enum and table names (class names may still clash; callers
    assume they do not). With `every_kind`: composite types too, columns with defaults,
    identities, generations and comments, and views that take inserts and updates."""
    enum_names = draw(st.lists(SNAKE, max_size=3, unique=True))
    enums = tuple(
        EnumType("public", name, tuple(draw(st.lists(ENUM_VALUES, max_size=5, unique=True))))
        for name in enum_names
    )
    composites: list[Table] = []
    if every_kind:
        for name in draw(st.lists(SNAKE.map(lambda s: f"{s}_t"), max_size=2, unique=True)):
            field_names = draw(st.lists(SQL_IDENTIFIERS, max_size=3, unique=True))
            composites.append(
                Table(
                    "public",
                    name,
                    tuple(Column(f, draw(column_types(enum_names))) for f in field_names),
                    kind="composite",
                )
            )
    composite_names = [c.name for c in composites] if every_kind else None
    taken = {*enum_names, *(c.name for c in composites)}  # one namespace of types
    table_names = draw(
        st.lists(SQL_IDENTIFIERS.filter(lambda n: n not in taken), max_size=max_tables, unique=True)
    )
    types = column_types(enum_names, composite_names)
    comments = st.none() | ANY_TEXT if every_kind else st.none()
    tables = []
    for name in table_names:
        column_names = draw(
            st.lists(SQL_IDENTIFIERS | ANY_TEXT, min_size=0, max_size=5, unique=True)
        )
        columns = tuple(
            Column(c, draw(types), nullable=draw(st.booleans()), comment=draw(comments))
            for c in column_names
        )
        kind = draw(st.sampled_from(KINDS))
        if every_kind and kind == "table":
            columns = tuple(draw(writable_columns(c)) for c in columns)
        comment = draw(st.none() | ANY_TEXT)
        schema_name = draw(st.sampled_from(["public", "public", "billing"]))
        junction = kind == "table" and len(columns) >= 2 and draw(st.booleans())
        keys = tuple(c.name for c in columns[:2]) if junction else ()
        foreign_keys = tuple(
            ForeignKey(f"fk_{i}", (k,), "public", "other", ("id",)) for i, k in enumerate(keys)
        )
        writable_view = every_kind and kind == "view" and draw(st.booleans())
        tables.append(
            Table(
                schema_name,
                name,
                columns,
                kind=kind,
                primary_key=keys,
                foreign_keys=foreign_keys,
                comment=comment,
                view_insertable=writable_view,
                view_updatable=writable_view,
            )
        )
    return Schema(enums=enums, tables=(*composites, *tables))
