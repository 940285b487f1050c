"""What a kind of database object is to the planner (see codemod.kinds).

A kind says which objects of the schema it has (`subjects`), what their classes are
called by default and which file each goes to, what an object and a class are made of
(to pair them by content when the name does not match), how an object and its class
compare, and what a new class holds. The planner resolves every kind's class names at
once, pairs classes with objects, then asks each kind to compare; it knows no kind by
name. Adding a kind is adding a module and listing it in KINDS.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

from codemod.model import EnumType, Schema, Table

if TYPE_CHECKING:
    from codemod.config import Config, TargetPython
    from codemod.local_model import LocalClass
    from codemod.plan.changes import Change, StaleChange
    from codemod.plan.fields import FieldMaker

Shape = Literal["enum", "typeddict"]


@dataclass(frozen=True)
class Subject:
    """A database object as one kind sees it: a table is the subject of its row, its
    insert row and its update row."""

    kind: str
    key: str  # the object's key in config and reports: `projects`, `billing.invoices`
    name: str  # its name in the database, unqualified
    schema: str
    enum: EnumType | None = None
    table: Table | None = None

    @property
    def ref(self) -> tuple[str, str]:
        """How the planner names it: (kind, key)."""
        return (self.kind, self.key)


@dataclass(frozen=True)
class Comparison:
    """What comparing a kind's objects with the package found."""

    changes: tuple[Change, ...] = ()
    notes: tuple[str, ...] = ()

    def __add__(self, other: Comparison) -> Comparison:
        return Comparison(self.changes + other.changes, self.notes + other.notes)


@dataclass(frozen=True)
class Context:
    """What every kind's comparison may read: the whole schema, the settings, and the
    class each object is written as (by every kind: a row annotates a column with its
    enum's or composite type's class)."""

    schema: Schema
    config: Config
    target: TargetPython
    #: (kind, key) -> the class name the object is written as (its matched class, or new)
    names: Mapping[tuple[str, str], str]
    fields: FieldMaker
    #: (kind, key) -> the class it was paired with
    matched: Mapping[tuple[str, str], LocalClass] = field(default_factory=dict)


class Kind(Protocol):
    """One kind of object and its class. Every method is pure."""

    @property
    def name(self) -> str:
        """A stable id: `enum`, `row`, `insert`, ..."""
        ...

    @property
    def shape(self) -> Shape: ...

    @property
    def removed(self) -> type[StaleChange]:
        """The change that reports a class whose object is gone."""
        ...

    def subjects(self, schema: Schema, config: Config) -> Sequence[Subject]:
        """This kind's objects, in key order."""
        ...

    def default_name(self, subject: Subject, config: Config, avoid: AbstractSet[str]) -> str:
        """The class name when config does not name it; never one of `avoid`."""
        ...

    def target_file(self, subject: Subject, config: Config) -> str: ...

    def files(self, config: Config) -> frozenset[str]:
        """The files this kind's classes may be in."""
        ...

    def content(self, subject: Subject) -> frozenset[str]:
        """What its class declares (members' values, fields' keys), for pairing a class
        whose name does not match with its object."""
        ...

    def compare(self, subject: Subject, cls: LocalClass, context: Context) -> Comparison:
        """What changes in `cls`, the class already written for `subject`."""
        ...

    def add(self, subject: Subject, context: Context, after: str | None) -> Comparison:
        """The new class for `subject`, inserted after the class `after` (None: first)."""
        ...


def prefixed_name(subject: Subject, config: Config) -> str:
    """The database name a class name is made from: in a schema other than public, led
    by the schema's prefix (`billing.invoices` -> `billing_invoices` -> BillingInvoiceRow)
    unless the name already starts with it; `schema_prefixes` may change or empty it."""
    if subject.schema == "public" and "public" not in config.schema_prefixes:
        return subject.name
    prefix = config.schema_prefixes.get(subject.schema, subject.schema)
    if not prefix or subject.name.lower().startswith(f"{prefix.lower()}_"):
        return subject.name  # audit.audit_log is AuditLogRow, not AuditAuditLogRow
    return f"{prefix}_{subject.name}"


def local_content(cls: LocalClass) -> frozenset[str]:
    """What a class declares: its members' values, or its fields' keys."""
    if cls.is_enum:
        return frozenset(m.value for m in cls.members)
    return frozenset([*cls.inherited_keys, *(f.key for f in cls.fields)])
