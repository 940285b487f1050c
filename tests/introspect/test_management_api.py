"""Reading the catalogs through Supabase's Management API SQL endpoint, against a local
server that implements it over a real PostgreSQL: the same Schema as a direct
connection, read-only, and a clear message for each way it can fail."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from helpers_api import Canned, ManagementApi, serve
from helpers_db import run_sql
from psycopg.conninfo import conninfo_to_dict

from codemod.errors import SourceError
from codemod.introspect.live import read_schema
from codemod.introspect.management_api import catalog_statement, read_schema_through_api

from .test_live import RICH_SCHEMA_SQL

TOKEN = "sbp_0123456789abcdef-LEAK"
REF = "abcdefghijklmnopqrst"
SCHEMAS = ["public", "crm"]
# Names and values that test the JSON on the way: quotes, backslashes, non-ASCII.
HOSTILE_SQL = r"""
create type crm."we""ird" as enum ('a''b', 'c\d', 'é ü', '');
create table crm."Tab le" ("col""1" crm."we""ird"[] not null
    default array['c\d']::crm."we""ird"[], n numeric);
comment on table crm."Tab le" is E'Zeile 1\nZeile "2" \\ ☃';
"""


def fresh_db_name(conninfo: str) -> str:
    return str(conninfo_to_dict(conninfo)["dbname"])


@dataclass(frozen=True)
class Served:
    api: ManagementApi
    url: str


@pytest.fixture
def served(fresh_db: str) -> Iterator[Served]:
    api = ManagementApi(TOKEN, {REF: fresh_db})
    with serve(api) as url:
        yield Served(api, url)


def test_reads_the_schema_a_direct_connection_reads(served: Served, fresh_db: str) -> None:
    run_sql(fresh_db, RICH_SCHEMA_SQL + HOSTILE_SQL)
    # Supabase's search_path holds more than public: the statement sets the live
    # session's, or crm's types would be rendered unqualified.
    run_sql(fresh_db, f'alter database "{fresh_db_name(fresh_db)}" set search_path = crm, public')

    through_api = read_schema_through_api(REF, TOKEN, SCHEMAS, served.url)

    direct = read_schema(fresh_db, SCHEMAS)
    assert through_api == direct
    assert through_api.to_json() == direct.to_json()
    assert through_api.server_version == direct.server_version != ""
    assert len(through_api.tables) == 6
    [request] = served.api.requests
    assert request["read_only"] is True
    assert served.api.headers[0]["Authorization"] == f"Bearer {TOKEN}"


def test_an_empty_schema_reads_as_empty(served: Served) -> None:
    schema = read_schema_through_api(REF, TOKEN, ["public"], served.url)
    assert (schema.enums, schema.tables) == ((), ())


def test_the_statement_cannot_write(fresh_db: str) -> None:
    """Even where `read_only` were ignored: what follows it in its transaction is
    refused a write."""
    with psycopg.connect(fresh_db) as conn:
        conn.execute(catalog_statement(SCHEMAS))
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            conn.execute("create table written ()")


def test_its_settings_stay_in_its_transaction(fresh_db: str) -> None:
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        before = conn.execute("show search_path").fetchone()
        conn.execute(catalog_statement(SCHEMAS))
        assert conn.execute("show search_path").fetchone() == before
        assert conn.execute("show transaction_read_only").fetchone() == ("off",)


def reading_fails(url: str, token: str = TOKEN, ref: str = REF, timeout_s: float = 5) -> str:
    with pytest.raises(SourceError) as info:
        read_schema_through_api(ref, token, SCHEMAS, url, timeout_s=timeout_s)
    assert TOKEN not in info.value.message
    return info.value.message


def test_a_bad_token_is_refused_with_what_to_set(served: Served) -> None:
    message = reading_fails(served.url, token="sbp_wrong")
    assert message.startswith(
        f"Supabase project {REF} through the Management API at {served.url} refused the "
        "access token (HTTP 401: Unauthorized: invalid JWT sbp_wrong). Set "
        "SUPABASE_ACCESS_TOKEN to a personal access token"
    )
    assert served.api.requests == []  # refused before any query ran


def test_an_unknown_project_names_the_variable(served: Served) -> None:
    message = reading_fails(served.url, ref="nosuchproject")
    assert "found no such project (HTTP 404: Project not found)" in message
    assert "Check SUPABASE_PROJECT_ID" in message


@pytest.mark.parametrize(
    ("canned", "shown"),
    [
        (
            Canned(400, b'{"message": "Failed to run sql query: ERROR: permission denied"}'),
            "failed (HTTP 400: Failed to run sql query: ERROR: permission denied).",
        ),
        (
            Canned(502, b"<html>\n<h1>502 Bad Gateway</h1>\n</html>"),
            "failed (HTTP 502: <html> <h1>502 Bad Gateway</h1> </html>).",
        ),
        (Canned(500, b""), "failed (HTTP 500: no message)."),
    ],
    ids=["json", "html", "empty"],
)
def test_an_error_body_is_shown_in_one_line(fresh_db: str, canned: Canned, shown: str) -> None:
    with serve(ManagementApi(TOKEN, {}, canned={REF: canned})) as url:
        message = reading_fails(url)
    assert message == (
        f"Reading the catalogs of Supabase project {REF} through the Management API at "
        f"{url} {shown}"
    )


@pytest.mark.parametrize(
    "body",
    [b"[]", b'{"rows": []}', b"not json", b'[{"server_version": "17.4", "enums": "{}"}]'],
    ids=["no-row", "object", "not-json", "missing-queries"],
)
def test_an_answer_without_the_catalog_rows_is_refused(body: bytes) -> None:
    with serve(ManagementApi(TOKEN, {}, canned={REF: Canned(201, body)})) as url:
        message = reading_fails(url)
    assert "answered with something other than the catalog rows" in message


def test_a_server_that_does_not_answer_in_time(fresh_db: str) -> None:
    with serve(ManagementApi(TOKEN, {REF: fresh_db}, delay_s=3)) as url:
        message = reading_fails(url, timeout_s=0.5)
    assert message == (
        f"Supabase project {REF} through the Management API at {url} gave no answer "
        "within 0.5 s. Try again, or use the direct connection (SUPABASE_DB_PASSWORD) "
        "instead."
    )


def test_an_unreachable_api_says_where_it_looked() -> None:
    message = reading_fails("http://127.0.0.1:1")
    assert message.startswith(
        f"Could not reach Supabase project {REF} through the Management API at http://127.0.0.1:1: "
    )
    assert "Check SUPABASE_API_URL (unset, it is https://api.supabase.com)" in message
