from __future__ import annotations

from collections.abc import Iterator

from codemod.lint.nodes import TABLE_KINDS, has_length, statement_column_types
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class PreferText(Rule):
    """`varchar(n)` stores the same as `text`, and raising n later may lock the table.

    PostgreSQL: varchar(n) and text are stored alike (a varlena); the limit is only a
    check, and raising it is free but lowering it or adding one rewrites or scans
    (ATColumnChangeRequiresRewrite).
    """

    id = "prefer-text"
    severity = Severity.LOW
    category = "hygiene"
    help = "Use text, with `check (char_length(<column>) <= n)` if the limit is a business rule."
    VALID = ("create table notes (id bigint primary key, body text);",)
    INVALID = (
        "create table notes (id bigint primary key, body varchar(255));",
        "alter table notes add column title character varying(80);",
    )

    STATEMENT_KINDS = TABLE_KINDS

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        for column, name, type_, location in statement_column_types(stmt):
            if name == "varchar" and has_length(type_):
                yield Report(f"column {column} is varchar(n); text fits", location)
