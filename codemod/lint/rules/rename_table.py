from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ObjectType

from codemod.lint.nodes import relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class RenameTable(Rule):
    """Renaming a table breaks every running client that still uses the old name.

    PostgreSQL: ALTER TABLE ... RENAME changes the name every session sees at commit
    (ACCESS EXCLUSIVE); nothing keeps the old name working.
    """

    id = "rename-table"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Keep the old name working while clients move: rename, then `create view <old> as "
        "select * from <new>` in the same migration, and drop the view later."
    )
    VALID = ("create table drafts (id bigint primary key); alter table drafts rename to posts;",)
    INVALID = ("alter table items rename to products;",)

    def visit_RenameStmt(
        self, node: ast.RenameStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.renameType == ObjectType.OBJECT_TABLE and not state.created(node.relation):
            old = relation_key(node.relation)
            yield Report(f"renaming table {old} to {node.newname} breaks clients that use {old}")
