"""SQL text -> statements, parsed by PostgreSQL's parser.

The parser reads the whole file once (in C) into libpg_query's JSON, which says where
each statement is; a statement's Python tree is built only if a rule reads it, its
tokens only if a rule reads them (the scanner gives the identifiers as written, which
the parser truncates). A file with a syntax error is cut at top-level semicolons by its
tokens instead, and each part parsed alone, so that one error does not hide the next
one. Offsets are character offsets.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from pglast import ast
from pglast.parser import ParseError, Token, scan

from codemod.lint.tree import build_statement
from codemod.sql import ParsedStatement, parse_statements

T = TypeVar("T")
COMMENT_TOKENS = frozenset({"SQL_COMMENT", "C_COMMENT"})
_SEMICOLON = "ASCII_59"
# A SQL-standard function body (`BEGIN ATOMIC ... END`) holds semicolons of its own;
# psql tracks the same three words to find where the CREATE FUNCTION ends.
_ROUTINE_WORDS = frozenset({"FUNCTION", "PROCEDURE"})


@dataclass(frozen=True)
class ParseFailure:
    """A statement PostgreSQL's parser refused, with its message and position."""

    message: str
    location: int  # offset in the statement text


@dataclass(frozen=True)
class Statement:
    """One statement as written: its text, and its parse tree (or parse failure), which
    is built the first time a rule asks for it: most statements of a migration are of
    kinds no rule reads (grants, comments, function bodies, data)."""

    kind: str  # the parse tree's node type (`CreateStmt`), or `ParseFailure`
    start: int  # offset of the first token in the file
    text: str  # the statement, from its first token to its semicolon
    leading_comments: tuple[str, ...]  # the comment lines right before it (suppressions)
    #: libpg_query's JSON of the tree and the byte offset its locations count from (the
    #: statement's, in the text that was parsed), or the failure
    tree: tuple[str, int] | ParseFailure = field(repr=False, compare=False)

    @functools.cached_property
    def node(self) -> ast.Node | ParseFailure:
        if isinstance(self.tree, ParseFailure):
            return self.tree
        return build_statement(self.text, *self.tree)

    @property
    def tree_json(self) -> str:
        """libpg_query's JSON of the tree ("" for a parse failure): a rule can read in it
        that the statement is none of its business, before the tree is built."""
        return "" if isinstance(self.tree, ParseFailure) else self.tree[0]

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The statement's tokens, comments left out; offsets in the statement's text."""
        if isinstance(self.tree, ParseFailure):
            return ()
        return tuple(t for t in scan(self.text) if t.name not in COMMENT_TOKENS)

    def derive(self, key: str, compute: Callable[[ast.Node | ParseFailure], T]) -> T:
        """What `compute` reads from the tree, found once for the rules that all ask."""
        derived = self._derived
        if key not in derived:
            derived[key] = compute(self.node)
        return cast(T, derived[key])

    @functools.cached_property
    def _derived(self) -> dict[str, Any]:
        """What several rules derive from the tree, kept once (`derive`): made only for
        the statements some rule derives something of."""
        return {}

    def token_text(self, token: Token) -> str:
        return self.text[token.start : token.end + 1]

    def token_location(self, token: Token) -> int:
        return token.start

    def strings(self) -> Iterator[tuple[str, Token]]:
        """(value, token) of every '...' and E'...' string constant in the statement."""
        for token in self.tokens:
            if token.name == "SCONST":
                raw = self.token_text(token)
                if raw[:2] in ("E'", "e'"):
                    raw = raw[1:]
                if raw[:1] == "'":
                    yield raw[1:-1].replace("''", "'"), token


@dataclass(frozen=True)
class SqlSource:
    text: str
    statements: tuple[Statement, ...]
    file_comments: tuple[str, ...]  # comments before the first statement, not attached to it


def read_sql(text: str) -> SqlSource:
    # One run of the parser over the file splits it at the semicolons that end
    # statements (not those inside a BEGIN ATOMIC body) and parses every statement, in C;
    # a file with a syntax error is split by its tokens.
    try:
        parsed = parse_statements(text)
    except ParseError:
        return _read_with_errors(text)
    statements: list[Statement] = []
    file_comments: list[Span] = []
    previous = 0  # where the last statement ended
    for part in parsed:
        comments = _comments(text, previous, part.start)
        attached = _attached_comments(text, comments, part.start)
        if not statements:
            file_comments = comments[: len(comments) - len(attached)]
        end = _past_semicolon(text, part.end)
        leading = tuple([text[a:b] for a, b in attached]) if attached else ()
        tree = (part.tree, part.byte_start)
        statements.append(Statement(_kind(part), part.start, text[part.start : end], leading, tree))
        previous = end
    if not statements:
        file_comments = _comments(text, 0, len(text))
    return SqlSource(text, tuple(statements), tuple(text[a:b] for a, b in file_comments))


class LineIndex:
    """Character offset -> (line, column), both 1-based."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


Span = tuple[int, int]  # [start, end) of a comment in the file


def _statements(text: str, start: int, end: int, comments: Sequence[Span]) -> list[Statement]:
    """The parse trees of text[start:end] (one, unless a file that does not parse was
    split in the wrong place), or its parse failure."""
    sql = text[start:end]
    leading = tuple(text[a:b] for a, b in comments)
    try:
        parsed = parse_statements(sql)
    except ParseError as err:
        return [Statement("ParseFailure", start, sql, leading, _failure(err, len(sql)))]
    return [Statement(_kind(part), start, sql, leading, (part.tree, 0)) for part in parsed]


