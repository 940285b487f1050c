from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ConstrType

from codemod.lint.nodes import SERIAL_TYPES, column_constraint, column_defs, type_name
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

# Constraints that give every existing row a value, so NOT NULL holds at once.
_FILLED = (ConstrType.CONSTR_DEFAULT, ConstrType.CONSTR_IDENTITY, ConstrType.CONSTR_GENERATED)
_NOT_NULL = (ConstrType.CONSTR_NOTNULL, ConstrType.CONSTR_PRIMARY)


class NotNullColumnWithoutDefault(Rule):
    """Adding a NOT NULL column without a default fails on any table that has rows.

    PostgreSQL: ADD COLUMN fills existing rows with the default (NULL without one), so a
    NOT NULL column without a default fails with SQLSTATE 23502 on any row.
    """

    id = "not-null-column-without-default"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Add the column with a constant default (instant since PostgreSQL 11), or add it "
        "nullable, backfill it, then make it NOT NULL."
    )
    VALID = (
        "alter table items add column archived boolean not null default false;",
        "alter table items add column note text;",
        "create table drafts (id bigint primary key, title text not null);",
    )
    INVALID = ("alter table items add column archived boolean not null;",)

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if state.created(node.relation):
            return
        for _, column in column_defs(node):
            not_null = column.is_not_null or column_constraint(column, *_NOT_NULL)
            filled = column_constraint(column, *_FILLED) or (
                type_name(column.typeName) in SERIAL_TYPES
            )
            if not_null and not filled:
                yield Report(
                    f"column {column.colname} is NOT NULL with no default: the ALTER fails if "
                    "the table has rows",
                    column.location,
                )
