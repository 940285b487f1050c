"""The catalog digest: a digest of the rows one read fetched, which `check` compares
before it builds a model. A match must never hide a drift: every catalog change that
changes DB_HASH changes the digest."""

from __future__ import annotations

import pytest
from helpers_db import run_sql

from codemod.introspect.live import read_catalog, read_schema

BASE = """
create schema crm;
create type public.mood as enum ('sad', 'happy');
create table public.notes (id integer primary key, body text, mood public.mood);
create table crm.accounts (id bigint generated always as identity primary key, name text);
"""

# Each step changes the Schema (and so DB_HASH); they run one after the other.
CHANGES = [
    "alter table notes add column title varchar(80)",
    "alter table notes alter column title type varchar(120)",
    "alter table notes alter column title set not null",
    "alter table notes alter column title set default 'untitled'",
    "alter table notes rename column title to heading",
    "alter type mood add value 'calm'",
    "alter type mood rename value 'sad' to 'blue'",
    "comment on column notes.body is 'The text.'",
    "comment on table notes is 'Notes.'",
    "comment on type mood is 'How it felt.'",
    "alter table notes add constraint notes_body_key unique (body)",
    "alter table notes add constraint notes_body_check check (length(body) > 1)",
    "create table tags (id integer primary key, note_id integer references notes (id))",
    "alter table tags drop constraint tags_note_id_fkey, add foreign key (note_id) references notes (id) on delete cascade",
    "create view note_bodies as select id, body from notes",
    "create type pair as (a integer, b text)",
    "alter table notes add column upper_body text generated always as (upper(body)) stored",
    "alter table notes drop column heading",
    "drop table tags",
    "alter table crm.accounts add column email text",
]


def test_every_change_to_db_hash_changes_the_digest(fresh_db: str) -> None:
    run_sql(fresh_db, BASE)
    before = read_catalog(fresh_db, ["public", "crm"])
    for change in CHANGES:
        run_sql(fresh_db, change)
        after = read_catalog(fresh_db, ["public", "crm"])
        assert after.schema().sha256 != before.schema().sha256, change
        assert after.digest != before.digest, change
        before = after


def test_the_same_catalog_has_the_same_digest(fresh_db: str) -> None:
    run_sql(fresh_db, BASE)
    first = read_catalog(fresh_db, ["public", "crm"])
    # Outside what is read: data, an index, a table in a schema not asked for.
    run_sql(
        fresh_db,
        "insert into notes values (1, 'hi', 'happy');"
        "create index notes_body_idx on notes (body);"
        "create schema other; create table other.things (id integer);",
    )
    second = read_catalog(fresh_db, ["public", "crm"])
    assert second.digest == first.digest
    assert second.schema() == first.schema()


def test_the_digest_covers_the_schemas_asked_for(fresh_db: str) -> None:
    run_sql(fresh_db, BASE)
    both = read_catalog(fresh_db, ["public", "crm"])
    public = read_catalog(fresh_db, ["public"])
    assert both.digest != public.digest
    # The order they are named in and repetitions do not matter to the Schema; a
    # different digest there only costs a model build, never hides a drift.
    assert read_catalog(fresh_db, ["public", "public"]).digest == public.digest


@pytest.mark.parametrize("schemas", [["public"], ["public", "crm"]])
def test_the_catalog_builds_the_schema_read_schema_returns(
    fresh_db: str, schemas: list[str]
) -> None:
    run_sql(fresh_db, BASE)
    catalog = read_catalog(fresh_db, schemas)
    schema = read_schema(fresh_db, schemas)
    assert catalog.schema() == schema
    assert catalog.schema().sha256 == schema.sha256
