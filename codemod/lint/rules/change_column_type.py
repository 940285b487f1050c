from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import AlterTableType

from codemod.lint.nodes import alter_commands, relation_key, type_name
from codemod.lint.rewrite import rewrites
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class ChangeColumnType(Rule):
    """ALTER COLUMN ... TYPE rewrites the table and its indexes under an ACCESS EXCLUSIVE
    lock, unless PostgreSQL can relabel the column instead.

    PostgreSQL: ATColumnChangeRequiresRewrite. No rewrite for a binary-coercible cast
    (varchar to text and back without a limit, cidr to inet), for a limit that admits
    every old value (a longer varchar, numeric with the same scale and more precision,
    more fractional digits of a timestamp) or, with TimeZone UTC, timestamp to
    timestamptz. The old type comes from the earlier statements and files; when it is
    not known, the change is reported as one that may rewrite.
    """

    id = "change-column-type"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Add a column of the new type, backfill it in batches, switch the readers, then drop "
        "the old one."
    )
    ALTER_TABLE_COMMANDS = frozenset({AlterTableType.AT_AlterColumnType})
    VALID = (
        (
            "create table drafts (id bigint primary key, body varchar(100));"
            " alter table drafts alter column body type text;"
        ),
        "alter table items add column code varchar(10); alter table items alter column code type varchar(40);",
        "alter table items add column price numeric(10, 2); alter table items alter column price type numeric(14, 2);",
        "alter table items add column note varchar(80); alter table items alter column note type varchar;",
        "alter table items add column seen timestamp(0); alter table items alter column seen type timestamp(3);",
    )
    INVALID = (
        "alter table items alter column price type numeric(14, 2);",
        "alter table items add column qty integer; alter table items alter column qty type bigint;",
        "alter table items add column code varchar(40); alter table items alter column code type varchar(10);",
        "alter table items add column price numeric(10, 2); alter table items alter column price type numeric(14, 4);",
        "alter table items add column note text; alter table items alter column note type varchar(80);",
        (
            "alter table items add column code varchar(10);"
            " alter table items alter column code type text using upper(code);"
        ),
    )

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if state.created(node.relation):
            return
        table = relation_key(node.relation)
        for cmd in alter_commands(node, AlterTableType.AT_AlterColumnType):
            column = cmd.def_ if isinstance(cmd.def_, ast.ColumnDef) else None
            if column is None or column.typeName is None:
                continue
            old = state.catalog.column_type(table, cmd.name or "")
            rewrite = rewrites(old, column.typeName)
            if not _plain_using(column, cmd.name or ""):
                rewrite = True
            if rewrite is False:
                continue
            known = f" from {type_name(old)}" if old is not None else ""
            yield Report(
                f"changing the type of {table}.{cmd.name}{known} to {type_name(column.typeName)} "
                + ("rewrites the table" if rewrite else "may rewrite the table")
                + " while it is locked",
                column.location,
            )


def _plain_using(column: ast.ColumnDef, name: str) -> bool:
    """No USING, or USING the column itself (cast or not): the conversion is the cast's."""
    expr = column.raw_default
    if isinstance(expr, ast.TypeCast):
        expr = expr.arg
    if expr is None:
        return True
    fields = (expr.fields or ()) if isinstance(expr, ast.ColumnRef) else ()
    return bool(fields) and isinstance(fields[-1], ast.String) and fields[-1].sval == name
