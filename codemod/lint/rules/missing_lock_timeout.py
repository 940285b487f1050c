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

# Lock modes, by what a session waiting for them holds up behind it: every statement on
# the table, or every write (the SHARE, SHARE ROW EXCLUSIVE and EXCLUSIVE modes conflict
# with ROW EXCLUSIVE, which INSERT, UPDATE and DELETE take).
ACCESS_EXCLUSIVE = "ACCESS EXCLUSIVE"
SHARE = "SHARE"
SHARE_ROW_EXCLUSIVE = "SHARE ROW EXCLUSIVE"
_BLOCKS = {
    ACCESS_EXCLUSIVE: "every read and write",
    SHARE: "every write",
    SHARE_ROW_EXCLUSIVE: "every write",
}

# ALTER TABLE forms that take less than ACCESS EXCLUSIVE (PostgreSQL's
# AlterTableGetLockLevel in tablecmds.c); every other form takes ACCESS EXCLUSIVE.
_SHARE_UPDATE_EXCLUSIVE = frozenset(
    {
        # planner and maintenance settings, validation, partitions
        AlterTableType.AT_SetStatistics,
        AlterTableType.AT_SetOptions,
        AlterTableType.AT_ResetOptions,
        AlterTableType.AT_ClusterOn,
        AlterTableType.AT_DropCluster,
        AlterTableType.AT_ValidateConstraint,
        AlterTableType.AT_AttachPartition,
        AlterTableType.AT_DetachPartitionFinalize,
        # storage parameters: what AlterTableGetRelOptionsLockLevel returns for the
        # common ones (fillfactor, autovacuum_*)
        AlterTableType.AT_SetRelOptions,
        AlterTableType.AT_ResetRelOptions,
    }
)
# Triggers change what writes do, not what reads see.
_TRIGGERS = frozenset(
    {
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
    """A statement that takes a lock blocking writes (or reads and writes) on a table that
    existed before the migration, with no lock_timeout set before it. While it waits
    behind one long query, every statement its lock conflicts with queues behind it: a
    short ALTER becomes an outage.

    PostgreSQL: the lock each statement takes is the one its documentation states
    (Explicit Locking, "Table-Level Locks"; for ALTER TABLE, per subcommand as
    AlterTableGetLockLevel decides): ACCESS EXCLUSIVE for most ALTER TABLE forms, DROP,
    TRUNCATE, renames, policies, CLUSTER, VACUUM FULL and REFRESH MATERIALIZED VIEW;
    SHARE for CREATE INDEX and REINDEX; SHARE ROW EXCLUSIVE for CREATE TRIGGER and
    foreign keys (on both tables). A table the same migration created is exempt: no
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
        (
            "create table drafts (id bigint primary key);"
            " create policy drafts_read on drafts for select using (true);"
        ),
        "alter table items validate constraint items_price_check;",
        "alter table items set (fillfactor = 90);",
        "create index concurrently items_code_idx on items (code);",
        "create type item_state as enum ('new', 'old');",
    )
    INVALID = (
        "alter table items add column note text;",
        "set lock_timeout = '5s'; reset lock_timeout; drop table if exists items;",
        "select set_config('lock_timeout', '0', false); drop table if exists items;",
        "create policy items_read on items for select using (true);",
        "drop trigger if exists items_touch on items;",
        "create index items_code_idx on items (code);",
        "create trigger items_touch before update on items for each row execute function touch();",
        (
            "create table drafts (id bigint primary key, item_id bigint);"
            " alter table drafts add constraint drafts_item_id_fkey"
            " foreign key (item_id) references items (id);"
        ),
        "cluster items using items_pkey;",
        "vacuum full items;",
    )

    def visit_AlterTableStmt(
        self, node: ast.AlterTableStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.objtype != ObjectType.OBJECT_TABLE:
            return
        table = relation_key(node.relation)
        for cmd in node.cmds or ():
            if isinstance(cmd, ast.AlterTableCmd):
                for key, mode in _alter_locks(table, cmd):
                    yield from self._check(key, mode, state)

    def visit_DropStmt(
        self, node: ast.DropStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        index = node.removeType == ObjectType.OBJECT_INDEX and not node.concurrent
        if index or node.removeType in _DROPPED:
            for key in dropped_keys(node):
                yield from self._check(key, ACCESS_EXCLUSIVE, state)
        elif node.removeType in _DROPPED_ON_TABLE:
            for obj in node.objects or ():
                # (schema?, table, name): the table is all but the last name
                table = names_key(obj[:-1]) if isinstance(obj, tuple) else ""
                yield from self._check(table, ACCESS_EXCLUSIVE, state)

    def visit_RenameStmt(
        self, node: ast.RenameStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.renameType in _RENAMED:
            yield from self._check(relation_key(node.relation), ACCESS_EXCLUSIVE, state)

    def visit_TruncateStmt(
        self, node: ast.TruncateStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        for relation in node.relations or ():
            yield from self._check(relation_key(relation), ACCESS_EXCLUSIVE, state)

    def visit_LockStmt(
        self, node: ast.LockStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.mode == AccessExclusiveLock:
            for relation in node.relations or ():
                yield from self._check(relation_key(relation), ACCESS_EXCLUSIVE, state)

    def visit_CreatePolicyStmt(
        self, node: ast.CreatePolicyStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from self._check(relation_key(node.table), ACCESS_EXCLUSIVE, state)

    def visit_AlterPolicyStmt(
        self, node: ast.AlterPolicyStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from self._check(relation_key(node.table), ACCESS_EXCLUSIVE, state)

    def visit_RuleStmt(
        self, node: ast.RuleStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from self._check(relation_key(node.relation), ACCESS_EXCLUSIVE, state)

    def visit_RefreshMatViewStmt(
        self, node: ast.RefreshMatViewStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if not node.concurrent:
            yield from self._check(relation_key(node.relation), ACCESS_EXCLUSIVE, state)

    def visit_AlterObjectSchemaStmt(
        self, node: ast.AlterObjectSchemaStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.objectType in _DROPPED:
            yield from self._check(relation_key(node.relation), ACCESS_EXCLUSIVE, state)

    def visit_ClusterStmt(
        self, node: ast.ClusterStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from self._check(relation_key(node.relation), ACCESS_EXCLUSIVE, state)

    def visit_VacuumStmt(
        self, node: ast.VacuumStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        full = any(isinstance(o, ast.DefElem) and o.defname == "full" for o in node.options or ())
        if full:
            for relation in node.rels or ():
                if isinstance(relation, ast.VacuumRelation):
                    yield from self._check(relation_key(relation.relation), ACCESS_EXCLUSIVE, state)

    def visit_IndexStmt(
        self, node: ast.IndexStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if not node.concurrent:
            yield from self._check(relation_key(node.relation), SHARE, state)

    def visit_ReindexStmt(
        self, node: ast.ReindexStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        concurrent = any(
            isinstance(p, ast.DefElem) and p.defname == "concurrently" for p in node.params or ()
        )
        if not concurrent and node.relation is not None:
            yield from self._check(relation_key(node.relation), SHARE, state)

    def visit_CreateTrigStmt(
        self, node: ast.CreateTrigStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from self._check(relation_key(node.relation), SHARE_ROW_EXCLUSIVE, state)

    def _check(self, table: str, mode: str, state: FileState) -> Iterator[Report]:
        if table and not state.lock_timeout and not state.created_key(table):
            yield Report(
                f"this takes a {mode} lock on {table} with no lock_timeout set: waiting for "
                f"it blocks {_BLOCKS[mode]} of the table",
                once=f"timeout-{state.lock_timeout_changes}",
            )


def _alter_locks(table: str, cmd: ast.AlterTableCmd) -> Iterator[tuple[str, str]]:
    """(table, lock mode) of what one ALTER TABLE subcommand locks, for the modes that
    block writes."""
    definition = cmd.def_
    if cmd.subtype in _SHARE_UPDATE_EXCLUSIVE:
        return
    if cmd.subtype in _TRIGGERS:
        yield table, SHARE_ROW_EXCLUSIVE
    elif isinstance(definition, ast.Constraint) and definition.contype == ConstrType.CONSTR_FOREIGN:
        # Triggers go on both tables (CREATE TRIGGER's lock); NOT VALID does not change it.
        yield table, SHARE_ROW_EXCLUSIVE
        yield relation_key(definition.pktable), SHARE_ROW_EXCLUSIVE
    elif isinstance(definition, ast.PartitionCmd) and definition.concurrent:
        return  # DETACH PARTITION ... CONCURRENTLY: SHARE UPDATE EXCLUSIVE
    else:
        yield table, ACCESS_EXCLUSIVE
