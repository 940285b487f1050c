from __future__ import annotations

from collections.abc import Iterator

from pglast import ast

from codemod.lint.nodes import relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class ReindexWithoutConcurrently(Rule):
    """REINDEX without CONCURRENTLY blocks writes to the table, and reads that would use
    the index, until the rebuild ends.

    PostgreSQL: REINDEX takes a SHARE lock on the table and ACCESS EXCLUSIVE on each
    index it rebuilds; REINDEX CONCURRENTLY (PostgreSQL 12+) only SHARE UPDATE EXCLUSIVE.
    """

    id = "reindex-without-concurrently"
    severity = Severity.HIGH
    category = "unsafe"
    help = "Use `reindex index concurrently <name>` (outside a transaction block)."
    VALID = (
        "reindex index concurrently items_code_idx;",
        "create table drafts (id bigint primary key); reindex table drafts;",
    )
    INVALID = ("reindex index items_code_idx;", "reindex table items;")

    def visit_ReindexStmt(
        self, node: ast.ReindexStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        concurrently = any(
            isinstance(p, ast.DefElem) and p.defname == "concurrently" for p in node.params or ()
        )
        name = relation_key(node.relation) if node.relation is not None else node.name or ""
        if not concurrently and not state.created_key(name):
            yield Report(f"reindex of {name} blocks writes while it rebuilds")
