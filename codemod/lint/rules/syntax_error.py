from __future__ import annotations

from collections.abc import Iterator

from codemod.lint.rule import Report, Rule
from codemod.lint.source import ParseFailure, Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class InvalidSyntax(Rule):
    """A statement PostgreSQL's parser rejects; the migration would stop there.

    Each statement is parsed on its own, so every syntax error in a file is reported,
    with the message and position the parser gives.

    PostgreSQL: the statement is parsed by libpg_query, PostgreSQL's own parser
    (raw_parser), so the message and position are the server's.
    """

    id = "syntax-error"
    severity = Severity.CRITICAL
    category = "syntax"
    help = "Fix the statement; PostgreSQL rejects it and the migration stops here."
    VALID = ("create table items (id bigint primary key);",)
    INVALID = (
        "create table items (id bigint primary key,);",
        "select 'unterminated;",
    )

    def visit_ParseFailure(
        self, node: ParseFailure, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield Report(node.message, node.location)
