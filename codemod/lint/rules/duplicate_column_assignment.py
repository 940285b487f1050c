from __future__ import annotations

import re
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
        "update items set note = s.note from (select note as note from staged) s where s.id = id;",
        "insert into items (id, note) select id, note as note from staged;",
    )
    INVALID = (
        "update items set note = 'a', note = 'b' where id = 1;",
        'update items set "say ""hi""" = 1, "say ""hi""" = 2;',
        "update items set (note, status) = ('a', 'open'), status = 'done';",
        "insert into items (id, note, id) values (1, 'a', 2);",
    )

    STATEMENT_KINDS = frozenset({"UpdateStmt", "InsertStmt"})

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        # Most never name a column twice; the JSON says so before any tree is built.
        names = _NAMED_TARGET.findall(stmt.tree_json)
        if len(names) == len(set(names)):
            return
        if isinstance(stmt.node, ast.UpdateStmt):
            yield from _duplicates(stmt.node.targetList, "set")
        elif isinstance(stmt.node, ast.InsertStmt):
            yield from _duplicates(stmt.node.cols, "listed")


# The names of the statement's ResTargets, as libpg_query's JSON writes them, `name`
# first: those of SET and of the column list, and any others (a SELECT's aliases).
_NAMED_TARGET = re.compile(r'\{"ResTarget":\{"name":"((?:[^"\\]|\\.)*)"')


def _duplicates(targets: tuple[object, ...] | None, verb: str) -> Iterator[Report]:
    seen: set[str] = set()
    for target in targets or ():
        if not isinstance(target, ast.ResTarget) or not target.name:
            continue
        if target.name in seen:
            yield Report(f"column {target.name} is {verb} twice", target.location)
        seen.add(target.name)
