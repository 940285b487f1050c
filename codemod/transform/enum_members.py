"""Insert new Enum members in database order."""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from codemod.plan.changes import AddEnumValue
from codemod.transform._nodes import (
    OuterClassOnly,
    insert_after,
    statement_name,
    string_literal,
    without_placeholders,
)


class AddEnumMembers(OuterClassOnly, cst.CSTTransformer):
    """Add a member for each new database value, after the member of the value before it.

    Before::

        class ProjectStatus(str, Enum):
            DRAFT = "draft"  # the first state
            ACTIVE = "active"

    After (``on_hold`` was added after ``draft``)::

        class ProjectStatus(str, Enum):
            DRAFT = "draft"  # the first state
            ON_HOLD = "on_hold"
            ACTIVE = "active"
    """

    DESCRIPTION = "Insert new enum members in database order."

    def __init__(
        self,
        config: cst.PartialParserConfig,
        additions: Sequence[AddEnumValue],
        file_quote: str = '"',
    ) -> None:
        super().__init__()
        self.config = config
        self.additions = additions
        self.file_quote = file_quote

    def leave_ClassDef(
        self, original_node: cst.ClassDef, updated_node: cst.ClassDef
    ) -> cst.ClassDef:
        if original_node is not self.outer:
            return updated_node
        body = cst.ensure_type(updated_node.body, cst.IndentedBlock)
        quote = _quote_style(body.body, self.file_quote)
        new = [
            (
                a.after,
                cst.parse_statement(
                    f"{a.member_name} = {string_literal(a.value, quote)}\n", config=self.config
                ),
            )
            for a in self.additions
        ]
        statements = without_placeholders(insert_after(body.body, new, statement_name))
        return updated_node.with_changes(body=body.with_changes(body=statements))


def _quote_style(statements: Sequence[cst.BaseStatement], file_quote: str) -> str:
    """The quote the class's members already use (else the file's), read from a value
    that could have been written with either quote (`"it's"` says nothing)."""
    for stmt in statements:
        if statement_name(stmt) and isinstance(stmt, cst.SimpleStatementLine):
            small = stmt.body[0]
            if not (isinstance(small, cst.Assign) and isinstance(small.value, cst.SimpleString)):
                continue
            value = small.value.evaluated_value
            either = isinstance(value, str) and '"' not in value and "'" not in value
            if either and small.value.quote in ('"', "'"):
                return small.value.quote
    return file_quote
