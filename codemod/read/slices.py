"""Reading a few classes of a package without parsing the rest (the proportional path).

A file's top-level statements start on lines at column 0 that are not inside a string
(one regular expression finds the strings and comments, at C speed). A class is found by
its name among those starts and parsed alone, from its start to the next one, with the
same reader `read_local_schema` uses, so it reads exactly as it would in the whole file.
The module facts (imports, bound names, the header's end, the quote style) come from the
statements that are not classes, which are few, and from stand-ins for the classes.

Whatever is not certain makes a method return None, and the caller reads the whole
package: a name found twice, a slice that does not parse into the one class expected,
a class with a base (its inherited fields would need the base), old Mac line ends.
"""

from __future__ import annotations

import ast
import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from codemod.local_model import LocalClass, LocalModule
from codemod.read import _ModuleReader, source_lines

# Strings and comments, so that a line inside a triple-quoted string is no statement.
_SKIPPED = re.compile(
    r'#[^\r\n]*|"""(?:\\.|[^\\])*?"""|\'\'\'(?:\\.|[^\\])*?\'\'\''
    r'|"(?:\\.|[^"\\\r\n])*"|\'(?:\\.|[^\'\\\r\n])*\'',
    re.DOTALL,
)
_NOT_FIRST = frozenset(" \t\f#)]}")  # what no top-level statement starts with
_CONTINUATION = re.compile(r"(?:else|elif|except|finally)\b")
_NAMED = re.compile(r"(?:async\s+def|def|class)\s+(\w+)|(\w+)\s*(?::[^=]*)?=[^=]")
_UNION = ("| None", "None |")  # what codemod.transform._nodes.uses_union_syntax looks for
_FALSE_STARTS = 50  # how many starts one statement may run over before it is unsure


@dataclass
class _File:
    path: str
    lines: list[str]  # without line ends
    starts: list[int]  # 0-based first line of each top-level statement
    named: dict[str, list[int]] = field(default_factory=dict)  # name -> statement indices

    def span(self, index: int) -> tuple[int, int]:
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.lines)
        return self.starts[index], end

    def parse(self, first: int, last: int) -> list[ast.stmt] | None:
        """The statements of statements [first, last], or None if they do not parse."""
        start, end = self.starts[first], self.span(last)[1]
        try:
            tree = ast.parse("\n".join(self.lines[start:end]) + "\n", filename=self.path)
        except SyntaxError:
            return None
        ast.increment_lineno(tree, start)
        return tree.body

    def statements(self, index: int) -> tuple[list[ast.stmt], int] | None:
        """The statements that start at statement `index`, and the index of the last
        start they cover: a statement that does not parse alone may go on past a false
        start (a line at column 0 inside brackets), so it is tried with the next few."""
        for last in range(index, min(index + _FALSE_STARTS, len(self.starts))):
            parsed = self.parse(index, last)
            if parsed is not None:
                return parsed, last
        return None


