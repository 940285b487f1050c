from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import DropBehavior, ObjectType

from codemod.lint.nodes import dropped_keys
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class DropSchema(Rule):
    """DROP SCHEMA deletes a namespace; with CASCADE, every table in it and their data.

    PostgreSQL: DROP SCHEMA ... CASCADE drops every object in the schema, data included;
    without CASCADE it fails unless the schema is empty.
    """

    id = "drop-schema"
    severity = Severity.CRITICAL
    category = "unsafe"
    help = "Drop the schema's objects one by one in reviewed migrations, or keep the schema."
    VALID = ("create schema if not exists reporting;",)
    INVALID = ("drop schema if exists reporting;", "drop schema if exists reporting cascade;")

    def visit_DropStmt(
        self, node: ast.DropStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.removeType == ObjectType.OBJECT_SCHEMA:
            cascade = " and everything in it" if node.behavior == DropBehavior.DROP_CASCADE else ""
            for key in dropped_keys(node):
                yield Report(f"drop schema {key} deletes the schema{cascade}")
