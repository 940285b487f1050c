"""The Python side of the comparison: what the schema package's files declare.

Same vocabulary as `codemod.model`, plus where each class and member lives (file and
lines) so that a transformer can find it again without searching.
"""

from __future__ import annotations

from dataclasses import dataclass

KEEP_PRAGMA = "keep"
FLAG_PREFIX = "# schemasync:"


@dataclass(frozen=True)
class Pragmas:
    """The `# schemasync: ...` comment on a line, if any."""

    keep: bool = False
    flag: str | None = None


@dataclass(frozen=True)
class LocalMember:
    """An Enum member (`NON_PROFIT = "non-profit"`)."""

    name: str
    value: str
    line: int
    pragmas: Pragmas = Pragmas()


@dataclass(frozen=True)
class LocalField:
    """A TypedDict field; `key` is the dict key, i.e. the column name."""

    key: str
    annotation: str
    line: int
    pragmas: Pragmas = Pragmas()
    #: True for `Required[...]`, False for `NotRequired[...]`, None: as the class says
    required: bool | None = None
    doc: str | None = None  # its `#:` comment (codemod.trailing_comments)


@dataclass(frozen=True)
class LocalClass:
    """An Enum or TypedDict class, or a functional `X = TypedDict("X", {...})`."""

    name: str
    path: str
    start: int  # first line, decorators included (1-based)
    end: int  # last line of the statement
    kind: str  # "enum" | "typeddict"
    members: tuple[LocalMember, ...] = ()
    fields: tuple[LocalField, ...] = ()
    functional: bool = False
    pragmas: Pragmas = Pragmas()
    #: the fields it has from local base TypedDicts (a mixin such as Timestamps) and
    #: does not declare again, each with the base that declares it
    inherited: tuple[Inherited, ...] = ()
    is_base: bool = False  # another local class derives from it (a mixin such as Timestamped)
    total: bool = True  # a TypedDict's `total=` (False: every field may be left out)
    #: a class-syntax TypedDict that the functional form can replace: no decorators, no
    #: other bases, nothing in its body but fields, a docstring or `pass`
    convertible: bool = False

    @property
    def is_enum(self) -> bool:
        return self.kind == "enum"

    def field(self, key: str) -> LocalField | None:
        return next((f for f in self.fields if f.key == key), None)

    @property
    def inherited_keys(self) -> tuple[str, ...]:
        return tuple(i.field.key for i in self.inherited)

    def member(self, value: str) -> LocalMember | None:
        return next((m for m in self.members if m.value == value), None)


@dataclass(frozen=True)
class Inherited:
    """A field a class has from a local base: an edit to it goes to the base."""

    field: LocalField
    base: LocalClass


@dataclass(frozen=True)
class LocalModule:
    path: str
    names: frozenset[str]  # names bound at module level (imports, classes, assignments)
    imports: frozenset[tuple[str, str]]  # (module, name) pairs from `from m import n`
    header_end: int  # last line of the leading block of imports (0 when none)
    # The quote of its first one-line string literal that could be written with either
    # (its text holds no quote): the style new strings follow. None when it has none.
    quote: str | None = None


@dataclass(frozen=True)
class LocalSchema:
    classes: tuple[LocalClass, ...] = ()
    modules: tuple[LocalModule, ...] = ()

    @property
    def enums(self) -> tuple[LocalClass, ...]:
        return tuple(c for c in self.classes if c.is_enum)

    @property
    def typeddicts(self) -> tuple[LocalClass, ...]:
        return tuple(c for c in self.classes if not c.is_enum)

    def module(self, path: str) -> LocalModule | None:
        return next((m for m in self.modules if m.path == path), None)

    def quote_style(self, path: str) -> str:
        """The quote new strings in `path` are written with: the file's own, else that of
        the first other module that shows one (a file of TypedDicts may hold no string
        at all), else double quotes, the formatters' default."""
        own = self.module(path)
        shown = [m.quote for m in self.modules if m.quote is not None and m.path != path]
        if own is not None and own.quote is not None:
            return own.quote
        return shown[0] if shown else '"'
