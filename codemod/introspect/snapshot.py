"""A Schema saved as JSON by `schemasync snapshot`, to compare against without a database.

A snapshot carries its format version (`"schemasync_snapshot": 3`; formats 1 and 2 are
still read) and is validated
whole before anything uses it: every field of every object, with its type. A file
that is not exactly a snapshot is refused, never read as "no tables", which `apply
--prune` would take as "delete every class". Snapshots written before the format had a
version are refused too (an empty one validates, and is just that danger), with the
command that writes a new one.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from codemod.collector import bulk_building
from codemod.errors import SourceError
from codemod.model import EnumType, Schema, Table, indented_json

FORMAT_KEY = "schemasync_snapshot"
# 2: tables say whether a view takes INSERT and UPDATE; 3: whether row-level security is on
FORMAT_VERSION = 3


@bulk_building()
def write_snapshot(schema: Schema, path: Path) -> None:
    """Write the canonical JSON with its format version, indented for review, atomically."""
    from codemod.files import write_atomically

    text = indented_json(snapshot_data(schema))
    write_atomically(path.absolute().parent, {path.name: text + "\n"})


class _Invalid(ValueError):
    """Where in the document, and what is wrong there."""


@bulk_building()
def read_snapshot(path: Path) -> Schema:
    """Read and validate a snapshot written by write_snapshot."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceError(f"Could not read the snapshot {path}: {error}") from None
    remake = f"Write a new one with `schemasync snapshot {path}`."
    import orjson  # as in canonical_json: only where a snapshot is read

    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise SourceError(
            f"{path} is not a schemasync snapshot (not JSON: {error}). {remake}"
        ) from None
    version = data.get(FORMAT_KEY) if isinstance(data, dict) else None
    if version is None:
        raise SourceError(
            f"{path} is not a schemasync snapshot: it has no `{FORMAT_KEY}` format version "
            f"(snapshots written before format 1 had none). {remake}"
        )
    if version not in _UPGRADES or isinstance(version, bool):
        raise SourceError(
            f"{path} is a snapshot in format {version!r}; this schemasync reads formats "
            f"1 to {FORMAT_VERSION}. {remake}"
        )
    try:
        return schema_from_data(_upgraded(data, version))
    except ValueError as error:
        raise SourceError(f"{path} is not a valid schemasync snapshot: {error}. {remake}") from None


#: format -> the table fields added since it, with the value an older snapshot is read
#: with: format 1's views take no writes (they get no insert or update rows until it is
#: rewritten), and formats 1 and 2 say row-level security is off (as `inspect` shows).
_UPGRADES: dict[int, dict[str, bool]] = {
    1: {"view_insertable": False, "view_updatable": False, "row_security": False},
    2: {"row_security": False},
    FORMAT_VERSION: {},
}


def _upgraded(data: dict[str, Any], version: int) -> dict[str, Any]:
    """A snapshot in `version` as the current format."""
    added = _UPGRADES[version]
    tables = data.get("tables")
    if added and isinstance(tables, list):
        tables = [{**added, **t} if isinstance(t, dict) else t for t in tables]
    return {**data, FORMAT_KEY: FORMAT_VERSION, "tables": tables}


def snapshot_data(schema: Schema) -> dict[str, Any]:
    """What a snapshot file holds: the canonical JSON's data and the format version."""
    return {FORMAT_KEY: FORMAT_VERSION, **schema.to_data()}


@bulk_building()
def schema_from_data(data: dict[str, Any]) -> Schema:
    """The Schema of a snapshot's parsed data, validated whole; ValueError says where
    it is not one."""
    _exact_keys(data, {FORMAT_KEY, "enums", "tables"}, "the top level")
    enums = _loader(tuple[EnumType, ...])(data["enums"], (), "enums")
    tables = _loader(tuple[Table, ...])(data["tables"], (), "tables")
    _distinct([e.key for e in enums], "enums")
    _distinct([t.key for t in tables], "tables")
    for index, enum in enumerate(enums):
        _distinct(list(enum.values), f"enums[{index}].values")
    for index, table in enumerate(tables):
        _distinct([c.name for c in table.columns], f"tables[{index}].columns")
        for number, column in enumerate(table.columns):
            if column.type.array_dims < 0:
                where = f"tables[{index}].columns[{number}].type.array_dims"
                raise _Invalid(f"{where} is {column.type.array_dims}, below 0")
    return Schema(enums=enums, tables=tables)


#: where a value sits in the document, as keys and list indexes: ("tables", 3, "name")
Where = tuple[str | int, ...]
#: reads parsed JSON as an instance of one type; raises _Invalid. The value's place is
#: its container's Where and its key there, joined only for a message or a container.
Loader = Callable[[Any, Where, str | int], Any]


