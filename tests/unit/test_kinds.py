"""The kinds of class: rows, insert rows, update rows and composite types, as
before/after pairs compared exactly (each with a no-op case); enum arrays; and a toy kind
added in one module, which nothing else had to learn about."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from codemod.config import Config
from codemod.kinds import Comparison, Context, Subject, registry
from codemod.kinds.kind import Shape
from codemod.local_model import LocalClass
from codemod.model import Column, ColumnType, Schema, Table
from codemod.plan.changes import AddTable, RemoveTable, StaleChange
from codemod.plan.planner import plan
from codemod.read import read_local_schema
from codemod.transform import apply_plan

from .helpers import apply, assert_applies, col, ctype, enum, enum_type

ALL_ROWS = Config(row_kinds=("row", "insert", "update"))
ADDRESS = ColumnType("postal_address", "postal_address", kind="composite", schema="public")
PROJECTS = Table(
    "public",
    "projects",
    (
        Column("id", ctype("int8"), nullable=False, identity="always"),
        Column("seq", ctype("int4"), nullable=False, identity="by default"),
        Column("name", ctype("text"), nullable=False),
        Column("note", ctype("text")),
        Column("created_at", ctype("timestamptz"), nullable=False, default="now()"),
        Column("total", ctype("int4"), generated="(seq * 2)"),
        Column("address", ADDRESS),
        Column(
            "old_addresses",
            ColumnType(
                "postal_address",
                "postal_address[]",
                kind="composite",
                schema="public",
                array_dims=1,
            ),
            nullable=False,
        ),
    ),
    primary_key=("id",),
)
POSTAL_ADDRESS = Table("public", "postal_address", (col("street"), col("zip")), kind="composite")
NAMES_VIEW = Table("public", "project_names", (col("name"),), kind="view")

ENTITIES = '''\
"""Row types of the database, kept in step by schemasync."""

from typing import NotRequired, Optional, TypedDict

from typing_extensions import ReadOnly

from .types import PostalAddress


class ProjectNameRow(TypedDict, total=False):
    name: ReadOnly[Optional[str]]


class ProjectRow(TypedDict, total=False):
    id: int
    seq: int
    name: str
    note: Optional[str]
    created_at: str
    total: Optional[int]
    address: Optional[PostalAddress]
    old_addresses: list[PostalAddress]


class ProjectInsert(TypedDict):
    seq: NotRequired[int]
    name: str
    note: NotRequired[Optional[str]]
    created_at: NotRequired[str]
    address: NotRequired[Optional[PostalAddress]]
    old_addresses: list[PostalAddress]


class ProjectUpdate(TypedDict):
    seq: NotRequired[int]
    name: NotRequired[str]
    note: NotRequired[Optional[str]]
    created_at: NotRequired[str]
    address: NotRequired[Optional[PostalAddress]]
    old_addresses: NotRequired[list[PostalAddress]]
'''
TYPES = '''\
"""Composite types of the database, kept in step by schemasync."""

from __future__ import annotations

from typing import Optional, TypedDict


class PostalAddress(TypedDict, total=False):
    street: Optional[str]
    zip: Optional[str]
'''


def test_rows_insert_rows_update_rows_and_composite_types_are_written() -> None:
    # Insert rows leave out generated columns and `generated always` identities; what
    # has a default, a `by default` identity or NULL allowed is NotRequired. Update rows
    # make every writable column NotRequired. A view that takes no INSERT or UPDATE
    # gets only its (read-only) row.
    schema = Schema(tables=(POSTAL_ADDRESS, PROJECTS, NAMES_VIEW))
    assert_applies(
        schema, {}, {"database/entities.py": ENTITIES, "database/types.py": TYPES}, ALL_ROWS
    )
    # No-op: in step already.
    sources = {"database/entities.py": ENTITIES, "database/types.py": TYPES}
    assert apply(schema, sources, ALL_ROWS) == {}


def test_rows_only_unless_row_kinds_asks() -> None:
    written = apply(Schema(tables=(PROJECTS,)), {})
    assert "class ProjectRow" in written["database/entities.py"]
    assert "ProjectInsert" not in written["database/entities.py"]


def test_an_updatable_view_gets_insert_and_update_rows() -> None:
    view = Table(
        "public",
        "open_projects",
        (col("name"),),
        kind="view",
        view_insertable=True,
        view_updatable=True,
    )
    entities = apply(Schema(tables=(view,)), {}, ALL_ROWS)["database/entities.py"]
    assert [line for line in entities.splitlines() if line.startswith("class")] == [
        "class OpenProjectRow(TypedDict, total=False):",
        "class OpenProjectInsert(TypedDict):",
        "class OpenProjectUpdate(TypedDict):",
    ]
    # What is written through a view is not read-only.
    assert "    name: NotRequired[Optional[str]]" in entities


def test_what_a_writer_must_give_follows_the_database() -> None:
    before = '''\
"""Rows."""

from typing import NotRequired, Optional, TypedDict


class ProjectRow(TypedDict, total=False):
    id: int
    name: str  # shown in the UI


class ProjectInsert(TypedDict):
    name: str  # required by the form
    note: NotRequired[Optional[str]]
'''
    after = '''\
"""Rows."""

from typing import NotRequired, Optional, TypedDict


class ProjectRow(TypedDict, total=False):
    id: int
    name: str  # shown in the UI
    note: str


class ProjectInsert(TypedDict):
    name: NotRequired[str]  # required by the form
    note: str
'''
    projects = Table(
        "public",
        "projects",
        (
            Column("id", ctype("int8"), nullable=False, identity="always"),
            Column("name", ctype("text"), nullable=False, default="'x'::text"),  # a default
            Column("note", ctype("text"), nullable=False),  # NOT NULL now
        ),
    )
    config = Config(row_kinds=("row", "insert"))
    the_plan = plan(
        Schema(tables=(projects,)), read_local_schema({"database/entities.py": before}), config
    )
    assert {(c.kind, c.subject) for c in the_plan.changes} >= {
        ("field_requiredness_changed", "ProjectInsert.name"),
        ("column_nullability_changed", "ProjectInsert.note"),
    }
    assert_applies(
        Schema(tables=(projects,)),
        {"database/entities.py": before},
        {"database/entities.py": after},
        config,
    )


def test_a_row_s_own_not_required_is_the_user_s() -> None:
    before = """\
