from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ObjectType

from codemod.lint.names import new_names
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.naming import singularize, split_words
from codemod.severity import Severity


class EnumTypeName(Rule):
    """Enum type names should match `naming.enum` and be singular (`order_status`): one
    value is one status, and the name becomes the Python Enum class (`OrderStatus`).

    PostgreSQL imposes no form; an enum type names the set of values one column holds,
    hence singular (`order_status`), and becomes the Python Enum's name.
    """

    id = "enum-type-name"
    severity = Severity.LOW
    category = "naming"
    help = "Name the enum in the singular snake_case (`order_status`), or set naming.enum."
    VALID = ("create type order_status as enum ('open', 'paid');",)
    INVALID = ("create type order_statuses as enum ('open', 'paid');",)

    def visit_CreateEnumStmt(
        self, node: ast.CreateEnumStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        yield from self._check(node, state)

    def visit_RenameStmt(
        self, node: ast.RenameStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.renameType == ObjectType.OBJECT_TYPE:
            yield from self._check(node, state)

    def _check(self, node: ast.Node, state: FileState) -> Iterator[Report]:
        pattern = state.config.naming.pattern("enum")
        for new in new_names(node):
            words = split_words(new.name)
            last = words[-1].lower() if words else ""
            if not pattern.match(new.name):
                yield Report(f"enum name {new.name!r} does not match {pattern.pattern}")
            elif singularize(last) != last:
                yield Report(f"enum name {new.name!r} is plural")
