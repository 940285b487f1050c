"""Lint a folder of migration histories and print findings per rule per 100 statements.

    python tests/bench/lint_precision.py HISTORIES          # HISTORIES/<project>/migrations/*.sql
    python tests/bench/lint_precision.py HISTORIES --rule missing-lock-timeout --show 20

Each project's migrations are linted as `schemasync lint` lints a migrations folder: in
name order, each file meeting the schema the files before it built. There is no schema
package, so python-impact stays silent. The figures say how noisy each rule is on real
histories; `--show` prints findings of one rule for a reviewer to judge. Nothing is
asserted.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from codemod.lint.engine import Finding, Linter
from codemod.lint.rule import MigrationFile
from codemod.lint.rules import ALL_RULES
from codemod.lint.state import LintContext


def lint_history(folder: Path) -> tuple[list[Finding], int]:
    """The findings of one project's migrations folder, and its statement count."""
    files = sorted(folder.glob("*.sql"), key=lambda p: p.name)
    linter = Linter(ALL_RULES, LintContext())
    findings: list[Finding] = []
    statements = 0
    for path in files:
        text = path.read_bytes().decode("utf-8", "replace")
        result = linter.lint_text(f"{folder.parent.name}/{path.name}", text)
        findings.extend(result.findings)
        statements += result.statements
    names = [MigrationFile(f"{folder.parent.name}/{p.name}", p.name, True, False) for p in files]
    findings.extend(linter.lint_migrations(names))
    return findings, statements


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("histories", type=Path, help="a folder of <project>/migrations/")
    parser.add_argument("--rule", help="with --show: the rule whose findings to print")
    parser.add_argument("--show", type=int, default=0, help="print this many findings")
    args = parser.parse_args()
    folders = sorted(p for p in args.histories.glob("*/migrations") if p.is_dir())
    counts: Counter[str] = Counter()
    projects: Counter[str] = Counter()  # projects where the rule reports at least once
    statements = 0
    shown = 0
    for folder in folders:
        findings, count = lint_history(folder)
        statements += count
        counts.update(f.rule for f in findings)
        projects.update({f.rule for f in findings})
        for f in findings:
            if f.rule == args.rule and shown < args.show:
                print(f"{f.path}:{f.line}:{f.column}: {f.message}")
                shown += 1
    print(f"{len(folders)} projects, {statements:,} statements, {sum(counts.values()):,} findings")
    print(f"{'rule':<40} {'findings':>9} {'per 100 st.':>12} {'projects':>9}")
    for rule in sorted(counts, key=lambda r: (-counts[r], r)):
        per_100 = 100 * counts[rule] / max(statements, 1)
        print(f"{rule:<40} {counts[rule]:>9,} {per_100:>12.2f} {projects[rule]:>9}")


if __name__ == "__main__":
    main()
