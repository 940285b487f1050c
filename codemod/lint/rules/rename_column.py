from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ObjectType

from codemod.lint.nodes import relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class RenameColumn(Rule):
    """Renaming a column breaks every running client that still selects the old name.

    PostgreSQL: RENAME COLUMN changes the name at commit (ACCESS EXCLUSIVE); queries
    that name the old column fail from then on.
    """

    id = "rename-column"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Expand and contract: add the new column, write both, backfill, move the readers, "
        "then drop the old column in a later migration."
    )
    VALID = (
        (
            "create table drafts (id bigint primary key, titel text);"
            " alter table drafts rename column titel to title;"
        ),
    )
    INVALID = ("alter table items rename column note to notes;",)

    def visit_RenameStmt(
        self, node: ast.RenameStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.renameType == ObjectType.OBJECT_COLUMN and not state.created(node.relation):
            column = f"{relation_key(node.relation)}.{node.subname}"
            yield Report(f"renaming column {column} to {node.newname} breaks clients that use it")
