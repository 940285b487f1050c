from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from pglast import ast
from pglast.enums.parsenodes import TransactionStmtKind

from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

_BEGIN = frozenset({TransactionStmtKind.TRANS_STMT_BEGIN, TransactionStmtKind.TRANS_STMT_START})
_END = frozenset({TransactionStmtKind.TRANS_STMT_COMMIT, TransactionStmtKind.TRANS_STMT_ROLLBACK})


class NestedTransaction(Rule):
    """BEGIN, COMMIT or ROLLBACK that fight the transaction the migration runs in: a
    BEGIN inside one does nothing, a COMMIT or ROLLBACK inside the runner's ends it
    early (what follows is no longer all-or-nothing), and a BEGIN never committed
    leaves the file's work to be rolled back.

    PostgreSQL: BEGIN inside a transaction block only warns ("there is already a
    transaction in progress"); COMMIT ends the block whoever opened it. The Supabase
    CLI runs each file in one transaction (`transaction_mode`).
    """

    id = "nested-transaction"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Leave out BEGIN and COMMIT: the runner wraps the file in a transaction (with "
        'transaction_mode = "none", pair each BEGIN with a COMMIT).'
    )
    EXAMPLE_CONFIG = MappingProxyType({"transaction_mode": "none"})
    VALID = ("begin; alter table items add column note text; commit;",)
    INVALID = (
        "begin; begin; alter table items add column note text; commit;",
        "begin; alter table items add column note text;",
    )

    def visit_TransactionStmt(
        self, node: ast.TransactionStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        runner = state.config.transaction_mode != "none"
        if node.kind in _BEGIN:
            if state.in_block or runner:
                yield Report("begin inside a transaction block does nothing (a warning)")
            else:
                yield Report(
                    "this transaction is never committed in the file",
                    unless=lambda end: not end.in_block,
                )
        elif node.kind in _END and runner and not state.in_block:
            yield Report(
                f"{node.kind.name.removeprefix('TRANS_STMT_').lower()} ends the transaction "
                "the runner started: the statements after it are not all-or-nothing"
            )
