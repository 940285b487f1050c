from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ObjectType

from codemod.lint.nodes import dropped_keys
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class DropIndexWithoutConcurrently(Rule):
    """DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table,
    blocking reads and writes while it waits for running queries.

    PostgreSQL: DROP INDEX takes ACCESS EXCLUSIVE on the index's table; DROP INDEX
    CONCURRENTLY waits for the queries using it without blocking new ones.
    """

    id = "drop-index-without-concurrently"
    severity = Severity.HIGH
    category = "unsafe"
    help = "Use `drop index concurrently if exists <name>`, one index per statement."
    VALID = (
        "drop index concurrently if exists items_code_idx;",
        "create index concurrently items_tmp_idx on items (code); drop index items_tmp_idx;",
    )
    INVALID = ("drop index if exists items_code_idx;",)

    def visit_DropStmt(
        self, node: ast.DropStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.removeType == ObjectType.OBJECT_INDEX and not node.concurrent:
            for key in dropped_keys(node):
                if not state.created_key(key):
                    yield Report(f"dropping index {key} locks its table against reads and writes")
