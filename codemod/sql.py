"""SQL text, as the Supabase CLI sees a migration file: statements and how each one runs.

Neutral ground: the shadow database and the linter both use it, neither owns it.
Statements are split by PostgreSQL's own parser (libpg_query, through pglast), which is
C code and costs about 20 ms a megabyte: one run over the whole file gives every
statement's place and its parse tree (as libpg_query's JSON, which the linter reads).
How a statement runs follows the Supabase CLI
(`apps/cli/src/legacy/shared/legacy-migration-apply.ts`): it matches the upper-cased
start of each statement, and so do we.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal, NamedTuple

#: how the CLI runs a statement: in the file's transaction, on its own outside any
#: transaction (it cannot run inside one), or as transaction control written by the user
StatementMode = Literal["transaction", "standalone", "control"]

_CONTROL: Final = re.compile(
    r"(BEGIN|START\s+TRANSACTION|COMMIT|END|ABORT|PREPARE\s+TRANSACTION|ROLLBACK(?!\s+TO\b))\b"
)
# What PostgreSQL refuses inside a transaction block (PreventInTransactionBlock), in the
# CLI's list of "pipeline-incompatible" statements.
_STANDALONE: Final = re.compile(
    r"""(
        CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY
      | DROP\s+INDEX\s+CONCURRENTLY
      | REINDEX\b.*\bCONCURRENTLY
      | REINDEX\s+(\(.*?\)\s*)?(DATABASE|SYSTEM|SCHEMA)
      | VACUUM | ALTER\s+SYSTEM | CLUSTER
      | (CREATE|DROP)\s+(DATABASE|TABLESPACE|SUBSCRIPTION)
      | ALTER\s+SUBSCRIPTION\b.*\b(REFRESH|SET|ADD|DROP)\s+PUBLICATION
      | DISCARD\s+ALL
      | ALTER\s+DATABASE\b.*\bSET\s+TABLESPACE
      | ALTER\s+TABLE\b.*\bDETACH\s+PARTITION\b.*\b(CONCURRENTLY|FINALIZE)
    )\b""",
    re.VERBOSE | re.DOTALL,
)
#: the first line that makes the CLI run every statement of a file on its own
NO_TRANSACTION_HEADER: Final = "-- pg-delta: transaction=false"


@dataclass(frozen=True)
class Statement:
    start: int  # character offsets in the file
    end: int
    mode: StatementMode


def split_statements(text: str) -> list[Statement] | None:
    """The statements of `text` in order, leading comments left out; None when
    PostgreSQL's parser rejects the text (the server will report where)."""
    from pglast.parser import ParseError

    try:
        parsed = parse_statements(text)
    except ParseError:
        return None
    return [Statement(s.start, s.end, statement_mode(text[s.start : s.end])) for s in parsed]


class ParsedStatement(NamedTuple):
    """A statement as PostgreSQL's parser found it in the file, with its parse tree (a
    tuple: a file has thousands, and it is made fast)."""

    start: int  # character offsets in the file, as pglast's `split` gives them
    end: int
    tree: str  # libpg_query's JSON of the tree: `{"CreateStmt":{...}}`
    #: the tree's locations count UTF-8 bytes from the start of the file; `start`'s
    byte_start: int


def parse_statements(text: str) -> list[ParsedStatement]:
    """The statements of `text` in order, from one run of the parser over the whole
    text; pglast's ParseError when it rejects the text."""
    from pglast.parser import parse_sql_json

    return _cut(text, parse_sql_json(text))


# libpg_query writes `{"version":N,"stmts":[<RawStmt>,...]}`, each RawStmt as
# `{"stmt":<tree>,"stmt_location":N,"stmt_len":N}`, leaving out a zero (the first
# statement's location; the length of a last one without a semicolon: all the rest).
# No other node has a `stmt` key, and in a string constant the quotes are escaped, so
# where a RawStmt begins is unmistakable; its tree ends at the last `}` before its own.
_FIRST_RAW_STMT: Final = '"stmts":[{"stmt":'
_NEXT_RAW_STMT: Final = re.compile(r',\{"stmt":')
_PLACE: Final = re.compile(r'(?:,"stmt_location":(\d+))?(?:,"stmt_len":(\d+))?')


def _cut(text: str, document: str) -> list[ParsedStatement]:
    """Each RawStmt's tree and place, as pglast's `split(only_slices=True)` gives them:
    the text from `stmt_location`, `stmt_len` bytes long, without its leading and
    trailing whitespace."""
    found = document.find(_FIRST_RAW_STMT)
    if found < 0:
        return []  # no statement: `"stmts":[]`
    begins = [found + len(_FIRST_RAW_STMT)]
    ends = []  # past each RawStmt's closing `}`
    for next_one in _NEXT_RAW_STMT.finditer(document, begins[0]):
        ends.append(next_one.start())
        begins.append(next_one.end())
    ends.append(len(document) - len("]}"))
    utf8 = None if text.isascii() else text.encode("utf-8")
    size = len(text) if utf8 is None else len(utf8)
    char = byte = 0  # the same place in the text, in characters and in bytes
    statements: list[ParsedStatement] = []
    for begin, end in zip(begins, ends, strict=True):
        tree_end = document.rindex("}", begin, end - 1) + 1
        place = _PLACE.fullmatch(document, tree_end, end - 1)
        assert place is not None  # libpg_query's output has this shape
        location = int(place[1] or 0)
        length = int(place[2] or 0) or size - location
        if utf8 is None:
            char, part = location, text[location : location + length]
        else:
            char += len(utf8[byte:location].decode("utf-8"))
            byte = location
            part = utf8[location : location + length].decode("utf-8")
        space = len(part) - len(part.lstrip())
        start, stop = char + space, char + len(part.rstrip())
        if space and utf8 is not None:
            space = len(part[:space].encode("utf-8"))  # in bytes
        statements.append(ParsedStatement(start, stop, document[begin:tree_end], location + space))
    return statements


def statement_mode(statement: str) -> StatementMode:
    head = statement[:400].upper()  # the CLI's patterns look at the start only
    if _CONTROL.match(head):
        return "control"
    if _STANDALONE.match(head):
        return "standalone"
    return "transaction"
