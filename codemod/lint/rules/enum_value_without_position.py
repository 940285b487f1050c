from __future__ import annotations

from collections.abc import Iterator

from pglast import ast

from codemod.lint.nodes import names_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class EnumValueWithoutPosition(Rule):
    """ALTER TYPE ... ADD VALUE without BEFORE or AFTER appends the value, and an enum's
    order is what `<`, `>` and ORDER BY compare (and the order of the Python members).

    PostgreSQL: ADD VALUE without BEFORE or AFTER puts the value last; enum values
    compare in their declared order (pg_enum.enumsortorder).
    """

    id = "enum-value-without-position"
    severity = Severity.MEDIUM
    category = "unsafe"
    help = "Say where the value goes with BEFORE '<value>' or AFTER '<value>'."
    VALID = ("alter type item_status add value 'archived' after 'active';",)
    INVALID = ("alter type item_status add value 'archived';",)

    def visit_AlterEnumStmt(
        self, node: ast.AlterEnumStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.newVal is not None and node.oldVal is None and node.newValNeighbor is None:
            yield Report(
                f"'{node.newVal}' is appended to enum {names_key(node.typeName)}; its place "
                "in the order is not stated"
            )
