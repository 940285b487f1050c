"""Shared helpers for the unit tests of the pure core: building `Schema` objects in
memory and checking a plan's edits with an exact string comparison."""

from __future__ import annotations

import difflib
import importlib.util
import itertools
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType

from codemod.config import Config
from codemod.local_model import LocalSchema
from codemod.model import Column, ColumnType, EnumType, ForeignKey, Schema, Table
from codemod.plan.planner import plan
from codemod.plan.result import Plan
from codemod.read import read_local_schema
from codemod.transform import apply_plan

DEFAULT = Config()


def ctype(
    name: str, *, array_dims: int = 0, kind: str = "base", schema: str = "pg_catalog"
) -> ColumnType:
    """A column type as introspection reports it (`int4`, `text`, an enum's name);
    `text[]` is an array of text."""
    while name.endswith("[]"):
        name, array_dims = name[:-2], array_dims + 1
    sql = name + "[]" * array_dims
    return ColumnType(name, sql, kind=kind, schema=schema, array_dims=array_dims)  # type: ignore[arg-type]


def enum_type(name: str, schema: str = "public", array_dims: int = 0) -> ColumnType:
    return ColumnType(
        name, name + "[]" * array_dims, kind="enum", schema=schema, array_dims=array_dims
    )


def col(
    name: str,
    type_name: str | ColumnType = "text",
    *,
    null: bool = True,
    default: str | None = None,
    comment: str | None = None,
) -> Column:
    column_type = ctype(type_name) if isinstance(type_name, str) else type_name
    return Column(name, column_type, nullable=null, default=default, comment=comment)


def table(
    name: str,
    *columns: Column,
    kind: str = "table",
    schema: str = "public",
    primary_key: tuple[str, ...] = (),
    foreign_keys: tuple[ForeignKey, ...] = (),
    comment: str | None = None,
) -> Table:
    return Table(
        schema,
        name,
        columns,
        kind=kind,  # type: ignore[arg-type]
        primary_key=primary_key,
        foreign_keys=foreign_keys,
        comment=comment,
    )


def junction(name: str, left: str, right: str) -> Table:
    """A table whose primary key is two foreign keys: it goes to relationships.py."""
    return table(
        name,
        col(f"{left}_id", "uuid", null=False),
        col(f"{right}_id", "uuid", null=False),
        primary_key=(f"{left}_id", f"{right}_id"),
        foreign_keys=(
            ForeignKey(f"{name}_{left}_fk", (f"{left}_id",), "public", left, ("id",)),
            ForeignKey(f"{name}_{right}_fk", (f"{right}_id",), "public", right, ("id",)),
        ),
    )


def enum(name: str, *values: str, schema: str = "public", comment: str | None = None) -> EnumType:
    return EnumType(schema, name, values, comment)


def make_plan(
    schema: Schema, sources: Mapping[str, str], config: Config = DEFAULT
) -> tuple[Plan, LocalSchema]:
    local = read_local_schema(sources)
    return plan(schema, local, config), local


def apply(
    schema: Schema, sources: Mapping[str, str], config: Config = DEFAULT, *, prune: bool = False
) -> dict[str, str]:
    """The files a plan changes, as `schemasync apply` would write them (without the
    version module)."""
    the_plan, local = make_plan(schema, sources, config)
    modules = [config.enums_file, config.types_file]
    return apply_plan(sources, the_plan, local, prune=prune, local_modules=modules)


def diff(expected: str, actual: str, path: str) -> str:
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            f"expected/{path}",
            f"actual/{path}",
        )
    )


def assert_applies(
    schema: Schema,
    before: Mapping[str, str],
    after: Mapping[str, str],
    config: Config = DEFAULT,
    prune: bool = False,
) -> dict[str, str]:
    """Plan `schema` against the package `before` and apply it: the files must become
    exactly `after` (a file missing from `after` must not change; compared as raw
    strings, blank lines and line endings included), must compile, and applying the
    plan of the result again must change no byte."""
    result = apply(schema, before, config, prune=prune)
    expected = {path: text for path, text in after.items() if before.get(path) != text}
    for path in sorted(set(expected) | set(result)):
        want = expected.get(path, before.get(path))
        got = result.get(path, before.get(path))
        assert got == want, f"{path} differs from the expected text:\n" + diff(
            want or "", got or "", path
        )
    assert set(result) == set(expected)
    for path, text in result.items():
        compile(text, path, "exec")
    again = apply(schema, {**before, **result}, config, prune=prune)
    assert again == {}, f"a second apply changed {sorted(again)}"
    return result


_modules = itertools.count()


def load_module(text: str) -> ModuleType:
    """Import generated source as a module (from a temporary file, as Python would)."""
    name = f"schemasync_generated_{next(_modules)}"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{name}.py"
        path.write_text(text, encoding="utf-8")
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module
