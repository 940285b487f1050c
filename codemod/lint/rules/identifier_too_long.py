from __future__ import annotations

import re
from collections.abc import Iterator

from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity

NAMEDATALEN = 64  # PostgreSQL keeps the first NAMEDATALEN - 1 bytes of an identifier
# What an identifier of NAMEDATALEN bytes or more must contain, in ASCII text and in
# any (a character takes 4 bytes at most): scanning the statement is for the few that do.
_ASCII_CANDIDATE = re.compile(r'"[^"]{64}|[\w$]{64}')
_CANDIDATE = re.compile(r'"[^"]{16}|[\w$]{16}')


class IdentifierTooLong(Rule):
    """PostgreSQL silently truncates identifiers to 63 bytes, so two long names can become
    one. The parse tree already holds the truncated name: this rule reads the tokens.

    PostgreSQL: identifiers longer than NAMEDATALEN - 1 (63) bytes are truncated with
    only a NOTICE (truncate_identifier), so two names can collide.
    """

    id = "identifier-too-long"
    severity = Severity.MEDIUM
    category = "hygiene"
    help = "Shorten the name to 63 bytes or fewer (UTF-8)."
    VALID = ("create index orders_customer_id_created_at_idx on orders (customer_id, created_at);",)
    INVALID = (
        (
            "create index orders_customer_id_created_at_shipping_country_region_status_idx"
            " on orders (customer_id);"
        ),
    )

    def visit_statement(self, stmt: Statement, state: FileState) -> Iterator[Report]:
        candidate = _ASCII_CANDIDATE if stmt.text.isascii() else _CANDIDATE
        if not candidate.search(stmt.text):
            return
        for token in stmt.tokens:
            if token.name != "IDENT":
                continue
            text = stmt.token_text(token)
            # Unquoted names are folded to lower case; quoted ones are kept as written.
            name = text[1:-1].replace('""', '"') if text.startswith('"') else text.lower()
            size = len(name.encode("utf-8"))
            if size >= NAMEDATALEN:
                kept = name.encode("utf-8")[: NAMEDATALEN - 1].decode("utf-8", "ignore")
                yield Report(
                    f"identifier {name} is {size} bytes; PostgreSQL truncates it to {kept}",
                    stmt.token_location(token),
                )
