from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ConstrType

from codemod.lint.nodes import column_constraint, type_name
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

# integer, smallint and their serials: 2^31 ids run out, and widening rewrites the table.
_SMALL = frozenset({"int4", "int2", "serial", "serial4", "smallserial", "serial2"})


class PreferBigintPrimaryKey(Rule):
    """An integer primary key runs out at 2,147,483,647 rows, and widening it later
    rewrites the table and every table that references it.

    PostgreSQL: integer is 4 bytes (max 2,147,483,647); changing a key column to bigint
    rewrites the table (not binary-coercible) and every referencing column.
    """

    id = "prefer-bigint-primary-key"
    severity = Severity.MEDIUM
    category = "hygiene"
    help = "Use bigint (or uuid) for primary keys."
    VALID = (
        "create table events (id bigint generated always as identity primary key);",
        "create table tags (id uuid primary key default gen_random_uuid());",
    )
    INVALID = (
        "create table events (id integer generated always as identity primary key);",
        "create table events (id int not null, primary key (id));",
    )

    def visit_CreateStmt(
        self, node: ast.CreateStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        columns = {c.colname: c for c in node.tableElts or () if isinstance(c, ast.ColumnDef)}
        keys = [
            name
            for name, column in columns.items()
            if column_constraint(column, ConstrType.CONSTR_PRIMARY)
        ]
        for constraint in node.tableElts or ():
            if (
                isinstance(constraint, ast.Constraint)
                and constraint.contype == ConstrType.CONSTR_PRIMARY
            ):
                keys.extend(k.sval for k in constraint.keys or () if isinstance(k, ast.String))
        for name in keys:
            column = columns.get(name)
            if column is not None and type_name(column.typeName) in _SMALL:
                yield Report(f"primary key column {name} is a 32-bit integer", column.location)
