from __future__ import annotations

from collections.abc import Iterator

from pglast import ast

from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class DuplicateColumnAssignment(Rule):
    """An UPDATE that sets one column twice, or an INSERT that lists one column twice,
    fails: the migration stops there.

    PostgreSQL: parse analysis rejects it ("multiple assignments to same column",
    "column specified more than once", SQLSTATE 42601 and 42701); the parser alone does not,
    so only running the migration would tell.
    """

    id = "duplicate-column-assignment"
    severity = Severity.CRITICAL
    category = "syntax"
    help = "Name each column once."
    VALID = (
        "update items set note = 'a', status = 'open' where id = 1;",
        "insert into items (id, note) values (1, 'a');",
    )
    INVALID = (
        "update items set note = 'a', note = 'b' where id = 1;",
        "update items set (note, status) = ('a', 'open'), status = 'done';",
        "insert into items (id, note, id) values (1, 'a', 2);",
    )

    def visit_UpdateStmt(
        self, node: ast.UpdateStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from _duplicates(node.targetList, "set")

    def visit_InsertStmt(
        self, node: ast.InsertStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from _duplicates(node.cols, "listed")


def _duplicates(targets: tuple[object, ...] | None, verb: str) -> Iterator[Report]:
    seen: set[str] = set()
    for target in targets or ():
        if not isinstance(target, ast.ResTarget) or not target.name:
            continue
        if target.name in seen:
            yield Report(f"column {target.name} is {verb} twice", target.location)
        seen.add(target.name)
