"""The trailing comment of a member or field line, in the three parts that have different
owners, in this order:

    status: str  # shown in the UI  #: Where the order is  # schemasync: keep

- the person's own text (`# shown in the UI`), never changed;
- the column's comment (`#: ...`, Sphinx's attribute-doc marker), written and kept in
  step with `column_comments = true`;
- a `# schemasync: ...` flag that apply writes, or a pragma a person wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from codemod.local_model import FLAG_PREFIX

DOC_PREFIX = "#:"
_FLAG = re.compile(r"#\s*schemasync:")
# Two spaces before a `#`, or any space before a flag.
_SEGMENTS = re.compile(r"\s{2,}(?=#)|\s+(?=#\s*schemasync:)")


@dataclass(frozen=True)
class TrailingComment:
    own: str = ""  # with its `#`
    doc: str | None = None  # the text after `#: `
    flag: str | None = None  # the whole `# schemasync: ...`

    @classmethod
    def parse(cls, text: str) -> TrailingComment:
        """`text` is a whole comment, `#` included, or "". Its parts are separated by
        two spaces before a `#` (a doc never holds two spaces in a row); whatever is
        neither doc nor flag is the person's, wherever it stands."""
        own: list[str] = []
        doc: str | None = None
        flag: str | None = None
        for segment in _SEGMENTS.split(text.strip()) if text.strip() else []:
            if segment.startswith(DOC_PREFIX) and doc is None:
                doc = segment[len(DOC_PREFIX) :].strip() or None
            elif _FLAG.match(segment) and flag is None:
                flag = segment.rstrip()
            else:
                own.append(segment.rstrip())
        return cls("  ".join(own), doc, flag)

    def render(self) -> str:
        doc = f"{DOC_PREFIX} {self.doc}" if self.doc else None
        return "  ".join(part for part in (self.own, doc, self.flag) if part)

    def with_flag(self, note: str) -> TrailingComment:
        """Flagged with `note` (a flag or pragma already there stays); "" clears a flag."""
        if not note:
            return replace(self, flag=None)
        return self if self.flag else replace(self, flag=f"{FLAG_PREFIX} {note}")

    def with_doc(self, doc: str | None) -> TrailingComment:
        return replace(self, doc=doc)


def doc_text(comment: str | None) -> str | None:
    """A column comment as the text of a `#:` comment: one line, whitespace collapsed,
    characters that are not printable left out; None when nothing is left."""
    text = " ".join("".join(c for c in (comment or "") if c.isprintable() or c.isspace()).split())
    if _FLAG.search(text):  # it would read as a flag
        text = _FLAG.sub("# schemasync -", text)
    return text or None


def comment_of(line: str) -> str:
    """The comment at the end of a line of Python (`#` included), or "": the first `#`
    outside a string literal."""
    quote = ""
    index = 0
    while index < len(line):
        char = line[index]
        if quote:
            if char == "\\":
                index += 1
            elif line.startswith(quote, index):
                index += len(quote) - 1
                quote = ""
        elif char in "'\"":
            quote = char * 3 if line.startswith(char * 3, index) else char
            index += len(quote) - 1
        elif char == "#":
            return line[index:].rstrip()
        index += 1
    return ""
