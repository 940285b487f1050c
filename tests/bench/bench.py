"""Time schemasync as whole processes at three schema sizes; print wall time and memory.

    python tests/bench/bench.py                 # all sizes, 5 runs each
    python tests/bench/bench.py --sizes small --runs 3

A real PostgreSQL is started (or named by SCHEMASYNC_BENCH_DB_URL) and stays up, as a
developer's local Supabase does: figures are for schemasync, not for server start-up.
Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import SIZES, Size, drift_sql, large_migration, migration_history, schema_sql

from codemod.introspect.server import TemporaryServer

SCHEMASYNC = str(Path(sys.executable).with_name("schemasync"))
EXAMPLE_MIGRATIONS = Path(__file__).resolve().parents[2] / "fixtures" / "supabase" / "migrations"


def run_measured(
    args: list[str], cwd: Path, env: dict[str, str] | None = None
) -> tuple[float, float, int]:
    """Run a command; return (seconds, peak resident MB, exit code)."""
    env = {
        k: v
        for k, v in (env or os.environ).items()
        if k not in ("SCHEMASYNC_DB_URL", "SUPABASE_DB_URL", "DATABASE_URL")
    }
    start = time.perf_counter()
    process = subprocess.Popen(
        args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    assert process.stderr is not None
    process.stderr.close()
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def median_of(
    runs: int,
    before: Callable[[], None],
    args: list[str],
    cwd: Path,
    expect: set[int],
    env: dict[str, str] | None = None,
) -> tuple[float, float]:
    times, peaks = [], []
    for _ in range(runs):
        before()
        seconds, peak, code = run_measured(args, cwd, env)
        if code not in expect:
            raise SystemExit(f"{' '.join(args)} exited {code}")
        times.append(seconds)
        peaks.append(peak)
    return statistics.median(times), max(peaks)


def bench_size(size: Size, url: str, runs: int, rows: list[tuple[str, ...]]) -> None:
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"drop database if exists bench_{size.name} with (force)")
        conn.execute(f"create database bench_{size.name}")
    db = psycopg.conninfo.make_conninfo(url, dbname=f"bench_{size.name}")
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(schema_sql(size).encode())
        columns = conn.execute(
            "select count(*) from information_schema.columns where table_schema = 'public'"
        ).fetchone()
    work = Path(tempfile.mkdtemp(prefix=f"schemasync-bench-{size.name}-"))
    (work / "pyproject.toml").write_text("[tool.schemasync]\n")
    package = work / "schemas"
    in_sync = work / "in-sync"
    base = [SCHEMASYNC]
    url_args = ["--db-url", db]

    def reset_empty() -> None:
        shutil.rmtree(package, ignore_errors=True)

    def restore_in_sync() -> None:
        shutil.rmtree(package, ignore_errors=True)
        shutil.copytree(in_sync, package)

    def measure(label: str, before: Callable[[], None], args: list[str], expect: set[int]) -> None:
        seconds, peak = median_of(runs, before, base + args + url_args, work, expect)
        rows.append((size.name, label, f"{seconds * 1000:,.0f}", f"{peak:,.0f}"))
        print(f"  {label:<34} {seconds * 1000:>8,.0f} ms {peak:>7,.0f} MB", flush=True)

    print(
        f"{size.name}: {size.tables} tables, {size.enums} enums, {columns[0] if columns else 0}"
        " columns",
        flush=True,
    )
    measure("apply into an empty package", reset_empty, ["apply"], {0})
    shutil.copytree(package, in_sync)
    lines = sum(len(p.read_text().splitlines()) for p in package.rglob("*.py"))
    print(f"  (package: {lines:,} lines)", flush=True)
    measure("check, in sync", restore_in_sync, ["check"], {0})
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(drift_sql(size).encode())
    measure("check, a little drift", restore_in_sync, ["check"], {1})
    measure("apply --dry-run, a little drift", restore_in_sync, ["apply", "--dry-run"], {1})
    measure("apply, a little drift", restore_in_sync, ["apply"], {0})
    shutil.rmtree(work)


def bench_shadow(
    label: str, migrations: Path, runs: int, rows: list[tuple[str, ...]], naive: bool
) -> None:
    """`check --migrations` cold and cached, next to `check --snapshot` of the same schema
    (what a cache hit should cost) and to the naive way of getting it (initdb, start,
    `psql -1 -f` per file), all measured in this run."""
    work = Path(tempfile.mkdtemp(prefix="schemasync-bench-shadow-"))
    (work / "pyproject.toml").write_text("[tool.schemasync]\n")
    cache = work / "cache"
    environment = {**os.environ, "SCHEMASYNC_CACHE_DIR": str(cache)}
    source = ["--migrations", str(migrations)]
    subprocess.run(
        [SCHEMASYNC, "apply", *source], cwd=work, env=environment, check=True, capture_output=True
    )
    subprocess.run(
        [SCHEMASYNC, "snapshot", str(work / "snapshot.json"), *source],
        cwd=work,
        env=environment,
        check=True,
        capture_output=True,
    )
    files = len(list(migrations.glob("*.sql")))
    print(f"{label}: {files} migrations", flush=True)
    figures: dict[str, float] = {}

    def measure(name: str, before: Callable[[], None], args: list[str]) -> None:
        seconds, peak = median_of(
            runs, before, [SCHEMASYNC, "check", *args], work, {0}, env=environment
        )
        figures[name] = seconds
        rows.append((label, name, f"{seconds * 1000:,.0f}", f"{peak:,.0f}"))
        print(f"  {name:<46} {seconds * 1000:>8,.0f} ms {peak:>7,.0f} MB", flush=True)

    measure("check --snapshot (reference)", lambda: None, ["--snapshot", "snapshot.json"])
    measure("check --migrations, cached", lambda: None, source)
    measure(
        "check --migrations, migrations changed",
        lambda: shutil.rmtree(cache / "schemas", ignore_errors=True),
        source,
    )
    measure(
        "check --migrations, first run (no cache)",
        lambda: shutil.rmtree(cache, ignore_errors=True),
        source,
    )
    cached = figures["check --migrations, cached"] / figures["check --snapshot (reference)"]
    print(f"  cached / snapshot: {cached:.2f}x (target <= 1.3)", flush=True)
    if naive:  # only for plain PostgreSQL histories: the naive way has no Supabase platform
        seconds = statistics.median(naive_apply(migrations) for _ in range(runs))
        name = "naive: initdb + psql -1 -f per file"
        rows.append((label, name, f"{seconds * 1000:,.0f}", "-"))
        changed = seconds / figures["check --migrations, migrations changed"]
        print(f"  {name:<46} {seconds * 1000:>8,.0f} ms", flush=True)
        print(f"  naive / changed: {changed:.2f}x faster", flush=True)
    shutil.rmtree(work)


def naive_apply(migrations: Path) -> float:
    """Seconds to get the schema the naive way, with the same PostgreSQL: a new cluster,
    every file through `psql --single-transaction`, then stop."""
    from codemod.introspect.server import TemporaryServer

    started = time.perf_counter()
    with TemporaryServer() as server:
        psql = server.bin_dir / "psql"
        for path in sorted(migrations.glob("*.sql")):
            subprocess.run(
                [
                    str(psql),
                    "-X",
                    "-q",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-1",
                    "-f",
                    str(path),
                    server.conninfo(),
                ],
                check=True,
                capture_output=True,
            )
    return time.perf_counter() - started


def bench_lint(statements: int, runs: int, rows: list[tuple[str, ...]]) -> None:
    work = Path(tempfile.mkdtemp(prefix="schemasync-bench-lint-"))
    (work / "pyproject.toml").write_text("[tool.schemasync]\n")
    migration = work / "20260101000000_large.sql"
    migration.write_text(large_migration(statements))
    seconds, peak = median_of(
        runs, lambda: None, [SCHEMASYNC, "lint", str(migration)], work, {0, 1}
    )
    label = f"lint, {statements:,} statements"
    rows.append(("-", label, f"{seconds * 1000:,.0f}", f"{peak:,.0f}"))
    print(
        f"  {label:<34} {seconds * 1000:>8,.0f} ms {peak:>7,.0f} MB "
        f"({statements / seconds:,.0f} statements/s)",
        flush=True,
    )
    shutil.rmtree(work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="small,medium,large")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lint-statements", type=int, default=5000)
    parser.add_argument(
        "--shadow", default="example,history", help="shadow database benchmarks (or 'none')"
    )
    args = parser.parse_args()
    rows: list[tuple[str, ...]] = []
    url = os.environ.get("SCHEMASYNC_BENCH_DB_URL")
    server = None if url else TemporaryServer()
    if server is not None:
        server.__enter__()
        url = server.conninfo()
    assert url is not None
    try:
        for name in args.sizes.split(","):
            bench_size(SIZES[name], url, args.runs, rows)
        has_lint = (
            subprocess.run(
                [SCHEMASYNC, "lint", "--help"], capture_output=True, check=False
            ).returncode
            == 0
        )
        if has_lint:
            bench_lint(args.lint_statements, args.runs, rows)
        shadow = set(args.shadow.split(","))
        if "example" in shadow:
            bench_shadow("example", EXAMPLE_MIGRATIONS, args.runs, rows, naive=False)
        if "history" in shadow:
            with tempfile.TemporaryDirectory() as folder:
                history = Path(folder)
                for name, text in migration_history(SIZES["medium"], 50).items():
                    (history / name).write_text(text)
                bench_shadow("500-table history", history, args.runs, rows, naive=True)
    finally:
        if server is not None:
            server.__exit__(None, None, None)
    print("\n| size | scenario | median wall time (ms) | peak memory (MB) |")
    print("| --- | --- | ---: | ---: |")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
