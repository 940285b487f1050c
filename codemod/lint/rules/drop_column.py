from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import AlterTableType

from codemod.lint.nodes import alter_commands, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class DropColumn(Rule):
    """DROP COLUMN deletes the column's data, and running code that selects it fails.

    PostgreSQL: DROP COLUMN hides the column at once (ACCESS EXCLUSIVE) and its data
    cannot be read back; statements naming it fail from the commit on.
    """

    id = "drop-column"
    severity = Severity.CRITICAL
    category = "unsafe"
    help = (
        "Remove the column from the code first and deploy; drop it in a later migration, "
        "after a backup."
    )
    ALTER_TABLE_COMMANDS = frozenset({AlterTableType.AT_DropColumn})
    VALID = (
        "alter table items add column note text;",
        (
            "create table scratch_rows (id bigint primary key, tmp text);"
            " alter table scratch_rows drop column tmp;"
        ),
    )
    INVALID = (
        "alter table items drop column note;",
        "alter table items drop column if exists note;",
    )

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if state.created(node.relation):
            return
        for cmd in alter_commands(node, AlterTableType.AT_DropColumn):
            yield Report(f"drop column {relation_key(node.relation)}.{cmd.name} deletes its data")
