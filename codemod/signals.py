"""Ctrl-C, SIGTERM and SIGHUP as an exception, so that every `with` and `finally` cleans up.

While `signals_raise()` is active, each of these signals raises `Interrupted` in the main
thread, wherever it is. The exception unwinds like any other: staged files are deleted,
connections closed, a shadow server stopped, and the command exits with 128 + the
signal's number (130, 143, 129) after one line, as shells expect.

`Interrupted` derives from KeyboardInterrupt, not Exception: an `except Exception` does
not swallow it, and libraries that react to Ctrl-C (psycopg cancels the running query)
react to SIGTERM the same way.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

HANDLED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Interrupted(KeyboardInterrupt):
    """A signal asked the command to stop."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


def _raise(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """Turn the HANDLED signals into `Interrupted` inside the block; put the previous
    handlers back after it."""
    previous = {signum: signal.signal(signum, _raise) for signum in HANDLED}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
