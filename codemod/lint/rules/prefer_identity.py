from __future__ import annotations

from collections.abc import Iterator

from codemod.lint.nodes import SERIAL_TYPES, TABLE_KINDS, statement_column_types
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class PreferIdentity(Rule):
    """`serial` is not a type but an integer with a default from a separate sequence, which
    grants, `create table ... (like ...)` and copies must handle on their own; an identity
    column (SQL standard) keeps the sequence part of the column.

    PostgreSQL: serial is a notation for an integer column with a DEFAULT nextval() of a
    sequence it owns (OWNED BY); an identity column (10+) ties the sequence to the
    column.
    """

    id = "prefer-identity"
    severity = Severity.LOW
    category = "hygiene"
    help = "Use `bigint generated always as identity` (or `by default` to allow explicit ids)."
    VALID = ("create table events (id bigint generated always as identity primary key);",)
    INVALID = ("create table events (id bigserial primary key);",)

    STATEMENT_KINDS = TABLE_KINDS

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        for column, name, _, location in statement_column_types(stmt):
            if name in SERIAL_TYPES:
                yield Report(f"column {column} is {name}; use an identity", location)
