"""The floor under `lint`: start Python, import click and pglast, parse the file with
libpg_query (`parse_sql_json`, as codemod/sql.py does), decode the JSON of every
statement's tree, and nothing else.

    python tests/bench/lint_floor.py FILE

What any linter written in Python on pglast, with a click CLI, must do before its first
rule runs. The cyclic collector is off while the JSON is decoded, as it is while the
linter reads a file (its trees hold no cycles, and a collection would walk them again
and again).
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path

import click
from pglast.parser import parse_sql_json


def main() -> None:
    text = Path(sys.argv[1]).read_text(encoding="utf-8")
    gc.disable()
    statements = json.loads(parse_sql_json(text))["stmts"]
    click.echo(len(statements))


if __name__ == "__main__":
    main()
