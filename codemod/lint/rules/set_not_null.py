from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import AlterTableType

from codemod.lint.nodes import alter_commands, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

_HELP_18 = (
    "Add `constraint <name> not null <column> not valid`, then `validate constraint <name>` "
    "in the next migration: validation does not block writes."
)


class SetNotNull(Rule):
    """SET NOT NULL on an existing column scans the whole table under an ACCESS EXCLUSIVE
    lock, blocking reads and writes until it ends.

    PostgreSQL: SET NOT NULL scans the whole table under ACCESS EXCLUSIVE unless a valid
    CHECK (col IS NOT NULL) constraint proves it (PostgreSQL 12+); PostgreSQL 18 adds
    NOT NULL ... NOT VALID.
    """

    id = "set-not-null"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Add `check (<column> is not null) not valid`, validate it in the next migration, "
        "then SET NOT NULL (PostgreSQL 12+ uses the check and skips the scan) and drop the check."
    )
    ALTER_TABLE_COMMANDS = frozenset({AlterTableType.AT_SetNotNull})
    VALID = (
        "alter table items add constraint items_note_not_null check (note is not null) not valid;",
        (
            "create table drafts (id bigint primary key, title text);"
            " alter table drafts alter column title set not null;"
        ),
    )
    INVALID = ("alter table items alter column note set not null;",)

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if state.created(node.relation):
            return
        version = state.config.postgres_version
        advice = _HELP_18 if version is not None and version >= 18 else None
        for cmd in alter_commands(node, AlterTableType.AT_SetNotNull):
            column = f"{relation_key(node.relation)}.{cmd.name}"
            yield Report(
                f"set not null on {column} scans the table while it is locked", help=advice
            )