class PackageIndex:
    """Where each top-level statement of each file starts, found without parsing."""

    def __init__(self, files: Mapping[str, _File]) -> None:
        self.files = files

    @classmethod
    def build(cls, sources: Mapping[str, str]) -> PackageIndex | None:
        files: dict[str, _File] = {}
        for path, text in sources.items():
            if text.count("\r") != text.count("\r\n"):
                return None  # a lone \r ends a line for Python, not for `^`
            lines = source_lines(text)
            inside: set[int] = set()  # lines that begin inside a string
            for match in _SKIPPED.finditer(text):
                if "\n" in match[0]:
                    first = text.count("\n", 0, match.start())
                    inside.update(range(first + 1, first + match[0].count("\n") + 1))
            starts: list[int] = []
            named: dict[str, list[int]] = {}
            decorated = False
            for number, line in enumerate(lines):
                if not line or line[0] in _NOT_FIRST or number in inside:
                    continue
                if _CONTINUATION.match(line):
                    continue
                if not decorated:
                    starts.append(number)
                decorated = line.startswith("@")
                found = _NAMED.match(line)
                if found is not None:
                    named.setdefault(found[1] or found[2], []).append(len(starts) - 1)
            files[path] = _File(path, lines, starts, named)
        return cls(files)

    def read_class(self, path: str, name: str) -> LocalClass | None:
        """The class `name` of `path` as `read_local_schema` reads it, if certain."""
        file = self.files.get(path)
        where = file.named.get(name, []) if file is not None else []
        if file is None or len(where) != 1:
            return None
        read = _read(file, where[0], _ModuleReader(path, file.lines))
        return read if read is not None and read is not _NOT_A_CLASS and read.name == name else None

    def union_classes(self, path: str) -> list[LocalClass] | None:
        """The classes of `path` whose text writes `T | None`: those that decide the
        style of new classes in the file. Each such line's statement is the nearest
        start before it that parses and reaches it (a false start never parses)."""
        file = self.files[path]
        reader = _ModuleReader(path, file.lines)
        found: dict[str, LocalClass] = {}
        for number, line in enumerate(file.lines):
            if not any(u in line for u in _UNION):
                continue
            nearest = bisect.bisect_right(file.starts, number) - 1
            for index in range(nearest, max(nearest - _FALSE_STARTS, -1), -1):
                parsed = file.statements(index)
                if parsed is not None and file.span(parsed[1])[1] > number:
                    break
            else:
                return None
            for stmt in parsed[0]:
                candidate = reader.read_statement(stmt)
                if candidate is not None and candidate.bases:
                    return None
                if candidate is not None:
                    found[candidate.cls.name] = candidate.cls
        return list(found.values())

    def module(self, path: str) -> LocalModule | None:
        """The module facts of `path`, as `read_module` finds them: every statement but
        the classes parsed (a class stands in by its name), the quote from the first
        classes that may hold a string."""
        file = self.files[path]
        reader = _ModuleReader(path, file.lines)
        body: list[ast.stmt] = []
        index = 0
        while index < len(file.starts):
            start, end = file.span(index)
            name = _class_name(file, index)
            if name is not None:
                if reader.quote is None and _may_quote(file.lines[start:end]):
                    found = file.statements(index)
                    if found is None or found[1] != index:
                        return None
                    reader.read_statement(found[0][0])  # notes the quote, as read_module does
                body.append(_stand_in(name, start + 1))
                index += 1
                continue
            found = file.statements(index)
            if found is None:
                return None
            parsed, last = found
            for stmt in parsed:
                reader.read_statement(stmt)  # notes the quote, as read_module does
            body.extend(parsed)
            index = last + 1
        return reader.module(ast.Module(body=body, type_ignores=[]))


# What `_read` returns for a statement that parses but is no schema class.
_NOT_A_CLASS = LocalClass("", "", 0, 0, "")


def _read(file: _File, index: int, reader: _ModuleReader) -> LocalClass | None:
    """Statement `index` read by `reader`: its class, _NOT_A_CLASS, or None when it does
    not parse alone into one statement or is a class with bases (which need the rest)."""
    found = file.statements(index)
    if found is None or len(found[0]) != 1:
        return None
    candidate = reader.read_statement(found[0][0])
    if candidate is None:
        return _NOT_A_CLASS
    return None if candidate.bases else candidate.cls


def _is_class(line: str) -> bool:
    return line.startswith(("class ", "class\t"))


def _class_name(file: _File, index: int) -> str | None:
    """The name of statement `index` when it is a class statement (decorated or not)."""
    start, end = file.span(index)
    for line in file.lines[start:end]:
        if not line[:1].isspace() and not line.startswith("@"):
            found = _NAMED.match(line) if _is_class(line) else None
            return found[1] if found is not None else None
    return None


def _may_quote(lines: list[str]) -> bool:
    """Whether the lines may hold a one-line string literal (a triple quote is none)."""
    # Joined, as one text: no triple quote spans a line end, so this is each line's test.
    text = "\n".join(lines).replace('"""', "").replace("'''", "")
    return "'" in text or '"' in text


def _stand_in(name: str, line: int) -> ast.ClassDef:
    """What `_ModuleReader.module` needs of a class: that it is one, and its name."""
    node = ast.ClassDef(name=name, bases=[], keywords=[], body=[ast.Pass()], decorator_list=[])
    node.lineno = node.end_lineno = line
    return node
