from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ConstrType

from codemod.lint.nodes import constraints, relation_key
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class TableWithoutPrimaryKey(Rule):
    """A table without a primary key cannot be updated through logical replication
    (Supabase Realtime, read replicas) and its rows have no stable identity for clients."""

    id = "table-without-primary-key"
    severity = Severity.MEDIUM
    category = "hygiene"
    help = "Declare a primary key in the CREATE TABLE (an identity or a uuid column)."
    VALID = (
        "create table tags (id bigint generated always as identity primary key, name text);",
        "create table item_tags (item_id bigint, tag_id bigint, primary key (item_id, tag_id));",
        "create temporary table staged (payload jsonb);",
    )
    INVALID = ("create table tags (name text not null);",)

    def visit_CreateStmt(
        self, node: ast.CreateStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        relation = node.relation
        # Partitions and typed or inheriting tables take their keys from elsewhere.
        derived = node.partbound or node.ofTypename or node.inhRelations
        if relation is None or relation.relpersistence == "t" or derived:
            return
        liked = any(isinstance(e, ast.TableLikeClause) for e in node.tableElts or ())
        keyed = any(c.contype == ConstrType.CONSTR_PRIMARY for _, c in constraints(node))
        if not (keyed or liked):
            yield Report(f"table {relation_key(relation)} has no primary key", relation.location)