@functools.cache
def _loader(kind: Any) -> Loader:
    """The Loader of `kind`: a model dataclass, a tuple, a union with None, a Literal,
    str, int or bool. Made once per type, so that a snapshot of 40,000 columns pays for
    type hints and field lists once, not once per object."""
    origin = get_origin(kind)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        return _dataclass_loader(kind)
    if origin is tuple:
        load_item = _loader(get_args(kind)[0])

        def load_tuple(value: Any, parent: Where, key: str | int) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise _Invalid(f"{_at(parent, key)} must be a list, not {_shown(value)}")
            where = (*parent, key)
            return tuple(load_item(v, where, i) for i, v in enumerate(value))

        return load_tuple
    if origin in (Union, types.UnionType):
        (inner,) = [a for a in get_args(kind) if a is not type(None)]
        load_inner = _loader(inner)
        optional = type(None) in get_args(kind)

        def load_union(value: Any, parent: Where, key: str | int) -> Any:
            return None if value is None and optional else load_inner(value, parent, key)

        return load_union
    if origin is Literal:
        choices = get_args(kind)

        def load_literal(value: Any, parent: Where, key: str | int) -> Any:
            if value not in choices or not isinstance(value, str):
                shown = ", ".join(repr(a) for a in choices)
                where = _at(parent, key)
                raise _Invalid(f"{where} must be one of {shown}, not {_shown(value)}")
            return value

        return load_literal

    def load_plain(value: Any, parent: Where, key: str | int) -> Any:
        # bool is an int to Python, but `"nullable": 1` or `"array_dims": true` is no snapshot.
        if type(value) is not kind:
            where = _at(parent, key)
            raise _Invalid(f"{where} must be {_NAMES.get(kind, kind)}, not {_shown(value)}")
        return value

    return load_plain


def _dataclass_loader(kind: type) -> Loader:
    """A model dataclass's Loader. It sets the instance's fields directly, as the
    frozen dataclass's __init__ would (every field is in the document, validated, so
    there are no defaults to apply), at half the cost: a snapshot holds 80,000 objects
    at 40,000 columns. A dataclass of scalars only (ColumnType) is loaded once per
    distinct value: the columns of one type share it, as in a Schema read live."""
    hints = get_type_hints(kind)
    names = [f.name for f in dataclasses.fields(kind)]
    fields = [(name, _loader(hints[name])) for name in names]
    expected = set(names)

    def load_dataclass(value: Any, parent: Where, key: str | int) -> Any:
        if not isinstance(value, dict):
            raise _Invalid(f"{_at(parent, key)} must be an object, not {_shown(value)}")
        if value.keys() != expected:
            _exact_keys(value, expected, _at(parent, key))
        where = (*parent, key)
        instance: object = object.__new__(kind)
        object.__setattr__(
            instance, "__dict__", {name: load(value[name], where, name) for name, load in fields}
        )
        return instance

    if not all(_is_scalar(hints[name]) for name in names):
        return load_dataclass
    loaded: dict[tuple[object, ...], Any] = {}  # each distinct type this process read

    def load_shared(value: Any, parent: Where, key: str | int) -> Any:
        try:
            # By value and Python type: `"array_dims": true` is not `"array_dims": 1`.
            seen = tuple((k, type(v), v) for k, v in value.items())
            instance = loaded.get(seen)
        except (AttributeError, TypeError):  # not an object, or holding a list: invalid
            return load_dataclass(value, parent, key)  # raises, and says where
        if instance is None:
            instance = loaded[seen] = load_dataclass(value, parent, key)
        return instance

    return load_shared


def _is_scalar(hint: Any) -> bool:
    """Whether a field with type hint `hint` holds a scalar: str, int, bool, a Literal,
    or a union of them with None."""
    if get_origin(hint) in (Union, types.UnionType):
        return all(_is_scalar(arg) for arg in get_args(hint))
    return get_origin(hint) is Literal or hint in (str, int, bool, type(None))


def _at(parent: Where, key: str | int) -> str:
    """`tables[3].columns[0].type`"""
    first, *rest = (*parent, key)
    return str(first) + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in rest)


_NAMES = {str: "a string", int: "an integer", bool: "true or false"}


def _exact_keys(value: dict[str, Any], expected: set[str], where: str) -> None:
    missing, unknown = sorted(expected - value.keys()), sorted(value.keys() - expected)
    if missing:
        raise _Invalid(f"{where} has no {', '.join(missing)}")
    if unknown:
        raise _Invalid(f"{where} has unknown keys {', '.join(unknown)}")


def _distinct(items: list[str], where: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item in seen:
            raise _Invalid(f"{where} holds {item!r} twice")
        seen.add(item)


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."
