"""The version history: one record per `apply` that changed the schema, in the package.

A record is one JSON file, `schema_history/v0003.json`, written in the same transaction
as the package files it goes with, so that it is reviewed in the same diff. It holds
the version's number, date, DB_HASH, counts and a one-line summary, and what is needed
to rebuild the version's schema: the enums and tables that are new or changed since the
version before (`put_*`) and the keys of those that are gone (`drop_*`). Version 1 puts
every object; an unchanged table is never written again, so 100 versions of a schema of
2,000 tables cost about one snapshot and their changes. Each object sits on its own
line, so that the diff of a new record reads as the change it records, and leaves out
the fields that have their default value (a column's `"comment": null`), which makes
it about a quarter of a snapshot's size.

Everything here works on the canonical JSON's data (`Schema.to_data()`): no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import MISSING, dataclass, fields
from typing import Any, Literal

from codemod.collector import bulk_building
from codemod.model import (
    UNHASHED_TABLE_FIELDS,
    Column,
    ColumnType,
    Constraint,
    EnumType,
    ForeignKey,
    Schema,
    Table,
    canonical_json,
    data_sha256,
    object_digest,
)
from codemod.object_keys import qualified_name

FORMAT_KEY = "schemasync_history"
FORMAT_VERSION = 1
KINDS = ("enums", "tables")
_WORD: Mapping[str, Literal["enum", "table"]] = {
    "enums": "enum",
    "tables": "table",
}  # digests' names
_SUMMARY_PARTS = 6  # a summary stays one line: the first changes, then "and N more"

#: an object of the canonical JSON (an enum or a table), by its key
Objects = dict[str, dict[str, Any]]
#: kind ("enums", "tables") -> objects
SchemaData = dict[str, Objects]


class HistoryFormatError(ValueError):
    """What is wrong with a record, for the edge to name the file."""


@dataclass(frozen=True)
class Version:
    number: int
    date: str  # UTC, `2026-01-01T00:00:00Z`
    db_hash: str
    tables: int
    enums: int
    columns: int
    summary: str


@dataclass(frozen=True)
class Record:
    """One version and the changes that make it from the version before."""

    version: Version
    put: Mapping[str, Sequence[dict[str, Any]]]  # kind -> objects new or changed
    drop: Mapping[str, Sequence[str]]  # kind -> keys of objects gone


def schema_data(schema: Schema) -> SchemaData:
    """A schema's objects by kind and key, as its canonical JSON has them."""
    body = schema.to_data()
    return {kind: {_key(item): item for item in body[kind]} for kind in KINDS}


def data_hash(data: SchemaData) -> str:
    """DB_HASH of the schema `data` holds."""
    return data_sha256({kind: [data[kind][key] for key in sorted(data[kind])] for kind in KINDS})


@bulk_building()
def replay(records: Sequence[Record], start: SchemaData | None = None) -> SchemaData:
    """The schema after `records`, applied in order to `start` (default: nothing)."""
    data: SchemaData = {kind: dict(start[kind]) if start else {} for kind in KINDS}
    for record in records:
        for kind in KINDS:
            for key in record.drop[kind]:
                data[kind].pop(key, None)
            data[kind].update((_key(item), item) for item in record.put[kind])
    return data


@bulk_building()
def new_record(
    previous: SchemaData | None, schema: Schema, number: int, date: str, note: str = ""
) -> Record:
    """The record of `schema` as version `number`, after `previous` (None: the first);
    `note` leads the summary (`rollback to v2`)."""
    before = previous or {kind: {} for kind in KINDS}
    keys = {
        kind: [k for (word, k) in schema.object_digests if word == _WORD[kind]] for kind in KINDS
    }
    changed = {kind: _changed_keys(kind, before[kind], schema, keys[kind]) for kind in KINDS}
    # Only the new and changed objects' data: most of a large schema is as it was.
    body = schema.to_data(only={(_WORD[kind], k) for kind in KINDS for k in changed[kind]})
    put = {kind: {_key(item): item for item in body[kind]} for kind in KINDS}
    drop = {kind: sorted(before[kind].keys() - set(keys[kind])) for kind in KINDS}
    described = _summary(before, put, drop) if previous is not None else _initial(schema)
    version = Version(
        number,
        date,
        schema.sha256,
        len(schema.tables),
        len(schema.enums),
        schema.column_count,
        f"{note}: {described}" if note else described,
    )
    return Record(version, {kind: list(put[kind].values()) for kind in KINDS}, drop)


