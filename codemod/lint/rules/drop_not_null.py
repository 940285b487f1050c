from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import AlterTableType

from codemod.lint.nodes import alter_commands, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class DropNotNull(Rule):
    """DROP NOT NULL lets the column hold nulls that readers do not expect: code that
    reads it as always set breaks on the first null, and its TypedDict field becomes
    Optional.

    PostgreSQL: ALTER COLUMN ... DROP NOT NULL is instant (ACCESS EXCLUSIVE, no scan);
    what changes is the promise every reader relied on.
    """

    id = "drop-not-null"
    severity = Severity.MEDIUM
    category = "unsafe"
    help = "Make the readers handle null first (and `schemasync apply`), then drop NOT NULL."
    ALTER_TABLE_COMMANDS = frozenset({AlterTableType.AT_DropNotNull})
    VALID = (
        "alter table items alter column note set default '';",
        (
            "create table drafts (id bigint primary key, title text not null);"
            " alter table drafts alter column title drop not null;"
        ),
    )
    INVALID = ("alter table items alter column note drop not null;",)

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if state.created(node.relation):
            return
        for cmd in alter_commands(node, AlterTableType.AT_DropNotNull):
            yield Report(
                f"{relation_key(node.relation)}.{cmd.name} may now be null for readers that "
                "expect a value"
            )
