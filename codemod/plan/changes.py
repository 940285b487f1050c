"""The change vocabulary: what a plan holds, what `check` reports and `apply` carries out.

Each change is a frozen `<Verb><Object>` value (as Alembic's ops) that knows its kind
(a stable id users can give a severity in config), its default severity, the file and
class it touches, and how to say itself in one line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from codemod.model import Column, EnumType, Table
from codemod.severity import Severity

Import = tuple[str, str]  # ("typing", "Optional"): `from typing import Optional`


@dataclass(frozen=True)
class FieldSpec:
    """A TypedDict field as it will be written: dict key and canonical annotation."""

    key: str
    annotation: str
    imports: frozenset[Import] = frozenset()
    #: the column's comment as its `#:` comment (with `column_comments`)
    comment: str | None = None
    #: whether a writer must give it (an insert row's NotRequired fields are not)
    required: bool = True


@dataclass(frozen=True, kw_only=True)
class Change:
    kind: ClassVar[str]
    severity: ClassVar[Severity]
    #: False for drift that only a person can settle: reported, never written
    written: ClassVar[bool] = True

    path: str
    class_name: str

    @property
    def subject(self) -> str:
        return self.class_name

    def describe(self) -> str:
        raise NotImplementedError

    @property
    def is_stale(self) -> bool:
        """Something the database no longer has: flagged by apply, removed by --prune."""
        return False

    def default_severity(self) -> Severity:
        return self.severity

    @property
    def imports(self) -> frozenset[Import]:
        """What the code this change writes needs imported."""
        return frozenset()


def field_subject(class_name: str, key: str, via: Sequence[str]) -> str:
    """`ProjectRow.name`; a field rows inherit is reported on the rows, with the base
    that declares it: `ProjectRow.created_at (from Timestamps)`."""
    if not via:
        return f"{class_name}.{key}"
    return f"{', '.join(f'{row}.{key}' for row in via)} (from {class_name})"


@dataclass(frozen=True, kw_only=True)
class StaleChange(Change):
    line: int
    already_flagged: bool = False

    @property
    def is_stale(self) -> bool:
        return True


@dataclass(frozen=True, kw_only=True)
class RemoveClass(StaleChange):
    """A whole class mirrors nothing in the database: flagged, or removed with --prune.
    Each kind's own subclass names what is missing."""


@dataclass(frozen=True, kw_only=True)
class AddEnum(Change):
    kind = "enum_added"
    severity = Severity.MEDIUM
    enum: EnumType
    members: tuple[tuple[str, str], ...]  # (member name, value) in database order
    after: str | None  # class to insert after; None: after the imports

    @property
    def imports(self) -> frozenset[Import]:
        return frozenset({("enum", "Enum")})  # StrEnum where the file uses it

    def describe(self) -> str:
        return f"enum {self.enum.key} is new: add {self.class_name} ({len(self.members)} values)"


@dataclass(frozen=True, kw_only=True)
class RemoveEnum(RemoveClass):
    kind = "enum_removed"
    severity = Severity.CRITICAL

    def describe(self) -> str:
        return f"{self.class_name} has no enum in the database"


@dataclass(frozen=True, kw_only=True)
class AddEnumValue(Change):
    kind = "enum_value_added"
    severity = Severity.MEDIUM
    value: str
    member_name: str
    after: str | None  # member to insert after; None: first member

    @property
    def subject(self) -> str:
        return f"{self.class_name}.{self.member_name}"

    def describe(self) -> str:
        return f"enum value {self.value!r} is new: add {self.subject}"


@dataclass(frozen=True, kw_only=True)
class RemoveEnumValue(StaleChange):
    kind = "enum_value_removed"
    severity = Severity.CRITICAL
    member_name: str
    value: str

    @property
    def subject(self) -> str:
        return f"{self.class_name}.{self.member_name}"

    def describe(self) -> str:
        return f"{self.subject} = {self.value!r} is not in the database"


@dataclass(frozen=True, kw_only=True)
class AddTable(Change):
    """A new TypedDict: the row, insert row or update row of a table or view."""

    kind = "table_added"
    severity = Severity.MEDIUM
    table: Table
    fields: tuple[FieldSpec, ...]
    after: str | None
    needs: frozenset[Import] = frozenset()
    row_kind: str = "row"  # which kind of class: row, insert, update, composite
    total: bool = False  # `TypedDict(..., total=False)` unless total
    functional: bool = False  # written `X = TypedDict("X", {...})`: a field is no identifier

    @property
    def imports(self) -> frozenset[Import]:
        return self.needs

    def describe(self) -> str:
        what = self.table.kind.replace("_", " ")
        of = "" if self.row_kind in ("row", "composite") else f"{self.row_kind} row of "
        return (
            f"{of}{what} {self.table.key} is new: add {self.class_name} ({len(self.fields)} fields)"
        )


