"""Time schemasync as whole processes at three schema sizes; print wall time and memory,
and ratios measured in the same run.

    python tests/bench/bench.py                 # all sizes, 5 runs each
    python tests/bench/bench.py --sizes small --runs 3

A real PostgreSQL is started (or named by SCHEMASYNC_BENCH_DB_URL) and stays up, as a
developer's local Supabase does: figures are for schemasync, not for server start-up.
`check` in sync is timed in interleaved rounds beside the floor (tests/bench/floor.py:
start, import psycopg, connect, fetch the catalog) and, when the bench extra is installed,
schemainspect (tests/bench/peer_schemainspect.py), so that the ratios share the machine's
load; so is a little drift, at every size in each round, for its ratios over small.
Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bytecode import compile_package
from generate import SIZES, Size, drift_sql, large_migration, migration_history, schema_sql

from codemod.introspect.server import TemporaryServer
from codemod.objects import OBJECTS_FILE

SCHEMASYNC = str(Path(sys.executable).with_name("schemasync"))
EXAMPLE_MIGRATIONS = Path(__file__).resolve().parents[2] / "fixtures" / "supabase" / "migrations"
HERE = Path(__file__).resolve().parent
FLOOR = [sys.executable, str(HERE / "floor.py")]
PEER = [sys.executable, str(HERE / "peer_schemainspect.py")]
HAS_PEER = importlib.util.find_spec("schemainspect") is not None
IN_SYNC = "check, in sync"
FLOOR_LABEL = "floor: start, import psycopg, connect, fetch"
PEER_LABEL = "schemainspect, cold"
DRIFT = ("apply, a little drift", "apply --dry-run, a little drift", "check, a little drift")
FULL_PATH = "apply, a little drift, full path"  # schema_objects.txt deleted first
IN_SYNC_TARGETS = {"small": 1.3, "medium": 1.5, "large": 1.5}
DRIFT_TARGETS = {"medium": 1.6, "large": 2.5}
PEER_TARGET = 2.5


@contextlib.contextmanager
def bench_database() -> Iterator[str]:
    """The server to time against: SCHEMASYNC_BENCH_DB_URL, else a throwaway one that
    stays up for the whole bench, as a developer's local Supabase does."""
    url = os.environ.get("SCHEMASYNC_BENCH_DB_URL")
    if url:
        yield url
        return
    with TemporaryServer() as server:
        yield server.conninfo()


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


def interleaved(
    runs: int, commands: dict[str, tuple[Callable[[], None], list[str], set[int]]], cwd: Path
) -> dict[str, tuple[float, float]]:
    """Median seconds and peak MB of each command, run in turn within each round."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    peaks: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, (before, args, expect) in commands.items():
            before()
            seconds, peak, code = run_measured(args, cwd)
            if code not in expect:
                raise SystemExit(f"{' '.join(args)} exited {code}")
            times[label].append(seconds)
            peaks[label].append(peak)
    return {label: (statistics.median(times[label]), max(peaks[label])) for label in commands}


def load_schema_sql(conninfo: str, sql: str, per_transaction: int = 200) -> None:
    """Run the generated DDL a few hundred statements a transaction: 2,000 tables in one
    would need more locks than max_locks_per_transaction allows."""
    statements = [s for s in sql.split(";\n") if s.strip()]
    with psycopg.connect(conninfo, autocommit=True) as conn:
        for start in range(0, len(statements), per_transaction):
            chunk = statements[start : start + per_transaction]
            conn.execute((";\n".join(chunk) + ";").encode())


@dataclass(frozen=True)
class Drifted:
    """A size's project, its package in sync saved aside, and its database drifted."""

    size: Size
    work: Path
    args: list[str]  # the source: --db-url of its database
    restore: Callable[[], None]  # put the package in sync back


