from __future__ import annotations

from collections.abc import Iterator

from pglast import ast
from pglast.enums.parsenodes import ObjectType

from codemod.lint.nodes import CLIENT_OBJECTS, dropped_keys, object_kind
from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import NAMESPACES, FileState, exists_at_end
from codemod.severity import Severity

_KINDS = CLIENT_OBJECTS | {ObjectType.OBJECT_EXTENSION}


class DropObject(Rule):
    """Dropping a view, function, type, sequence or extension that the migration does not
    create again breaks the clients that select, call or use it.

    PostgreSQL: DROP removes the object and (with CASCADE) what depends on it, at once,
    for every session. Judged on the file's net effect: `drop view` then `create view`
    (how `supabase db diff` changes a view) leaves the object in place.
    """

    id = "drop-object"
    severity = Severity.HIGH
    category = "unsafe"
    help = (
        "Stop using it in the code and deploy first; drop it in a later migration (or "
        "re-create it in the same one)."
    )
    VALID = (
        (
            "drop function if exists public.touch();"
            " create function public.touch() returns trigger language plpgsql"
            " as $$ begin return new; end $$;"
        ),
        "drop view if exists active_items; create view active_items as select 1 as id;",
        "create type draft_state as enum ('a'); drop type draft_state;",
    )
    INVALID = (
        "drop view if exists active_items;",
        "drop function public.touch();",
        "drop type if exists item_status cascade;",
        "drop extension if exists pg_trgm;",
    )

    def visit_DropStmt(
        self, node: ast.DropStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        if node.removeType not in _KINDS:
            return
        namespace = NAMESPACES[node.removeType]
        for key in dropped_keys(node):
            if (namespace, key) in state.created_here:
                continue
            yield Report(
                f"drop {object_kind(node.removeType)} {key} breaks the clients that use it",
                unless=exists_at_end(namespace, key),
            )
