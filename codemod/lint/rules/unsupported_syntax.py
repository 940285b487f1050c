from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import MappingProxyType

from pglast import ast
from pglast.enums.parsenodes import AlterTableType, ConstrType

from codemod.lint.nodes import TABLE_KINDS, alter_commands, constraints, walk
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


@dataclass(frozen=True)
class _Feature:
    name: str
    since: int  # the first PostgreSQL major version that accepts it
    find: Callable[[Statement], int | None]  # its location in the statement, if used


def _merge(stmt: Statement) -> int | None:
    return 0 if stmt.kind == "MergeStmt" else None


def _token(name: str) -> Callable[[Statement], int | None]:
    """The keyword token `name`: scanned for only in the statements whose text has the
    word (a keyword is written as it is spelled, in any case), which few have."""
    word = re.compile(re.escape(name), re.IGNORECASE)

    def find(stmt: Statement) -> int | None:
        if word.search(stmt.text) is None:
            return None
        found = next((t for t in stmt.tokens if t.name == name), None)
        return stmt.token_location(found) if found is not None else None

    return find


_DISTINCT = re.compile("distinct", re.IGNORECASE)


def _nulls_not_distinct(stmt: Statement) -> int | None:
    if _DISTINCT.search(stmt.text) is None:
        return None  # no DISTINCT keyword: no need to scan
    names = [t.name for t in stmt.tokens]
    for i in range(len(names) - 2):
        if names[i : i + 3] == ["NULLS_P", "NOT", "DISTINCT"]:
            return stmt.token_location(stmt.tokens[i])
    return None


def _security_invoker(stmt: Statement) -> int | None:
    if stmt.kind not in ("ViewStmt", "AlterTableStmt"):
        return None
    options = [n for n in walk(stmt.node) if isinstance(n, ast.DefElem)]
    return 0 if any(o.defname == "security_invoker" for o in options) else None


def _virtual_column(stmt: Statement) -> int | None:
    if stmt.kind not in TABLE_KINDS:
        return None
    for _, constraint in constraints(stmt.node):
        if constraint.contype == ConstrType.CONSTR_GENERATED and constraint.generated_kind == "v":
            return constraint.location
    return None


def _not_null_not_valid(stmt: Statement) -> int | None:
    if stmt.kind == "AlterTableStmt" and isinstance(stmt.node, ast.AlterTableStmt):
        for cmd in alter_commands(stmt.node, AlterTableType.AT_AddConstraint):
            constraint = cmd.def_
            if (
                isinstance(constraint, ast.Constraint)
                and constraint.skip_validation
                and constraint.contype == ConstrType.CONSTR_NOTNULL
            ):
                return constraint.location
    return None


_FEATURES = (
    _Feature("MERGE", 15, _merge),
    _Feature("UNIQUE NULLS NOT DISTINCT", 15, _nulls_not_distinct),
    _Feature("the security_invoker view option", 15, _security_invoker),
    _Feature("JSON_TABLE", 17, _token("JSON_TABLE")),
    _Feature("a VIRTUAL generated column", 18, _virtual_column),
    _Feature("a NOT NULL constraint NOT VALID", 18, _not_null_not_valid),
)


class UnsupportedSyntax(Rule):
    """Syntax newer than the PostgreSQL version the migrations run on.

    pglast parses with the newest grammar; set `postgres_version` (or keep
    `supabase/config.toml`) so that what an older server rejects is caught here.

    PostgreSQL: each feature's release notes (MERGE, UNIQUE NULLS NOT DISTINCT and
    security_invoker views in 15, JSON_TABLE in 17, virtual generated columns and NOT
    NULL ... NOT VALID in 18); the parser accepts the newest grammar.
    """

    id = "unsupported-syntax"
    severity = Severity.CRITICAL
    category = "syntax"
    help = "Rewrite it for the configured server version, or upgrade the server first."
    EXAMPLE_CONFIG = MappingProxyType({"postgres_version": 14})
    VALID = (
        "create unique index items_code_key on items (code);",
        "create view active_items as select * from items;",
        "comment on table items is 'not made with JSON_TABLE, nor NULLS NOT DISTINCT';",
    )
    INVALID = (
        "create unique index items_code_key on items (code) nulls not distinct;",
        "select * from json_table('[1]', '$[*]' columns (v int path '$')) as t;",
        "merge into items using staged on items.id = staged.id when matched then do nothing;",
        "create view active_items with (security_invoker = true) as select * from items;",
    )

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        version = state.config.postgres_version
        if version is None:
            return
        for feature in _FEATURES:
            if version < feature.since and (location := feature.find(stmt)) is not None:
                yield Report(
                    f"{feature.name} needs PostgreSQL {feature.since}; the migrations run on "
                    f"PostgreSQL {version}",
                    location,
                )
