from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import AlterTableType

from codemod.lint.nodes import alter_commands
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class ConcurrentlyInTransaction(Rule):
    """CONCURRENTLY cannot run inside a transaction block: the statement fails (SQLSTATE
    25001). The Supabase CLI sends it on its own, but not inside an explicit BEGIN, and
    `transaction_mode = "single"` runs the whole file as one transaction."""

    id = "concurrently-in-transaction"
    severity = Severity.CRITICAL
    category = "unsafe"
    help = "Move the statement out of BEGIN ... COMMIT, or into a migration file of its own."
    VALID = ("create index concurrently items_code_idx on items (code);",)
    INVALID = (
        "begin; create index concurrently items_code_idx on items (code); commit;",
        "begin; drop index concurrently items_code_idx; commit;",
    )

    def visit_IndexStmt(
        self, node: ast.IndexStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.concurrent:
            yield from self._report("create index concurrently", state)

    def visit_DropStmt(
        self, node: ast.DropStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.concurrent:
            yield from self._report("drop index concurrently", state)

    def visit_ReindexStmt(
        self, node: ast.ReindexStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        options = (p.defname for p in node.params or () if isinstance(p, ast.DefElem))
        if "concurrently" in options:
            yield from self._report("reindex concurrently", state)

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        for cmd in alter_commands(node, AlterTableType.AT_DetachPartition):
            if isinstance(cmd.def_, ast.PartitionCmd) and cmd.def_.concurrent:
                yield from self._report("detach partition concurrently", state)

    def _report(self, what: str, state: FileState) -> Iterator[Report]:
        if state.in_transaction(concurrently=True):
            where = "after BEGIN" if state.in_block else "in a single-transaction file"
            yield Report(f"{what} fails inside a transaction block ({where})")
