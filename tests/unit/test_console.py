"""What the CLI prints besides results: by level, and a status line on terminals only."""

from __future__ import annotations

import io

from codemod.console import feedback_for
from codemod.options import Common


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_levels_follow_quiet_and_verbose() -> None:
    for common, shown in [
        (Common(), ["info", "warning"]),
        (Common(verbose=True), ["detail", "info", "warning"]),
        (Common(quiet=True), ["warning"]),
        (Common(quiet=True, verbose=True), ["warning"]),
    ]:
        stream = io.StringIO()
        feedback = feedback_for(common, stream)
        feedback.detail("detail")
        feedback.info("info")
        feedback.warn("warning")
        expected = "".join(
            f"schemasync: {'warning: ' if level == 'warning' else ''}{level}\n" for level in shown
        )
        assert stream.getvalue() == expected, common


def test_the_status_line_is_for_terminals_only() -> None:
    log = io.StringIO()
    feedback_for(Common(), log).status("shadow database: applying 6 migrations")
    assert log.getvalue() == ""
    terminal = Terminal()
    feedback = feedback_for(Common(), terminal)
    feedback.status("shadow database: applying 6 migrations")
    assert terminal.getvalue() == "\r\x1b[2Kschemasync: shadow database: applying 6 migrations"
    feedback.info("done")  # a message first clears the status line
    feedback.status("")  # nothing left to clear
    assert terminal.getvalue().endswith("\r\x1b[2Kschemasync: done\n")
    quiet = Terminal()
    feedback_for(Common(quiet=True), quiet).status("applying")
    assert quiet.getvalue() == ""
