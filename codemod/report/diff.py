"""Unified diffs of what apply changes, named as the repository names the files.

apply changes a few classes of a long file, so the files are first matched block by
block (a block ends at a blank line: about one class), and only the blocks that differ
are matched line by line. difflib over the whole lines of a 50,000-line file costs
seconds; this costs what the changed blocks cost. The hunks are difflib's format.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Mapping, Sequence

from codemod.read import source_lines


def unified_diff(
    before: Mapping[str, str | None], after: Mapping[str, str], name: Callable[[str], str]
) -> str:
    """One git-style diff (`--- a/schemas/enums.py`) over every changed file."""
    chunks: list[str] = []
    for path in sorted(after):
        old = before.get(path)
        shown = name(path)
        lines = _unified_lines(
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


Opcode = tuple[str, int, int, int, int]  # difflib's (tag, i1, i2, j1, j2)


def _unified_lines(
    a: Sequence[str], b: Sequence[str], *, fromfile: str, tofile: str, context: int = 3
) -> Iterator[str]:
    """difflib.unified_diff's lines, from `line_opcodes`."""
    groups = _grouped(line_opcodes(a, b), context)
    if not groups:
        return
    yield f"--- {fromfile}\n"
    yield f"+++ {tofile}\n"
    for group in groups:
        first, last = group[0], group[-1]
        yield f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n"
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                yield from (" " + line for line in a[i1:i2])
                continue
            yield from ("-" + line for line in a[i1:i2])
            yield from ("+" + line for line in b[j1:j2])


def _range(start: int, stop: int) -> str:
    """A hunk's line range as difflib writes it: `7`, `7,3`, or `6,0` when empty."""
    length = stop - start
    if length == 1:
        return str(start + 1)
    return f"{start + 1 if length else start},{length}"


def line_opcodes(a: Sequence[str], b: Sequence[str]) -> list[Opcode]:
    """Opcodes that turn lines `a` into lines `b`: blocks matched first, then the lines
    of each pair of differing blocks."""
    blocks_a, blocks_b = _blocks(a), _blocks(b)
    texts_a = ["".join(a[i:j]) for i, j in blocks_a]
    texts_b = ["".join(b[i:j]) for i, j in blocks_b]
    out: list[Opcode] = []
    matcher = difflib.SequenceMatcher(None, texts_a, texts_b, autojunk=False)
    for tag, bi1, bi2, bj1, bj2 in matcher.get_opcodes():
        i1, i2 = _span(blocks_a, bi1, bi2, len(a))
        j1, j2 = _span(blocks_b, bj1, bj2, len(b))
        if tag == "equal":
            _append(out, ("equal", i1, i2, j1, j2))
            continue
        inner = difflib.SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=False)
        for t, x1, x2, y1, y2 in inner.get_opcodes():
            _append(out, (t, i1 + x1, i1 + x2, j1 + y1, j1 + y2))
    return out


def _blocks(lines: Sequence[str]) -> list[tuple[int, int]]:
    """[start, end) of each run of lines up to and including the blank lines after it.
    (A blank line alone is no block: thousands of equal blocks would make the block
    matching quadratic.)"""
    blocks: list[tuple[int, int]] = []
    start = 0
    for index, line in enumerate(lines):
        if not line.strip() and (index + 1 == len(lines) or lines[index + 1].strip()):
            blocks.append((start, index + 1))
            start = index + 1
    if start < len(lines):
        blocks.append((start, len(lines)))
    return blocks


def _span(blocks: Sequence[tuple[int, int]], first: int, last: int, size: int) -> tuple[int, int]:
    """The line range of blocks [first, last); an empty range where block `first` starts."""
    if first == last:
        at = blocks[first][0] if first < len(blocks) else size
        return at, at
    return blocks[first][0], blocks[last - 1][1]


def _append(out: list[Opcode], opcode: Opcode) -> None:
    """Add an opcode, merged into the last one when both are equal runs."""
    if opcode[1] == opcode[2] and opcode[3] == opcode[4]:
        return
    if out and out[-1][0] == "equal" and opcode[0] == "equal":
        tag, i1, _, j1, _ = out[-1]
        out[-1] = (tag, i1, opcode[2], j1, opcode[4])
    else:
        out.append(opcode)


def _grouped(opcodes: list[Opcode], context: int) -> list[list[Opcode]]:
    """Hunks with `context` lines around each change (SequenceMatcher.get_grouped_opcodes)."""
    if not any(tag != "equal" for tag, *_ in opcodes):
        return []
    codes = list(opcodes)
    if codes[0][0] == "equal":
        tag, i1, i2, j1, j2 = codes[0]
        codes[0] = (tag, max(i1, i2 - context), i2, max(j1, j2 - context), j2)
    if codes[-1][0] == "equal":
        tag, i1, i2, j1, j2 = codes[-1]
        codes[-1] = (tag, i1, min(i2, i1 + context), j1, min(j2, j1 + context))
    groups: list[list[Opcode]] = []
    group: list[Opcode] = []
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal" and i2 - i1 > 2 * context:
            group.append((tag, i1, min(i2, i1 + context), j1, min(j2, j1 + context)))
            groups.append(group)
            group = []
            i1, j1 = max(i1, i2 - context), max(j1, j2 - context)
        group.append((tag, i1, i2, j1, j2))
    if group and not (len(group) == 1 and group[0][0] == "equal"):
        groups.append(group)
    return groups


def colorize(diff: str) -> str:
    """ANSI colours for a terminal: additions green, removals red, hunks cyan."""
    colours = {"+": "\x1b[32m", "-": "\x1b[31m", "@": "\x1b[36m"}
    out: list[str] = []
    for line in source_lines(diff, keepends=True):
        colour = "\x1b[1m" if line.startswith(("+++", "---")) else colours.get(line[:1])
        out.append(f"{colour}{line.rstrip(chr(10))}\x1b[0m\n" if colour else line)
    return "".join(out)
