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
import json
import types
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from codemod.errors import SourceError
from codemod.model import EnumType, Schema, Table

FORMAT_KEY = "schemasync_snapshot"
# 2: tables say whether a view takes INSERT and UPDATE; 3: whether row-level security is on
FORMAT_VERSION = 3


def write_snapshot(schema: Schema, path: Path) -> None:
    """Write the canonical JSON with its format version, indented for review, atomically."""
    from codemod.files import write_atomically

    text = json.dumps(snapshot_data(schema), indent=2, sort_keys=True, ensure_ascii=False)
    write_atomically(path.absolute().parent, {path.name: text + "\n"})


class _Invalid(ValueError):
    """Where in the document, and what is wrong there."""


def read_snapshot(path: Path) -> Schema:
    """Read and validate a snapshot written by write_snapshot."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceError(f"Could not read the snapshot {path}: {error}") from None
    remake = f"Write a new one with `schemasync snapshot {path}`."
    try:
        data = json.loads(text)
    except ValueError as error:
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
    return {FORMAT_KEY: FORMAT_VERSION, **json.loads(schema.to_json())}


def schema_from_data(data: dict[str, Any]) -> Schema:
    """The Schema of a snapshot's parsed data, validated whole; ValueError says where
    it is not one."""
    _exact_keys(data, {FORMAT_KEY, "enums", "tables"}, "the top level")
    enums = _load(tuple[EnumType, ...], data["enums"], "enums")
    tables = _load(tuple[Table, ...], data["tables"], "tables")
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


def _load(kind: Any, value: Any, where: str) -> Any:
    """`value` (parsed JSON) as an instance of `kind`: a model dataclass, a tuple, a
    union with None, a Literal, str, int or bool. Raises _Invalid at the first mismatch."""
    origin = get_origin(kind)
    if dataclasses.is_dataclass(kind) and isinstance(kind, type):
        if not isinstance(value, dict):
            raise _Invalid(f"{where} must be an object, not {_shown(value)}")
        hints = get_type_hints(kind)
        names = [f.name for f in dataclasses.fields(kind) if f.init and f.compare]
        _exact_keys(value, set(names), where)
        return kind(**{n: _load(hints[n], value[n], f"{where}.{n}") for n in names})
    if origin is tuple:
        if not isinstance(value, list):
            raise _Invalid(f"{where} must be a list, not {_shown(value)}")
        item = get_args(kind)[0]
        return tuple(_load(item, v, f"{where}[{i}]") for i, v in enumerate(value))
    if origin in (Union, types.UnionType):
        if value is None and type(None) in get_args(kind):
            return None
        (inner,) = [a for a in get_args(kind) if a is not type(None)]
        return _load(inner, value, where)
    if origin is Literal:
        if value not in get_args(kind) or not isinstance(value, str):
            choices = ", ".join(repr(a) for a in get_args(kind))
            raise _Invalid(f"{where} must be one of {choices}, not {_shown(value)}")
        return value
    # bool is an int to Python, but `"nullable": 1` or `"array_dims": true` is no snapshot.
    if type(value) is not kind:
        raise _Invalid(f"{where} must be {_NAMES.get(kind, kind)}, not {_shown(value)}")
    return value


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
