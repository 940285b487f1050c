"""The live session: read-only, time-limited, masked errors, same answer on 15 and 18."""

from __future__ import annotations

import time
from collections.abc import Iterator

import psycopg
import pytest
from helpers_db import Server, fresh_database, run_sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from codemod.errors import SourceError
from codemod.introspect.live import connect, read_schema, syncable_schemas
from codemod.introspect.server import TemporaryServer, embedded_bin_dir
from codemod.model import Schema

RICH_SCHEMA_SQL = """
create extension citext;
create schema crm;
create type crm.stage as enum ('lead', 'won');
alter type crm.stage add value 'lost' before 'won';
create type public.kind as enum ('a', 'b');
create domain public.email as citext check (value like '%@%');
create domain crm.scores as integer[][];
create table crm.accounts (
    id bigint generated always as identity primary key,
    email public.email not null unique,
    stage crm.stage not null default 'lead',
    scores crm.scores,
    grid numeric(6, 2)[][],
    kinds public.kind[] default '{a}',
    name varchar(80) not null check (length(name) > 1),
    upper_name text generated always as (upper(name)) stored,
    created_at timestamptz not null default now()
);
comment on table crm.accounts is 'Customers.';
comment on column crm.accounts.stage is 'Sales stage.';
create table public.events (id uuid, at date not null, primary key (id, at))
    partition by range (at);
create table public.events_2024 partition of public.events
    for values from ('2024-01-01') to ('2025-01-01');
create table public.notes (
    account bigint references crm.accounts on delete cascade on update set null,
    event_id uuid, event_at date,
    body jsonb,
    foreign key (event_id, event_at) references public.events on delete set default,
    constraint notes_body_object check (jsonb_typeof(body) = 'object')
);
create view public.account_names as select id, name, grid from crm.accounts;
create materialized view crm.stage_counts as
    select stage, count(*) as n from crm.accounts group by stage;
"""


def test_same_schema_on_postgres_15_and_18(pg15: Server, pg18: Server) -> None:
    read: list[Schema] = []
    for server in (pg15, pg18):
        with fresh_database(server) as conninfo:
            run_sql(conninfo, RICH_SCHEMA_SQL)
            read.append(read_schema(conninfo, ["public", "crm"]))
    on_15, on_18 = read
    assert on_15.to_json() == on_18.to_json()
    assert on_15 == on_18
    assert [t.key for t in on_18.tables] == [
        "account_names",
        "crm.accounts",
        "crm.stage_counts",
        "events",
        "notes",
    ]
    assert on_18.column_count == 20
    assert on_15.server_version.startswith("15.")
    assert on_18.server_version.startswith(f"{pg18.major_version}.")


def test_session_is_read_only(fresh_db: str) -> None:
    with connect(fresh_db) as conn:
        settings = {
            name: conn.execute(f"show {name}").fetchone()
            for name in ("default_transaction_read_only", "statement_timeout", "application_name")
        }
        assert settings == {
            "default_transaction_read_only": {"default_transaction_read_only": "on"},
            "statement_timeout": {"statement_timeout": "15s"},
            "application_name": {"application_name": "schemasync"},
        }
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute("create table t (id integer)")
    # Even with the transaction-level guard off, the session default still refuses.
    with connect(fresh_db) as conn:
        conn.read_only = None
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute("create table t (id integer)")


def test_rendering_does_not_depend_on_session_settings(fresh_db: str) -> None:
    run_sql(
        fresh_db,
        """
        create schema extensions;
        create type extensions.level as enum ('low', 'high');
        create table t (
            lvl extensions.level default 'low',
            at timestamptz default '2024-05-01 12:00:00+00'
        );
        """,
    )
    before = read_schema(fresh_db, ["public"])
    dbname = conninfo_to_dict(fresh_db)["dbname"]
    run_sql(
        fresh_db,
        f"alter database {dbname} set search_path = public, extensions;"
        f"alter database {dbname} set timezone = 'America/New_York';"
        f"alter database {dbname} set datestyle = 'SQL, DMY';",
    )
    assert read_schema(fresh_db, ["public"]).to_json() == before.to_json()
    (table,) = before.tables
    assert [(c.type.sql, c.default) for c in table.columns] == [
        ("extensions.level", "'low'::extensions.level"),
        ("timestamp with time zone", "'2024-05-01 12:00:00+00'::timestamp with time zone"),
    ]