def bench_size(
    size: Size, url: str, runs: int, rows: list[tuple[str, ...]], figures: dict[str, float]
) -> Drifted:
    """Time the scenarios at `size` that need no drift (`figures` gets "size/scenario"
    -> median seconds); then drift its database, for `bench_drift`."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"drop database if exists bench_{size.name} with (force)")
        conn.execute(f"create database bench_{size.name}")
    db = psycopg.conninfo.make_conninfo(url, dbname=f"bench_{size.name}")
    load_schema_sql(db, schema_sql(size))
    with psycopg.connect(db, autocommit=True) as conn:
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

    def record(label: str, seconds: float, peak: float) -> None:
        figures[f"{size.name}/{label}"] = seconds
        rows.append((size.name, label, f"{seconds * 1000:,.0f}", f"{peak:,.0f}"))
        print(f"  {label:<46} {seconds * 1000:>8,.0f} ms {peak:>7,.0f} MB", flush=True)

    def measure(label: str, before: Callable[[], None], args: list[str], expect: set[int]) -> None:
        record(label, *median_of(runs, before, base + args + url_args, work, expect))

    print(
        f"{size.name}: {size.tables} tables, {size.enums} enums, {columns[0] if columns else 0}"
        " columns",
        flush=True,
    )
    measure("apply into an empty package", reset_empty, ["apply"], {0})
    shutil.copytree(package, in_sync)
    lines = sum(len(p.read_text().splitlines()) for p in package.rglob("*.py"))
    print(f"  (package: {lines:,} lines)", flush=True)
    trio = {
        FLOOR_LABEL: (lambda: None, [*FLOOR, db], {0}),
        IN_SYNC: (restore_in_sync, [*base, "check", *url_args], {0}),
    }
    if HAS_PEER:
        trio[PEER_LABEL] = (lambda: None, [*PEER, db], {0})
    for label, (seconds, peak) in interleaved(runs, trio, work).items():
        record(label, seconds, peak)
    check_s = figures[f"{size.name}/{IN_SYNC}"]
    floor = check_s / figures[f"{size.name}/{FLOOR_LABEL}"]
    print(f"  check in sync / floor: {floor:.2f}x (target <= {IN_SYNC_TARGETS[size.name]})")
    if HAS_PEER:
        peer = figures[f"{size.name}/{PEER_LABEL}"] / check_s
        print(f"  schemainspect / check in sync: {peer:.2f}x (target >= {PEER_TARGET})")
    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute(drift_sql(size).encode())
    return Drifted(size, work, url_args, restore_in_sync)


def bench_drift(
    drifted: list[Drifted], runs: int, rows: list[tuple[str, ...]], figures: dict[str, float]
) -> None:
    """A little drift at every size, in interleaved rounds (each round runs every
    scenario at every size in turn), so that the ratios of the sizes share the load."""
    scenarios = {DRIFT[2]: (["check"], {1}), DRIFT[1]: (["apply", "--dry-run"], {1})}
    scenarios[DRIFT[0]] = (["apply"], {0})
    scenarios[FULL_PATH] = (["apply"], {0})  # what the record saves, beside it
    times: dict[tuple[str, str], list[float]] = {}
    peaks: dict[tuple[str, str], list[float]] = {}
    for _ in range(runs):
        for label, (command, expect) in scenarios.items():
            for case in drifted:
                case.restore()
                if label == FULL_PATH:
                    (case.work / "schemas" / OBJECTS_FILE).unlink()
                seconds, peak, code = run_measured([SCHEMASYNC, *command, *case.args], case.work)
                if code not in expect:
                    raise SystemExit(f"{label} at {case.size.name} exited {code}")
                times.setdefault((case.size.name, label), []).append(seconds)
                peaks.setdefault((case.size.name, label), []).append(peak)
    print("a little drift (interleaved rounds):", flush=True)
    for (size, label), measured in times.items():
        seconds, peak = statistics.median(measured), max(peaks[(size, label)])
        figures[f"{size}/{label}"] = seconds
        rows.append((size, label, f"{seconds * 1000:,.0f}", f"{peak:,.0f}"))
        print(f"  {size:<7} {label:<40} {seconds * 1000:>8,.0f} ms {peak:>7,.0f} MB", flush=True)
    for case in drifted:
        shutil.rmtree(case.work)


def ratios(figures: dict[str, float]) -> list[tuple[str, ...]]:
    """The ratios of this run, with their targets: check in sync over the floor and
    schemainspect over it at each size; a little drift at medium and large over small."""
    out: list[tuple[str, ...]] = []
    for size, target in IN_SYNC_TARGETS.items():
        in_sync = figures.get(f"{size}/{IN_SYNC}")
        if in_sync is None:
            continue
        floor = in_sync / figures[f"{size}/{FLOOR_LABEL}"]
        out.append((size, "check in sync / floor", f"{floor:.2f}x", f"<= {target}x"))
        if f"{size}/{PEER_LABEL}" in figures:
            peer = figures[f"{size}/{PEER_LABEL}"] / in_sync
            out.append(
                (size, "schemainspect / check in sync", f"{peer:.2f}x", f">= {PEER_TARGET}x")
            )
    for size, target in DRIFT_TARGETS.items():
        for label in DRIFT:
            if f"{size}/{label}" in figures and f"small/{label}" in figures:
                ratio = figures[f"{size}/{label}"] / figures[f"small/{label}"]
                out.append((size, f"{label} / small", f"{ratio:.2f}x", f"<= {target}x"))
    return out


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
    every file through `psql --single-transaction`, then stop. The roles the history
    grants to are all it needs of a platform, and are created first."""
    from codemod.introspect.server import TemporaryServer

    started = time.perf_counter()
    with TemporaryServer() as server:
        psql = [str(server.bin_dir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-1"]
        conninfo = server.conninfo()
        roles = "create role anon; create role authenticated;"
        subprocess.run([*psql, "-c", roles, conninfo], check=True, capture_output=True)
        for path in sorted(migrations.glob("*.sql")):
            subprocess.run([*psql, "-f", str(path), conninfo], check=True, capture_output=True)
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
    compile_package()  # what an installed copy has
    rows: list[tuple[str, ...]] = []
    figures: dict[str, float] = {}
    with bench_database() as url:
        drifted = [
            bench_size(SIZES[name], url, args.runs, rows, figures)
            for name in filter(None, args.sizes.split(","))
        ]
        bench_drift(drifted, args.runs, rows, figures)
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
    print("\n| size | scenario | median wall time (ms) | peak memory (MB) |")
    print("| --- | --- | ---: | ---: |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    measured = ratios(figures)
    if measured:
        print("\n| size | ratio (same run) | measured | target |")
        print("| --- | --- | ---: | ---: |")
        for row in measured:
            print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
