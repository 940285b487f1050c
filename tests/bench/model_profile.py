"""Time, in one process, what a run does with the model at one schema size; print it.

    python tests/bench/model_profile.py                  # large: 2,000 tables, 40,000 columns
    python tests/bench/model_profile.py --size medium --runs 9

A real PostgreSQL is started (or named by SCHEMASYNC_BENCH_DB_URL) and the generated
schema of tests/bench/generate.py loaded into it, as tests/bench/bench.py does. Each step
is timed alone (median of the runs), on a model built afresh, so that nothing cached by
an earlier step is counted: fetching the catalog (read_catalog), building the model,
its canonical JSON, DB_HASH, writing and reading a snapshot, and the version history
(the first record, rendered and read back; then the record of a little drift after it).
Beside them, floors measured in the same run, with the JSON writer schemasync uses
(orjson, codemod.model): the compact JSON of the fetched rows (what any serialization
of the catalog costs), one dict per row (what any reading of the rows by column name
costs) and the indented JSON of a snapshot's data (what writing any snapshot in its
reviewable form costs). Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import bench_database, load_schema_sql
from generate import SIZES, drift_sql, schema_sql

from codemod.history import Record, render_record
from codemod.introspect.history import History, next_record, read_history
from codemod.introspect.live import Catalog, read_catalog
from codemod.introspect.snapshot import read_snapshot, write_snapshot
from codemod.model import Schema, canonical_json, indented_json

DATE = "2026-01-01T00:00:00Z"


def median_ms(
    runs: int, step: Callable[[], object], fresh: Callable[[], None]
) -> tuple[float, float]:
    """Median wall and CPU milliseconds of `step`, with `fresh` (untimed) before each run.
    CPU time (of this process) moves less with the machine's load than wall time."""
    walls, cpus = [], []
    for _ in range(runs):
        fresh()
        wall, cpu = time.perf_counter(), time.process_time()
        step()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def profile(size_name: str, url: str, runs: int) -> list[tuple[str, float, float]]:
    """(step, median wall ms, median CPU ms) of every step at `size_name`, floors first."""
    size = SIZES[size_name]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"drop database if exists profile_{size.name} with (force)")
        conn.execute(f"create database profile_{size.name}")
    db = psycopg.conninfo.make_conninfo(url, dbname=f"profile_{size.name}")
    load_schema_sql(db, schema_sql(size))
    catalog = read_catalog(db, ["public"])
    schemas: list[Schema] = []

    def fresh_schema() -> None:  # models not yet serialized or hashed
        schemas[:] = [catalog.schema(), drifted.schema()]

    work = Path(tempfile.mkdtemp(prefix="schemasync-model-profile-"))
    snapshot = work / "snapshot.json"
    history_dir = work / "schema_history"
    history_dir.mkdir()
    write_snapshot(catalog.schema(), snapshot)
    data = json.loads(snapshot.read_text(encoding="utf-8"))
    first = next_record(History(history_dir, ()), catalog.schema(), DATE)
    assert first is not None
    (history_dir / "v0001.json").write_text(render_record(first))
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(drift_sql(size).encode())
    drifted = read_catalog(db, ["public"])
    history = read_history(history_dir)
    columns = sum(len(rows) for rows in catalog.rows[1:2])
    print(f"{size.name}: {size.tables} tables, {size.enums} enums, {columns:,} column rows")
    steps: list[tuple[str, Callable[[], object], Callable[[], None]]] = [
        ("floor: compact JSON of the fetched rows", lambda: canonical_json(catalog.rows), _nothing),
        ("floor: a dict per fetched row", lambda: _row_dicts(catalog), _nothing),
        ("read_catalog (connect, fetch, digest)", lambda: read_catalog(db, ["public"]), _nothing),
        ("build the model (Catalog.schema)", catalog.schema, _nothing),
        ("canonical JSON (Schema.to_json)", lambda: schemas[0].to_json(), fresh_schema),
        ("DB_HASH (Schema.sha256)", lambda: schemas[0].sha256, fresh_schema),
        ("floor: indented JSON of a snapshot's data", lambda: indented_json(data), _nothing),
        ("write_snapshot", lambda: write_snapshot(schemas[0], snapshot), fresh_schema),
        ("read_snapshot", lambda: read_snapshot(snapshot), _nothing),
        (
            "first record (next_record + render_record)",
            lambda: render_record(_record(History(history_dir, ()), schemas[0])),
            fresh_schema,
        ),
        ("read_history (1 record)", lambda: read_history(history_dir), _nothing),
        (
            "record of a little drift (next_record + render_record)",
            lambda: render_record(_record(history, schemas[1])),
            fresh_schema,
        ),
    ]
    out = []
    for label, step, before in steps:
        wall, cpu = median_ms(runs, step, before)
        out.append((label, wall, cpu))
        print(f"  {label:<56} {wall:>8,.1f} ms {cpu:>8,.1f} ms CPU", flush=True)
    for path in (*history_dir.iterdir(), snapshot):
        path.unlink()
    history_dir.rmdir()
    work.rmdir()
    return out


def _nothing() -> None:
    pass


def _row_dicts(catalog: Catalog) -> object:
    return [
        [dict(zip(names, row, strict=True)) for row in rows]
        for names, rows in zip(catalog.names, catalog.rows, strict=True)
    ]


def _record(history: History, schema: Schema) -> Record:
    record = next_record(history, schema, DATE)
    assert record is not None
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="large", choices=sorted(SIZES))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with bench_database() as url:
        rows = profile(args.size, url, args.runs)
    print(f"\n| {args.size}: step (in one process, median of {args.runs}) | wall ms | CPU ms |")
    print("| --- | ---: | ---: |")
    for label, wall, cpu in rows:
        print(f"| {label} | {wall:,.1f} | {cpu:,.1f} |")


if __name__ == "__main__":
    main()
