"""The names a statement gives to new objects, for the naming rules."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

from pglast import ast
from pglast.enums.parsenodes import ObjectType

from codemod.lint.nodes import column_defs, constraints
from codemod.lint.source import Statement

_RENAMED_KINDS: dict[ObjectType | None, str] = {
    ObjectType.OBJECT_TABLE: "table",
    ObjectType.OBJECT_COLUMN: "column",
    ObjectType.OBJECT_TABCONSTRAINT: "constraint",
    ObjectType.OBJECT_INDEX: "index",
    ObjectType.OBJECT_TYPE: "type",
    ObjectType.OBJECT_VIEW: "view",
    ObjectType.OBJECT_SCHEMA: "schema",
}


@dataclass(frozen=True)
class NewName:
    kind: str  # table, column, constraint, index, type, view, schema, function
    name: str
    location: int | None = None


def new_names(node: object) -> Iterator[NewName]:
    for found in _new_names(node):
        if found.name:
            yield found


def statement_names(stmt: Statement) -> tuple[NewName, ...]:
    """`new_names` of the statement, found once for the naming rules that all ask."""
    return stmt.derive("new_names", lambda node: tuple(new_names(node)))


@functools.singledispatch
def _new_names(node: object) -> Iterator[NewName]:
    return iter(())


@_new_names.register(ast.CreateStmt)
def _table(node: ast.CreateStmt) -> Iterator[NewName]:
    if node.relation is not None:
        yield NewName("table", node.relation.relname or "", node.relation.location)
    yield from _columns_and_constraints(node)


@_new_names.register(ast.AlterTableStmt)
def _alter_table(node: ast.AlterTableStmt) -> Iterator[NewName]:
    yield from _columns_and_constraints(node)


def _columns_and_constraints(node: object) -> Iterator[NewName]:
    for _, column in column_defs(node):
        yield NewName("column", column.colname or "", column.location)
    for _, constraint in constraints(node):
        yield NewName("constraint", constraint.conname or "", constraint.location)


@_new_names.register(ast.RenameStmt)
def _rename(node: ast.RenameStmt) -> Iterator[NewName]:
    kind = _RENAMED_KINDS.get(node.renameType)
    if kind is not None:
        yield NewName(kind, node.newname or "")


@_new_names.register(ast.CreateEnumStmt)
def _enum(node: ast.CreateEnumStmt) -> Iterator[NewName]:
    names = [n.sval or "" for n in node.typeName or () if isinstance(n, ast.String)]
    yield NewName("type", names[-1] if names else "")


@_new_names.register(ast.IndexStmt)
def _index(node: ast.IndexStmt) -> Iterator[NewName]:
    yield NewName("index", node.idxname or "")


@_new_names.register(ast.ViewStmt)
def _view(node: ast.ViewStmt) -> Iterator[NewName]:
    if node.view is not None:
        yield NewName("view", node.view.relname or "", node.view.location)


@_new_names.register(ast.CreateSchemaStmt)
def _schema(node: ast.CreateSchemaStmt) -> Iterator[NewName]:
    yield NewName("schema", node.schemaname or "")


@_new_names.register(ast.CreateFunctionStmt)
def _function(node: ast.CreateFunctionStmt) -> Iterator[NewName]:
    names = [n.sval or "" for n in node.funcname or () if isinstance(n, ast.String)]
    yield NewName("function", names[-1] if names else "")


#: the statement kinds that name new objects
NAMING_KINDS = frozenset(
    cls.__name__ for cls in _new_names.registry if isinstance(cls, type) and cls is not object
)
