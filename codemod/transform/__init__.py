"""Plan + source strings -> new source strings. Pure: no I/O.

libcst runs only on what changes: each class with changes is cut out of its file by the
line range the reader recorded, parsed alone, transformed and put back. Every other line
of the file is not parsed by libcst at all, so it cannot move, and the cost of `apply`
grows with the change rather than with the package.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import libcst as cst

from codemod.local_model import LocalClass, LocalModule, LocalSchema
from codemod.naming import is_field_name
from codemod.plan.changes import (
    AddColumn,
    AddComposite,
    AddEnum,
    AddTable,
    Change,
    ConvertToFunctional,
    Import,
    RemoveClass,
    RetypeColumn,
)
from codemod.plan.result import Plan
from codemod.read import source_lines
from codemod.transform._nodes import expand_one_line_class, uses_union_syntax
from codemod.transform.class_edits import CLASS_CHANGES, CLASS_EDITS, FLAG_NOTE, ClassEdit
from codemod.transform.imports import add_imports, render_imports
from codemod.transform.new_classes import indent_unit, reindent, render_enum, render_typeddict
from codemod.transform.templates import (
    NO_TEMPLATES,
    ClassTemplates,
    render_enum_template,
    render_typeddict_template,
)

__all__ = ["FLAG_NOTE", "apply_plan", "new_module_text"]
_NEW_CLASSES = (AddEnum, AddTable)


@dataclass(frozen=True)
class _Edit:
    """Replace lines [start, end) (0-based) with `text`; start == end inserts."""

    start: int
    end: int
    text: str
    order: int = 0  # among insertions at one line, the lower order ends up first


def apply_plan(
    sources: Mapping[str, str],
    plan: Plan,
    local: LocalSchema,
    *,
    prune: bool = False,
    local_modules: Sequence[str] = (),
    templates: ClassTemplates = NO_TEMPLATES,
) -> dict[str, str]:
    """New text of every file the plan changes (files absent from `sources` are created).

    `local_modules` are the package files that may be imported relatively (enums.py);
    `templates` render new classes where the user gave one.
    """
    by_path: dict[str, list[Change]] = defaultdict(list)
    for change in plan.to_apply(prune):
        if isinstance(change, (*_NEW_CLASSES, *CLASS_CHANGES)):
            by_path[change.path].append(change)
    result: dict[str, str] = {}
    for path, changes in by_path.items():
        old = sources.get(path)
        if old is None and any(isinstance(c, AddComposite) for c in changes):
            old = COMPOSITES_MODULE  # a new module of composite types
        new = _FileEditor(path, old, local, prune, local_modules, templates).apply(changes)
        if new != old:
            result[path] = new
    return result


class _FileEditor:
    def __init__(
        self,
        path: str,
        text: str | None,
        local: LocalSchema,
        prune: bool,
        local_modules: Sequence[str],
        templates: ClassTemplates,
    ) -> None:
        self.templates = templates
        self.path = path
        self.is_new = text is None
        self.text = text if text is not None else new_module_text(path)
        self.newline = "\r\n" if "\r\n" in self.text else "\n"
        self.lines = source_lines(self.text, keepends=True)
        # A file without a final newline keeps it that way; its lines are edited with one.
        self.final_newline = not self.lines or self.lines[-1].endswith(("\n", "\r"))
        if not self.final_newline:
            self.lines[-1] += self.newline
        self.classes = {c.name: c for c in local.classes if c.path == path}
        # The file's own style, for new code: read from its classes and imports, never
        # from a substring (a comment saying "StrEnum" is not a StrEnum).
        self.union_syntax = uses_union_syntax(
            [f.annotation for c in self.classes.values() for f in c.fields]
        )
        self.module = local.module(path) or _empty_module(path, self.lines)
        self.str_enum = ("enum", "StrEnum") in self.module.imports
        self.quote = local.quote_style(path)
        self.prune = prune
        self.local_modules = local_modules

    def apply(self, changes: Sequence[Change]) -> str:
        edits: list[_Edit] = []
        by_class: dict[str, list[Change]] = defaultdict(list)
        for change in changes:
            if not isinstance(change, AddEnum | AddTable):
                by_class[change.class_name].append(change)
        for name, class_changes in by_class.items():
            edits.append(self._edit_class(self.classes[name], class_changes))
        edits.extend(self._new_classes([c for c in changes if isinstance(c, AddEnum | AddTable)]))
        lines = list(self.lines)
        for edit in sorted(edits, key=lambda e: (e.start, e.end, e.order), reverse=True):
            lines[edit.start : edit.end] = [edit.text] if edit.text else []
        header_end = self.module.header_end
        header = "".join(lines[:header_end])
        imports = self._missing_imports(changes)
        if imports and self.is_new:
            header += "\n" + render_imports(imports, self.path, self.local_modules)
        elif imports:
            header = add_imports(header, imports, self.path, self.local_modules)
            if not header.endswith("\n"):
                header += "\n"
            if header_end == 0 and lines:
                header += "\n\n"
        text = (header + "".join(lines[header_end:])).replace("\r\n", "\n")
        if not self.final_newline:
            text = text.removesuffix("\n")
        return text.replace("\n", self.newline)

    def _edit_class(self, cls: LocalClass, changes: Sequence[Change]) -> _Edit:
        start, end = cls.start - 1, cls.end
        if self.prune and any(isinstance(c, RemoveClass) for c in changes):
            return self._remove_lines(start, end)
        if any(isinstance(c, ConvertToFunctional) for c in changes):
            end = self._block_end(end)  # the comments that end the class go inside the call
        snippet = expand_one_line_class(cst.parse_module("".join(self.lines[start:end])))
        edit = ClassEdit(
            snippet.config_for_parsing,
            uses_union_syntax([f.annotation for f in cls.fields]),
            self.quote,
        )
        for make in CLASS_EDITS:
            transformer = make(edit, changes, self.prune)
            if transformer is not None:
                snippet = snippet.visit(transformer)
        return _Edit(start, end, snippet.code)

    def _remove_lines(self, start: int, end: int) -> _Edit:
        """Remove a class with the comment lines right above it and the blank lines
        before those, so the file keeps its spacing."""
        while start > 0 and self.lines[start - 1].lstrip().startswith("#"):
            start -= 1
        while start > 0 and not self.lines[start - 1].strip():
            start -= 1
        return _Edit(start, end, "")

    def _new_classes(self, adds: Sequence[AddEnum | AddTable]) -> list[_Edit]:
        """Each new class goes after its anchor; classes anchored on a new class follow it."""
        base = "StrEnum" if self.str_enum else "str, Enum"
        union = self.union_syntax
        position = {name: self._block_end(cls.end) for name, cls in self.classes.items()}
        edits: list[_Edit] = []
        last_line = max((c.end for c in self.classes.values()), default=self.module.header_end)
        for order, change in enumerate(_in_file_order(adds)):
            if change.after is None:
                at = self.module.header_end
            else:
                at = position.get(change.after, last_line)
            text = self._render(change, base, union)
            text = "\n\n" + text if at > 0 else text + "\n\n"
            edits.append(_Edit(at, at, text, order=order))
            position[change.class_name] = at
        at_top = [e for e in edits if e.start == 0]
        if at_top and not "".join(self.lines).strip():  # an empty file ends with the class
            last = at_top[-1]
            edits[edits.index(last)] = replace(last, text=last.text.removesuffix("\n\n"))
        return edits

    def _render(self, change: AddEnum | AddTable, base: str, union: bool) -> str:
        return reindent(self._render_class(change, base, union), indent_unit(self.text))

    def _render_class(self, change: AddEnum | AddTable, base: str, union: bool) -> str:
        if isinstance(change, AddEnum):
            text = render_enum(change, base, self.quote)
            if self.templates.enum is not None:
                text = render_enum_template(self.templates, change, text, self.quote)
            return text
        text = render_typeddict(change, union, self.quote)
        if self.templates.typeddict is not None:
            text = render_typeddict_template(self.templates, change, text, union, self.quote)
        return text

    def _block_end(self, end: int) -> int:
        """The line after a class's indented trailing comments, which belong to it."""
        last = end
        for index in range(end, len(self.lines)):
            line = self.lines[index]
            if line.strip() and not (line[:1].isspace() and line.lstrip().startswith("#")):
                break
            if line.strip():
                last = index + 1
        return last

    def _union_syntax(self, change: Change) -> bool:
        """Whether the change's annotations are written `T | None` (as their class or
        file already does), so that they need no `Optional` import."""
        if isinstance(change, AddTable):
            return self.union_syntax
        cls = self.classes.get(change.class_name)
        union = cls is not None and uses_union_syntax([f.annotation for f in cls.fields])
        return union or (isinstance(change, RetypeColumn) and "| None" in change.old)

    def _missing_imports(self, changes: Sequence[Change]) -> set[Import]:
        needed: set[Import] = set()
        unwritten = _unwritten_fields(changes, self.classes)
        for change in changes:
            if isinstance(change, AddEnum):
                needed.add(("enum", "StrEnum" if self.str_enum else "Enum"))
                continue
            if change in unwritten:
                continue
            imports = change.imports
            if self._union_syntax(change):
                imports = imports - {("typing", "Optional")}
            needed |= imports
        return {
            (module, name)
            for module, name in needed
            if module != self.path and name not in self.module.names
        }


