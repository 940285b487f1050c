from __future__ import annotations

import keyword
from collections.abc import Iterator

from pglast.keywords import RESERVED_KEYWORDS, TYPE_FUNC_NAME_KEYWORDS

from codemod.lint.names import NAMING_KINDS, statement_names
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

# Words that must be quoted wherever they name a table or column.
_SQL_RESERVED = frozenset(RESERVED_KEYWORDS | TYPE_FUNC_NAME_KEYWORDS)


class ReservedWordIdentifier(Rule):
    """A name that is an SQL reserved word must be quoted in every query; a column named
    after a Python keyword (`from`, `class`) cannot be a TypedDict field in class syntax.

    PostgreSQL: reserved key words (Appendix C, and those that cannot be function or
    type names) can name objects only when quoted.
    """

    id = "reserved-word-identifier"
    severity = Severity.LOW
    category = "naming"
    help = "Pick a name that is neither an SQL reserved word nor a Python keyword (`starts_on`)."
    VALID = ("create table bookings (id bigint primary key, starts_on date, ends_on date);",)
    INVALID = (
        'create table bookings (id bigint primary key, "from" date, "to" date);',
        'create table "order" (id bigint primary key);',
        "alter table bookings add column global boolean;",
    )

    STATEMENT_KINDS = NAMING_KINDS

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        for new in statement_names(stmt):
            reasons = []
            if new.name in _SQL_RESERVED:
                reasons.append("an SQL reserved word")
            if new.kind == "column" and keyword.iskeyword(new.name):
                reasons.append("a Python keyword")
            if reasons:
                yield Report(
                    f"{new.kind} name {new.name!r} is {' and '.join(reasons)}", new.location
                )
