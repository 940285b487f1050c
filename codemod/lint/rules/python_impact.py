from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pglast import ast
from pglast.enums.parsenodes import AlterTableType, ObjectType

from codemod.lint.nodes import alter_commands, dropped_keys, names_key, object_kind, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState, exists_at_end
from codemod.severity import Severity

if TYPE_CHECKING:
    from codemod.lint.python_index import PythonIndex
    from codemod.local_model import LocalClass, Pragmas

_TABLES = frozenset({ObjectType.OBJECT_TABLE, ObjectType.OBJECT_VIEW, ObjectType.OBJECT_MATVIEW})

_PACKAGE = {
    "database/entities.py": (
        "from typing import TypedDict\n\n\n"
        "class EntryRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    raw: str\n"
    ),
    "enums.py": (
        "from enum import Enum\n\n\n"
        "class EntryKind(str, Enum):\n"
        '    MANUAL = "manual"\n'
        '    IMPORTED = "imported"\n'
    ),
}


class PythonImpact(Rule):
    """A migration drops or renames a table, column, enum or enum value that the schema
    package still declares: the code that uses the class or field breaks when it runs.
    Reported with the class and field (`schemas/database/entities.py:6 EntryRow.raw`).

    What counts is the migration's net effect: an object dropped and created again in
    the same file (as `supabase db diff` writes a changed view or enum) still exists when
    the migration commits, so the package is judged against the end of the file.

    PostgreSQL: a DROP or RENAME takes effect for every session at commit; code
    generated from the old schema still names what is gone.
    """

    id = "python-impact"
    severity = Severity.HIGH
    category = "python"
    help = (
        "Change the code first (stop using the field, deploy), then run the migration and "
        "`schemasync apply`."
    )
    EXAMPLE_PACKAGE = _PACKAGE
    ALTER_TABLE_COMMANDS = frozenset({AlterTableType.AT_DropColumn})
    VALID = (
        "alter table entries drop column note;",
        "drop view if exists entries; create view entries as select 1 as id, 'x' as raw;",
        "alter table entries drop column raw; alter table entries add column raw text;",
        "drop type entry_kind; create type entry_kind as enum ('manual', 'imported');",
        "alter type entry_kind add value 'synced' after 'imported';",
    )
    INVALID = (
        "alter table entries drop column raw;",
        "alter table entries rename column raw to body;",
        "drop table entries;",
        "alter type entry_kind rename value 'manual' to 'typed';",
        "drop type entry_kind;",
    )

    def visit_DropStmt(
        self, node: ast.DropStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        package = state.context.python
        if package is None:
            return
        what = f"drop {object_kind(node.removeType)}"
        for key in dropped_keys(node):
            if node.removeType in _TABLES:
                cls = package.table_class(key, state.catalog.columns.get(key))
                yield from _class_report(package, cls, f"{what} {key}", ("relation", key))
            elif node.removeType == ObjectType.OBJECT_TYPE:
                cls = package.enum_class(key, state.catalog.enum_labels.get(key))
                yield from _class_report(package, cls, f"drop type {key}", ("type", key))

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        package = state.context.python
        if package is None:
            return
        table = relation_key(node.relation)
        for cmd in alter_commands(node, AlterTableType.AT_DropColumn):
            yield from _field_report(package, table, cmd.name or "", "drop column", state)

    def visit_RenameStmt(
        self, node: ast.RenameStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        package = state.context.python
        if package is None:
            return
        kind = node.renameType
        if kind == ObjectType.OBJECT_COLUMN:
            table = relation_key(node.relation)
            yield from _field_report(package, table, node.subname or "", "rename column", state)
        elif kind in _TABLES:
            key = relation_key(node.relation)
            what = f"rename {object_kind(kind)} {key}"
            cls = package.table_class(key, state.catalog.columns.get(key))
            yield from _class_report(package, cls, what, ("relation", key))
        elif kind == ObjectType.OBJECT_TYPE and isinstance(node.object, tuple):
            key = names_key(node.object)
            cls = package.enum_class(key, state.catalog.enum_labels.get(key))
            yield from _class_report(package, cls, f"rename type {key}", ("type", key))

    def visit_AlterEnumStmt(
        self, node: ast.AlterEnumStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        package = state.context.python
        enum = names_key(node.typeName)
        labels = state.catalog.enum_labels.get(enum)
        cls = package.enum_class(enum, labels) if package is not None and node.oldVal else None
        member = cls.member(node.oldVal or "") if cls is not None else None
        if package is not None and cls is not None and member and _declared(member.pragmas):
            yield Report(
                f"rename value '{node.oldVal}' of {enum} breaks "
                f"{package.where(cls, member.line, member.name)}, which still declares it"
            )


def _declared(pragmas: Pragmas) -> bool:
    """Still declared as the database's: not kept on purpose, not already flagged."""
    return not pragmas.keep and pragmas.flag is None


def _class_report(
    package: PythonIndex, cls: LocalClass | None, what: str, gone: tuple[str, str]
) -> Iterator[Report]:
    """`gone`: the (namespace, key) that must still be missing when the file ends."""
    if cls is not None and _declared(cls.pragmas):
        yield Report(
            f"{what} breaks {package.where(cls, cls.start)}, which still declares it",
            unless=exists_at_end(*gone),
        )


def _field_report(
    package: PythonIndex, table: str, column: str, what: str, state: FileState
) -> Iterator[Report]:
    cls = package.table_class(table, state.catalog.columns.get(table))
    field = cls.field(column) if cls is not None else None
    if cls is not None and field is not None and _declared(field.pragmas):
        yield Report(
            f"{what} {table}.{column} breaks {package.where(cls, field.line, column)}, "
            "which still declares it",
            unless=exists_at_end("column", f"{table}.{column}"),
        )
