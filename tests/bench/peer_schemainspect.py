"""The fastest cold peer: schemainspect reading the same database in a new process.

    python tests/bench/peer_schemainspect.py CONNINFO

Needs the bench extra (`pip install -e '.[bench]'`): schemainspect (and SQLAlchemy,
which it drives, here over psycopg 3, as schemasync).
"""

from __future__ import annotations

import sys

import psycopg
from schemainspect import get_inspector
from sqlalchemy import create_engine


def main() -> None:
    conninfo = sys.argv[1]
    engine = create_engine("postgresql+psycopg://", creator=lambda: psycopg.connect(conninfo))
    with engine.connect() as conn:
        inspector = get_inspector(conn)
    print(len(inspector.tables), sum(len(t.columns) for t in inspector.tables.values()))


if __name__ == "__main__":
    main()
