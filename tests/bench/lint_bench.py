"""Lint a large generated migration and print statements per second, next to squawk's.

    python tests/bench/lint_bench.py                  # 5,000 statements, 5 runs
    python tests/bench/lint_bench.py --statements 20000 --runs 3 --profile

Times the linter in-process (parse, read, every rule), then `schemasync lint` and
`squawk` (both with their JSON reporters) as whole processes on the same file, and each
on a one-statement file for its start-up, beside the floor (tests/bench/lint_floor.py:
start Python, import click and pglast, parse the file and decode its JSON), and the
ratios of the three whole processes. Medians of the runs; the commands take turns, so
that they share the machine's load. schemasync's modules are compiled to bytecode first,
as `pip install` does: where PYTHONDONTWRITEBYTECODE is set, a checkout would otherwise
compile them at every start.
`--profile` prints where the in-process time goes (cProfile). Figures only: nothing is
asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bytecode import compile_package

from codemod.lint.engine import Linter
from codemod.lint.rules import ALL_RULES
from codemod.lint.state import LintContext

SCHEMASYNC = str(Path(sys.executable).with_name("schemasync"))
SQUAWK = str(Path(sys.executable).with_name("squawk"))
FLOOR = [sys.executable, str(Path(__file__).resolve().with_name("lint_floor.py"))]
TARGET = 2.0  # schemasync / squawk, whole process (issue 13)

# One of each common kind of migration statement; a number makes every name unique.
TEMPLATES = (
    (
        "create table items_{n} (\n  id bigint generated always as identity primary key,\n"
        "  name text not null,\n  created_at timestamptz not null default now()\n);"
    ),
    "alter table items_{n} add column note text;",
    "create index concurrently items_{n}_name_idx on items_{n} (name);",
    "comment on table items_{n} is 'Generated table number {n}.';",
    "insert into items_{n} (name) values ('first'), ('second');",
    "alter table orders add column extra_{n} varchar(40);",
    "update orders set status = 'open' where id = {n};",
    "create type status_{n} as enum ('draft', 'open', 'closed');",
)


def generate(statements: int) -> str:
    parts = ["set lock_timeout = '5s';"]
    parts.extend(
        TEMPLATES[i % len(TEMPLATES)].format(n=i // len(TEMPLATES)) for i in range(statements - 1)
    )
    return "\n".join(parts) + "\n"


def whole_processes(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time of each command, output discarded; the commands take turns, run
    after run, so that they share the machine's load."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
            )
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(each) for name, each in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print the top of a profile")
    args = parser.parse_args()
    compile_package()  # what an installed copy has
    sql = generate(args.statements)
    times = []
    for _ in range(args.runs):
        linter = Linter(ALL_RULES, LintContext())  # a run's catalog starts empty
        start = time.perf_counter()
        result = linter.lint_text("bench.sql", sql)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(
        f"in-process: {result.statements:,} statements, {len(result.findings):,} findings, "
        f"median {median:.3f} s: {result.statements / median:,.0f} statements/s"
    )
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(Linter(ALL_RULES, LintContext()).lint_text, "bench.sql", sql)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sql"
        path.write_text(sql, encoding="utf-8")
        one = Path(folder) / "one.sql"
        one.write_text("select 1;\n", encoding="utf-8")
        commands = {
            "schemasync": [SCHEMASYNC, "lint", "--format", "json"],
            "squawk": [SQUAWK, "--reporter", "json"],
            "floor": FLOOR,
        }
        elapsed = whole_processes({n: [*c, str(path)] for n, c in commands.items()}, args.runs)
        startup = whole_processes({n: [*c, str(one)] for n, c in commands.items()}, args.runs)
    for name in commands:
        print(
            f"{name:<10} whole process: {elapsed[name]:.3f} s, "
            f"{result.statements / elapsed[name]:,.0f} statements/s; "
            f"start-up {startup[name]:.3f} s"
        )
    ratio = elapsed["schemasync"] / elapsed["squawk"]
    floor = elapsed["floor"] / elapsed["squawk"]
    above = elapsed["schemasync"] / elapsed["floor"]
    print(f"schemasync / squawk, whole process: {ratio:.1f}x (target <= {TARGET}x)")
    print(f"floor / squawk: {floor:.1f}x; schemasync / floor: {above:.2f}x")


if __name__ == "__main__":
    main()
