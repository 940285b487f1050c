from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import AlterTableType, ConstrType

from codemod.lint.nodes import alter_commands, names_key, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

_KINDS: dict[ConstrType | None, str] = {
    ConstrType.CONSTR_FOREIGN: "foreign key",
    ConstrType.CONSTR_CHECK: "check constraint",
}


class ConstraintWithoutNotValid(Rule):
    """Adding a foreign key or check constraint checks every row while holding a lock that
    blocks writes (for a foreign key, on both tables); adding a constraint to a domain
    checks every column of that domain.

    PostgreSQL: ALTER TABLE ... ADD CONSTRAINT validates the existing rows unless NOT
    VALID is given (SHARE ROW EXCLUSIVE for a foreign key, ACCESS EXCLUSIVE for a check);
    ALTER DOMAIN ... ADD CONSTRAINT scans every table that uses the domain, unless NOT
    VALID. A table the same migration created has no rows to check.
    """

    id = "constraint-without-not-valid"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Add it with NOT VALID (new rows are checked at once), then `alter table ... validate "
        "constraint` in the next migration: validation does not block writes."
    )
    ALTER_TABLE_COMMANDS = frozenset({AlterTableType.AT_AddConstraint})
    VALID = (
        (
            "alter table items add constraint items_order_id_fkey foreign key (order_id) "
            "references orders (id) not valid;"
        ),
        "alter table items validate constraint items_order_id_fkey;",
        "alter domain item_code add constraint item_code_check check (value <> '') not valid;",
    )
    INVALID = (
        (
            "alter table items add constraint items_order_id_fkey foreign key (order_id) "
            "references orders (id);"
        ),
        "alter table items add constraint items_price_check check (price >= 0);",
        "alter domain item_code add constraint item_code_check check (value <> '');",
    )

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if state.created(node.relation):
            return
        for cmd in alter_commands(node, AlterTableType.AT_AddConstraint):
            constraint = cmd.def_
            if not isinstance(constraint, ast.Constraint) or constraint.skip_validation:
                continue
            kind = _KINDS.get(constraint.contype)
            if kind is not None:
                name = f" {constraint.conname}" if constraint.conname else ""
                yield Report(
                    f"adding {kind}{name} on {relation_key(node.relation)} checks every row "
                    "while writes are blocked",
                    constraint.location,
                )

    def visit_AlterDomainStmt(
        self, node: ast.AlterDomainStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        constraint = node.def_
        domain = names_key(node.typeName)
        # subtype 'C' is ADD CONSTRAINT (AlterDomainStmt's one-letter codes).
        if node.subtype != "C" or not isinstance(constraint, ast.Constraint):
            return
        if constraint.skip_validation or ("type", domain) in state.created_here:
            return
        yield Report(
            f"adding a constraint to domain {domain} checks every column that uses it",
            constraint.location,
        )
