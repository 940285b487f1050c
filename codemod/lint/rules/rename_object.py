from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ObjectType

from codemod.lint.nodes import CLIENT_OBJECTS, object_key, object_kind, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import NAMESPACES, FileState
from codemod.severity import Severity

# Tables and columns have rules of their own (rename-table, rename-column).
_RENAMED = CLIENT_OBJECTS | {ObjectType.OBJECT_SCHEMA}


class RenameObject(Rule):
    """Renaming a view, function, type, sequence or schema, or moving any object to
    another schema, breaks every running client that still uses the old name.

    PostgreSQL: ALTER ... RENAME TO and SET SCHEMA change the name every session sees
    at commit; nothing keeps the old one working.
    """

    id = "rename-object"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Create the object under the new name beside the old one, move the clients, then "
        "drop the old one in a later migration."
    )
    VALID = (
        "create view draft_items as select 1 as id; alter view draft_items rename to new_items;",
        "alter table items rename column note to notes;",
    )
    INVALID = (
        "alter view active_items rename to current_items;",
        "alter function public.touch() rename to touch_row;",
        "alter type item_status rename to item_state;",
        "alter table public.items set schema archive;",
    )

    def visit_RenameStmt(
        self, node: ast.RenameStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.renameType not in _RENAMED:
            return
        key = self._key(node.relation, node.object, node.subname)
        if key is not None and not self._new(node.renameType, key, state):
            yield Report(f"renaming {object_kind(node.renameType)} {key} breaks its clients")

    def visit_AlterObjectSchemaStmt(
        self, node: ast.AlterObjectSchemaStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        key = self._key(node.relation, node.object, None)
        if key is not None and not self._new(node.objectType, key, state):
            what = object_kind(node.objectType)
            yield Report(f"moving {what} {key} to schema {node.newschema} breaks its clients")

    @staticmethod
    def _key(relation: ast.RangeVar | None, obj: object, schema: str | None) -> str | None:
        if relation is not None:
            return relation_key(relation)
        if obj is not None:
            return object_key(obj)
        return schema  # ALTER SCHEMA ... RENAME names the schema in `subname`

    @staticmethod
    def _new(kind: ObjectType | None, key: str, state: FileState) -> bool:
        return (NAMESPACES.get(kind, ""), key) in state.created_here