from typing import NotRequired, TypedDict


class ProjectRow(TypedDict, total=False):
    name: NotRequired[str]
"""
    projects = Table("public", "projects", (Column("name", ctype("int4"), nullable=False),))
    after = apply(Schema(tables=(projects,)), {"database/entities.py": before})
    assert "    name: NotRequired[int]\n" in after["database/entities.py"]


def test_enum_arrays_are_lists_of_the_enum_class() -> None:
    schema = Schema(
        enums=(enum("status", "draft", "done"),),
        tables=(Table("public", "tasks", (Column("history", enum_type("status", array_dims=1)),)),),
    )
    for style, annotation in [
        ("enum", "Optional[list[Status]]"),
        ("literal", 'Optional[list[Literal["draft", "done"]]]'),
        ("str", "Optional[list[str]]"),
    ]:
        entities = apply(schema, {}, Config(enum_columns=style))["database/entities.py"]  # type: ignore[arg-type]
        assert f"    history: {annotation}\n" in entities, style


def test_a_composite_type_that_went_is_flagged() -> None:
    after = apply(Schema(), {"database/types.py": TYPES})
    assert (
        "class PostalAddress(TypedDict, total=False):  # schemasync: not in the database"
        in after["database/types.py"]
    )


# A toy kind, in this test only: one `...Audit` TypedDict per table, with only the
# table's `id`, in its own module. It is registered by passing the kinds to plan().


@dataclass(frozen=True)
class AuditKind:
    name: str = "audit"
    shape: Shape = "typeddict"
    removed: type[StaleChange] = RemoveTable

    def subjects(self, schema: Schema, config: Config) -> Sequence[Subject]:
        return [
            Subject(self.name, t.key, t.name, t.schema, table=t)
            for t in sorted(schema.tables, key=lambda t: t.key)
        ]

    def default_name(self, subject: Subject, config: Config, avoid: AbstractSet[str]) -> str:
        return subject.name.title().replace("_", "") + "Audit"

    def target_file(self, subject: Subject, config: Config) -> str:
        return "audit.py"

    def files(self, config: Config) -> frozenset[str]:
        return frozenset({"audit.py"})

    def content(self, subject: Subject) -> frozenset[str]:
        return frozenset({"id"})

    def _columns(self, subject: Subject) -> tuple[Column, ...]:
        assert subject.table is not None
        return tuple(c for c in subject.table.columns if c.name == "id")

    def compare(self, subject: Subject, cls: LocalClass, context: Context) -> Comparison:
        from codemod.plan.fields import compare_fields

        notes: list[str] = []
        columns = self._columns(subject)
        specs = [context.fields.spec(subject.table, c, notes) for c in columns]  # type: ignore[arg-type]
        return Comparison(tuple(compare_fields(subject.key, cls, columns, specs, notes)))

    def add(self, subject: Subject, context: Context, after: str | None) -> Comparison:
        assert subject.table is not None
        notes: list[str] = []
        specs = [context.fields.spec(subject.table, c, notes) for c in self._columns(subject)]
        return Comparison(
            (
                AddTable(
                    path="audit.py",
                    class_name=context.names[subject.ref],
                    table=subject.table,
                    fields=tuple(specs),
                    after=after,
                    needs=frozenset({("typing", "TypedDict")}).union(*(s.imports for s in specs)),
                    row_kind=self.name,
                ),
            )
        )


def test_a_new_kind_is_one_module() -> None:
    kinds = (*registry(), AuditKind())
    schema = Schema(tables=(Table("public", "items", (Column("id", ctype("int4"), False),)),))
    local = read_local_schema({})
    first = plan(schema, local, Config(), kinds=kinds)
    written = apply_plan({}, first, local)
    assert written["audit.py"] == (
        '"""Row types of the database, kept in step by schemasync."""\n\n'
        "from typing import TypedDict\n\n\n"
        "class ItemsAudit(TypedDict, total=False):\n    id: int\n"
    )
    # Compared like every other kind: in step, then a new column is not its business,
    # and a class whose table went is flagged.
    again = plan(schema, read_local_schema(written), Config(), kinds=kinds)
    assert again.changes == ()
    gone = plan(
        Schema(), read_local_schema({"audit.py": written["audit.py"]}), Config(), kinds=kinds
    )
    assert [(c.kind, c.class_name) for c in gone.changes] == [("table_removed", "ItemsAudit")]
