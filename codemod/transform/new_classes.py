"""Source text for classes the package does not have yet: Enums and TypedDicts.

Rendered as text, then parsed, so a bad name or annotation fails here and not in the
user's file. Columns that cannot be class attributes (`from`, `2fa`) make the class
use the functional form, `XRow = TypedDict("XRow", {"from": ...})`, which keeps the
real dict keys.
"""

from __future__ import annotations

import ast
import re

from codemod.plan.changes import AddEnum, AddTable
from codemod.read import source_lines
from codemod.trailing_comments import TrailingComment
from codemod.transform._nodes import render_annotation, string_literal


def render_enum(change: AddEnum, base: str = "str, Enum", quote: str = '"') -> str:
    """`class ProjectStatus(str, Enum):` with one member per value, in database order,
    in the file's quotes (docstrings are `\"\"\"` in either style, as formatters write them)."""
    lines = [f"class {change.class_name}({base}):"]
    lines += _docstring(change.enum.comment)
    lines += [f"    {name} = {string_literal(value, quote)}" for name, value in change.members]
    if not change.members:
        lines.append("    pass")
    return _checked("\n".join(lines) + "\n")


def render_typeddict(change: AddTable, union_syntax: bool = False, quote: str = '"') -> str:
    """`class ProjectRow(TypedDict, total=False):` with one field per column.

    Rows are `total=False`, as in the seed: a select may name only some columns. Insert
    and update rows are total, their optional fields `NotRequired[...]`.
    """
    name = change.class_name
    fields = [
        (f.key, render_annotation(f.annotation, union_syntax, quote), doc_comment(f.comment))
        for f in change.fields
    ]
    if not change.functional:
        lines = [f"class {name}(TypedDict{'' if change.total else ', total=False'}):"]
        lines += _docstring(change.table.comment)
        lines += [f"    {key}: {annotation}{doc}" for key, annotation, doc in fields]
        if len(lines) == 1:
            lines.append("    pass")
    else:
        # No docstring in the functional form: the table comment becomes comment lines.
        comment = (change.table.comment or "").strip()
        lines = [f"# {line}".rstrip() for line in source_lines(comment)] if comment else []
        lines += [f"{name} = TypedDict(", f"    {string_literal(name, quote)},", "    {"]
        lines += [
            f"        {string_literal(key, quote)}: {annotation},{doc}"
            for key, annotation, doc in fields
        ]
        lines += ["    },", *([] if change.total else ["    total=False,"]), ")"]
    return _checked("\n".join(lines) + "\n")


def doc_comment(doc: str | None) -> str:
    """What ends a new field's line: two spaces and its `#:` comment, if it has one."""
    return f"  {TrailingComment(doc=doc).render()}" if doc else ""


def _docstring(comment: str | None) -> list[str]:
    text = (comment or "").strip().replace("\\", "\\\\")
    text = "".join(c if c.isprintable() or c in "\t\n\r" else repr(c)[1:-1] for c in text)
    if not text:
        return []
    if text.endswith('"'):  # `"""say "hi""""` would end the string one quote early
        text = text[:-1] + '\\"'
    text = text.replace('"""', '\\"\\"\\"')
    body = source_lines(text)
    if len(body) == 1:
        return [f'    """{body[0]}"""', ""]
    return ['    """' + body[0], *(f"    {line}".rstrip() for line in body[1:]), '    """', ""]


def _checked(source: str) -> str:
    # The stdlib parser: as strict, and ten times cheaper than libcst for 2,000 classes.
    ast.parse(source)  # raises SyntaxError on anything we got wrong
    return source


def reindent(source: str, unit: str) -> str:
    """Rendered code (four spaces a level) in a file's own indentation (tabs, two
    spaces), so that a new class does not mix styles."""
    if unit == "    ":
        return source
    lines = []
    for line in source_lines(source, keepends=True):
        stripped = line.lstrip(" ")
        levels = (len(line) - len(stripped)) // 4
        lines.append(unit * levels + stripped)
    return "".join(lines)


def indent_unit(text: str) -> str:
    """The indentation of the first indented line (four spaces when there is none)."""
    match = _FIRST_INDENT.search(text)
    return match[1] if match else "    "


_FIRST_INDENT = re.compile(r"^([ \t]+)\S", re.MULTILINE)
