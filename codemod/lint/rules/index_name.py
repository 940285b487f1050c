from __future__ import annotations

from collections.abc import Iterator

from pglast import ast

from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class IndexName(Rule):
    """Index names should follow `naming.index` (default `<table>_<columns>_idx`, or
    `_key` for unique ones, as PostgreSQL names them itself), so a name says its table."""

    id = "index-name"
    severity = Severity.LOW
    category = "naming"
    help = "Name it `<table>_<columns>_idx` (or set [tool.schemasync.lint.naming] index)."
    VALID = (
        "create index concurrently orders_customer_id_idx on orders (customer_id);",
        "create unique index concurrently orders_number_key on orders (number);",
    )
    INVALID = ("create index concurrently by_customer on orders (customer_id);",)

    def visit_IndexStmt(
        self, node: ast.IndexStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if not node.idxname or node.relation is None:
            return  # PostgreSQL picks a name that follows the convention
        pattern = state.config.naming.pattern("index", node.relation.relname or "")
        if not pattern.match(node.idxname):
            yield Report(f"index name {node.idxname!r} does not match {pattern.pattern}")
