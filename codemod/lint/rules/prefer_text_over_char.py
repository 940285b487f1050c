from __future__ import annotations

from collections.abc import Iterator

from codemod.lint.nodes import TABLE_KINDS, statement_column_types
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class PreferTextOverChar(Rule):
    """`char(n)` pads values with spaces, and the padding leaks into comparisons and clients.

    PostgreSQL: character(n) pads with spaces to n, and the padding is insignificant in
    comparisons but shows in output and in casts to text.
    """

    id = "prefer-text-over-char"
    severity = Severity.LOW
    category = "hygiene"
    help = "Use text, with `check (char_length(<column>) = n)` for fixed-length codes."
    VALID = ("create table countries (code text primary key check (char_length(code) = 2));",)
    INVALID = ("create table countries (code char(2) primary key);",)

    STATEMENT_KINDS = TABLE_KINDS

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        for column, name, _, location in statement_column_types(stmt):
            if name == "bpchar":
                yield Report(f"column {column} is char(n); text fits", location)