@dataclass(frozen=True, kw_only=True)
class AddComposite(AddTable):
    kind = "composite_added"

    def describe(self) -> str:
        return (
            f"composite type {self.table.key} is new: add {self.class_name} "
            f"({len(self.fields)} fields)"
        )


@dataclass(frozen=True, kw_only=True)
class RemoveTable(RemoveClass):
    kind = "table_removed"
    severity = Severity.CRITICAL

    def describe(self) -> str:
        return f"{self.class_name} has no table or view in the database"


@dataclass(frozen=True, kw_only=True)
class RemoveComposite(RemoveClass):
    kind = "composite_removed"
    severity = Severity.CRITICAL

    def describe(self) -> str:
        return f"{self.class_name} has no composite type in the database"


@dataclass(frozen=True, kw_only=True)
class AddColumn(Change):
    kind = "column_added"
    severity = Severity.MEDIUM
    table_key: str
    column: Column
    field: FieldSpec
    after: str | None  # field key to insert after; None: first field

    @property
    def subject(self) -> str:
        return f"{self.class_name}.{self.field.key}"

    def default_severity(self) -> Severity:
        # Existing writers break when a required column arrives without a default.
        required = not self.column.nullable and not self.column.has_default
        return Severity.HIGH if required else self.severity

    @property
    def imports(self) -> frozenset[Import]:
        return self.field.imports

    def describe(self) -> str:
        return (
            f"column {self.table_key}.{self.column.name} ({self.column.type.sql}) is new: "
            f"add {self.subject}: {self.field.annotation}"
        )


@dataclass(frozen=True, kw_only=True)
class RemoveColumn(StaleChange):
    kind = "column_removed"
    severity = Severity.CRITICAL
    key: str
    via: tuple[str, ...] = ()  # the rows that inherit the field from class_name

    @property
    def subject(self) -> str:
        return field_subject(self.class_name, self.key, self.via)

    def describe(self) -> str:
        return f"{self.subject} has no column in the database"


@dataclass(frozen=True, kw_only=True)
class RetypeColumn(Change):
    """The annotation no longer matches the column's type or nullability."""

    kind = "column_type_changed"
    severity = Severity.HIGH
    line: int
    key: str
    old: str
    new: FieldSpec
    sql_type: str = ""
    became_nullable: bool = False
    #: the new annotation's NotRequired (or its absence) is the kind's, not the user's
    sets_requiredness: bool = False
    via: tuple[str, ...] = ()  # the rows that inherit the field from class_name

    @property
    def subject(self) -> str:
        return field_subject(self.class_name, self.key, self.via)

    @property
    def imports(self) -> frozenset[Import]:
        return self.new.imports

    def describe(self) -> str:
        return f"{self.subject}: {self.old} -> {self.new.annotation} ({self.sql_type})"


@dataclass(frozen=True, kw_only=True)
class ChangeNullability(RetypeColumn):
    kind = "column_nullability_changed"

    def default_severity(self) -> Severity:
        # Readers that assumed a value now get None; the other way round is harmless.
        return Severity.HIGH if self.became_nullable else Severity.LOW

    def describe(self) -> str:
        what = "nullable" if self.became_nullable else "NOT NULL"
        return f"{self.subject} became {what}: {self.old} -> {self.new.annotation}"


@dataclass(frozen=True, kw_only=True)
class ChangeRequiredness(RetypeColumn):
    """An insert row's field that a writer must now give, or may now leave out."""

    kind = "field_requiredness_changed"

    def default_severity(self) -> Severity:
        # Writers that leave it out now fail; the other way round is harmless.
        return Severity.HIGH if self.new.required else Severity.LOW

    def describe(self) -> str:
        what = "required" if self.new.required else "optional (NotRequired)"
        return f"{self.subject} became {what}: {self.old} -> {self.new.annotation}"


@dataclass(frozen=True, kw_only=True)
class ChangeFieldDoc(Change):
    """With `column_comments`: a field's `#:` comment no longer says what its column's
    comment says."""

    kind = "column_comment_changed"
    severity = Severity.LOW
    line: int
    key: str
    old: str | None
    new: str | None

    @property
    def subject(self) -> str:
        return f"{self.class_name}.{self.key}"

    def describe(self) -> str:
        if self.new is None:
            return f"{self.subject}: the column has no comment any more (`#: {self.old}`)"
        if self.old is None:
            return f"{self.subject}: the column's comment is `#: {self.new}`"
        return f"{self.subject}: the column's comment `#: {self.old}` -> `#: {self.new}`"


