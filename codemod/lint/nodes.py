"""Small readers over pglast parse trees, shared by the rules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from pglast import ast
from pglast.enums.parsenodes import AlterTableType, ConstrType, ObjectType

from codemod.object_keys import qualified_name

if TYPE_CHECKING:
    from codemod.lint.source import Statement

ElementT = TypeVar("ElementT", ast.ColumnDef, ast.Constraint)

#: Objects clients select or call by name, besides tables: PostgREST serves views and
#: functions as endpoints, and types appear in clients' generated code.
CLIENT_OBJECTS = frozenset(
    {
        ObjectType.OBJECT_VIEW,
        ObjectType.OBJECT_MATVIEW,
        ObjectType.OBJECT_FUNCTION,
        ObjectType.OBJECT_PROCEDURE,
        ObjectType.OBJECT_ROUTINE,
        ObjectType.OBJECT_TYPE,
        ObjectType.OBJECT_DOMAIN,
        ObjectType.OBJECT_SEQUENCE,
    }
)

#: the statements that create or retype columns and constraints (`column_types`,
#: `constraints`)
TABLE_KINDS = frozenset({"CreateStmt", "AlterTableStmt"})

#: `serial` and friends are not types: they expand to an integer with a sequence default.
SERIAL_TYPES = frozenset({"smallserial", "serial", "bigserial", "serial2", "serial4", "serial8"})


def relation_key(relation: ast.RangeVar | None) -> str:
    """`public.items` and `items` -> `items`; `other.items` -> `other.items`."""
    if relation is None or relation.relname is None:
        return ""
    return qualified_name(relation.schemaname or "public", relation.relname)


def object_kind(kind: ObjectType | None) -> str:
    """`ObjectType.OBJECT_MATVIEW` -> `matview`: how messages name a kind of object."""
    return kind.name.removeprefix("OBJECT_").lower().replace("_", " ") if kind else "object"


def names_key(names: Any) -> str:
    """A dotted name given as String nodes (`DROP TABLE a.b`, `ALTER TYPE e`) -> its key."""
    return _key(_parts(names))


def dropped_names(node: ast.DropStmt) -> Iterator[str]:
    """The objects of a DROP as written (`items`, `items.items_set_updated_at`, `f`)."""
    for parts in _dropped_parts(node):
        yield ".".join(parts)


def dropped_keys(node: ast.DropStmt) -> Iterator[str]:
    """The objects of a DROP as keys (tables, indexes, schemas, types alike)."""
    for parts in _dropped_parts(node):
        yield _key(parts)


def _dropped_parts(node: ast.DropStmt) -> Iterator[list[str]]:
    for obj in node.objects or ():
        yield _object_parts(obj)


def object_key(obj: object) -> str:
    """The key of an object as DROP, RENAME and SET SCHEMA name it: a dotted name, a
    type, a function with its arguments, a schema's bare name."""
    return _key(_object_parts(obj))


def _object_parts(obj: object) -> list[str]:
    if isinstance(obj, ast.TypeName):
        return _parts(obj.names)
    if isinstance(obj, ast.ObjectWithArgs):
        return _parts(obj.objname)
    if isinstance(obj, ast.String):
        return [obj.sval or ""]
    return _parts(obj)


def _parts(names: Any) -> list[str]:
    return [n.sval or "" for n in names or () if isinstance(n, ast.String)]


def _key(parts: list[str]) -> str:
    if not parts:
        return ""
    return qualified_name(parts[-2] if len(parts) > 1 else "public", parts[-1])


def type_name(type_: ast.TypeName | None) -> str:
    """The type's own name without its schema: `pg_catalog.int4` -> `int4`."""
    names = type_.names if type_ is not None else None
    return (names[-1].sval or "") if names and isinstance(names[-1], ast.String) else ""


def has_length(type_: ast.TypeName | None) -> bool:
    return type_ is not None and bool(type_.typmods)


def alter_commands(node: ast.AlterTableStmt, *subtypes: AlterTableType) -> Iterator[Any]:
    """The AlterTableCmd nodes of one ALTER TABLE with the given subtypes."""
    for cmd in node.cmds or ():
        if isinstance(cmd, ast.AlterTableCmd) and cmd.subtype in subtypes:
            yield cmd


def column_defs(node: object) -> Iterator[tuple[ast.RangeVar, ast.ColumnDef]]:
    """Columns a statement creates: CREATE TABLE's and ALTER TABLE ... ADD COLUMN's."""
    return _table_elements(node, ast.ColumnDef, AlterTableType.AT_AddColumn)


