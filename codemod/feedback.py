"""What a run tells the person watching it, besides its result: the CLI decides where
each kind goes (standard error, only with -v, only on a terminal), the core only calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


def _ignore(_: str) -> None:
    pass


@dataclass(frozen=True)
class Feedback:
    #: a detail a verbose run shows (a skipped migration, a cache hit)
    detail: Callable[[str], None] = _ignore
    #: what a run says by default (a summary, a note, advice); a quiet run does not
    info: Callable[[str], None] = _ignore
    #: something the user should know even when all went well (a stand-in's limits)
    warn: Callable[[str], None] = _ignore
    #: what a slow step is doing now; the next status replaces it, "" clears it
    status: Callable[[str], None] = _ignore


SILENT = Feedback()
