"""Hypothesis strategies shared by the property tests: SQL identifiers as people write
them, column types, and whole schemas."""

from __future__ import annotations

import keyword

from hypothesis import strategies as st

from codemod.model import Column, ColumnType, EnumType, ForeignKey, Schema, Table, TableKind
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


def column_types(enum_names: list[str]) -> st.SearchStrategy[ColumnType]:
    """Every built-in type, enums of the schema, unknown types and domains; 0-3 array dims."""
    base = st.sampled_from(sorted(BUILTIN_TYPES)).map(lambda n: ColumnType(n, n))
    unknown = st.sampled_from(["geometry", "hstore", "my_type"]).map(lambda n: ColumnType(n, n))
    composite = st.just(ColumnType("address_t", "address_t", kind="composite", schema="public"))
    options = [base, unknown, composite]
    if enum_names:
        options.append(
            st.sampled_from(enum_names).map(
                lambda n: ColumnType(n, n, kind="enum", schema="public")
            )
        )
    element = st.one_of(options)
    domain = st.sampled_from([None, None, "email", "positive_int"])
    return st.builds(
        lambda t, dims, d: ColumnType(t.name, t.sql + "[]" * dims, t.kind, t.schema, dims, d),
        element,
        st.integers(0, 3),
        domain,
    )


@st.composite
def schemas(draw: st.DrawFn, max_tables: int = 4) -> Schema:
    """Schemas with distinct enum and table names (class names may still clash; callers
    assume they do not)."""
    enum_names = draw(st.lists(SNAKE, max_size=3, unique=True))
    enums = tuple(
        EnumType("public", name, tuple(draw(st.lists(ENUM_VALUES, max_size=5, unique=True))))
        for name in enum_names
    )
    table_names = draw(st.lists(SQL_IDENTIFIERS, max_size=max_tables, unique=True))
    types = column_types(enum_names)
    tables = []
    for name in table_names:
        column_names = draw(
            st.lists(SQL_IDENTIFIERS | ANY_TEXT, min_size=0, max_size=5, unique=True)
        )
        columns = tuple(
            Column(c, draw(types), nullable=draw(st.booleans()), comment=None) for c in column_names
        )
        kind = draw(st.sampled_from(KINDS))
        comment = draw(st.none() | ANY_TEXT)
        schema_name = draw(st.sampled_from(["public", "public", "billing"]))
        junction = kind == "table" and len(columns) >= 2 and draw(st.booleans())
        keys = tuple(c.name for c in columns[:2]) if junction else ()
        foreign_keys = tuple(
            ForeignKey(f"fk_{i}", (k,), "public", "other", ("id",)) for i, k in enumerate(keys)
        )
        tables.append(
            Table(
                schema_name,
                name,
                columns,
                kind=kind,
                primary_key=keys,
                foreign_keys=foreign_keys,
                comment=comment,
            )
        )
    return Schema(enums=enums, tables=tuple(tables))
