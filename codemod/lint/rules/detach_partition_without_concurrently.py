from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import AlterTableType

from codemod.lint.nodes import alter_commands, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class DetachPartitionWithoutConcurrently(Rule):
    """DETACH PARTITION without CONCURRENTLY locks the partitioned table against reads
    and writes.

    PostgreSQL: ALTER TABLE ... DETACH PARTITION takes ACCESS EXCLUSIVE on the parent
    (AlterTableGetLockLevel); with CONCURRENTLY (PostgreSQL 14+), SHARE UPDATE EXCLUSIVE.
    """

    id = "detach-partition-without-concurrently"
    severity = Severity.HIGH
    category = "unsafe"
    help = "Use `alter table ... detach partition ... concurrently` (outside a transaction)."
    ALTER_TABLE_COMMANDS = frozenset({AlterTableType.AT_DetachPartition})
    VALID = ("alter table events detach partition events_2023 concurrently;",)
    INVALID = ("alter table events detach partition events_2023;",)

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if state.created(node.relation):
            return
        for cmd in alter_commands(node, AlterTableType.AT_DetachPartition):
            if isinstance(cmd.def_, ast.PartitionCmd) and not cmd.def_.concurrent:
                yield Report(
                    f"detaching a partition locks {relation_key(node.relation)} against "
                    "reads and writes"
                )
