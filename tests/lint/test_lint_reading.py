"""Reading a file: one run of PostgreSQL's parser over the whole text finds the same
statements, at the same offsets, as pglast's own split, and each statement's tree is the
one PostgreSQL gives that statement parsed alone (kinds, locations, non-ASCII text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pglast import parse_sql
from pglast.parser import ParseError, split

from codemod.lint.source import ParseFailure, read_sql
from codemod.sql import parse_statements, split_statements
from lint.lint_support import tree_shape

# Statements of the kinds migrations hold, some with semicolons, quotes, comments and
# non-ASCII text inside them, one that does not parse.
STATEMENTS = (
    "create table public.notes (id bigint primary key, body text not null)",
    "alter table notes add column titre text default 'été'",
    "comment on column notes.body is 'Körper; mit Semikolon'",
    "create function f() returns int begin atomic select 1; select 2; end",
    "create function g() returns text language sql as $$ select ';' $$",
    "create procedure p() begin atomic insert into notes (id) values (1); end",
    "insert into notes (id, body) values (1, 'ß'), (2, E'\\'')",
    "select /* a ; nested /* comment */ */ 1",
    'create index "índice" on notes (lower(body))',
    "do $body$ begin raise notice '✓ done;'; end $body$",
    "update notes set body = 'x' where id = 1 -- and a comment ; here",
    "begin",
    "commit",
    "create tabel oops ()",
)
SEPARATORS = (";", ";\n", " ;\n\n", ";\t-- ä note\n", ";\n/* ü */\n", ";;\n", ";\f\n")


def _file(header: str, parts: list[tuple[str, str]], last_unterminated: bool) -> str:
    text = header + "".join(statement + separator for statement, separator in parts)
    return text.rstrip(";\n\t\f ") if parts and last_unterminated else text


#: a file of statements and what may come between them, the last one with or without its
#: semicolon
sql_files = st.builds(
    _file,
    st.sampled_from(("", "\n", "  -- header\n", "\ufeff")),
    st.lists(st.tuples(st.sampled_from(STATEMENTS), st.sampled_from(SEPARATORS)), max_size=6),
    st.booleans(),
)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(sql_files)
def test_one_parse_finds_the_statements_pglasts_split_finds(text: str) -> None:
    try:
        expected = [(s.start, s.stop) for s in split(text, only_slices=True)]
    except ParseError:
        assert split_statements(text) is None
        return
    assert [(s.start, s.end) for s in parse_statements(text)] == expected


@settings(max_examples=200, deadline=None, derandomize=True)
@given(sql_files)
def test_each_statement_read_is_the_statement_parsed_alone(text: str) -> None:
    source = read_sql(text)
    try:
        slices = split(text, only_slices=True)
    except ParseError:
        assert any(stmt.kind == "ParseFailure" for stmt in source.statements)
        return
    assert [stmt.start for stmt in source.statements] == [s.start for s in slices]
    for stmt, part in zip(source.statements, slices, strict=True):
        assert stmt.text.startswith(text[part])
        assert stmt.text[part.stop - part.start :].strip() in ("", ";")  # to its semicolon
        (expected,) = parse_sql(stmt.text)
        assert stmt.kind == type(expected.stmt).__name__
        assert not isinstance(stmt.node, ParseFailure)
        assert tree_shape(stmt.node) == tree_shape(expected.stmt)


def test_a_file_that_does_not_parse_is_read_statement_by_statement() -> None:
    source = read_sql("select 1;\ncreate tabel oops ();\ncomment on table t is 'é';\n")
    assert [stmt.kind for stmt in source.statements] == [
        "SelectStmt",
        "ParseFailure",
        "CommentStmt",
    ]
    (expected,) = parse_sql("comment on table t is 'é';")
    assert tree_shape(source.statements[2].node) == tree_shape(expected.stmt)
