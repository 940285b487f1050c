from __future__ import annotations

from collections.abc import Iterator

from pglast import ast

from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class DropDatabase(Rule):
    """DROP DATABASE deletes a whole database; a migration has no business doing it.

    PostgreSQL: DROP DATABASE removes the catalog entries and the data directory of the
    database at once, and cannot run inside a transaction block.
    """

    id = "drop-database"
    severity = Severity.CRITICAL
    category = "unsafe"
    help = "Drop databases by hand, after a backup; never from a migration."
    VALID = ("drop schema if exists scratch;",)
    INVALID = ("drop database if exists analytics;",)

    def visit_DropdbStmt(
        self, node: ast.DropdbStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield Report(f"drop database {node.dbname} deletes the database and all its data")
