from __future__ import annotations

from collections.abc import Iterator

from pglast import ast

from codemod.lint.nodes import dropped_names, object_kind
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class MissingIfExists(Rule):
    """CREATE EXTENSION and CREATE SCHEMA without IF NOT EXISTS, and DROP without IF
    EXISTS, fail when the object is (or is not) already there: Supabase projects ship
    with extensions and schemas, and scripts that drop things get re-run.

    PostgreSQL: CREATE EXTENSION and CREATE SCHEMA fail when the object exists (SQLSTATE
    42710, 42P06), DROP when it does not (42704 and kin); IF [NOT] EXISTS turns that
    into a notice.
    """

    id = "missing-if-exists"
    severity = Severity.LOW
    category = "hygiene"
    help = "Write `create extension if not exists`, `create schema if not exists`, `drop ... if exists`."
    VALID = (
        "create extension if not exists pg_trgm with schema extensions;",
        "drop trigger if exists items_set_updated_at on items;",
    )
    INVALID = (
        "create extension pg_trgm;",
        "create schema reporting;",
        "drop function set_updated_at();",
    )

    def visit_CreateExtensionStmt(
        self, node: ast.CreateExtensionStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if not node.if_not_exists:
            yield Report(f"create extension {node.extname} fails if it is already installed")

    def visit_CreateSchemaStmt(
        self, node: ast.CreateSchemaStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if not node.if_not_exists:
            yield Report(f"create schema {node.schemaname} fails if it exists")

    def visit_DropStmt(
        self, node: ast.DropStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if not node.missing_ok:
            names = ", ".join(dropped_names(node))
            yield Report(f"drop {object_kind(node.removeType)} {names} fails if it does not exist")
