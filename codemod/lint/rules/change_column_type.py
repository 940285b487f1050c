from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import AlterTableType

from codemod.lint.nodes import alter_commands, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class ChangeColumnType(Rule):
    """ALTER COLUMN ... TYPE rewrites the table and its indexes under an ACCESS EXCLUSIVE
    lock, unless the old type converts without one (varchar(n) to text)."""

    id = "change-column-type"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Add a column of the new type, backfill it in batches, switch the readers, then drop "
        "the old one; suppress this when the change is binary-compatible (varchar to text)."
    )
    VALID = (
        (
            "create table drafts (id bigint primary key, body varchar(100));"
            " alter table drafts alter column body type text;"
        ),
    )
    INVALID = ("alter table items alter column price type numeric(14, 2);",)

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if state.created(node.relation):
            return
        for cmd in alter_commands(node, AlterTableType.AT_AlterColumnType):
            column = f"{relation_key(node.relation)}.{cmd.name}"
            yield Report(
                f"changing the type of {column} may rewrite the table while it is locked",
                cmd.def_.location if isinstance(cmd.def_, ast.ColumnDef) else None,
            )