def _changed_keys(kind: str, before: Objects, schema: Schema, keys: Sequence[str]) -> set[str]:
    """The objects of `kind` that are new in `schema` or differ from `before`: told by
    their digests (cheaper than comparing the data of every object of a large schema),
    and for tables by what the digests leave out (UNHASHED_TABLE_FIELDS)."""
    word = _WORD[kind]
    digests = schema.object_digests
    changed = {
        k for k in keys if k not in before or object_digest(word, before[k]) != digests[(word, k)]
    }
    if kind == "tables":
        changed |= {
            t.key
            for t in schema.tables
            if t.key in before
            and any(before[t.key].get(f) != getattr(t, f) for f in UNHASHED_TABLE_FIELDS)
        }
    return changed


def _initial(schema: Schema) -> str:
    return f"initial schema: {len(schema.tables)} tables, {len(schema.enums)} enums"


def summarize(before: SchemaData, after: SchemaData) -> str:
    """The changes from `before` to `after` in one line: `added table invoices; enum
    project_status + on_hold`."""
    put = {
        kind: {k: v for k, v in after[kind].items() if before[kind].get(k) != v} for kind in KINDS
    }
    drop = {kind: sorted(before[kind].keys() - after[kind].keys()) for kind in KINDS}
    return _summary(before, put, drop)


def _summary(before: SchemaData, put: SchemaData, drop: Mapping[str, Sequence[str]]) -> str:
    """The one-line summary of the objects `put` (new or changed) and the keys
    `drop`ped, after `before`."""
    parts: list[str] = []
    for kind, word in (("tables", "table"), ("enums", "enum")):
        old, new = before[kind], put[kind]
        parts += [f"added {_kind_word(new[k], word)} {k}" for k in sorted(new) if k not in old]
        parts += [f"removed {_kind_word(old[k], word)} {k}" for k in drop[kind]]
        parts += [
            f"{_kind_word(new[k], word)} {k} {_changed(old[k], new[k])}"
            for k in sorted(new)
            if k in old
        ]
    if not parts:
        return "no schema change"
    if len(parts) > _SUMMARY_PARTS:
        shown = parts[: _SUMMARY_PARTS - 1]
        return "; ".join([*shown, f"and {len(parts) - len(shown)} more"])
    return "; ".join(parts)


def _kind_word(item: Mapping[str, Any], word: str) -> str:
    """`table`, `view`, `materialized view`...; `enum` for enums."""
    kind = item.get("kind")
    return str(kind).replace("_", " ") if isinstance(kind, str) else word


