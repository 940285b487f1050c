"""Snapshots, Source labels and load_schema() dispatch."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from helpers_db import run_sql

from codemod.errors import SourceError
from codemod.introspect import Source, load_schema
from codemod.introspect.snapshot import read_snapshot, write_snapshot
from codemod.model import Column, ColumnType, EnumType, ForeignKey, Schema, Table

SCHEMA = Schema(
    enums=(EnumType("public", "mood", ("ok", "bad"), "How it went."),),
    tables=(
        Table(
            "crm",
            "links",
            (Column("day", ColumnType("int4", "integer")),),
            foreign_keys=(ForeignKey("links_day_fkey", ("day",), "public", "days", ("id",)),),
        ),
        Table(
            "public",
            "days",
            (
                Column("id", ColumnType("int4", "integer"), False, identity="always"),
                Column("mood", ColumnType("mood", "mood", "enum", "public")),
                Column("tags", ColumnType("text", "text[]", array_dims=1), comment="Ünïcode"),
            ),
            primary_key=("id",),
        ),
    ),
    server_version="18.1",
)


def test_snapshot_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "schema.json"
    write_snapshot(SCHEMA, path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith('{\n  "enums": [')
    assert "Ünïcode" in text
    assert text.endswith("}\n")
    assert read_snapshot(path) == SCHEMA
    assert read_snapshot(path).to_json() == SCHEMA.to_json()
    assert [p.name for p in tmp_path.iterdir()] == ["schema.json"]


def test_snapshot_accepts_the_compact_form(tmp_path: Path) -> None:
    path = tmp_path / "schema.json"
    path.write_text('{"schemasync_snapshot":3,' + SCHEMA.to_json()[1:], encoding="utf-8")
    assert read_snapshot(path) == SCHEMA


def test_a_format_1_snapshot_is_read_with_views_that_take_no_writes(tmp_path: Path) -> None:
    # Format 1 did not say whether a view takes writes (nor had composite types), nor
    # whether row-level security is on.
    data = json.loads(SCHEMA.to_json())
    for table in data["tables"]:
        del table["view_insertable"], table["view_updatable"], table["row_security"]
    path = tmp_path / "schema.json"
    path.write_text(json.dumps({"schemasync_snapshot": 1, **data}), encoding="utf-8")
    assert read_snapshot(path) == SCHEMA
    path.write_text(json.dumps({"schemasync_snapshot": 4, **data}), encoding="utf-8")
    with pytest.raises(SourceError, match="in format 4; this schemasync reads formats 1 to 3"):
        read_snapshot(path)


def test_a_format_2_snapshot_is_read_with_row_level_security_off(tmp_path: Path) -> None:
    secured = Schema(tables=(replace(SCHEMA.tables[1], row_security=True),))
    data = json.loads(secured.to_json())
    del data["tables"][0]["row_security"]
    path = tmp_path / "schema.json"
    path.write_text(json.dumps({"schemasync_snapshot": 2, **data}), encoding="utf-8")
    assert read_snapshot(path) == Schema(tables=(SCHEMA.tables[1],))
    # Format 3 says it; a snapshot of either format without the key would be refused.
    path.write_text(json.dumps({"schemasync_snapshot": 3, **data}), encoding="utf-8")
    with pytest.raises(SourceError, match=r"tables\[0\] has no row_security"):
        read_snapshot(path)


def test_a_snapshot_without_a_format_version_is_refused_with_how_to_remake_it(
    tmp_path: Path,
) -> None:
    """Snapshots from before the format version: even a valid one is refused, since an
    empty one (`{"enums": [], "tables": []}`) validates and would prune every class."""
    path = tmp_path / "schema.json"
    path.write_text(SCHEMA.to_json(), encoding="utf-8")
    with pytest.raises(SourceError) as info:
        read_snapshot(path)
    assert info.value.message == (
        f"{path} is not a schemasync snapshot: it has no `schemasync_snapshot` format "
        "version (snapshots written before format 1 had none). Write a new one with "
        f"`schemasync snapshot {path}`."
    )


@pytest.mark.parametrize(
    "content",
    ["", "{not json", "[]", '{"tables": [{"name": "x"}]}', '{"enums": [{"schema": 1}]}'],
    ids=["empty", "syntax", "list", "missing-keys", "bad-enum"],
)
def test_bad_snapshot_is_a_source_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "schema.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SourceError, match="is not a schemasync snapshot"):
        read_snapshot(path)


def test_columns_of_one_type_share_it_when_read_and_each_is_still_checked(
    tmp_path: Path,
) -> None:
    """A type is loaded once per distinct value, as a live read builds it once; a
    column whose type differs only in a value's JSON type (`true` for 1) is still refused,
    at its own place."""
    tags = ColumnType("text", "text[]", array_dims=1)
    schema = Schema(tables=(Table("public", "t", (Column("a", tags), Column("b", tags))),))
    path = tmp_path / "schema.json"
    write_snapshot(schema, path)
    read = read_snapshot(path)
    assert read == schema
    assert read.tables[0].columns[0].type is read.tables[0].columns[1].type
    data = json.loads(path.read_text(encoding="utf-8"))
    data["tables"][0]["columns"][1]["type"]["array_dims"] = True
    path.write_text(json.dumps(data), encoding="utf-8")
    where = r"tables\[0\]\.columns\[1\]\.type\.array_dims"
    with pytest.raises(SourceError, match=f"{where} must be an integer, not true"):
        read_snapshot(path)
    data["tables"][0]["columns"][1]["type"]["array_dims"] = [1]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SourceError, match=rf"{where} must be an integer, not \[1\]"):
        read_snapshot(path)


def test_missing_snapshot_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="Could not read the snapshot"):
        read_snapshot(tmp_path / "nope.json")


def test_describe_never_shows_a_password() -> None:
    assert (
        Source("url", "postgresql://bob:hunter2@db.example.com:5432/app").describe()
        == 'database "app" on db.example.com:5432 as "bob"'
    )
    assert "hunter2" not in Source("url", "host=db password=hunter2 dbname=app").describe()
    quoted = Source("url", r"host=db password='ab\' cd LEAK' dbname=app").describe()
    assert quoted == 'database "app" on db'
    assert Source("url", "host=db password").describe() == (
        "a database whose connection string does not parse"
    )
    assert Source("migrations", "supabase/migrations").describe() == (
        "migrations in supabase/migrations"
    )
    assert Source("snapshot", "schema.json").describe() == "snapshot schema.json"


def test_load_schema_from_each_kind_of_source(tmp_path: Path, fresh_db: str) -> None:
    run_sql(fresh_db, "create table days (id integer)")
    from_url = load_schema(Source("url", fresh_db), ["public"])
    assert [t.key for t in from_url.tables] == ["days"]

    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "0001_days.sql").write_text("create table days (id integer);")
    from_migrations = load_schema(Source("migrations", str(tmp_path / "m")), ["public"])
    assert from_migrations == from_url

    write_snapshot(SCHEMA, tmp_path / "s.json")
    from_snapshot = load_schema(Source("snapshot", str(tmp_path / "s.json")), ["public"])
    # Only the requested schemas, as a live read would give.
    assert from_snapshot == Schema(enums=SCHEMA.enums, tables=SCHEMA.tables[1:])


def test_snapshot_path_does_not_import_psycopg(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_snapshot(SCHEMA, path)
    code = (
        "import sys; from pathlib import Path; "
        "from codemod.introspect import Source, load_schema; "
        f"load_schema(Source('snapshot', {str(path)!r}), ['public']); "
        "assert 'psycopg' not in sys.modules, 'psycopg imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