def _kind(part: ParsedStatement) -> str:
    """The tree's node type: libpg_query writes `{"CreateStmt":{...}}`."""
    return part.tree[2 : part.tree.index('"', 2)]


_COMMENT = re.compile(r"--[^\n]*|/\*")


def _comments(text: str, begin: int, end: int) -> list[Span]:
    """The comments between two statements (the text there is only whitespace, comments
    and empty statements' semicolons)."""
    spans: list[Span] = []
    position = begin
    while (found := _COMMENT.search(text, position, end)) is not None:
        stop = found.end() if found[0] != "/*" else _block_comment_end(text, found.start(), end)
        spans.append((found.start(), stop))
        position = stop
    return spans


def _block_comment_end(text: str, start: int, end: int) -> int:
    """Past the `*/` that closes the comment at `start`; block comments nest in SQL."""
    depth = 0
    position = start
    while position < end:
        if text.startswith("/*", position):
            depth += 1
            position += 2
        elif text.startswith("*/", position):
            depth -= 1
            position += 2
            if depth == 0:
                return position
        else:
            position += 1
    return end


def _past_semicolon(text: str, stop: int) -> int:
    """The parser's statement ends before its semicolon; ours ends after it."""
    found = _SEMICOLON_AFTER.match(text, stop)
    return found.end() if found is not None else stop


_SEMICOLON_AFTER = re.compile(r"\s*;")  # \s: what str.isspace() calls space


def _read_with_errors(text: str) -> SqlSource:
    """A file with a syntax error: cut at top-level semicolons by the scanner's tokens, so
    that each statement is parsed alone and every error in the file is reported."""
    tokens, scan_error = _scan(text)
    chunks = list(_split(tokens))
    if scan_error is not None and chunks and chunks[-1][-1].name != _SEMICOLON:
        chunks.pop()  # the statement the unterminated token swallowed is reported by it
    statements: list[Statement] = []
    file_comments: list[Span] = []
    pending: list[Span] = []  # comments since the last statement
    for chunk in chunks:
        pending.extend(
            (t.start, t.end + 1)
            for t in itertools.takewhile(lambda t: t.name in COMMENT_TOKENS, chunk)
        )
        code = [t for t in chunk if t.name not in COMMENT_TOKENS]
        if all(t.name == _SEMICOLON for t in code):
            continue  # an empty statement: its comments lead the next one
        attached = _attached_comments(text, pending, code[0].start)
        if not statements:
            file_comments = pending[: len(pending) - len(attached)]
        statements.extend(_statements(text, code[0].start, code[-1].end + 1, attached))
        pending = []
    if not statements:
        file_comments = pending
    if scan_error is not None:
        # Reported as the statement the unterminated token starts, which runs to the end.
        start = scan_error.location
        failure = ParseFailure(scan_error.message, 0)
        statements.append(Statement("ParseFailure", start, text[start:], (), failure))
    return SqlSource(text, tuple(statements), tuple(text[a:b] for a, b in file_comments))


def _scan(text: str) -> tuple[list[Token], ParseFailure | None]:
    try:
        return scan(text), None
    except ParseError as err:
        failure = _failure(err, len(text))
        # The scanner stops at the unterminated token; what comes before it still lints.
        return scan(text[: failure.location]), failure


def _split(tokens: Sequence[Token]) -> Iterator[list[Token]]:
    chunk: list[Token] = []
    first = previous = ""
    routine = False  # a CREATE FUNCTION or PROCEDURE, whose body may be BEGIN ATOMIC
    depth = 0
    for token in tokens:
        chunk.append(token)
        name = token.name
        if name in COMMENT_TOKENS:
            continue
        first = first or name
        routine = routine or (first == "CREATE" and name in _ROUTINE_WORDS)
        if (routine and name == "ATOMIC" and previous == "BEGIN_P") or (depth and name == "CASE"):
            depth += 1
        elif depth and name == "END_P":
            depth -= 1
        previous = name
        if name == _SEMICOLON and depth == 0:
            yield chunk
            chunk, first, previous, routine = [], "", "", False
    if chunk:
        yield chunk


def _failure(err: ParseError, end: int) -> ParseFailure:
    """pglast puts (message, character index) in args; no index means "at end of input",
    reported just past the text."""
    message, location = (*err.args, None)[:2]
    # The parser quotes the offending token, which may span lines (an unterminated $$):
    # a finding is one line.
    text = str(message).replace("\r", "\\r").replace("\n", "\\n")
    return ParseFailure(text, location if isinstance(location, int) else end)


def _attached_comments(text: str, comments: Sequence[Span], end: int) -> list[Span]:
    """The comments that end on the line right before `end`, each on a line of its own,
    and those right above them."""
    line_start = text.rfind("\n", 0, end) + 1
    count = 0
    for start, stop in reversed(comments):
        gap = text[stop:line_start]
        comment_line = text.rfind("\n", 0, start) + 1
        if gap.count("\n") != 1 or gap.strip() or text[comment_line:start].strip():
            break  # a blank line or code separates it from the statement
        count += 1
        line_start = comment_line
    return list(comments[len(comments) - count :])
