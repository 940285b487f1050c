"""The parse trees the linter builds from libpg_query's JSON are the trees pglast builds,
attribute for attribute, locations included (in characters, also after non-ASCII text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pglast import parse_sql
from pglast.parser import split

from codemod.lint.rules import ALL_RULES
from codemod.lint.source import ParseFailure, read_sql
from codemod.lint.tree import build_statement
from codemod.sql import parse_statements
from lint.lint_support import CORPUS, REPO, tree_shape

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


@pytest.mark.parametrize("sql", STATEMENTS)
def test_tree_from_json_equals_pglasts_tree(sql: str) -> None:
    (expected,) = parse_sql(sql)
    (part,) = parse_statements(sql)
    assert tree_shape(build_statement(sql, part.tree, part.byte_start)) == tree_shape(expected.stmt)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_trees_read_from_the_whole_file_equal_each_statement_parsed_alone(path: Path) -> None:
    for stmt in read_sql(path.read_text(encoding="utf-8")).statements:
        if not isinstance(stmt.node, ParseFailure):
            (expected,) = parse_sql(stmt.text)
            assert tree_shape(stmt.node) == tree_shape(expected.stmt)
