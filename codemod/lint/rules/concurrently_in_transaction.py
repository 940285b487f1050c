from __future__ import annotations

from collections.abc import Iterator

from codemod.lint.nodes import CONCURRENT_KINDS, concurrent_operation
from codemod.lint.rule import Report, Rule
from codemod.lint.source import ParseFailure, Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class ConcurrentlyInTransaction(Rule):
    """CONCURRENTLY cannot run inside a transaction block: the statement fails (SQLSTATE
    25001). The Supabase CLI sends it on its own, but not inside an explicit BEGIN, and
    `transaction_mode = "single"` runs the whole file as one transaction.

    PostgreSQL: CREATE/DROP INDEX CONCURRENTLY, REINDEX CONCURRENTLY and DETACH
    PARTITION CONCURRENTLY cannot run inside a transaction block
    (PreventInTransactionBlock, SQLSTATE 25001).
    """

    id = "concurrently-in-transaction"
    severity = Severity.CRITICAL
    category = "unsafe"
    help = "Move the statement out of BEGIN ... COMMIT, or into a migration file of its own."
    VALID = ("create index concurrently items_code_idx on items (code);",)
    INVALID = (
        "begin; create index concurrently items_code_idx on items (code); commit;",
        "begin; drop index concurrently items_code_idx; commit;",
    )

    STATEMENT_KINDS = CONCURRENT_KINDS

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        what = None if isinstance(stmt.node, ParseFailure) else concurrent_operation(stmt.node)
        if what and state.in_transaction(concurrently=True):
            where = "after BEGIN" if state.in_block else "in a single-transaction file"
            yield Report(f"{what} fails inside a transaction block ({where})")
