"""What the earlier statements of a file did, as the rules need to know it.

The state is mutable on purpose: it only grows while one file is read, statement after
statement, and a copy per statement would make a 20,000-statement file quadratic.
Rules read it; only the engine calls `record`, after the rules have seen a statement.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from pglast import ast
from pglast.enums.parsenodes import ObjectType, TransactionStmtKind, VariableSetKind

from codemod.lint.config import LintConfig
from codemod.lint.nodes import names_key, relation_key
from codemod.lint.python_index import PythonIndex
from codemod.lint.source import Statement
from codemod.model import qualified_name

_BEGIN = frozenset({TransactionStmtKind.TRANS_STMT_BEGIN, TransactionStmtKind.TRANS_STMT_START})
_END = frozenset(
    {
        TransactionStmtKind.TRANS_STMT_COMMIT,
        TransactionStmtKind.TRANS_STMT_ROLLBACK,
        TransactionStmtKind.TRANS_STMT_COMMIT_PREPARED,
        TransactionStmtKind.TRANS_STMT_ROLLBACK_PREPARED,
    }
)
_ZERO = frozenset({"0", "0s", "0ms"})  # `SET lock_timeout = 0` turns the timeout off


@dataclass(frozen=True)
class LintContext:
    """What stays the same for every file of a run."""

    config: LintConfig = field(default_factory=LintConfig)
    python: PythonIndex | None = None


@dataclass
class FileState:
    context: LintContext
    tables: set[str] = field(default_factory=set)  # created in this file
    indexes: set[str] = field(default_factory=set)
    lock_timeout: bool = False
    in_block: bool = False  # between an explicit BEGIN and its COMMIT
    #: enum value -> enum, added in the transaction that is still open
    new_enum_values: dict[str, str] = field(default_factory=dict)

    @property
    def config(self) -> LintConfig:
        return self.context.config

    def created(self, relation: ast.RangeVar | None) -> bool:
        return relation_key(relation) in self.tables

    def in_transaction(self, concurrently: bool = False) -> bool:
        """Whether a statement runs inside a transaction block. The Supabase CLI runs a
        file in one transaction but sends CONCURRENTLY statements on their own."""
        mode = self.config.transaction_mode
        return self.in_block or mode == "single" or (mode == "supabase" and not concurrently)

    def record(self, stmt: Statement) -> None:
        if stmt.kind in _RECORDED:
            _record(stmt.node, self)


@functools.singledispatch
def _record(node: object, state: FileState) -> None:
    """Most statements leave nothing later rules need to know."""


@_record.register
def _create_table(node: ast.CreateStmt, state: FileState) -> None:
    state.tables.add(relation_key(node.relation))


@_record.register
def _create_table_as(node: ast.CreateTableAsStmt, state: FileState) -> None:
    if node.into is not None:
        state.tables.add(relation_key(node.into.rel))


@_record.register
def _create_index(node: ast.IndexStmt, state: FileState) -> None:
    if node.idxname and node.relation is not None:
        state.indexes.add(qualified_name(node.relation.schemaname or "public", node.idxname))


@_record.register
def _rename(node: ast.RenameStmt, state: FileState) -> None:
    relation, new = node.relation, node.newname
    if node.renameType != ObjectType.OBJECT_TABLE or relation is None or not new:
        return
    if state.created(relation):
        state.tables.add(qualified_name(relation.schemaname or "public", new))


@_record.register
def _alter_enum(node: ast.AlterEnumStmt, state: FileState) -> None:
    if node.newVal is not None and node.oldVal is None and state.in_transaction():
        state.new_enum_values[node.newVal] = names_key(node.typeName)


@_record.register
def _set(node: ast.VariableSetStmt, state: FileState) -> None:
    if node.kind == VariableSetKind.VAR_RESET_ALL:
        state.lock_timeout = False
    elif node.name == "lock_timeout":
        value = node.args[0] if node.args else None
        literal = _literal(value.val) if isinstance(value, ast.A_Const) else ""
        state.lock_timeout = node.kind == VariableSetKind.VAR_SET_VALUE and literal not in _ZERO


def _literal(value: object) -> str:
    if isinstance(value, ast.Integer):
        return str(value.ival)
    return value.sval or "" if isinstance(value, ast.String) else ""


@_record.register
def _transaction(node: ast.TransactionStmt, state: FileState) -> None:
    if node.kind in _BEGIN:
        state.in_block = True
    elif node.kind in _END:
        state.in_block = False
        if state.config.transaction_mode == "none":
            state.new_enum_values.clear()


#: the statement kinds whose effects are recorded (the others' trees are not built)
_RECORDED = frozenset(
    cls.__name__ for cls in _record.registry if isinstance(cls, type) and cls is not object
)
