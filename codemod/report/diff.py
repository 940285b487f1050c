"""Unified diffs of what apply changes, named as the repository names the files."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping

from codemod.read import source_lines


def unified_diff(
    before: Mapping[str, str | None], after: Mapping[str, str], name: Callable[[str], str]
) -> str:
    """One git-style diff (`--- a/schemas/enums.py`) over every changed file."""
    chunks: list[str] = []
    for path in sorted(after):
        old = before.get(path)
        shown = name(path)
        lines = difflib.unified_diff(
            source_lines(old or "", keepends=True),
            source_lines(after[path], keepends=True),
            fromfile=f"a/{shown}" if old is not None else "/dev/null",
            tofile=f"b/{shown}",
        )
        chunks.extend(
            line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
            for line in lines
        )
    return "".join(chunks)


def colorize(diff: str) -> str:
    """ANSI colours for a terminal: additions green, removals red, hunks cyan."""
    colours = {"+": "\x1b[32m", "-": "\x1b[31m", "@": "\x1b[36m"}
    out: list[str] = []
    for line in source_lines(diff, keepends=True):
        colour = "\x1b[1m" if line.startswith(("+++", "---")) else colours.get(line[:1])
        out.append(f"{colour}{line.rstrip(chr(10))}\x1b[0m\n" if colour else line)
    return "".join(out)
