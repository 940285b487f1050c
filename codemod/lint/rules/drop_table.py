from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ObjectType

from codemod.lint.nodes import dropped_keys
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class DropTable(Rule):
    """DROP TABLE deletes the table and every row in it, and breaks the code that reads it.

    PostgreSQL: DROP TABLE removes the table and its data at commit, under ACCESS
    EXCLUSIVE; there is no undo. A table the same migration created has no data yet.
    """

    id = "drop-table"
    severity = Severity.CRITICAL
    category = "unsafe"
    help = (
        "Stop reading and writing the table in code and deploy; keep a backup; drop it in a "
        "later migration."
    )
    VALID = (
        "create table scratch_rows (id bigint primary key); drop table scratch_rows;",
        "drop view if exists active_items;",
    )
    INVALID = ("drop table if exists items;", "drop table items, orders cascade;")

    def visit_DropStmt(
        self, node: ast.DropStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.removeType == ObjectType.OBJECT_TABLE:
            for key in dropped_keys(node):
                if not state.created_key(key):
                    yield Report(f"drop table {key} deletes the table and all its rows")
