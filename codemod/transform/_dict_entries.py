"""Entries of a functional TypedDict's dict, inserted and removed as a person would.

In libcst the whitespace between two entries is one node (the comma's
`whitespace_after`): the comment that ends the line of the entry before and the comment
lines and indentation that open the entry after. Here that node is split in two, so that
each entry keeps the comment at the end of its own line and the comment lines above it,
and a new entry takes the layout of its neighbours (one per line, or all on one line).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

import libcst as cst

from codemod.transform._nodes import dict_key

Whitespace = cst.BaseParenthesizableWhitespace


@dataclass(frozen=True)
class _Entry:
    element: cst.BaseDictElement
    start: Whitespace  # what opens the entry: a new line (first_line cleared) or spaces
    end: cst.TrailingWhitespace | None  # the end of its line, None when the line goes on


@dataclass(frozen=True)
class _Layout:
    opening_end: cst.TrailingWhitespace | None  # the end of the `{` line
    entries: tuple[_Entry, ...]
    closing_start: Whitespace  # what opens the `}`
    trailing_comma: cst.Comma | None  # after the last entry
    comma_before: cst.BaseParenthesizableWhitespace  # space before a comma
    separator: Whitespace  # between two entries on one line
    indent: cst.SimpleWhitespace  # of an entry on its own line


def insert_entries(
    node: cst.Dict, additions: Sequence[tuple[str | None, cst.DictElement]]
) -> cst.Dict:
    """Insert each element after the entry whose key is its anchor (None: first; a key
    that is not there: last)."""
    layout = _layout(node)
    entries = list(layout.entries)
    for anchor, element in additions:
        keys = [dict_key(e.element) for e in entries]
        if anchor is None:
            index = 0
        elif anchor in keys:
            index = keys.index(anchor) + 1
        else:
            index = len(entries)
        current = entries[index].start if index < len(entries) else layout.closing_start
        if isinstance(current, cst.ParenthesizedWhitespace):
            start: Whitespace = cst.ParenthesizedWhitespace(indent=True, last_line=layout.indent)
        elif index == len(entries) and entries:
            start = layout.separator
        else:  # on one line: the new entry opens where the old one did
            start = current
            if index < len(entries):
                entries[index] = replace(entries[index], start=layout.separator)
        entries.insert(index, _Entry(element, start, None))
    return _rebuild(node, layout, entries)


def remove_entries(node: cst.Dict, keys: frozenset[str]) -> cst.Dict:
    """Remove the entries with these keys. The comment lines above one were written by a
    person and stay, above the next entry (or the closing brace)."""
    layout = _layout(node)
    entries: list[_Entry] = []
    inherit: Whitespace | None = None
    comments: list[cst.EmptyLine] = []
    for entry in layout.entries:
        if dict_key(entry.element) in keys:
            inherit = inherit or entry.start
            comments += _comment_lines(entry.start)
            continue
        if inherit is not None and not isinstance(entry.start, cst.ParenthesizedWhitespace):
            entry = replace(entry, start=inherit)  # the next entry opens where it did
        inherit = None
        entries.append(replace(entry, start=_with_comments(entry.start, comments)))
        comments = []
    closing = _with_comments(layout.closing_start, comments)
    return _rebuild(node, replace(layout, closing_start=closing), entries)


def _comment_lines(ws: Whitespace) -> list[cst.EmptyLine]:
    if not isinstance(ws, cst.ParenthesizedWhitespace):
        return []
    return [line for line in ws.empty_lines if line.comment is not None]


def _with_comments(ws: Whitespace, comments: list[cst.EmptyLine]) -> Whitespace:
    if not comments or not isinstance(ws, cst.ParenthesizedWhitespace):
        return ws
    return ws.with_changes(empty_lines=[*comments, *ws.empty_lines])


def _split(ws: Whitespace) -> tuple[cst.TrailingWhitespace | None, Whitespace]:
    if isinstance(ws, cst.ParenthesizedWhitespace):
        return ws.first_line, ws.with_changes(first_line=cst.TrailingWhitespace())
    return None, ws


def _join(end: cst.TrailingWhitespace | None, start: Whitespace) -> Whitespace:
    if isinstance(start, cst.ParenthesizedWhitespace):
        return start.with_changes(first_line=end or cst.TrailingWhitespace())
    if end is not None and end.comment is not None:  # keep a comment: end its line
        return cst.ParenthesizedWhitespace(first_line=end, indent=True)
    return start


def _layout(node: cst.Dict) -> _Layout:
    elements = list(node.elements)
    commas = [cst.ensure_type(e.comma, cst.Comma) for e in elements[:-1]]
    trailing = elements[-1].comma if elements else None
    separators = [node.lbrace.whitespace_after, *(c.whitespace_after for c in commas)]
    if elements:  # a trailing comma's own whitespace stays with it
        separators.append(node.rbrace.whitespace_before)
    # separators[i] opens element i; the last one opens the closing brace.
    ends: list[cst.TrailingWhitespace | None] = []
    starts: list[Whitespace] = []
    for ws in separators:
        end, start = _split(ws)
        ends.append(end)
        starts.append(start)
    entries = tuple(
        _Entry(element.with_changes(comma=cst.MaybeSentinel.DEFAULT), starts[i], ends[i + 1])
        for i, element in enumerate(elements)
    )
    on_own_line = [s for s in starts[: len(elements)] if isinstance(s, cst.ParenthesizedWhitespace)]
    closing = starts[-1]
    if on_own_line:
        indent = on_own_line[0].last_line
    elif isinstance(closing, cst.ParenthesizedWhitespace):
        indent = cst.SimpleWhitespace(closing.last_line.value + "    ")
    else:
        indent = cst.SimpleWhitespace("    ")
    separator = next(
        (
            c.whitespace_after
            for c in commas
            if isinstance(c.whitespace_after, cst.SimpleWhitespace)
        ),
        cst.SimpleWhitespace(" "),
    )
    return _Layout(
        opening_end=ends[0],
        entries=entries,
        closing_start=closing,
        trailing_comma=trailing if isinstance(trailing, cst.Comma) else None,
        comma_before=commas[0].whitespace_before if commas else cst.SimpleWhitespace(""),
        separator=separator,
        indent=indent,
    )


def _rebuild(node: cst.Dict, layout: _Layout, entries: Sequence[_Entry]) -> cst.Dict:
    if not entries:
        return node.with_changes(
            elements=[],
            lbrace=node.lbrace.with_changes(
                whitespace_after=_join(layout.opening_end, layout.closing_start)
            ),
            rbrace=node.rbrace.with_changes(whitespace_before=cst.SimpleWhitespace("")),
        )
    elements: list[cst.BaseDictElement] = []
    for entry, following in pairwise(entries):
        after = _join(entry.end, following.start)
        comma = cst.Comma(whitespace_before=layout.comma_before, whitespace_after=after)
        elements.append(entry.element.with_changes(comma=comma))
    last = entries[-1]
    elements.append(
        last.element.with_changes(comma=layout.trailing_comma or cst.MaybeSentinel.DEFAULT)
    )
    return node.with_changes(
        elements=elements,
        lbrace=node.lbrace.with_changes(
            whitespace_after=_join(layout.opening_end, entries[0].start)
        ),
        rbrace=node.rbrace.with_changes(whitespace_before=_join(last.end, layout.closing_start)),
    )
