from __future__ import annotations

from collections.abc import Iterator

from pglast import ast

from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class Cluster(Rule):
    """CLUSTER rewrites the table in index order under an ACCESS EXCLUSIVE lock.

    PostgreSQL: CLUSTER rewrites the table in index order under ACCESS EXCLUSIVE for the
    whole rewrite.
    """

    id = "cluster"
    severity = Severity.HIGH
    category = "unsafe"
    help = "Use pg_repack --order-by to reorder a table online; never in a migration."
    VALID = (
        "analyze items;",
        "create table drafts (id bigint primary key); cluster drafts using drafts_pkey;",
    )
    INVALID = ("cluster items using items_pkey;",)

    def visit_ClusterStmt(
        self, node: ast.ClusterStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if not state.created(node.relation):
            yield Report("cluster rewrites the table while reads and writes wait")
