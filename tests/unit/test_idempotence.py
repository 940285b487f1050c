"""Idempotence over generated schemas: apply to an empty package, plan again: no drift;
apply again: no byte changes; and comments a person put anywhere survive an apply."""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import replace

from hypothesis import assume, given
from hypothesis import strategies as st

from codemod.config import Config
from codemod.errors import NamingConflictError
from codemod.model import Column, EnumType, Schema
from codemod.naming import is_field_name
from codemod.plan.changes import AddColumn
from codemod.plan.result import Plan
from codemod.read import source_lines
from codemod.trailing_comments import comment_of
from codemod.transform import apply_plan
from codemod.transform._nodes import render_annotation

from .helpers import make_plan
from .strategies import ENUM_VALUES, SQL_IDENTIFIERS, column_types, schemas

CONFIGS = st.sampled_from([Config(), Config(enum_columns="enum"), Config(enum_columns="literal")])
#: every kind of class, and every option that shapes one
EVERY_KIND = st.builds(
    Config,
    enum_columns=st.sampled_from(["str", "enum", "literal"]),
    row_kinds=st.just(("row", "insert", "update")),
    column_comments=st.just(True),
)
SCHEMAS_AND_CONFIGS = st.tuples(schemas(), CONFIGS) | st.tuples(
    schemas(every_kind=True), EVERY_KIND
)


def class_count(schema: Schema, config: Config) -> int:
    """How many classes a schema gets: one per enum, composite type and row kind."""
    kinds = config.row_kinds
    rows = [t for t in schema.tables if t.kind != "composite"]
    return (
        len(schema.enums)
        + len(schema.tables)
        - len(rows)
        + len(rows)
        + ("insert" in kinds) * sum(t.insertable for t in rows)
        + ("update" in kinds) * sum(t.updatable for t in rows)
    )


def MODULES(config: Config) -> list[str]:
    return [config.enums_file, config.types_file]


def planned(schema: Schema, sources: dict[str, str], config: Config) -> tuple[Plan, dict[str, str]]:
    try:
        the_plan, local = make_plan(schema, sources, config)
    except NamingConflictError:
        assume(False)
        raise
    result = apply_plan(sources, the_plan, local, local_modules=MODULES(config))
    return the_plan, {**sources, **result}


def unwritable(change: object, sources: dict[str, str], config: Config) -> bool:
    """A column like `from` added to a class-syntax TypedDict: noted, never written."""
    if not isinstance(change, AddColumn) or is_field_name(change.column.name):
        return False
    local = make_plan(Schema(), sources, config)[1]
    return not next(c for c in local.classes if c.name == change.class_name).functional


def assert_in_sync(schema: Schema, package: dict[str, str], config: Config) -> None:
    again, local = make_plan(schema, package, config)
    drift = [c for c in again.drift if not unwritable(c, package, config)]
    assert drift == [], [c.describe() for c in drift]
    assert apply_plan(package, again, local, local_modules=MODULES(config)) == {}
    for path, text in package.items():
        compile(text, path, "exec")


@given(SCHEMAS_AND_CONFIGS)
def test_apply_to_an_empty_package_then_nothing_drifts(case: tuple[Schema, Config]) -> None:
    schema, config = case
    the_plan, package = planned(schema, {}, config)
    assert len(the_plan.changes) == class_count(schema, config)
    assert_in_sync(schema, package, config)


