from __future__ import annotations

from collections.abc import Iterator

from pglast import ast

from codemod.lint.nodes import relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class IndexWithoutConcurrently(Rule):
    """CREATE INDEX without CONCURRENTLY blocks writes to the table until the index is
    built. A table created in the same file is exempt: nothing uses it yet.

    PostgreSQL: CREATE INDEX takes a SHARE lock (writes wait, reads go on) for the whole
    build; CREATE INDEX CONCURRENTLY takes SHARE UPDATE EXCLUSIVE and blocks neither.
    """

    id = "index-without-concurrently"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Use `create index concurrently` (the Supabase CLI runs it outside the file's "
        "transaction), or put it in a migration of its own."
    )
    VALID = (
        "create index concurrently items_code_idx on items (code);",
        (
            "create table drafts (id bigint primary key, title text);"
            " create index drafts_title_idx on drafts (title);"
        ),
    )
    INVALID = ("create index items_code_idx on items (code);",)

    def visit_IndexStmt(
        self, node: ast.IndexStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if not node.concurrent and not state.created(node.relation):
            name = f" {node.idxname}" if node.idxname else ""
            yield Report(
                f"creating index{name} blocks writes to {relation_key(node.relation)} while it "
                "builds"
            )