def _changed(old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    """What changed in one object: `+ on_hold` (enum values), `+ column due_date, ~
    column status` (columns), or `changed` (anything else)."""
    if "values" in new:
        added = [v for v in new["values"] if v not in old["values"]]
        removed = [v for v in old["values"] if v not in new["values"]]
        words = [f"+ {v}" for v in added] + [f"- {v}" for v in removed]
        return ", ".join(words) or "values reordered"
    old_columns = {c["name"]: c for c in old["columns"]}
    new_columns = {c["name"]: c for c in new["columns"]}
    words = [f"+ column {c}" for c in new_columns if c not in old_columns]
    words += [f"- column {c}" for c in old_columns if c not in new_columns]
    words += [
        f"~ column {c}"
        for c in new_columns
        if c in old_columns and old_columns[c] != new_columns[c]
    ]
    return ", ".join(words) or "changed"


@bulk_building()
def render_record(record: Record) -> str:
    """A record as JSON, one object a line (see the module docstring)."""
    version = record.version
    head: dict[str, Any] = {
        FORMAT_KEY: FORMAT_VERSION,
        "version": version.number,
        "date": version.date,
        "db_hash": version.db_hash,
        "tables": version.tables,
        "enums": version.enums,
        "columns": version.columns,
        "summary": version.summary,
    }
    lines = [f" {_dumps(k)}: {_dumps(v)}," for k, v in head.items()]
    types: dict[int, dict[str, Any]] = {}
    for kind in KINDS:
        put = [_compact(kind, item, types) for item in record.put[kind]]
        lines.append(f" {_dumps('put_' + kind)}: {_items(put)},")
        lines.append(f" {_dumps('drop_' + kind)}: {_items(record.drop[kind])},")
    lines[-1] = lines[-1].removesuffix(",")
    return "{\n" + "\n".join(lines) + "\n}\n"


def _items(items: Sequence[object]) -> str:
    if not items:
        return "[]"
    return "[\n" + ",\n".join(f"  {_dumps(item)}" for item in items) + "\n ]"


def _dumps(value: object) -> str:
    return canonical_json(value).decode()


@bulk_building()
def parse_record(text: str) -> Record:
    """A record written by `render_record`; HistoryFormatError says what is wrong."""
    import orjson  # as in canonical_json: only where a record is read

    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as error:
        raise HistoryFormatError(f"not JSON ({error})") from None
    if not isinstance(data, dict) or data.get(FORMAT_KEY) != FORMAT_VERSION:
        raise HistoryFormatError(f"no `{FORMAT_KEY}: {FORMAT_VERSION}` format version")
    expected = {
        FORMAT_KEY,
        "version",
        "date",
        "db_hash",
        "tables",
        "enums",
        "columns",
        "summary",
        *(f"{verb}_{kind}" for verb in ("put", "drop") for kind in KINDS),
    }
    if data.keys() != expected:
        missing, unknown = sorted(expected - data.keys()), sorted(data.keys() - expected)
        raise HistoryFormatError(f"missing keys {missing}, unknown keys {unknown}")
    for name, python_type in (
        ("version", int),
        ("tables", int),
        ("enums", int),
        ("columns", int),
        ("date", str),
        ("db_hash", str),
        ("summary", str),
    ):
        if type(data[name]) is not python_type:
            raise HistoryFormatError(f"`{name}` must be {python_type.__name__}, not {data[name]!r}")
    put = {kind: data[f"put_{kind}"] for kind in KINDS}
    drop = {kind: data[f"drop_{kind}"] for kind in KINDS}
    for kind in KINDS:
        if not isinstance(put[kind], list) or not all(
            isinstance(i, dict)
            and isinstance(i.get("schema"), str)
            and isinstance(i.get("name"), str)
            for i in put[kind]
        ):
            raise HistoryFormatError(f"`put_{kind}` must be a list of {kind}")
        if not isinstance(drop[kind], list) or not all(isinstance(k, str) for k in drop[kind]):
            raise HistoryFormatError(f"`drop_{kind}` must be a list of names")
        try:
            put[kind] = [_expand(kind, item) for item in put[kind]]
        except (TypeError, KeyError, AttributeError) as error:
            # What else is wrong is said when the schema is rebuilt (snapshot checks).
            raise HistoryFormatError(
                f"`put_{kind}` holds an object that is not one ({error})"
            ) from None
    version = Version(
        data["version"],
        data["date"],
        data["db_hash"],
        data["tables"],
        data["enums"],
        data["columns"],
        data["summary"],
    )
    return Record(version, put, drop)


def _defaults(model: type) -> dict[str, Any]:
    """A model dataclass's default field values, as its canonical JSON writes them."""
    return {
        f.name: list(f.default) if isinstance(f.default, tuple) else f.default
        for f in fields(model)
        if f.default is not MISSING
    }


#: kind -> (defaults of its objects, nested field -> defaults of each of its items)
_SHAPES: Mapping[str, tuple[dict[str, Any], dict[str, dict[str, Any]]]] = {
    "enums": (_defaults(EnumType), {}),
    "tables": (
        _defaults(Table),
        {
            "columns": _defaults(Column),
            "foreign_keys": _defaults(ForeignKey),
            "constraints": _defaults(Constraint),
        },
    ),
}
_TYPE_DEFAULTS = _defaults(ColumnType)


def _without_defaults(item: Mapping[str, Any], defaults: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in defaults or defaults[k] != v}


def _compact(
    kind: str, item: Mapping[str, Any], types: dict[int, dict[str, Any]]
) -> dict[str, Any]:
    """`item` without the fields that have their default value. Columns of one type
    share its dict (`Schema.to_data()`): `types` holds each one's compact form, by id,
    so that a type is compacted once, not once per column."""
    defaults, nested = _SHAPES[kind]
    out = _without_defaults(item, defaults)
    for name, inner in nested.items():
        if name in out:
            out[name] = [_without_defaults(i, inner) for i in out[name]]
    for column in out.get("columns", ()):
        full = column["type"]
        compact = types.get(id(full))
        if compact is None:
            compact = types[id(full)] = _without_defaults(full, _TYPE_DEFAULTS)
        column["type"] = compact
    return out


def _expand(kind: str, item: Mapping[str, Any]) -> dict[str, Any]:
    """What `_compact` left out, put back."""
    defaults, nested = _SHAPES[kind]
    out = {**defaults, **item}
    for name, inner in nested.items():
        out[name] = [{**inner, **i} for i in out[name]]
    for column in out.get("columns", ()):
        column["type"] = {**_TYPE_DEFAULTS, **column["type"]}
    return out


def _key(item: Mapping[str, Any]) -> str:
    return qualified_name(item["schema"], item["name"])
