from __future__ import annotations

from collections.abc import Iterator

from codemod.lint.names import NAMING_KINDS, statement_names
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.naming import singularize, split_words
from codemod.severity import Severity


def is_plural(name: str) -> bool:
    """By the last word: `order_items`, `people`, `analyses`, and words like `status`
    that read the same either way, are plural enough."""
    words = split_words(name)
    last = words[-1].lower() if words else ""
    return singularize(last) != last or last.endswith("s")


class PluralTableName(Rule):
    """Table names should be plural (`naming.table = "plural"`, the default; `"singular"`
    asks the opposite, `"any"` turns this off): schemasync turns `order_items` into
    `OrderItemRow`, and one convention keeps joins readable.

    PostgreSQL imposes no form; the rule keeps one convention so that schemasync's class
    names (`order_items` -> `OrderItemRow`) and joins read alike.
    """

    id = "plural-table-name"
    severity = Severity.LOW
    category = "naming"
    help = "Name tables in the plural (`order_items`), or set naming.table in the config."
    VALID = ("create table order_items (id bigint primary key);",)
    INVALID = ("create table order_item (id bigint primary key);",)

    STATEMENT_KINDS = NAMING_KINDS

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        wanted = state.config.naming.table
        if wanted == "any":
            return
        for new in statement_names(stmt):
            if new.kind == "table" and is_plural(new.name) != (wanted == "plural"):
                yield Report(f"table name {new.name!r} is not {wanted}", new.location)
