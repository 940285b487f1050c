from __future__ import annotations

from collections.abc import Iterator

from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class EnumValueUsedInTransaction(Rule):
    """A value added with ALTER TYPE ... ADD VALUE cannot be used until the transaction
    commits (SQLSTATE 55P04). Supabase runs each migration file in one transaction, so a
    later statement in the same file that uses the value fails.

    PostgreSQL: a value added by ALTER TYPE ... ADD VALUE cannot be used until the
    transaction that added it commits (SQLSTATE 55P04, "unsafe use of new value").
    """

    id = "enum-value-used-in-transaction"
    severity = Severity.CRITICAL
    category = "unsafe"
    help = "Move the statements that use the new value to a later migration file."
    VALID = (
        (
            "alter type item_status add value 'archived' after 'active';"
            " alter type item_status add value 'deleted' after 'archived';"
        ),
        (
            "alter type item_status add value 'archived' after 'active';"
            " update items set note = 'archived notes';"
        ),
    )
    INVALID = (
        (
            "alter type item_status add value 'archived' after 'active';"
            " update items set status = 'archived' where archived_at is not null;"
        ),
    )

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        # ADD VALUE ... AFTER a value added just before it is allowed: it only orders.
        if not state.new_enum_values or stmt.kind == "AlterEnumStmt":
            return
        for value, token in stmt.strings():
            enum = state.new_enum_values.get(value)
            if enum is not None:
                yield Report(
                    f"'{value}' was added to enum {enum} in this transaction and cannot be "
                    "used before it commits",
                    stmt.token_location(token),
                )