@st.composite
def evolved(draw: st.DrawFn, schema: Schema) -> Schema:
    """The schema after a migration: values, columns, enums and tables added, removed,
    retyped."""
    enums = []
    for e in schema.enums:
        if draw(st.booleans()) and draw(st.booleans()):
            continue  # dropped
        values = [v for v in e.values if draw(st.booleans()) or draw(st.booleans())]
        for value in draw(st.lists(ENUM_VALUES, max_size=2)):
            if value not in values:
                values.insert(draw(st.integers(0, len(values))), value)
        enums.append(EnumType(e.schema, e.name, tuple(values)))
    enum_names = [e.name for e in enums]
    types = column_types(enum_names)
    tables = []
    for t in schema.tables:
        if draw(st.integers(0, 4)) == 0:
            continue  # dropped
        columns = []
        for c in t.columns:
            choice = draw(st.integers(0, 5))
            if choice == 0:
                continue
            if choice == 1:
                c = Column(c.name, draw(types), c.nullable)
            if choice == 2:
                c = Column(c.name, c.type, not c.nullable)
            if choice == 3:
                c = replace(c, comment=draw(st.none() | st.text(max_size=12)))
            if choice == 4 and c.identity is None:
                c = replace(c, default=None if c.default else "0")
            if c.type.kind == "enum" and c.type.name not in enum_names:
                c = Column(c.name, draw(types), c.nullable)
            columns.append(c)
        names = {c.name for c in columns}
        for name in draw(st.lists(SQL_IDENTIFIERS, max_size=2)):
            if name not in names:
                names.add(name)
                position = draw(st.integers(0, len(columns)))
                columns.insert(position, Column(name, draw(types), draw(st.booleans())))
        keys = tuple(k for k in t.primary_key if k in {c.name for c in columns})
        foreign_keys = tuple(fk for fk in t.foreign_keys if fk.columns[0] in keys)
        comment = draw(st.sampled_from([t.comment, None, "changed"]))
        tables.append(
            replace(
                t,
                columns=tuple(columns),
                primary_key=keys,
                foreign_keys=foreign_keys,
                comment=comment,
            )
        )
    extra = draw(schemas(max_tables=2))
    known = {t.name for t in tables}
    tables += [
        replace(t, columns=tuple(c for c in t.columns if c.type.kind != "enum"))
        for t in extra.tables
        if t.name not in known
    ]
    return Schema(enums=tuple(enums), tables=tuple(tables))


_FIELD = re.compile(
    r"^(?P<head>    \w+: |        \"(?:[^\"\\\\]|\\\\.)*\": )(?P<annotation>.+?)(?P<tail>,?)$"
)


def restyled(text: str) -> str:
    """The package as someone who prefers `T | None` and StrEnum writes it."""
    lines = []
    for line in source_lines(text):
        comment = comment_of(line)
        code = line.removesuffix(comment).rstrip()
        match = _FIELD.match(code)
        if match and "Optional[" in match["annotation"]:
            annotation = render_annotation(match["annotation"], union_syntax=True)
            line = match["head"] + annotation + match["tail"] + (f"  {comment}" if comment else "")
        lines.append(line)
    text = "\n".join(lines) + "\n"
    return text.replace("(str, Enum):", "(StrEnum):").replace(
        "from enum import Enum\n", "from enum import StrEnum\n"
    )


def comment_points(text: str) -> tuple[list[int], list[int]]:
    """Lines (0-based) a comment may end, and lines a comment line may go before: none
    inside a string."""
    ends: list[int] = []
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        if token.type in (tokenize.NEWLINE, tokenize.NL) and token.start[0] - 1 not in ends:
            ends.append(token.start[0] - 1)
    line_count = len(source_lines(text))
    starts = [0, *(line + 1 for line in ends if line + 1 < line_count)]
    return ends, starts


def with_comments(text: str, data: st.DataObject, label: str) -> tuple[str, list[str]]:
    lines = source_lines(text, keepends=True)
    ends, starts = comment_points(text)
    added: list[str] = []
    for line in sorted(set(data.draw(st.lists(st.sampled_from(ends), max_size=6))) if ends else []):
        comment = f"# [{label}-end-{line}]"
        lines[line] = lines[line].rstrip("\n") + f"  {comment}\n"
        added.append(comment)
    for line in sorted(
        set(data.draw(st.lists(st.sampled_from(starts), max_size=4))) if starts else [],
        reverse=True,
    ):
        own = (
            lines[line][: len(lines[line]) - len(lines[line].lstrip())] if line < len(lines) else ""
        )
        indent = data.draw(st.sampled_from([own, "", "    "]))
        comment = f"# [{label}-line-{line}]"
        lines.insert(line, f"{indent}{comment}\n")
        added.append(comment)
    return "".join(lines), added


@given(st.data(), SCHEMAS_AND_CONFIGS)
def test_drift_is_applied_and_every_comment_survives(
    data: st.DataObject, case: tuple[Schema, Config]
) -> None:
    schema, config = case
    _, package = planned(schema, {}, config)
    if data.draw(st.booleans(), label="restyled"):
        package = {path: restyled(text) for path, text in package.items()}
        assert_in_sync(schema, package, config)
    commented: dict[str, str] = {}
    comments: list[str] = []
    for index, (path, text) in enumerate(sorted(package.items())):
        commented[path], added = with_comments(text, data, f"c{index}")
        comments += added
        compile(commented[path], path, "exec")
    new_schema = data.draw(evolved(schema))
    _, result = planned(new_schema, commented, config)
    for comment in comments:
        assert sum(text.count(comment) for text in result.values()) == 1, comment
    assert_in_sync(new_schema, result, config)
