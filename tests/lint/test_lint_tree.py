"""The parse trees the linter builds from libpg_query's JSON are the trees pglast builds,
attribute for attribute, locations included (in characters, also after non-ASCII text)."""

from __future__ import annotations

from typing import Any

import pytest
from pglast import ast, parse_sql
from pglast.parser import parse_sql_json, split

from codemod.lint.rules import ALL_RULES
from codemod.lint.tree import build_statement
from lint.lint_support import CORPUS, REPO

FILES = sorted([*CORPUS.rglob("*.sql"), *(REPO / "fixtures" / "supabase").rglob("*.sql")])
EXAMPLES = [
    sql
    for rule in ALL_RULES
    if rule.id != "syntax-error" and rule.category != "files"  # file rules' are file names
    for sql in rule.VALID + rule.INVALID
]
STATEMENTS = [
    *(
        part
        for text in [*(path.read_text(encoding="utf-8") for path in FILES), *EXAMPLES]
        if "syntax-error" not in text
        for part in split(text)
    ),
    "select 'héllo', 'wörld' || name from public.notes where body = 'ü' and id = -1",
    "alter table public.notes alter column body type varchar(80) using body::varchar(80)",
    "create index on notes using gin (to_tsvector('simple', body)) where deleted_at is null",
    "comment on column notes.body is 'Körper'",
]


def _shape(value: Any) -> Any:
    if isinstance(value, ast.Node):
        return type(value).__name__, tuple((a, _shape(getattr(value, a))) for a in value)
    if isinstance(value, tuple):
        return tuple(_shape(item) for item in value)
    return value


@pytest.mark.parametrize("sql", STATEMENTS)
def test_tree_from_json_equals_pglasts_tree(sql: str) -> None:
    (expected,) = parse_sql(sql)
    assert _shape(build_statement(sql, parse_sql_json(sql))) == _shape(expected.stmt)
