"""The floor under `check`: start Python, import psycopg, connect, fetch the catalog (the
queries schemasync runs, in one pipeline, with its work_mem), and nothing else.

    python tests/bench/floor.py CONNINFO

The queries are read from codemod/introspect/catalog_sql.py without importing schemasync.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import psycopg

CATALOG_SQL = Path(__file__).resolve().parents[2] / "codemod" / "introspect" / "catalog_sql.py"


def main() -> None:
    sql = runpy.run_path(str(CATALOG_SQL))
    params = {"schemas": ["public"]}
    with psycopg.connect(sys.argv[1], options="-c work_mem=64MB") as conn, conn.pipeline():
        cursors = [conn.execute(query, params) for query in sql["QUERIES"].values()]
        rows = sum(len(cursor.fetchall()) for cursor in cursors)
    print(rows)


if __name__ == "__main__":
    main()
