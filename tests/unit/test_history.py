"""The history record as a specification, without files: a version's record holds
what changed since the version before, replaying the records gives each version's
schema (its DB_HASH), and the summary says the change in one line."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codemod.history import (
    HistoryFormatError,
    Record,
    data_hash,
    new_record,
    parse_record,
    render_record,
    replay,
    schema_data,
    summarize,
)
from codemod.history_files import record_name, record_number
from codemod.model import (
    Column,
    ColumnType,
    Constraint,
    EnumType,
    ForeignKey,
    Schema,
    Table,
    TableKind,
)

from .strategies import schemas

TEXT = ColumnType("text", "text")


def table(name: str, *columns: str, kind: TableKind = "table") -> Table:
    return Table("public", name, tuple(Column(c, TEXT) for c in columns), kind=kind)


STATUS = EnumType("public", "project_status", ("active", "done"))
V1 = Schema(enums=(STATUS,), tables=(table("projects", "id", "name"), table("users", "id")))
V2 = Schema(
    enums=(dataclasses.replace(STATUS, values=("active", "done", "on_hold")),),
    tables=(*V1.tables, table("invoices", "id")),
)
PAYMENTS = Table(
    "billing",
    "payments",
    (
        Column("id", ColumnType("int8", "bigint"), nullable=False, identity="always"),
        Column("invoice_id", TEXT, nullable=False, comment="the invoice paid"),
        Column(
            "status",
            ColumnType(
                "project_status", "project_status", kind="enum", schema="public", array_dims=1
            ),
            default="'{}'",
        ),
    ),
    primary_key=("id",),
    foreign_keys=(ForeignKey("paid", ("invoice_id",), "public", "invoices", ("id",), "CASCADE"),),
    constraints=(Constraint("positive", "check", ("id",), "CHECK (id > 0)"),),
    comment="Payments.",
)
V3 = Schema(
    enums=V2.enums,
    tables=(
        PAYMENTS,
        table("projects", "id", "due"),
        table("invoices", "id"),
        table("open", "id", kind="view"),
    ),
)


def records(*schemas: Schema) -> list[Record]:
    """Each schema recorded after the one before, through the record's text."""
    out: list[Record] = []
    for number, schema in enumerate(schemas, start=1):
        previous = replay(out) if out else None
        record = new_record(previous, schema, number, "2026-01-01T00:00:00Z")
        out.append(parse_record(render_record(record)))
    return out


def test_replaying_the_records_up_to_a_version_gives_its_schema() -> None:
    history = records(V1, V2, V3, V1)
    for number, schema in enumerate((V1, V2, V3, V1), start=1):
        assert data_hash(replay(history[:number])) == schema.sha256
        assert history[number - 1].version.db_hash == schema.sha256
    assert data_hash(schema_data(V3)) == V3.sha256


@st.composite
def successive_schemas(draw: st.DrawFn) -> tuple[Schema, Schema]:
    """Two versions of one schema: the second keeps some objects as they were, drops
    some, changes some (row-level security alone, too) and adds its own."""
    old, new = draw(schemas(every_kind=True)), draw(schemas(every_kind=True))
    kept = [t for t in old.tables if draw(st.booleans())]
    kept = [
        dataclasses.replace(t, row_security=not t.row_security) if draw(st.booleans()) else t
        for t in kept
    ]
    ours = {t.key for t in kept}
    tables = (*kept, *(t for t in new.tables if t.key not in ours))
    enums = {e.key: e for e in new.enums} | {e.key: e for e in old.enums if draw(st.booleans())}
    return old, Schema(enums=tuple(enums.values()), tables=tables)


@given(successive_schemas())
def test_a_record_puts_exactly_the_objects_whose_data_differ(pair: tuple[Schema, Schema]) -> None:
    old, new = pair
    before, after = schema_data(old), schema_data(new)
    record = new_record(before, new, 2, "2026-01-01T00:00:00Z")
    for kind in ("enums", "tables"):
        differ = [
            after[kind][k] for k in sorted(after[kind]) if before[kind].get(k) != after[kind][k]
        ]
        assert record.put[kind] == differ
        assert record.drop[kind] == sorted(before[kind].keys() - after[kind].keys())
    assert record.version.summary == summarize(before, after)
    assert data_hash(replay([record], before)) == new.sha256


def test_a_record_holds_only_what_changed_since_the_version_before() -> None:
    first, second, third = records(V1, V2, V3)
    assert [t["name"] for t in first.put["tables"]] == ["projects", "users"]
    assert [t["name"] for t in second.put["tables"]] == ["invoices"]  # not projects, users
    assert [e["values"] for e in second.put["enums"]] == [["active", "done", "on_hold"]]
    assert second.drop == {"enums": [], "tables": []}
    assert third.drop == {"enums": [], "tables": ["users"]}
    assert third.put["enums"] == []


def test_the_counts_and_the_summary_say_what_the_version_is() -> None:
    first, second, third = (r.version for r in records(V1, V2, V3))
    assert (first.tables, first.enums, first.columns) == (2, 1, 3)
    assert first.summary == "initial schema: 2 tables, 1 enums"
    assert second.summary == "added table invoices; enum project_status + on_hold"
    assert third.summary == (
        "added table billing.payments; added view open; removed table users; "
        "table projects + column due, - column name"
    )


def test_a_note_leads_the_summary() -> None:
    record = new_record(schema_data(V2), V1, 3, "2026-01-01T00:00:00Z", "rollback to v1")
    assert record.version.summary == (
        "rollback to v1: removed table invoices; enum project_status - on_hold"
    )


def test_a_long_summary_stays_one_short_line() -> None:
    many = Schema(tables=tuple(table(f"t{i}", "id") for i in range(10)))
    assert summarize(schema_data(Schema()), schema_data(many)) == (
        "added table t0; added table t1; added table t2; added table t3; added table t4; and 5 more"
    )
    assert summarize(schema_data(V1), schema_data(V1)) == "no schema change"


def test_each_object_of_a_record_is_on_its_own_line_without_its_defaults() -> None:
    text = render_record(records(V1)[0])
    objects = [
        json.loads(line.strip().rstrip(",")) for line in text.splitlines() if "{" in line[1:]
    ]
    assert objects == [
        {"name": "project_status", "schema": "public", "values": ["active", "done"]},
        {
            "columns": [
                {"name": "id", "type": {"name": "text", "sql": "text"}},
                {"name": "name", "type": {"name": "text", "sql": "text"}},
            ],
            "name": "projects",
            "schema": "public",
        },
        {
            "columns": [{"name": "id", "type": {"name": "text", "sql": "text"}}],
            "name": "users",
            "schema": "public",
        },
    ]


def test_record_file_names() -> None:
    assert record_name(3) == "v0003.json"
    assert record_number("v0003.json") == 3
    assert record_number("v12345.json") == 12345
    assert record_number("notes.json") is None
    assert record_number("v0003.json.bak") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not JSON"),
        ('{"version": 1}', "format version"),
        ('{"schemasync_history": 1, "version": 1}', "missing keys"),
    ],
)
def test_what_is_not_a_record_is_refused(text: str, message: str) -> None:
    with pytest.raises(HistoryFormatError, match=message):
        parse_record(text)


def test_a_record_with_a_wrong_field_type_is_refused() -> None:
    text = render_record(records(V1)[0]).replace('"tables": 2', '"tables": "2"')
    with pytest.raises(HistoryFormatError, match="`tables` must be int"):
        parse_record(text)
