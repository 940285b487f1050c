from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import AlterTableType, ConstrType

from codemod.lint.nodes import alter_commands, relation_key
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
    blocks writes (for a foreign key, on both tables)."""

    id = "constraint-without-not-valid"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Add it with NOT VALID (new rows are checked at once), then `alter table ... validate "
        "constraint` in the next migration: validation does not block writes."
    )
    VALID = (
        (
            "alter table items add constraint items_order_id_fkey foreign key (order_id) "
            "references orders (id) not valid;"
        ),
        "alter table items validate constraint items_order_id_fkey;",
    )
    INVALID = (
        (
            "alter table items add constraint items_order_id_fkey foreign key (order_id) "
            "references orders (id);"
        ),
        "alter table items add constraint items_price_check check (price >= 0);",
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
