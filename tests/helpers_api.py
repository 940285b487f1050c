"""A local stand-in for Supabase's Management API SQL endpoint, over a real PostgreSQL.

`POST /v1/projects/{ref}/database/query` with `Authorization: Bearer <token>` and
`{"query": "<sql>", "read_only": true}` runs the query on the project's database (with
`read_only`, in a read-only session) and answers 201 with the rows of its last statement
as a JSON array of objects; errors are 4xx/5xx with `{"message": "..."}`, as Supabase
documents them. A project can instead be given a canned answer, or a delay.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import psycopg
from psycopg.rows import dict_row

_PATH = re.compile(r"/v1/projects/([a-z0-9]+)/database/query")


@dataclass(frozen=True)
class Canned:
    """An answer given instead of running the query."""

    status: int
    body: bytes


@dataclass(frozen=True)
class ManagementApi:
    token: str
    projects: Mapping[str, str]  # project ref -> conninfo of its database
    canned: Mapping[str, Canned] = field(default_factory=dict)
    delay_s: float = 0.0
    requests: list[dict[str, Any]] = field(default_factory=list)  # bodies received
    headers: list[dict[str, str]] = field(default_factory=list)  # of each request

    def answer(self, path: str, headers: Mapping[str, str], body: bytes) -> tuple[int, bytes]:
        time.sleep(self.delay_s)
        match = _PATH.fullmatch(path)
        if match is None:
            return 404, _message("Cannot POST " + path)
        if headers.get("Authorization") != f"Bearer {self.token}":
            given = headers.get("Authorization", "").removeprefix("Bearer ")
            return 401, _message(f"Unauthorized: invalid JWT {given}")
        request = json.loads(body)
        self.requests.append(request)
        ref = match.group(1)
        if ref in self.canned:
            return self.canned[ref].status, self.canned[ref].body
        if ref not in self.projects:
            return 404, _message("Project not found")
        options = "-c default_transaction_read_only=on" if request.get("read_only") else ""
        try:
            with psycopg.connect(
                self.projects[ref], autocommit=True, options=options, row_factory=dict_row
            ) as conn:
                rows = _last_rows(conn.execute(request["query"]))
        except psycopg.Error as error:
            return 400, _message(f"Failed to run sql query: ERROR: {error}")
        return 201, json.dumps(rows).encode()


def _last_rows(cursor: psycopg.Cursor[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows of the script's last statement that returns rows."""
    rows: list[dict[str, Any]] = []
    while True:
        if cursor.description is not None:
            rows = cursor.fetchall()
        if not cursor.nextset():
            return rows


def _message(text: str) -> bytes:
    return json.dumps({"message": text}).encode()


@contextmanager
def serve(api: ManagementApi) -> Iterator[str]:
    """Serve `api` on a free local port while the block runs; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            headers = dict(self.headers)
            api.headers.append(headers)
            status, answer = api.answer(self.path, headers, body)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
