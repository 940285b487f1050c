from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.lockdefs import AccessExclusiveLock
from pglast.enums.parsenodes import AlterTableType, ConstrType, ObjectType

from codemod.lint.nodes import dropped_keys, names_key, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

# ALTER TABLE forms that take a weaker lock than ACCESS EXCLUSIVE (PostgreSQL's
# AlterTableGetLockLevel in tablecmds.c); every other form takes ACCESS EXCLUSIVE.
_WEAKER = frozenset(
    {
        # SHARE UPDATE EXCLUSIVE: planner and maintenance settings, validation, partitions
        AlterTableType.AT_SetStatistics,
        AlterTableType.AT_SetOptions,
        AlterTableType.AT_ResetOptions,
        AlterTableType.AT_ClusterOn,
        AlterTableType.AT_DropCluster,
        AlterTableType.AT_ValidateConstraint,
        AlterTableType.AT_AttachPartition,
        AlterTableType.AT_DetachPartitionFinalize,
        # storage parameters: SHARE UPDATE EXCLUSIVE for the common ones (fillfactor,
        # autovacuum_*), which is what AlterTableGetRelOptionsLockLevel returns for them
        AlterTableType.AT_SetRelOptions,
        AlterTableType.AT_ResetRelOptions,
        # SHARE ROW EXCLUSIVE: triggers change what writes do, not what reads see
        AlterTableType.AT_EnableTrig,
        AlterTableType.AT_EnableAlwaysTrig,
        AlterTableType.AT_EnableReplicaTrig,
        AlterTableType.AT_DisableTrig,
        AlterTableType.AT_EnableTrigAll,
        AlterTableType.AT_DisableTrigAll,
        AlterTableType.AT_EnableTrigUser,
        AlterTableType.AT_DisableTrigUser,
    }
)
_DROPPED = frozenset({ObjectType.OBJECT_TABLE, ObjectType.OBJECT_VIEW, ObjectType.OBJECT_MATVIEW})
# DROP TRIGGER, DROP POLICY and DROP RULE lock the table they are on.
_DROPPED_ON_TABLE = frozenset(
    {ObjectType.OBJECT_TRIGGER, ObjectType.OBJECT_POLICY, ObjectType.OBJECT_RULE}
)
# Renaming an index takes SHARE UPDATE EXCLUSIVE since PostgreSQL 12; these take
# ACCESS EXCLUSIVE (RenameRelation, renameatt, RenameConstraint, renametrig).
_RENAMED = frozenset(
    {
        ObjectType.OBJECT_TABLE,
        ObjectType.OBJECT_VIEW,
        ObjectType.OBJECT_MATVIEW,
        ObjectType.OBJECT_COLUMN,
        ObjectType.OBJECT_TABCONSTRAINT,
        ObjectType.OBJECT_TRIGGER,
        ObjectType.OBJECT_POLICY,
    }
)


class MissingLockTimeout(Rule):
    """A statement that takes an ACCESS EXCLUSIVE lock on a table that existed before the
    migration, with no lock_timeout set before it. While it waits behind one long query,
    every read and write of the table queues behind it: a short ALTER becomes an outage.

    PostgreSQL: the lock each statement takes is the one its documentation states
    (Explicit Locking, "Table-Level Locks"; for ALTER TABLE, per subcommand as
    AlterTableGetLockLevel decides). A table the same migration created is exempt: no
    other session can hold a lock on it. `SET [LOCAL] lock_timeout` and
    `select set_config('lock_timeout', ...)` count; `0` turns it off. Reported once per
    file, at the first such statement: one SET before it covers them all.
    """

    id = "missing-lock-timeout"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Start the migration with `set lock_timeout = '5s';` so that it fails fast instead "
        "of blocking the table, and retry it."
    )
    VALID = (
        "set lock_timeout = '5s'; alter table items add column note text;",
        "set local lock_timeout = '5s'; alter table items add column note text;",
        "select set_config('lock_timeout', '5s', false); drop table if exists items;",
        "create table drafts (id bigint primary key); alter table drafts add column note text;",
        "create table drafts (id bigint primary key); create policy drafts_read on drafts for select using (true);",
        "alter table items validate constraint items_price_check;",
        "alter table items set (fillfactor = 90);",
    )
    INVALID = (
        "alter table items add column note text;",
        "set lock_timeout = '5s'; reset lock_timeout; drop table if exists items;",
        "select set_config('lock_timeout', '0', false); drop table if exists items;",
        "create policy items_read on items for select using (true);",
        "drop trigger if exists items_touch on items;",
    )

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.objtype == ObjectType.OBJECT_TABLE and any(_exclusive(c) for c in node.cmds or ()):
            yield from self._check(relation_key(node.relation), state)

    def visit_DropStmt(
        self, node: ast.DropStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        index = node.removeType == ObjectType.OBJECT_INDEX and not node.concurrent
        if index or node.removeType in _DROPPED:
            for key in dropped_keys(node):
                yield from self._check(key, state)
        elif node.removeType in _DROPPED_ON_TABLE:
            for obj in node.objects or ():
                # (schema?, table, name): the table is all but the last name
                yield from self._check(names_key(obj[:-1]) if isinstance(obj, tuple) else "", state)

    def visit_RenameStmt(
        self, node: ast.RenameStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.renameType in _RENAMED:
            yield from self._check(relation_key(node.relation), state)

    def visit_TruncateStmt(
        self, node: ast.TruncateStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        for relation in node.relations or ():
            yield from self._check(relation_key(relation), state)

    def visit_LockStmt(
        self, node: ast.LockStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.mode == AccessExclusiveLock:
            for relation in node.relations or ():
                yield from self._check(relation_key(relation), state)

    def visit_CreatePolicyStmt(
        self, node: ast.CreatePolicyStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from self._check(relation_key(node.table), state)

    def visit_AlterPolicyStmt(
        self, node: ast.AlterPolicyStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from self._check(relation_key(node.table), state)

    def visit_RuleStmt(
        self, node: ast.RuleStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from self._check(relation_key(node.relation), state)

    def visit_RefreshMatViewStmt(
        self, node: ast.RefreshMatViewStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if not node.concurrent:
            yield from self._check(relation_key(node.relation), state)

    def visit_AlterObjectSchemaStmt(
        self, node: ast.AlterObjectSchemaStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.objectType in _DROPPED:
            yield from self._check(relation_key(node.relation), state)

    def _check(self, table: str, state: FileState) -> Iterator[Report]:
        if table and not state.lock_timeout and not state.created_key(table):
            yield Report(
                f"this takes an ACCESS EXCLUSIVE lock on {table} with no lock_timeout set: "
                "waiting for it blocks every read and write of the table",
                once=f"timeout-{state.lock_timeout_changes}",
            )


def _exclusive(cmd: object) -> bool:
    if not isinstance(cmd, ast.AlterTableCmd) or cmd.subtype in _WEAKER:
        return False
    definition = cmd.def_
    # A foreign key takes SHARE ROW EXCLUSIVE: it blocks writes, not reads.
    if isinstance(definition, ast.Constraint):
        return definition.contype != ConstrType.CONSTR_FOREIGN
    # DETACH PARTITION ... CONCURRENTLY takes SHARE UPDATE EXCLUSIVE.
    return not (isinstance(definition, ast.PartitionCmd) and definition.concurrent)
