from __future__ import annotations

from collections.abc import Iterator

from pglast.enums.parsenodes import ConstrType

from codemod.lint.nodes import TABLE_KINDS, constraints
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

# Constraint kind -> the naming setting that holds its pattern.
_SETTINGS: dict[ConstrType | None, str] = {
    ConstrType.CONSTR_PRIMARY: "primary_key",
    ConstrType.CONSTR_UNIQUE: "unique",
    ConstrType.CONSTR_FOREIGN: "foreign_key",
    ConstrType.CONSTR_CHECK: "check",
}


class ConstraintName(Rule):
    """Named constraints should follow the naming patterns: `<table>_pkey`,
    `<table>_<columns>_key`, `<table>_<columns>_fkey`, `<table>_<what>` for checks (the
    names PostgreSQL gives unnamed ones), so an error message says where to look."""

    id = "constraint-name"
    severity = Severity.LOW
    category = "naming"
    help = "Follow PostgreSQL's own scheme, or set the patterns in [tool.schemasync.lint.naming]."
    VALID = (
        (
            "create table orders (id bigint primary key, customer_id bigint,"
            " constraint orders_customer_id_fkey foreign key (customer_id) references customers);"
        ),
    )
    INVALID = (
        (
            "create table orders (id bigint primary key, customer_id bigint,"
            " constraint fk_customer foreign key (customer_id) references customers);"
        ),
        "create table orders (id bigint, constraint pk primary key (id));",
    )

    STATEMENT_KINDS = TABLE_KINDS

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        for relation, constraint in constraints(stmt.node):
            setting = _SETTINGS.get(constraint.contype)
            if setting is None or not constraint.conname:
                continue
            pattern = state.config.naming.pattern(setting, relation.relname or "")
            if not pattern.match(constraint.conname):
                yield Report(
                    f"constraint name {constraint.conname!r} does not match {pattern.pattern}",
                    constraint.location,
                )
