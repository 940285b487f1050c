"""SQL text -> statements, each parsed on its own by PostgreSQL's parser.

The file is scanned once (the scanner also gives the comments and the identifiers as
written, which the parser would truncate), cut at top-level semicolons, and each
statement is parsed alone, so that one syntax error does not hide the next one.
Offsets are character offsets: pglast converts the parser's byte positions.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pglast import ast
from pglast.parser import ParseError, Token, parse_sql, scan

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
    """One statement as written: its text, tokens and parse tree (or parse failure)."""

    node: ast.Node | ParseFailure
    start: int  # offset of the first token in the file
    text: str  # the statement, from its first token to its semicolon
    tokens: tuple[Token, ...]  # offsets in the file, comments left out
    leading_comments: tuple[str, ...]  # the comment lines right before it (suppressions)

    def token_text(self, token: Token) -> str:
        return self.text[token.start - self.start : token.end - self.start + 1]

    def token_location(self, token: Token) -> int:
        return token.start - self.start

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
    tokens, scan_error = _scan(text)
    chunks = list(_split(tokens))
    if scan_error is not None and chunks and chunks[-1][-1].name != _SEMICOLON:
        chunks.pop()  # the statement the unterminated token swallowed is reported by it
    statements: list[Statement] = []
    file_comments: list[Token] = []
    pending: list[Token] = []  # comments since the last statement
    for chunk in chunks:
        pending.extend(itertools.takewhile(lambda t: t.name in COMMENT_TOKENS, chunk))
        code = tuple(t for t in chunk if t.name not in COMMENT_TOKENS)
        if all(t.name == _SEMICOLON for t in code):
            continue  # an empty statement: its comments lead the next one
        attached = _attached_comments(text, pending, code[0].start)
        if not statements:
            file_comments = pending[: len(pending) - len(attached)]
        statements.extend(_parse(text, code, [_text(text, t) for t in attached]))
        pending = []
    if not statements:
        file_comments = pending
    if scan_error is not None:
        # Reported as the statement the unterminated token starts, which runs to the end.
        start = scan_error.location
        failure = ParseFailure(scan_error.message, 0)
        statements.append(Statement(failure, start, text[start:], (), ()))
    return SqlSource(text, tuple(statements), tuple(_text(text, t) for t in file_comments))


class LineIndex:
    """Character offset -> (line, column), both 1-based."""

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


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


def _parse(text: str, code: tuple[Token, ...], comments: list[str]) -> Iterator[Statement]:
    start, end = code[0].start, code[-1].end + 1
    sql = text[start:end]
    try:
        raw = parse_sql(sql)
    except ParseError as err:
        yield Statement(_failure(err, len(sql)), start, sql, code, tuple(comments))
        return
    for stmt in raw:
        if stmt.stmt is not None:
            yield Statement(stmt.stmt, start, sql, code, tuple(comments))


def _failure(err: ParseError, end: int) -> ParseFailure:
    """pglast puts (message, character index) in args; no index means "at end of input",
    reported just past the text."""
    message, location = (*err.args, None)[:2]
    # The parser quotes the offending token, which may span lines (an unterminated $$):
    # a finding is one line.
    text = str(message).replace("\r", "\\r").replace("\n", "\\n")
    return ParseFailure(text, location if isinstance(location, int) else end)


def _text(text: str, token: Token) -> str:
    return text[token.start : token.end + 1]


def _attached_comments(text: str, comments: list[Token], end: int) -> list[Token]:
    """The comments that end on the line right before `end`, each on a line of its own,
    and those right above them."""
    line_start = text.rfind("\n", 0, end) + 1
    count = 0
    for comment in reversed(comments):
        gap = text[comment.end + 1 : line_start]
        comment_line = text.rfind("\n", 0, comment.start) + 1
        if gap.count("\n") != 1 or gap.strip() or text[comment_line : comment.start].strip():
            break  # a blank line or code separates it from the statement
        count += 1
        line_start = comment_line
    return comments[len(comments) - count :]
