"""Source text -> LocalSchema.

Planning reads every file, so this uses the stdlib `ast` (C speed, about ten times
faster than a libcst parse); libcst is used later, only on the classes that change.
Comments are not in `ast`, so pragmas are read from the lines themselves.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from codemod.errors import PackageParseError
from codemod.local_model import (
    KEEP_PRAGMA,
    Inherited,
    LocalClass,
    LocalField,
    LocalMember,
    LocalModule,
    LocalSchema,
    Pragmas,
)
from codemod.naming import is_member_name
from codemod.trailing_comments import DOC_PREFIX, TrailingComment, comment_of

_ENUM_BASES = frozenset({"Enum", "StrEnum", "IntEnum"})
# `# schemasync: <text>`, possibly followed by another comment.
_PRAGMA = re.compile(r"#\s*schemasync:\s*(?P<text>[^#]*?)\s*(?:#.*)?$")
# `keep`, alone or with a reason: `keep (v1 clients send it)`, `keep: until 2027`.
_KEEP = re.compile(rf"{KEEP_PRAGMA}\b")


_LINE_END = re.compile(r"\r\n|\r|\n")


def source_lines(text: str, keepends: bool = False) -> list[str]:
    """The lines of Python source as Python counts them: ended by \\n, \\r\\n or \\r only.
    (`str.splitlines` also ends a line at \\x0c, \\x85 or \\u2028, which may sit in a
    string or a comment, and would shift every line number after it.)"""
    if "\r" not in text:  # the common case: only \n ends a line, and str.split finds each
        lines = text.split("\n")
        if keepends:
            lines = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        if not lines[-1]:
            lines.pop()  # what follows the last line end, when the text ends with one
        return lines
    lines = []
    start = 0
    for match in _LINE_END.finditer(text):
        lines.append(text[start : match.end() if keepends else match.start()])
        start = match.end()
    if start < len(text):
        lines.append(text[start:])
    return lines


def read_local_schema(sources: Mapping[str, str]) -> LocalSchema:
    """Read every file; a file that does not parse raises PackageParseError naming it."""
    classes: list[_Candidate] = []
    modules: list[LocalModule] = []
    for path, text in sources.items():
        module, found = read_module(path, text)
        modules.append(module)
        classes.extend(found)
    return LocalSchema(tuple(_resolve_inheritance(classes)), tuple(modules))


@dataclass(frozen=True)
class _Candidate:
    """A class as read; `bases` is non-empty when it is a TypedDict only if they are."""

    cls: LocalClass
    bases: tuple[str, ...]
    members: tuple[LocalMember, ...] = ()  # what its members are if a local Enum is a base


def read_module(path: str, text: str) -> tuple[LocalModule, list[_Candidate]]:
    try:
        tree = ast.parse(text, filename=path)
    except SyntaxError as err:
        # The parser gives no position for a NUL byte ("cannot contain null bytes").
        lineno, offset = (err.lineno, err.offset) if err.lineno else _position(text, "\0")
        raise PackageParseError(
            f"{path}:{lineno}:{offset}: {err.msg}. schemasync reads this file to "
            "compare it with the database and changed nothing; fix the syntax error and "
            "run it again.",
            path,
        ) from None
    lines = source_lines(text)
    reader = _ModuleReader(path, lines)
    classes = [c for stmt in tree.body if (c := reader.read_statement(stmt)) is not None]
    return reader.module(tree), classes


def _position(text: str, char: str) -> tuple[int, int]:
    """1-based line and column of the first `char` in `text` (1, 1 if it is not there)."""
    lines = source_lines(text[: max(text.find(char), 0)] + char)
    return len(lines), len(lines[-1])


class _ModuleReader:
    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.quote: str | None = None

    def note_quote(self, node: ast.expr, source: str | None = None) -> None:
        """Remember the quote of the first string literal in `node` that could have been
        written with either quote. `source`, the node's text, lets an annotation without
        a string (nearly all of them) skip the walk."""
        if self.quote is not None or (source is not None and not _QUOTES.search(source)):
            return
        for sub in ast.walk(node):
            if (
                isinstance(sub, ast.Constant)
                and isinstance(sub.value, str)
                and not _QUOTES.search(sub.value)
            ):
                self.quote = self._opening_quote(sub)
                if self.quote is not None:
                    return

    def _opening_quote(self, node: ast.Constant) -> str | None:
        """`"` or `'`; None for a triple-quoted string, which both styles write `\"\"\"`."""
        line = self.lines[node.lineno - 1]
        text = line[node.col_offset :] if line.isascii() else _after_byte(line, node.col_offset)
        text = text.lstrip("rRuU")  # a prefix; bytes and f-strings are no str Constant
        if text[:3] in ('"""', "'''") or text[:1] not in ('"', "'"):
            return None
        return text[0]

    def source_of(self, node: ast.expr) -> str:
        """An annotation as written. Sliced from its line when it fits on one (the common
        case, and far cheaper than ast.unparse at 40,000 fields); offsets are UTF-8."""
        if node.end_lineno == node.lineno and node.end_col_offset is not None:
            line = self.lines[node.lineno - 1]
            if line.isascii():
                return line[node.col_offset : node.end_col_offset]
            return line.encode()[node.col_offset : node.end_col_offset].decode()
        return ast.unparse(node)

    def pragmas(self, line: int) -> Pragmas:
        text = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        if "schemasync:" not in text:
            return Pragmas()
        match = _PRAGMA.search(text)
        if match is None:
            return Pragmas()
        note = match["text"]
        return Pragmas(keep=True) if _KEEP.match(note) else Pragmas(flag=note)

    def doc(self, line: int) -> str | None:
        """The `#:` comment at the end of the line, where apply writes it."""
        text = self.lines[line - 1]
        if DOC_PREFIX not in text:
            return None  # the common case, at no cost
        return TrailingComment.parse(comment_of(text)).doc

    def read_statement(self, stmt: ast.stmt) -> _Candidate | None:
        if isinstance(stmt, ast.ClassDef):
            return self.read_class(stmt)
        if isinstance(stmt, ast.Assign | ast.AnnAssign):
            return self.read_functional(stmt)
        return None

    def read_class(self, node: ast.ClassDef) -> _Candidate | None:
        bases = tuple(_dotted_tail(b) for b in node.bases)
        start = min([node.lineno, *(d.lineno for d in node.decorator_list)])
        end = node.end_lineno or node.lineno
        pragmas = self.pragmas(node.lineno)
        members: list[LocalMember] = []
        for stmt in node.body:
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(target := stmt.targets[0], ast.Name)
                and is_member_name(target.id)
                and isinstance(value := stmt.value, ast.Constant)
                and isinstance(value.value, str)
            ):
                self.note_quote(value)
                members.append(
                    LocalMember(target.id, value.value, stmt.lineno, self.pragmas(stmt.lineno))
                )
        if _ENUM_BASES.intersection(bases):
            enum = LocalClass(
                node.name, self.path, start, end, "enum", members=tuple(members), pragmas=pragmas
            )
            return _Candidate(enum, ())
        if not bases:
            return None
        fields: list[LocalField] = []
        for stmt in node.body:
            if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                annotation = self.source_of(stmt.annotation)
                self.note_quote(stmt.annotation, annotation)
                fields.append(
                    LocalField(
                        stmt.target.id,
                        annotation,
                        stmt.lineno,
                        self.pragmas(stmt.lineno),
                        _requirement(stmt.annotation),
                        self.doc(stmt.lineno),
                    )
                )
        typeddict = LocalClass(
            node.name,
            self.path,
            start,
            end,
            "typeddict",
            fields=tuple(fields),
            pragmas=pragmas,
            total=_total(node.keywords),
            convertible=not node.decorator_list
            and bases == ("TypedDict",)
            and all(_only_declares(stmt) for stmt in node.body),
        )
        # A class is a TypedDict if TypedDict is a base, or (resolved later) a local one
        # is; it is an Enum if a local Enum is.
        return _Candidate(typeddict, () if "TypedDict" in bases else bases, tuple(members))

    def read_functional(self, stmt: ast.Assign | ast.AnnAssign) -> _Candidate | None:
        """`XRow = TypedDict("XRow", {"from": str, ...}, total=False)`."""
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
        call = stmt.value
        if not (
            isinstance(target, ast.Name)
            and isinstance(call, ast.Call)
            and _dotted_tail(call.func) == "TypedDict"
            and len(call.args) >= 2
            and isinstance(call.args[1], ast.Dict)
        ):
            return None
        self.note_quote(call.args[0])
        fields: list[LocalField] = []
        for key, value in zip(call.args[1].keys, call.args[1].values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                self.note_quote(key)
                annotation = self.source_of(value)
                self.note_quote(value, annotation)
                fields.append(
                    LocalField(
                        key.value,
                        annotation,
                        key.lineno,
                        self.pragmas(key.lineno),
                        _requirement(value),
                        self.doc(key.lineno),
                    )
                )
        typeddict = LocalClass(
            name=target.id,
            path=self.path,
            start=stmt.lineno,
            end=stmt.end_lineno or stmt.lineno,
            kind="typeddict",
            fields=tuple(fields),
            functional=True,
            pragmas=self.pragmas(stmt.lineno),
            total=_total(call.keywords),
        )
        return _Candidate(typeddict, ())

    def module(self, tree: ast.Module) -> LocalModule:
        names: set[str] = set()
        imports: set[tuple[str, str]] = set()
        header_end = 0
        in_header = True
        for stmt in tree.body:
            is_import = isinstance(stmt, ast.Import | ast.ImportFrom)
            is_docstring = (
                isinstance(stmt, ast.Expr)
                and isinstance(stmt.value, ast.Constant)
                and isinstance(stmt.value.value, str)
            )
            if in_header and (is_import or is_docstring):
                header_end = stmt.end_lineno or stmt.lineno
            elif not _is_future_or_typing_guard(stmt):
                in_header = False
            if isinstance(stmt, ast.ImportFrom):
                module = "." * stmt.level + (stmt.module or "")
                for alias in stmt.names:
                    imports.add((module, alias.name))
                    names.add(alias.asname or alias.name)
            elif isinstance(stmt, ast.Import):
                names.update((a.asname or a.name).split(".")[0] for a in stmt.names)
            elif isinstance(stmt, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                names.add(stmt.name)
            elif isinstance(stmt, ast.Assign):
                names.update(t.id for t in stmt.targets if isinstance(t, ast.Name))
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                names.add(stmt.target.id)
        return LocalModule(self.path, frozenset(names), frozenset(imports), header_end, self.quote)


_QUOTES = re.compile("[\"']")


def _after_byte(line: str, offset: int) -> str:
    """The rest of a line from an `ast` offset, which counts UTF-8 bytes."""
    return line.encode()[offset:].decode()


def _only_declares(stmt: ast.stmt) -> bool:
    """A field without a value, a docstring, `pass` or `...`: what a TypedDict's body
    may hold in the functional form."""
    if isinstance(stmt, ast.AnnAssign):
        return stmt.value is None and isinstance(stmt.target, ast.Name)
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
        return isinstance(stmt.value.value, str) or stmt.value.value is Ellipsis
    return isinstance(stmt, ast.Pass)


def _total(keywords: list[ast.keyword]) -> bool:
    """`total=False` among a TypedDict's keywords makes every field optional."""
    return not any(
        k.arg == "total" and isinstance(k.value, ast.Constant) and k.value.value is False
        for k in keywords
    )


def _requirement(annotation: ast.expr) -> bool | None:
    """`Required[...]` -> True, `NotRequired[...]` -> False, also inside `ReadOnly[...]`
    or `Annotated[...]`; anything else None (the class's totality decides)."""
    while isinstance(annotation, ast.Subscript):
        head = _dotted_tail(annotation.value)
        if head in ("Required", "NotRequired"):
            return head == "Required"
        if head not in ("ReadOnly", "Annotated"):
            return None
        inner = annotation.slice
        annotation = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
    return None


def _is_future_or_typing_guard(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.If) and "TYPE_CHECKING" in ast.unparse(stmt.test)


def _dotted_tail(node: ast.expr) -> str:
    """`enum.Enum` -> `Enum`; `Base` -> `Base`; anything else -> ``."""
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _resolve_inheritance(candidates: list[_Candidate]) -> list[LocalClass]:
    """Classes that derive only from local TypedDicts are TypedDicts too, and inherit
    their fields; classes that derive from a local Enum (a mixin with methods: an Enum
    with members cannot be subclassed) are Enums, and the mixin is not a schema class.
    Classes with any other base are not schema classes."""
    by_name = {c.cls.name: c for c in candidates}
    resolved: dict[str, LocalClass | None] = {}

    def resolve(candidate: _Candidate, seen: frozenset[str]) -> LocalClass | None:
        name = candidate.cls.name
        if name not in resolved:
            resolved[name] = None  # a cycle resolves to "not a schema class"
            parents = [
                resolve(by_name[base], seen | {name})
                if base in by_name and base not in seen
                else None
                for base in candidate.bases
            ]
            if any(p is not None and p.is_enum for p in parents):
                resolved[name] = replace(
                    candidate.cls, kind="enum", fields=(), members=candidate.members
                )
            elif all(p is not None for p in parents):
                own = {f.key for f in candidate.cls.fields}
                inherited: dict[str, Inherited] = {}
                for parent in parents:
                    assert parent is not None
                    for got in (*parent.inherited, *(Inherited(f, parent) for f in parent.fields)):
                        # The first base that has a key wins, as in the class's MRO.
                        if got.field.key not in own:
                            inherited.setdefault(got.field.key, got)
                resolved[name] = replace(candidate.cls, inherited=tuple(inherited.values()))
        return resolved[name]

    classes = [(c, resolve(c, frozenset())) for c in candidates]
    bases = {base for c, cls in classes if cls is not None for base in c.bases}
    return [
        replace(cls, is_base=cls.name in bases)
        for _, cls in classes
        if cls is not None and not (cls.is_enum and cls.name in bases)
    ]
