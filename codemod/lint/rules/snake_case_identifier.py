from __future__ import annotations

from collections.abc import Iterator

from codemod.lint.names import NAMING_KINDS, statement_names
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class SnakeCaseIdentifier(Rule):
    """New tables, columns, types, indexes, constraints, views, schemas and functions
    should match `naming.identifier` (snake_case by default): mixed case must be quoted
    everywhere, forever.

    PostgreSQL: unquoted identifiers are folded to lower case, so a mixed-case name must
    be double-quoted in every statement that uses it.
    """

    id = "snake-case-identifier"
    severity = Severity.LOW
    category = "naming"
    help = "Use lower-case snake_case names (or set [tool.schemasync.lint.naming] identifier)."
    VALID = ("create table order_items (id bigint primary key, unit_price numeric);",)
    INVALID = (
        'create table "OrderItems" (id bigint primary key);',
        'alter table order_items add column "unitPrice" numeric;',
    )

    STATEMENT_KINDS = NAMING_KINDS

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        pattern = state.config.naming.pattern("identifier")
        for new in statement_names(stmt):
            if not pattern.match(new.name):
                yield Report(f"{new.kind} name {new.name!r} is not snake_case", new.location)
