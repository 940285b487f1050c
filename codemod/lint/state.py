"""What the statements read so far did, as the rules need to know it.

Two levels, as a migration history has them. The Catalog is what all the migrations
read so far have built (tables and their columns' declared types, primary keys, and the
other objects by name), carried from file to file in order; with `--since`, the files
before the changed ones are read into it too. The FileState is one migration: what it
created (which no one else can be using, so it takes no contended lock), whether a
lock_timeout is in force, the transaction it runs in.

Both are mutable on purpose: they only grow while the files are read, statement after
statement, and a copy per statement would make a 20,000-statement file quadratic.
Rules read them; only the engine calls `record`, after the rules have seen a statement.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pglast import ast
from pglast.enums.parsenodes import (
    AlterTableType,
    ConstrType,
    ObjectType,
    TransactionStmtKind,
    VariableSetKind,
)

from codemod.lint.config import LintConfig
from codemod.lint.nodes import (
    column_defs,
    constraints,
    dropped_keys,
    names_key,
    object_key,
    relation_key,
)
from codemod.lint.source import Statement
from codemod.object_keys import qualified_name

if TYPE_CHECKING:
    # The package index reads the schema package (ast); only runs that have one load it.
    from codemod.lint.python_index import PythonIndex

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

#: PostgreSQL's namespaces: tables, views, sequences and indexes share pg_class (one
#: name, one object); types and domains share pg_type.
NAMESPACES: dict[ObjectType | None, str] = {
    ObjectType.OBJECT_TABLE: "relation",
    ObjectType.OBJECT_VIEW: "relation",
    ObjectType.OBJECT_MATVIEW: "relation",
    ObjectType.OBJECT_FOREIGN_TABLE: "relation",
    ObjectType.OBJECT_SEQUENCE: "relation",
    ObjectType.OBJECT_INDEX: "relation",
    ObjectType.OBJECT_TYPE: "type",
    ObjectType.OBJECT_DOMAIN: "type",
    ObjectType.OBJECT_FUNCTION: "function",
    ObjectType.OBJECT_PROCEDURE: "function",
    ObjectType.OBJECT_ROUTINE: "function",
    ObjectType.OBJECT_AGGREGATE: "function",
    ObjectType.OBJECT_SCHEMA: "schema",
    ObjectType.OBJECT_EXTENSION: "extension",
}


@dataclass(frozen=True)
class LintContext:
    """What stays the same for every file of a run."""

    config: LintConfig = field(default_factory=LintConfig)
    python: PythonIndex | None = None


@dataclass
class Catalog:
    """The objects the migrations read so far have created and not dropped."""

    #: (namespace, key): `("relation", "items")`, `("type", "item_status")`,
    #: `("column", "items.note")`, `("function", "set_updated_at")`
    objects: set[tuple[str, str]] = field(default_factory=set)
    #: table -> column -> its declared type, for the tables whose CREATE was read
    columns: dict[str, dict[str, ast.TypeName]] = field(default_factory=dict)
    #: table -> the name of its primary key constraint ("" when PostgreSQL names it)
    primary_keys: dict[str, str] = field(default_factory=dict)
    #: enum -> its labels, for the enums whose CREATE TYPE was read
    enum_labels: dict[str, list[str]] = field(default_factory=dict)

    def exists(self, namespace: str, key: str) -> bool:
        return (namespace, key) in self.objects

    def column_type(self, table: str, column: str) -> ast.TypeName | None:
        return self.columns.get(table, {}).get(column)


@dataclass
class FileState:
    context: LintContext
    catalog: Catalog = field(default_factory=Catalog)
    #: (namespace, key) of what this file created: nothing else can hold a lock on it
    created_here: set[tuple[str, str]] = field(default_factory=set)
    lock_timeout: bool = False
    lock_timeout_changes: int = 0  # how often lock_timeout was turned on or off
    in_block: bool = False  # between an explicit BEGIN and its COMMIT
    #: enum value -> enum, added in the transaction that is still open
    new_enum_values: dict[str, str] = field(default_factory=dict)

    @property
    def config(self) -> LintConfig:
        return self.context.config

    def created(self, relation: ast.RangeVar | None) -> bool:
        """Whether this file created the table (or view, index) itself."""
        return ("relation", relation_key(relation)) in self.created_here

    def created_key(self, key: str) -> bool:
        return ("relation", key) in self.created_here

    def in_transaction(self, concurrently: bool = False) -> bool:
        """Whether a statement runs inside a transaction block. The Supabase CLI runs a
        file in one transaction but sends CONCURRENTLY statements on their own."""
        mode = self.config.transaction_mode
        return self.in_block or mode == "single" or (mode == "supabase" and not concurrently)

    def record(self, stmt: Statement) -> None:
        if stmt.kind in _RECORDED:
            _record(stmt.node, self)

    def note_created(self, namespace: str, key: str) -> None:
        self.catalog.objects.add((namespace, key))
        self.created_here.add((namespace, key))

    def note_dropped(self, namespace: str, key: str) -> None:
        self.catalog.objects.discard((namespace, key))
        if namespace == "relation":
            for column in self.catalog.columns.pop(key, {}):
                self.catalog.objects.discard(("column", f"{key}.{column}"))
            self.catalog.primary_keys.pop(key, None)

    def note_column(self, table: str, column: ast.ColumnDef) -> None:
        name = column.colname or ""
        if column.typeName is not None:
            self.catalog.columns.setdefault(table, {})[name] = column.typeName
        self.catalog.objects.add(("column", f"{table}.{name}"))


def exists_at_end(namespace: str, key: str) -> Callable[[FileState], bool]:
    """A Report's `unless`: the object is there when the file ends (re-created, or put
    back by a rename), so dropping or renaming it had no net effect."""
    return lambda end: end.catalog.exists(namespace, key)


@functools.singledispatch
def _record(node: object, state: FileState) -> None:
    """Most statements leave nothing later rules need to know."""


@_record.register(ast.CreateStmt)
def _create_table(node: ast.CreateStmt, state: FileState) -> None:
    table = relation_key(node.relation)
    state.note_dropped("relation", table)  # CREATE TABLE IF NOT EXISTS over an old one: new facts
    state.note_created("relation", table)
    state.catalog.columns[table] = {}
    for _, column in column_defs(node):
        state.note_column(table, column)
    _record_keys(node, table, state)


def _record_keys(node: ast.CreateStmt | ast.AlterTableStmt, table: str, state: FileState) -> None:
    for _, constraint in constraints(node):
        if constraint.contype == ConstrType.CONSTR_PRIMARY:
            state.catalog.primary_keys[table] = constraint.conname or ""


@_record.register(ast.CreateTableAsStmt)
def _create_table_as(node: ast.CreateTableAsStmt, state: FileState) -> None:
    if node.into is not None:
        state.note_created("relation", relation_key(node.into.rel))


@_record.register(ast.IndexStmt)
def _create_index(node: ast.IndexStmt, state: FileState) -> None:
    if node.idxname and node.relation is not None:
        schema = node.relation.schemaname or "public"
        state.note_created("relation", qualified_name(schema, node.idxname))


# The statements that create one object: its namespace, and its key read from the node.
_CREATES: dict[type[ast.Node], tuple[str, Callable[[Any], str]]] = {
    ast.ViewStmt: ("relation", lambda node: relation_key(node.view)),
    ast.CreateSeqStmt: ("relation", lambda node: relation_key(node.sequence)),
    ast.CreateEnumStmt: ("type", lambda node: names_key(node.typeName)),
    ast.CompositeTypeStmt: ("type", lambda node: relation_key(node.typevar)),
    ast.CreateDomainStmt: ("type", lambda node: names_key(node.domainname)),
    ast.CreateFunctionStmt: ("function", lambda node: names_key(node.funcname)),
    ast.CreateSchemaStmt: ("schema", lambda node: node.schemaname or ""),
    ast.CreateExtensionStmt: ("extension", lambda node: node.extname or ""),
}


def _create_object(
    namespace: str, key: Callable[[Any], str], node: ast.Node, state: FileState
) -> None:
    state.note_created(namespace, key(node))
    if isinstance(node, ast.CreateEnumStmt):
        state.catalog.enum_labels[key(node)] = [v.sval for v in node.vals or ()]


for _kind, (_namespace, _key) in _CREATES.items():
    _record.register(_kind, functools.partial(_create_object, _namespace, _key))


@_record.register(ast.DropStmt)
def _drop(node: ast.DropStmt, state: FileState) -> None:
    namespace = NAMESPACES.get(node.removeType)
    if namespace is not None:
        for key in dropped_keys(node):
            state.note_dropped(namespace, key)


@_record.register(ast.AlterTableStmt)
def _alter_table(node: ast.AlterTableStmt, state: FileState) -> None:
    table = relation_key(node.relation)
    catalog = state.catalog
    for cmd in node.cmds or ():
        if not isinstance(cmd, ast.AlterTableCmd):
            continue
        column = cmd.def_ if isinstance(cmd.def_, ast.ColumnDef) else None
        if cmd.subtype == AlterTableType.AT_AddColumn and column is not None:
            state.note_column(table, column)
        elif cmd.subtype == AlterTableType.AT_DropColumn:
            catalog.columns.get(table, {}).pop(cmd.name or "", None)
            catalog.objects.discard(("column", f"{table}.{cmd.name}"))
        elif cmd.subtype == AlterTableType.AT_AlterColumnType and column is not None:
            if column.typeName is not None and table in catalog.columns:
                catalog.columns[table][cmd.name or ""] = column.typeName
        elif (
            cmd.subtype == AlterTableType.AT_DropConstraint
            and catalog.primary_keys.get(table) == cmd.name
        ):
            del catalog.primary_keys[table]
    _record_keys(node, table, state)


@_record.register(ast.RenameStmt)
def _rename(node: ast.RenameStmt, state: FileState) -> None:
    new = node.newname or ""
    catalog = state.catalog
    if node.renameType == ObjectType.OBJECT_COLUMN:
        table = relation_key(node.relation)
        old = node.subname or ""
        catalog.objects.discard(("column", f"{table}.{old}"))
        catalog.objects.add(("column", f"{table}.{new}"))
        if old in catalog.columns.get(table, {}):
            catalog.columns[table][new] = catalog.columns[table].pop(old)
        return
    namespace = NAMESPACES.get(node.renameType)
    if namespace == "relation" and node.relation is not None:
        old_key = relation_key(node.relation)
        new_key = qualified_name(node.relation.schemaname or "public", new)
        _move(state, old_key, new_key)
    elif namespace is not None and node.object is not None:
        old_key = object_key(node.object)
        catalog.objects.discard((namespace, old_key))
        catalog.objects.add((namespace, qualified_name(old_key.rpartition(".")[0], new)))


def _move(state: FileState, old: str, new: str) -> None:
    """A renamed table keeps its columns, key, and whether this file created it."""
    catalog = state.catalog
    if ("relation", old) in state.created_here:
        state.created_here.add(("relation", new))
    catalog.objects.discard(("relation", old))
    catalog.objects.add(("relation", new))
    columns = catalog.columns.pop(old, None)
    if columns is not None:
        catalog.columns[new] = columns
        for column in columns:
            catalog.objects.discard(("column", f"{old}.{column}"))
            catalog.objects.add(("column", f"{new}.{column}"))
    if old in catalog.primary_keys:
        catalog.primary_keys[new] = catalog.primary_keys.pop(old)


@_record.register(ast.AlterEnumStmt)
def _alter_enum(node: ast.AlterEnumStmt, state: FileState) -> None:
    enum = names_key(node.typeName)
    labels = state.catalog.enum_labels.get(enum)
    if node.newVal is not None and node.oldVal is None:
        if labels is not None and node.newVal not in labels:
            labels.append(node.newVal)
        if state.in_transaction():
            state.new_enum_values[node.newVal] = enum
    elif node.newVal is not None and labels is not None and node.oldVal in labels:
        labels[labels.index(node.oldVal)] = node.newVal


@_record.register(ast.VariableSetStmt)
def _set(node: ast.VariableSetStmt, state: FileState) -> None:
    if node.kind == VariableSetKind.VAR_RESET_ALL:
        _set_lock_timeout(state, False)
    elif node.name == "lock_timeout":
        value = node.args[0] if node.args else None
        literal = _literal(value.val) if isinstance(value, ast.A_Const) else ""
        _set_lock_timeout(
            state, node.kind == VariableSetKind.VAR_SET_VALUE and literal not in _ZERO
        )


@_record.register(ast.SelectStmt)
def _select(node: ast.SelectStmt, state: FileState) -> None:
    """`select set_config('lock_timeout', '5s', false)` sets it as SET does (as SET
    LOCAL with true: for the transaction, which is the whole file under the CLI)."""
    for target in node.targetList or ():
        call = target.val if isinstance(target, ast.ResTarget) else None
        if (
            not isinstance(call, ast.FuncCall)
            or names_key((call.funcname or ())[-1:]) != "set_config"
        ):
            continue
        setting, value, *_ = (*(_constant(a) for a in call.args or ()), None, None)
        if setting == "lock_timeout" and value is not None:
            _set_lock_timeout(state, value not in _ZERO)


def _constant(node: object) -> str | None:
    return _literal(node.val) if isinstance(node, ast.A_Const) else None


def _set_lock_timeout(state: FileState, on: bool) -> None:
    if on != state.lock_timeout:
        state.lock_timeout = on
        state.lock_timeout_changes += 1


def _literal(value: object) -> str:
    if isinstance(value, ast.Integer):
        return str(value.ival)
    return value.sval or "" if isinstance(value, ast.String) else ""


@_record.register(ast.TransactionStmt)
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