def _unwritten_fields(changes: Sequence[Change], classes: Mapping[str, LocalClass]) -> list[Change]:
    """Fields a class cannot hold and is not rewritten to: their imports are not needed
    (a class that cannot take the functional form; the plan notes it)."""
    converted = {c.class_name for c in changes if isinstance(c, ConvertToFunctional)}
    unwritten: list[Change] = []
    for change in changes:
        if isinstance(change, AddColumn) and not is_field_name(change.field.key):
            cls = classes.get(change.class_name)
            if cls is not None and not cls.functional and cls.name not in converted:
                unwritten.append(change)
    return unwritten


def _in_file_order(adds: Sequence[AddEnum | AddTable]) -> list[AddEnum | AddTable]:
    """New classes in the order they go into the file: each followed by the new classes
    anchored on it (a table's row, then its insert row, then its update row), whatever
    order the plan made them in. Classes at one line are written in this order."""
    new = {c.class_name for c in adds}
    followers: dict[str, list[AddEnum | AddTable]] = defaultdict(list)
    for change in adds:
        if change.after in new:
            followers[change.after].append(change)
    ordered: list[AddEnum | AddTable] = []
    stack = [c for c in reversed(adds) if c.after not in new]
    while stack:  # depth first, without recursion: anchors may chain thousands deep
        change = stack.pop()
        ordered.append(change)
        stack.extend(reversed(followers[change.class_name]))
    return ordered


# Composite types refer to each other in any order: annotations are not evaluated when
# the classes are made.
COMPOSITES_MODULE = (
    '"""Composite types of the database, kept in step by schemasync."""\n\n'
    "from __future__ import annotations\n"
)


def new_module_text(path: str) -> str:
    """What a package module that does not exist yet starts as."""
    what = "Enums" if path.endswith("enums.py") else "Row types"
    return f'"""{what} of the database, kept in step by schemasync."""\n'


def _empty_module(path: str, lines: Sequence[str]) -> LocalModule:
    """A file that does not exist yet: its docstring is the header."""
    return LocalModule(path, frozenset(), frozenset(), header_end=len(lines))