def _table_elements(
    node: object, kind: type[ElementT], subtype: AlterTableType
) -> Iterator[tuple[ast.RangeVar, ElementT]]:
    """The `kind` elements a CREATE TABLE lists, or ALTER TABLE `subtype` commands add."""
    if isinstance(node, ast.CreateStmt) and node.relation is not None:
        for element in node.tableElts or ():
            if isinstance(element, kind):
                yield node.relation, element
    elif isinstance(node, ast.AlterTableStmt) and node.relation is not None:
        for cmd in alter_commands(node, subtype):
            if isinstance(cmd.def_, kind):
                yield node.relation, cmd.def_


def column_types(node: object) -> Iterator[tuple[str, ast.TypeName, int | None]]:
    """(column, declared type, location) for every column a statement creates or retypes."""
    for _, column in column_defs(node):
        if column.typeName is not None:
            yield column.colname or "", column.typeName, column.location
    if isinstance(node, ast.AlterTableStmt):
        for cmd in alter_commands(node, AlterTableType.AT_AlterColumnType):
            if isinstance(cmd.def_, ast.ColumnDef) and cmd.def_.typeName is not None:
                yield cmd.name or "", cmd.def_.typeName, cmd.def_.location


def statement_column_types(
    stmt: Statement,
) -> tuple[tuple[str, str, ast.TypeName, int | None], ...]:
    """(column, type name, declared type, location) of every column the statement
    creates or retypes, found once for the type rules that all ask."""
    return stmt.derive(
        "column_types",
        lambda node: tuple((c, type_name(t), t, at) for c, t, at in column_types(node)),
    )


def column_constraint(column: ast.ColumnDef, *kinds: ConstrType) -> ast.Constraint | None:
    return next(
        (
            c
            for c in column.constraints or ()
            if isinstance(c, ast.Constraint) and c.contype in kinds
        ),
        None,
    )


def constraints(node: object) -> Iterator[tuple[ast.RangeVar, ast.Constraint]]:
    """Every constraint a CREATE TABLE or ALTER TABLE adds, on columns or on the table."""
    for relation, constraint, _ in placed_constraints(node):
        yield relation, constraint


def placed_constraints(
    node: object,
) -> Iterator[tuple[ast.RangeVar, ast.Constraint, str | None]]:
    """As `constraints`, with the column a column constraint is written on (else None)."""
    for relation, column in column_defs(node):
        for constraint in column.constraints or ():
            if isinstance(constraint, ast.Constraint):
                yield relation, constraint, column.colname
    for relation, constraint in _table_elements(
        node, ast.Constraint, AlterTableType.AT_AddConstraint
    ):
        yield relation, constraint, None


def walk(value: Any) -> Iterator[ast.Node]:
    """Every node in a tree, depth first (used on small trees: defaults, options)."""
    if isinstance(value, ast.Node):
        yield value
        for attribute in value:
            yield from walk(getattr(value, attribute))
    elif isinstance(value, tuple):
        for item in value:
            yield from walk(item)


def function_names(value: Any) -> Iterator[tuple[str, int | None]]:
    """(lower-case name without schema, location) of every function called in a tree."""
    for node in walk(value):
        if isinstance(node, ast.FuncCall) and node.funcname:
            last = node.funcname[-1]
            if isinstance(last, ast.String) and last.sval:
                yield last.sval.lower(), node.location


#: the statements that may run CONCURRENTLY
CONCURRENT_KINDS = frozenset({"IndexStmt", "DropStmt", "ReindexStmt", "AlterTableStmt"})


def concurrent_operation(node: ast.Node) -> str | None:
    """What a statement does CONCURRENTLY (`create index concurrently`), or None.

    Such a statement cannot run inside a transaction block: the Supabase CLI sends it
    on its own, and so does schemasync's shadow database.
    """
    if isinstance(node, ast.IndexStmt) and node.concurrent:
        return "create index concurrently"
    if isinstance(node, ast.DropStmt) and node.concurrent:
        return "drop index concurrently"
    if isinstance(node, ast.ReindexStmt) and any(
        isinstance(p, ast.DefElem) and p.defname == "concurrently" for p in node.params or ()
    ):
        return "reindex concurrently"
    if isinstance(node, ast.AlterTableStmt) and any(
        isinstance(cmd.def_, ast.PartitionCmd) and cmd.def_.concurrent
        for cmd in alter_commands(node, AlterTableType.AT_DetachPartition)
    ):
        return "detach partition concurrently"
    return None
