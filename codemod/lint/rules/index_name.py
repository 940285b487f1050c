from __future__ import annotations

from collections.abc import Iterator

from pglast import ast

from codemod.lint.pgnames import index_columns, index_labels, is_chosen_name
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class IndexName(Rule):
    """Index names should follow `naming.index` (default `<table>_<columns>_idx` or `_key`,
    as PostgreSQL names them itself, or `idx_<table>_<columns>`), so a name says its table.

    PostgreSQL: a name PostgreSQL itself would choose for the index (ChooseRelationName:
    `<table>_<columns>_idx`, `_key`, `_pkey`, `_excl`, cut to 63 bytes, numbered on a
    clash) is always accepted, whatever the pattern: `db dump` spells those out.
    """

    id = "index-name"
    severity = Severity.LOW
    category = "naming"
    help = "Name it `<table>_<columns>_idx` (or set [tool.schemasync.lint.naming] index)."
    VALID = (
        "create index concurrently orders_customer_id_idx on orders (customer_id);",
        "create unique index concurrently orders_number_key on orders (number);",
        "create unique index concurrently orders_pkey on orders using btree (id);",
        "create index concurrently orders_lower_idx on orders (lower(email));",
        (
            "create unique index concurrently"
            " subscription_notification_preferenc_subscription_id_channel_key"
            " on subscription_notification_preferences (subscription_id, channel);"
        ),
    )
    INVALID = (
        "create index concurrently by_customer on orders (customer_id);",
        "create index concurrently orders_pkey on orders (id);",
    )

    def visit_IndexStmt(
        self, node: ast.IndexStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if not node.idxname or node.relation is None:
            return  # PostgreSQL picks a name that follows the convention
        table = node.relation.relname or ""
        columns = index_columns(node)
        chosen = any(
            is_chosen_name(node.idxname, table, columns if with_columns else None, label)
            for label, with_columns in index_labels(node)
        )
        if chosen:
            return  # before the pattern: compiling it per table costs more than this check
        pattern = state.config.naming.pattern("index", table)
        if not pattern.match(node.idxname):
            yield Report(f"index name {node.idxname!r} does not match {pattern.pattern}")
