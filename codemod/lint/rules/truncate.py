from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import DropBehavior

from codemod.lint.nodes import relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class Truncate(Rule):
    """TRUNCATE deletes every row (with CASCADE, also the rows of every table that
    references it) under an ACCESS EXCLUSIVE lock.

    PostgreSQL: TRUNCATE takes ACCESS EXCLUSIVE and empties the table at once, without
    scanning it or firing ON DELETE triggers; CASCADE empties every table with a foreign
    key to it.
    """

    id = "truncate"
    severity = Severity.CRITICAL
    category = "unsafe"
    help = "Delete the rows you mean with DELETE ... WHERE, in batches, from a reviewed script."
    VALID = (
        "delete from items where created_at < now() - interval '1 year';",
        "create table scratch_rows (id bigint primary key); truncate scratch_rows;",
    )
    INVALID = ("truncate items;", "truncate table items cascade;")

    def visit_TruncateStmt(
        self, node: ast.TruncateStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        tables = [relation_key(r) for r in node.relations or () if not state.created(r)]
        if tables:
            cascade = node.behavior == DropBehavior.DROP_CASCADE
            also = " and the rows of every table that references them" if cascade else ""
            yield Report(f"truncate deletes every row of {', '.join(tables)}{also}")