@dataclass(frozen=True, kw_only=True)
class ConvertToFunctional(Change):
    """A class that gains a field no class attribute can hold (`from`, `__secret`) is
    rewritten first as `X = TypedDict("X", {...})`, its comments kept."""

    kind = "class_made_functional"
    severity = Severity.LOW
    line: int

    def describe(self) -> str:
        return f"{self.class_name} is rewritten in the functional form to hold a new field"


@dataclass(frozen=True, kw_only=True)
class ClearFlag(Change):
    """A flagged member, field or class that the database has again: the flag goes."""

    kind = "flag_cleared"
    severity = Severity.LOW
    line: int
    name: str  # the member or field; "" for the class itself

    @property
    def subject(self) -> str:
        return f"{self.class_name}.{self.name}" if self.name else self.class_name

    def describe(self) -> str:
        return f"{self.subject} is in the database again: remove its schemasync flag"


@dataclass(frozen=True, kw_only=True)
class InheritedFieldConflict(Change):
    """A field of a base class (a mixin) that the rows inheriting it want differently:
    no edit of the base suits them all, so a person decides (a field of their own in
    some rows, or another base)."""

    kind = "inherited_field_conflict"
    severity = Severity.HIGH
    written = False
    line: int
    key: str
    #: (row, what it wants: an annotation, or "no such column"), for every row using it
    wants: tuple[tuple[str, str], ...]

    @property
    def subject(self) -> str:
        return f"{self.class_name}.{self.key}"

    def describe(self) -> str:
        wants = "; ".join(f"{row} wants {want}" for row, want in self.wants)
        return (
            f"{self.subject} is inherited by rows that disagree ({wants}): declare it in "
            f"the rows, or give them different bases"
        )


@dataclass(frozen=True, kw_only=True)
class ChangeDetails(Change):
    """The database changed only in what the package does not mirror."""

    kind = "schema_details_changed"
    severity = Severity.LOW
    old_hash: str = ""
    new_hash: str = ""

    def describe(self) -> str:
        if not self.old_hash:
            return "there is no schema_version.py (DB_HASH) yet; apply writes it"
        return (
            "the database changed in constraints, defaults or comments only "
            f"(DB_HASH {self.old_hash[:12]} -> {self.new_hash[:12]})"
        )


CHANGE_TYPES: tuple[type[Change], ...] = (
    AddEnum,
    RemoveEnum,
    AddEnumValue,
    RemoveEnumValue,
    AddTable,
    RemoveTable,
    AddComposite,
    RemoveComposite,
    AddColumn,
    RemoveColumn,
    RetypeColumn,
    ChangeNullability,
    ChangeRequiredness,
    ChangeFieldDoc,
    ConvertToFunctional,
    ClearFlag,
    InheritedFieldConflict,
    ChangeDetails,
)
CHANGE_KINDS: tuple[str, ...] = tuple(t.kind for t in CHANGE_TYPES)


@dataclass(frozen=True)
class Plan:
    """What `check` reports and `apply` does. `changes` is sorted by file, then line."""

    changes: tuple[Change, ...] = ()
    notes: tuple[str, ...] = ()
    db_hash: str = ""
    counts: tuple[int, int, int] = (0, 0, 0)  # tables, enums, columns
    severities: Mapping[str, Severity] = field(default_factory=dict, compare=False)
    #: (kind, key) -> (path, class name) of each object's class, as planned
    locations: Mapping[tuple[str, str], tuple[str, str]] = field(
        default_factory=dict, compare=False
    )

    def severity_of(self, change: Change) -> Severity:
        return self.severities.get(change.kind, change.default_severity())

    @property
    def drift(self) -> tuple[Change, ...]:
        """Changes a person still has to see: stale items already flagged are not drift."""
        return tuple(
            c for c in self.changes if not (isinstance(c, StaleChange) and c.already_flagged)
        )

    @property
    def unwritten(self) -> tuple[Change, ...]:
        """Drift that apply leaves for a person (rows that disagree about their base)."""
        return tuple(c for c in self.drift if not c.written)

    def to_apply(self, prune: bool) -> tuple[Change, ...]:
        """What apply changes: the drift, and with --prune also what is already flagged."""
        return self.changes if prune else self.drift

    def worst(self) -> Severity | None:
        return max((self.severity_of(c) for c in self.drift), default=None)
