from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ConstrType

from codemod.lint.nodes import (
    SERIAL_TYPES,
    column_constraint,
    column_defs,
    function_names,
    type_name,
)
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

# Defaults computed per row: PostgreSQL must write each row's value, rewriting the table.
VOLATILE_FUNCTIONS = frozenset(
    {
        "random",
        "gen_random_uuid",
        "uuid_generate_v1",
        "uuid_generate_v1mc",
        "uuid_generate_v4",
        "uuidv4",
        "uuidv7",
        "clock_timestamp",
        "timeofday",
        "nextval",
        "txid_current",
        "gen_random_bytes",
    }
)


class VolatileDefault(Rule):
    """Adding a column whose default is computed per row (a volatile function, serial,
    identity, a stored generated column) rewrites the whole table under an ACCESS
    EXCLUSIVE lock. Before PostgreSQL 11 any default did.

    PostgreSQL 11+ stores a constant (non-volatile) default in the catalog and adds the
    column without touching rows; a volatile default, identity, serial or stored
    generated column makes ATRewriteTable rewrite every row.
    """

    id = "volatile-default"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Add the column without a default (or with a constant one), set the default in a "
        "second statement, and backfill existing rows in batches."
    )
    VALID = (
        "alter table items add column created_at timestamptz not null default now();",
        (
            "alter table items add column token uuid; alter table items alter column token set "
            "default gen_random_uuid();"
        ),
    )
    INVALID = (
        "alter table items add column token uuid default gen_random_uuid();",
        "alter table items add column position bigserial;",
        "alter table items add column seq bigint generated always as identity;",
    )

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if state.created(node.relation):
            return
        version = state.config.postgres_version
        for _, column in column_defs(node):
            reason = _rewrite_reason(column, old_server=version is not None and version < 11)
            if reason:
                yield Report(
                    f"adding column {column.colname} with {reason} rewrites the table",
                    column.location,
                )


def _rewrite_reason(column: ast.ColumnDef, *, old_server: bool) -> str:
    if type_name(column.typeName) in SERIAL_TYPES:
        return f"type {type_name(column.typeName)} (a sequence default)"
    if column_constraint(column, ConstrType.CONSTR_IDENTITY):
        return "an identity"
    generated = column_constraint(column, ConstrType.CONSTR_GENERATED)
    if generated is not None and generated.generated_kind != "v":
        return "a stored generated value"
    default = column_constraint(column, ConstrType.CONSTR_DEFAULT)
    if default is None:
        return ""
    volatile = [name for name, _ in function_names(default.raw_expr) if name in VOLATILE_FUNCTIONS]
    if volatile:
        return f"the volatile default {volatile[0]}()"
    return "a default (before PostgreSQL 11)" if old_server else ""
