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
    (Supabase Realtime, read replicas) and its rows have no stable identity for clients.

    PostgreSQL: logical replication publishes UPDATE and DELETE only for tables with a
    replica identity, which is the primary key by default. The key may come later in
    the same file (`supabase db diff` and `db dump` write CREATE TABLE, then ALTER
    TABLE ... ADD CONSTRAINT ... PRIMARY KEY): the table is judged at the end of the file.
    """

    id = "table-without-primary-key"
    severity = Severity.MEDIUM
    category = "hygiene"
    help = "Declare a primary key in the CREATE TABLE (an identity or a uuid column)."
    VALID = (
        "create table tags (id bigint generated always as identity primary key, name text);",
        (
            "create table tags (id bigint not null, name text);"
            " alter table only tags add constraint tags_pkey primary key (id);"
        ),
        "create table tags (name text); drop table tags;",
        "create table item_tags (item_id bigint, tag_id bigint, primary key (item_id, tag_id));",
        "create temporary table staged (payload jsonb);",
    )
    INVALID = (
        "create table tags (name text not null);",
        (
            "create table tags (id bigint not null, name text);"
            " alter table tags add constraint tags_name_key unique (name);"
        ),
    )

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
            key = relation_key(relation)
            yield Report(
                f"table {key} has no primary key",
                relation.location,
                unless=lambda end: (
                    key in end.catalog.primary_keys or not end.catalog.exists("relation", key)
                ),
            )
