from __future__ import annotations

from collections.abc import Iterator

from pglast.enums.parsenodes import ConstrType

from codemod.lint.nodes import TABLE_KINDS, placed_constraints
from codemod.lint.pgnames import constraint_name_parts, is_chosen_name
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
    names PostgreSQL gives unnamed ones), so an error message says where to look.

    PostgreSQL: the name PostgreSQL itself would choose (ChooseConstraintName:
    `<table>_<columns>_<label>` cut to 63 bytes, numbered on a clash) is always
    accepted: `db dump` writes every constraint with it, a long table's cut short.
    """

    id = "constraint-name"
    severity = Severity.LOW
    category = "naming"
    help = "Follow PostgreSQL's own scheme, or set the patterns in [tool.schemasync.lint.naming]."
    VALID = (
        (
            "create table orders (id bigint primary key, customer_id bigint,"
            " constraint orders_customer_id_fkey foreign key (customer_id) references customers);"
        ),
        (
            "alter table only organization_membership_invitations add constraint"
            " organization_membership_invit_invited_by_organization_memb_fkey"
            " foreign key (invited_by_organization_member_id) references members (id);"
        ),
        "alter table only orders add constraint orders_check check (total >= subtotal);",
        "alter table only orders add constraint orders_total_check1 check (total >= 0);",
    )
    INVALID = (
        (
            "create table orders (id bigint primary key, customer_id bigint,"
            " constraint fk_customer foreign key (customer_id) references customers);"
        ),
        "create table orders (id bigint, constraint pk primary key (id));",
        (
            "alter table only organization_membership_invitations add constraint"
            " organization_membership_invit_invited_by_organization_member_fkey"
            " foreign key (invited_by_organization_member_id) references members (id);"
        ),
    )

    STATEMENT_KINDS = TABLE_KINDS

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        for relation, constraint, column in placed_constraints(stmt.node):
            setting = _SETTINGS.get(constraint.contype)
            if setting is None or not constraint.conname:
                continue
            table = relation.relname or ""
            parts = constraint_name_parts(constraint, column)
            if parts is not None and is_chosen_name(constraint.conname, table, *parts):
                continue  # before the pattern, which is compiled per table
            pattern = state.config.naming.pattern(setting, table)
            if not pattern.match(constraint.conname):
                yield Report(
                    f"constraint name {constraint.conname!r} does not match {pattern.pattern}",
                    constraint.location,
                )
