"""Read a Schema through Supabase's Management API SQL endpoint: an access token instead
of a database password, as the original system's MCP `execute_sql` did.

As documented by Supabase: `POST {api}/v1/projects/{ref}/database/query` with the header
`Authorization: Bearer <token>` and the body `{"query": "<sql>", "read_only": true}`
answers 201 with a JSON array of row objects, and 4xx/5xx with `{"message": "..."}`.

The statement sent is the live source's catalog queries (catalog_sql.QUERIES), each
aggregated into one JSON text, after the live session's settings: one round trip, one
snapshot, and the rows the model builder already reads (JSON strings, booleans, numbers
and arrays are what psycopg gives for the same columns). It cannot write: it starts with
`set transaction read only`, and its queries sit in subqueries, where PostgreSQL refuses
a data-modifying WITH.
"""

from __future__ import annotations

import http.client
import json
import urllib.error
import urllib.request
from collections.abc import Sequence
from typing import Any, Final

from codemod.errors import SourceError
from codemod.introspect import catalog_sql
from codemod.introspect.live import (
    DEFAULT_STATEMENT_TIMEOUT_S,
    SESSION_SETTINGS,
    _one_line,
    syncable_schemas,
)
from codemod.introspect.schema_builder import build_schema
from codemod.model import Schema

DEFAULT_API_URL: Final = "https://api.supabase.com"
# The statement's own timeout, and time for the round trip on top.
REQUEST_TIMEOUT_S: Final = DEFAULT_STATEMENT_TIMEOUT_S + 15
_MESSAGE_CHARS: Final = 300


def catalog_statement(
    db_schemas: Sequence[str], *, statement_timeout_s: int = DEFAULT_STATEMENT_TIMEOUT_S
) -> str:
    """The read-only script that returns one row: the server version and, for each
    catalog query, its rows as JSON text (in the query's order: json_agg keeps the
    order of a sorted subquery)."""
    from psycopg import sql

    schemas = sql.Literal(syncable_schemas(db_schemas)).as_string()
    settings = {**SESSION_SETTINGS, "statement_timeout": str(statement_timeout_s * 1000)}
    lines = ["set transaction read only;"]
    lines += [
        f"set local {name} = {sql.Literal(value).as_string()};" for name, value in settings.items()
    ]
    columns = [
        f"(select coalesce(json_agg(q), '[]')::text from ({query % {'schemas': schemas}}) q) "
        f"as {name}"
        for name, query in catalog_sql.QUERIES.items()
    ]
    lines.append(
        "select current_setting('server_version') as server_version,\n" + ",\n".join(columns)
    )
    return "\n".join(lines) + "\n"


def read_schema_through_api(
    project_ref: str,
    token: str,
    db_schemas: Sequence[str],
    api_url: str = DEFAULT_API_URL,
    *,
    timeout_s: float = REQUEST_TIMEOUT_S,
) -> Schema:
    """Introspect `db_schemas` of the Supabase project `project_ref`."""
    where = f"Supabase project {project_ref} through the Management API at {api_url}"
    url = f"{api_url.rstrip('/')}/v1/projects/{project_ref}/database/query"
    body = {"query": catalog_statement(db_schemas), "read_only": True}
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        method="POST",
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
            "Accept": "application/json",
            "User-Agent": "schemasync",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            answer = response.read()
    except urllib.error.HTTPError as error:
        raise _refused(error, where) from None
    except (OSError, http.client.HTTPException) as error:
        reason = getattr(error, "reason", error)  # URLError wraps the socket's error
        if isinstance(reason, TimeoutError):
            raise SourceError(
                f"{where} gave no answer within {timeout_s:g} s. Try again, or use the "
                "direct connection (SUPABASE_DB_PASSWORD) instead."
            ) from None
        raise SourceError(
            f"Could not reach {where}: {_one_line(str(reason))}. Check SUPABASE_API_URL "
            f"(unset, it is {DEFAULT_API_URL}) and that this machine can reach it."
        ) from None
    names, rows, version = _catalog_rows(answer, where)
    return build_schema(names, rows, version)


def _refused(error: urllib.error.HTTPError, where: str) -> SourceError:
    reason = f"HTTP {error.code}: {_error_message(error.read())}"
    if error.code in (401, 403):
        return SourceError(
            f"{where} refused the access token ({reason}). Set SUPABASE_ACCESS_TOKEN to a "
            "personal access token (from your Supabase account settings) of an account "
            "that can reach this project."
        )
    if error.code == 404:
        return SourceError(
            f"{where} found no such project ({reason}). Check SUPABASE_PROJECT_ID: the "
            "ref in https://<ref>.supabase.co."
        )
    return SourceError(f"Reading the catalogs of {where} failed ({reason}).")


def _error_message(body: bytes) -> str:
    """The `message` of a JSON error body, else the start of the body as text."""
    text = body.decode("utf-8", "replace")
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict) and isinstance(parsed.get("message"), str):
        text = parsed["message"]
    return _one_line(text)[:_MESSAGE_CHARS] or "no message"


def _catalog_rows(
    answer: bytes, where: str
) -> tuple[tuple[tuple[str, ...], ...], tuple[list[tuple[Any, ...]], ...], str]:
    """Each catalog query's column names and rows (as a direct read fetches them), and
    the server version, from the endpoint's answer: `[{"server_version": "...",
    "enums": "<JSON>", ...}]`, each query's rows a JSON list of objects."""
    try:
        [row] = json.loads(answer)
        version = row["server_version"]
        objects = [json.loads(row[name]) for name in catalog_sql.QUERIES]
        if not all(isinstance(rows, list) for rows in objects):
            raise SourceError(f"{where} answered with catalog rows that are not lists.")
        names = tuple(tuple(items[0]) if items else () for items in objects)
        rows = tuple(
            [tuple(item[n] for n in keys) for item in items]
            for keys, items in zip(names, objects, strict=True)
        )
    except (ValueError, TypeError, KeyError):
        raise SourceError(
            f"{where} answered with something other than the catalog rows schemasync "
            f"asked for: {_one_line(answer.decode('utf-8', 'replace'))[:_MESSAGE_CHARS]}"
        ) from None
    return names, rows, str(version)
