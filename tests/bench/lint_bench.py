"""Lint a large generated migration and print statements per second.

    python tests/bench/lint_bench.py                  # 20,000 statements, 3 runs
    python tests/bench/lint_bench.py --statements 100000 --runs 1

Times the linter in-process (scan, split, parse each statement, every rule), and then
the `schemasync lint` command as a whole process. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from codemod.lint.engine import Linter
from codemod.lint.rules import ALL_RULES
from codemod.lint.state import LintContext

SCHEMASYNC = str(Path(sys.executable).with_name("schemasync"))

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sql = generate(args.statements)
    linter = Linter(ALL_RULES, LintContext())
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        result = linter.lint_text("bench.sql", sql)
        times.append(time.perf_counter() - start)
    best = min(times)
    print(
        f"in-process: {result.statements:,} statements, {len(result.findings):,} findings, "
        f"best {best:.2f} s (median {statistics.median(times):.2f} s): "
        f"{result.statements / best:,.0f} statements/s"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sql"
        path.write_text(sql, encoding="utf-8")
        start = time.perf_counter()
        subprocess.run(
            [SCHEMASYNC, "lint", "--format", "json", str(path)],
            cwd=folder,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        elapsed = time.perf_counter() - start
    print(
        f"whole command: {elapsed:.2f} s, {result.statements / elapsed:,.0f} statements/s "
        "(start-up and JSON output included)"
    )


if __name__ == "__main__":
    main()