def test_connect_keeps_options_from_the_url(fresh_db: str) -> None:
    conninfo = make_conninfo(fresh_db, options="-c lock_timeout=7s")
    with connect(conninfo, statement_timeout_s=3) as conn:
        assert conn.execute("show lock_timeout").fetchone() == {"lock_timeout": "7s"}
        assert conn.execute("show statement_timeout").fetchone() == {"statement_timeout": "3s"}
        assert conn.execute("show transaction_read_only").fetchone() == {
            "transaction_read_only": "on"
        }


def test_server_version_is_filled_but_not_compared(fresh_db: str) -> None:
    schema = read_schema(fresh_db, ["public"])
    assert schema.server_version
    assert schema == Schema()
    assert "server_version" not in schema.to_json()


def test_platform_schemas_are_dropped_from_the_request() -> None:
    assert syncable_schemas(["public", "auth", "crm", "public", "storage", "extensions"]) == [
        "public",
        "crm",
    ]


@pytest.mark.parametrize(
    "conninfo",
    [
        "postgresql://bob:hunter2-secret@127.0.0.1:1/appdb?connect_timeout=3",
        "host=127.0.0.1 port=1 dbname=appdb user=bob password='hunter2-secret'",
    ],
    ids=["url", "keywords"],
)
def test_unreachable_server_gives_a_masked_source_error(conninfo: str) -> None:
    with pytest.raises(SourceError) as caught:
        read_schema(conninfo, ["public"])
    message = caught.value.message
    assert "hunter2" not in message
    assert 'database "appdb" on 127.0.0.1:1 as "bob"' in message
    assert "\n" not in message


def test_malformed_url_does_not_echo_the_password() -> None:
    with pytest.raises(SourceError) as caught:
        read_schema("postgresql://bob:hunter2 secret@db.example.com/app", ["public"])
    assert "hunter2" not in caught.value.message
    assert caught.value.message.startswith("The database URL is not valid")


@pytest.fixture(scope="module")
def alice() -> Iterator[str]:
    """A server that checks passwords for the role alice; her conninfo, without one."""
    with TemporaryServer(embedded_bin_dir()) as server:
        run_sql(
            server.conninfo(),
            """
            create role alice login password 'right-password';
            do $$ begin
                execute format(
                    'copy (values (%L), (%L)) to %L',
                    'local all alice scram-sha-256',
                    'local all all trust',
                    current_setting('hba_file'));
            end $$;
            select pg_reload_conf();
            """,
        )
        conninfo = make_conninfo(server.conninfo(), user="alice")
        _wait_until_password_is_required(conninfo)
        yield conninfo


def _wait_until_password_is_required(conninfo: str) -> None:
    # pg_reload_conf() only signals the postmaster; new sessions see the file shortly.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            psycopg.connect(conninfo).close()
        except psycopg.OperationalError:
            return
        time.sleep(0.02)
    pytest.fail("the server did not start asking for a password")


def test_wrong_password_gives_a_masked_source_error(alice: str) -> None:
    with pytest.raises(SourceError) as caught:
        read_schema(make_conninfo(alice, password="wrong-secret-pw"), ["public"])
    message = caught.value.message
    assert "wrong-secret-pw" not in message
    assert "password authentication failed" in message
    assert 'database "postgres"' in message
    assert read_schema(make_conninfo(alice, password="right-password"), ["public"]) == Schema()
