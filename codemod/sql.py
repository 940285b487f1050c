"""SQL text, as the Supabase CLI sees a migration file: statements and how each one runs.

Neutral ground: the shadow database and the linter both use it, neither owns it.
Statements are split by PostgreSQL's own parser (libpg_query, through pglast), which is
C code and costs about 20 ms a megabyte. How a statement runs follows the Supabase CLI
(`apps/cli/src/legacy/shared/legacy-migration-apply.ts`): it matches the upper-cased
start of each statement, and so do we.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

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
    from pglast.parser import ParseError, split

    try:
        slices = split(text, only_slices=True)
    except ParseError:
        return None
    return [Statement(s.start, s.stop, statement_mode(text[s.start : s.stop])) for s in slices]


def statement_mode(statement: str) -> StatementMode:
    head = statement[:400].upper()  # the CLI's patterns look at the start only
    if _CONTROL.match(head):
        return "control"
    if _STANDALONE.match(head):
        return "standalone"
    return "transaction"
