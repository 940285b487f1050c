"""The model's canonical forms over generated schemas: `to_data()` is the data of
`to_json()`, DB_HASH is the sha256 of that JSON without UNHASHED_TABLE_FIELDS, the JSON
and DB_HASH are computed once per Schema, and a snapshot's data reads back as the same
Schema."""

from __future__ import annotations

import gc
import hashlib
import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codemod.collector import bulk_building
from codemod.introspect.snapshot import schema_from_data, snapshot_data
from codemod.model import (
    Column,
    ColumnType,
    Constraint,
    Schema,
    Table,
    canonical_json,
    catalog_column,
    indented_json,
)
from codemod.object_keys import qualified_name

from .strategies import column_types, schemas


@st.composite
def varied_schemas(draw: st.DrawFn) -> Schema:
    """Every kind of object, with row-level security and constraints drawn too."""
    schema = draw(schemas(every_kind=True))
    tables = tuple(
        replace(
            t,
            row_security=draw(st.booleans()),
            constraints=tuple(
                Constraint(f"c_{i}", "unique", (c.name,)) for i, c in enumerate(t.columns[:1])
            )
            + (
                (Constraint("positive", "check", (), "CHECK (true)"),)
                if draw(st.booleans())
                else ()
            ),
        )
        for t in schema.tables
    )
    return replace(schema, tables=tables)


#: what a schema's canonical data holds: text of any kind (names, defaults, comments),
#: whole numbers, booleans, null, in lists and objects
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_canonical_json_writes_the_standard_librarys_sorted_compact_json(value: object) -> None:
    assert canonical_json(value) == json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")


@given(json_values)
def test_indented_json_writes_the_standard_librarys_sorted_indented_json(value: object) -> None:
    assert indented_json(value) == json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)


optional_text = st.none() | st.text()
#: every field drawn, so that each one's value shows in the comparison below
columns = st.builds(
    Column,
    name=st.text(),
    type=column_types(["mood"]),
    nullable=st.booleans(),
    default=optional_text,
    identity=st.sampled_from([None, "always", "by default"]),
    generated=optional_text,
    comment=optional_text,
)


@given(columns)
def test_a_catalog_column_is_the_column_its_constructor_makes(made: Column) -> None:
    built = catalog_column(
        made.type,
        made.name,
        made.nullable,
        made.default,
        made.identity,
        made.generated,
        made.comment,
    )
    assert built == made
    assert hash(built) == hash(made)
    # Every field (a field added to Column and not here fails), in the constructor's order.
    assert list(built.__dict__.items()) == list(made.__dict__.items())


@given(varied_schemas())
def test_to_data_is_the_data_of_the_canonical_json(schema: Schema) -> None:
    text = schema.to_json()
    assert json.loads(text) == schema.to_data()
    assert text == json.dumps(
        schema.to_data(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    assert [t["name"] for t in schema.to_data()["tables"]] == [
        t.name for t in sorted(schema.tables, key=lambda t: t.key)
    ]


@given(varied_schemas())
def test_db_hash_is_the_canonical_json_without_row_security_hashed(schema: Schema) -> None:
    data = json.loads(schema.to_json())
    for table in data["tables"]:
        del table["row_security"]
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert schema.sha256 == hashlib.sha256(text.encode()).hexdigest()
    flipped = replace(schema, tables=tuple(replace(t, row_security=True) for t in schema.tables))
    assert flipped.sha256 == schema.sha256


@given(varied_schemas())
def test_each_object_digest_is_of_its_part_of_the_hashed_json(schema: Schema) -> None:
    data = json.loads(schema.to_json())
    parts = {("enum", qualified_name(e["schema"], e["name"])): e for e in data["enums"]}
    for table in data["tables"]:
        del table["row_security"]
        parts[("table", qualified_name(table["schema"], table["name"]))] = table
    assert schema.object_digests == {
        name: hashlib.sha256(
            json.dumps(part, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        ).hexdigest()[:16]
        for name, part in parts.items()
    }


@given(varied_schemas())
def test_a_snapshot_reads_back_as_the_same_schema_with_the_same_forms(schema: Schema) -> None:
    parsed = json.loads(json.dumps(snapshot_data(schema)))
    read = schema_from_data(parsed)
    # in canonical order (by key), as a Schema read live is built
    assert read == replace(
        schema,
        enums=tuple(sorted(schema.enums, key=lambda e: e.key)),
        tables=tuple(sorted(schema.tables, key=lambda t: t.key)),
    )
    assert read.to_json() == schema.to_json()
    assert read.sha256 == schema.sha256


def test_the_json_and_db_hash_are_kept_and_the_data_is_the_callers_own() -> None:
    text = ColumnType("text", "text")
    schema = Schema(tables=(Table("public", "t", (Column("a", text), Column("b", text))),))
    assert schema.to_json() is schema.to_json()
    data = schema.to_data()
    assert data is not schema.to_data()
    columns = data["tables"][0]["columns"]
    assert columns[0]["type"] is columns[1]["type"]  # one dict per type, not per column
    columns[0]["type"]["name"] = "int4"
    assert schema.tables[0].columns[0].type == text
    assert json.loads(schema.to_json()) == schema.to_data()


def test_bulk_building_pauses_the_collector_and_leaves_it_as_it_found_it() -> None:
    assert gc.isenabled()
    with bulk_building():
        assert not gc.isenabled()
        with bulk_building():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner use does not turn it back on
    assert gc.isenabled()
    with pytest.raises(KeyError), bulk_building():
        raise KeyError("x")
    assert gc.isenabled()
    gc.disable()
    try:
        with bulk_building():
            pass
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()
