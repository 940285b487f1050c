"""The shape of a lint rule (Fixit's: id, severity, doc, and VALID/INVALID examples).

A rule is a class with `visit_<Node>(node, stmt, state)` methods, one per kind of
statement it looks at (`visit_AlterTableStmt`, `visit_ParseFailure`), and/or
`visit_statement(stmt, state)` for every parsed statement (or those of STATEMENT_KINDS),
or `visit_migrations(files)` for the files of the migrations folder as a whole (their
examples are lists of file names, see `codemod.lint.testing`). Each yields Reports; the
engine turns them into findings with a position, a severity and the rule's help.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pglast.enums.parsenodes import AlterTableType

from codemod.severity import Severity

if TYPE_CHECKING:
    from codemod.lint.state import FileState

Category = Literal["syntax", "unsafe", "hygiene", "naming", "python", "files"]
ANY_STATEMENT = "statement"  # the handler key of `visit_statement`
MIGRATIONS = "migrations"  # the handler key of `visit_migrations`

Handler = Callable[..., Iterable["Report"]]


@dataclass(frozen=True)
class Report:
    message: str
    location: int | None = None  # offset in the statement's text; None: its start
    help: str | None = None  # replaces the rule's help when the advice depends on the case
    #: decided at the end of the file, on its final state: true when a later statement
    #: undid what the report is about (the key added later, the object re-created)
    unless: Callable[[FileState], bool] | None = field(default=None, compare=False)
    #: of a rule's reports in one file with the same `once` key, only the first is kept
    #: (one `set lock_timeout` fixes every statement after it)
    once: str | None = None


@dataclass(frozen=True)
class MigrationFile:
    """A file of the migrations folder, as the file rules see it."""

    path: str  # as findings name it
    name: str  # the file's name
    linted: bool  # reported on: every file, or those `--since` selects
    on_base: bool  # present at the `--since` ref (False without --since)


class Rule:
    """Base of every rule. The class docstring's first line is the rule's doc."""

    id: ClassVar[str]
    severity: ClassVar[Severity]
    category: ClassVar[Category]
    #: the safe alternative, one line
    help: ClassVar[str]
    #: statements that must not be reported, and statements that must be (the tests
    #: run each one alone through this rule)
    VALID: ClassVar[tuple[str, ...]]
    INVALID: ClassVar[tuple[str, ...]]
    #: the statement kinds `visit_statement` looks at (None: every one): naming them
    #: spares building the parse tree of the others
    STATEMENT_KINDS: ClassVar[frozenset[str] | None] = None
    #: the ALTER TABLE commands `visit_AlterTableStmt` looks at (None: every one):
    #: naming them spares the call for the statements that have none of them
    ALTER_TABLE_COMMANDS: ClassVar[frozenset[AlterTableType] | None] = None
    #: `[tool.schemasync.lint]` settings the examples assume
    EXAMPLE_CONFIG: ClassVar[Mapping[str, Any]] = MappingProxyType({})
    #: schema package files (path -> source) the examples assume
    EXAMPLE_PACKAGE: ClassVar[Mapping[str, str]] = MappingProxyType({})

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "").split("\n\n")[0].replace("\n", " ")

    @classmethod
    def basis(cls) -> str:
        """The docstring's paragraph on the PostgreSQL (or Supabase CLI) behaviour the
        rule rests on: the one that starts with its name."""
        for paragraph in inspect.cleandoc(cls.__doc__ or "").split("\n\n"):
            if paragraph.startswith(("PostgreSQL", "Supabase CLI:")):
                return paragraph.replace("\n", " ")
        return ""

    def handlers(self) -> dict[str, Handler]:
        """Node type name (or ANY_STATEMENT) -> the bound method that checks it."""
        return {
            name.removeprefix("visit_"): getattr(self, name)
            for name in dir(type(self))
            if name.startswith("visit_")
        }
