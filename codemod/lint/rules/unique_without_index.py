from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ConstrType

from codemod.lint.nodes import constraints, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

_KINDS: dict[ConstrType | None, str] = {
    ConstrType.CONSTR_UNIQUE: "unique constraint",
    ConstrType.CONSTR_PRIMARY: "primary key",
}


class UniqueWithoutIndex(Rule):
    """Adding a unique constraint or primary key builds its index while holding an
    ACCESS EXCLUSIVE lock on the table.

    PostgreSQL: ADD CONSTRAINT ... UNIQUE / PRIMARY KEY builds the index under ACCESS
    EXCLUSIVE (AlterTableGetLockLevel); ADD CONSTRAINT ... USING INDEX takes an index
    built CONCURRENTLY.
    """

    id = "unique-without-index"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Build the index first with `create unique index concurrently <name> on ...`, then "
        "`alter table ... add constraint <name> unique using index <name>`."
    )
    VALID = ("alter table items add constraint items_code_key unique using index items_code_key;",)
    INVALID = (
        "alter table items add constraint items_code_key unique (code);",
        "alter table items add column code text unique;",
    )

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if state.created(node.relation):
            return
        for relation, constraint in constraints(node):
            kind = _KINDS.get(constraint.contype)
            if kind is not None and not constraint.indexname:
                yield Report(
                    f"adding a {kind} builds an index on {relation_key(relation)} while it is "
                    "locked",
                    constraint.location,
                )
