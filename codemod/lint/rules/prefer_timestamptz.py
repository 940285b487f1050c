from __future__ import annotations

from collections.abc import Iterator

from codemod.lint.nodes import TABLE_KINDS, statement_column_types
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class PreferTimestamptz(Rule):
    """`timestamp` without time zone records a wall-clock time with no zone: the same
    instant reads differently from servers and clients in other zones.

    PostgreSQL: timestamp stores a wall-clock reading with no zone; timestamptz stores
    an instant (UTC) and converts on input and output by the session's TimeZone.
    """

    id = "prefer-timestamptz"
    severity = Severity.MEDIUM
    category = "hygiene"
    help = "Use timestamptz (timestamp with time zone); it stores an instant."
    VALID = ("create table events (id bigint primary key, at timestamptz not null);",)
    INVALID = (
        "create table events (id bigint primary key, at timestamp not null);",
        "alter table events add column seen_at timestamp without time zone;",
    )

    STATEMENT_KINDS = TABLE_KINDS

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        for column, name, _, location in statement_column_types(stmt):
            if name == "timestamp":
                yield Report(f"column {column} is timestamp without time zone", location)
