"""Where what a command says goes, on a terminal or not: the CLI's side of `Feedback`.

Standard output holds only the result (a report, a diff, JSON); everything else goes to
standard error, prefixed `schemasync:`. `-q` keeps only warnings and errors, `-v` adds
the details. The status of a slow step (the shadow database) is one line that rewrites
itself, and only on a terminal: in a log it would be noise.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import TextIO

import click

from codemod.feedback import Feedback
from codemod.options import Common


def feedback_for(common: Common, stream: TextIO | None = None) -> Feedback:
    stream = stream or sys.stderr
    status = StatusLine(stream) if stream.isatty() and not common.quiet else None

    def say(prefix: str) -> Callable[[str], None]:
        def emit(text: str) -> None:
            if status is not None:
                status("")
            click.echo(f"schemasync: {prefix}{text}", file=stream)

        return emit

    quiet_ok = not common.quiet
    return Feedback(
        detail=say("") if common.verbose and quiet_ok else _ignore,
        info=say("") if quiet_ok else _ignore,
        warn=say("warning: "),
        status=status or _ignore,
    )


def _ignore(_: str) -> None:
    pass


class StatusLine:
    """One line on a terminal that each status replaces; "" clears it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = False

    def __call__(self, text: str) -> None:
        if not text and not self.shown:
            return
        width = max(20, _columns() - 1)
        self.stream.write("\r\x1b[2K" + (f"schemasync: {text}"[:width] if text else ""))
        self.stream.flush()
        self.shown = bool(text)


def _columns() -> int:
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns
    except OSError:
        return 80


def use_color(requested: bool | None) -> bool:
    """--color/--no-color, else: on a terminal, unless NO_COLOR is set."""
    if requested is not None:
        return requested
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def error_json(title: str, message: str, exit_code: int) -> str:
    """What `--format json` prints when the command could not run."""
    body = {"error": {"title": title, "message": message, "exit_code": exit_code}}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"
