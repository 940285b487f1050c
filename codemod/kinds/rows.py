"""Rows of tables and views, as a TypedDict each: what a select returns (`ProjectRow`),
and, when `row_kinds` asks for them, what an insert takes (`ProjectInsert`) and what an
update takes (`ProjectUpdate`), as Supabase's type generator means them:

- a row has every column; a view's row is read-only (`ReadOnly[...]`);
- an insert row has every column a writer may give: generated columns and `generated
  always` identities are left out, and a column with a default, a `by default` identity
  or NULL allowed is NotRequired;
- an update row has the same columns, every one NotRequired.

Views get insert and update rows only when PostgreSQL lets INSERT and UPDATE write
through them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from codemod.config import Config
from codemod.kinds.kind import Comparison, Context, Shape, Subject, prefixed_name
from codemod.local_model import LocalClass
from codemod.model import Column, Schema, Table
from codemod.naming import is_field_name, table_class_name
from codemod.plan.changes import AddTable, FieldSpec, RemoveTable, StaleChange
from codemod.plan.fields import compare_fields


def target_file(table: Table, config: Config) -> str:
    """Junction tables go to relationships.py, views to the views file, the rest to
    entities.py, unless `class_files` says otherwise."""
    if table.key in config.class_files:
        return config.class_files[table.key]
    if table.is_view:
        return config.view_file
    return config.relationships_file if table.is_junction else config.entities_file


def _writable(column: Column) -> bool:
    """Whether a writer may give the column a value at all."""
    return column.generated is None and column.identity != "always"


@dataclass(frozen=True)
class RowKind:
    """One kind of row class of a table: which tables and columns it has, and which of
    its fields a writer may leave out."""

    name: str
    suffix: str  # of the default class name: ProjectRow, ProjectInsert
    #: the tables it has a class for
    has_table: Callable[[Table], bool]
    #: the columns its class has
    has_column: Callable[[Column], bool]
    #: None: the class is total=False and its fields plain (rows); else whether the
    #: column's field is required, NotRequired[...] when it is not
    required: Callable[[Column], bool] | None = None
    shape: Shape = "typeddict"
    removed: type[StaleChange] = RemoveTable

    def subjects(self, schema: Schema, config: Config) -> Sequence[Subject]:
        return [
            Subject(self.name, t.key, t.name, t.schema, table=t)
            for t in sorted(schema.tables, key=lambda t: t.key)
            if t.kind != "composite" and self.has_table(t)
        ]

    def default_name(self, subject: Subject, config: Config, avoid: AbstractSet[str]) -> str:
        template = config.class_name_templates.get(self.name)
        if template is None:
            return table_class_name(prefixed_name(subject, config), self.suffix, avoid)
        return template_class_name(template, subject, config, avoid)

    def target_file(self, subject: Subject, config: Config) -> str:
        assert subject.table is not None
        return target_file(subject.table, config)

    def files(self, config: Config) -> frozenset[str]:
        return frozenset(
            {
                config.entities_file,
                config.relationships_file,
                config.view_file,
                *config.class_files.values(),
            }
        )

    def content(self, subject: Subject) -> frozenset[str]:
        return frozenset(c.name for c in self._columns(subject))

    def compare(self, subject: Subject, cls: LocalClass, context: Context) -> Comparison:
        notes: list[str] = []
        columns = self._columns(subject)
        specs = self._specs(subject, columns, context, notes)
        changes = compare_fields(
            subject.key,
            cls,
            columns,
            specs,
            notes,
            requiredness=self.required is not None,
            docs=context.config.column_comments,
        )
        return Comparison(tuple(changes), tuple(notes))

    def add(self, subject: Subject, context: Context, after: str | None) -> Comparison:
        assert subject.table is not None
        notes: list[str] = []
        columns = self._columns(subject)
        specs = self._specs(subject, columns, context, notes)
        imports = frozenset({("typing", "TypedDict")}).union(*(s.imports for s in specs))
        change = AddTable(
            path=self.target_file(subject, context.config),
            class_name=context.names[subject.ref],
            table=subject.table,
            fields=tuple(specs),
            after=after,
            needs=imports,
            row_kind=self.name,
            total=self.required is not None,
            functional=not all(is_field_name(s.key) for s in specs),
        )
        return Comparison((change,), tuple(notes))

    def _columns(self, subject: Subject) -> tuple[Column, ...]:
        assert subject.table is not None
        return tuple(c for c in subject.table.columns if self.has_column(c))

    def _specs(
        self, subject: Subject, columns: Sequence[Column], context: Context, notes: list[str]
    ) -> list[FieldSpec]:
        assert subject.table is not None
        table = subject.table
        read_only = table.is_view and self.required is None
        return [
            context.fields.spec(
                table,
                column,
                notes,
                read_only=read_only,
                required=self.required is None or self.required(column),
            )
            for column in columns
        ]


def template_class_name(
    template: str, subject: Subject, config: Config, avoid: AbstractSet[str]
) -> str:
    """A class name from `class_name_templates`: `{singular}` is the table's name with
    its last word singular (`Project`), `{name}` all of it (`Projects`), `{schema}` the
    schema's prefix (empty in public)."""
    from codemod.naming import class_name_from_template

    prefix = prefixed_name(subject, config).removesuffix(subject.name).rstrip("_")
    return class_name_from_template(template, subject.name, prefix, avoid)


ROW = RowKind("row", "Row", has_table=lambda t: True, has_column=lambda c: True)
INSERT = RowKind(
    "insert",
    "Insert",
    has_table=lambda t: t.insertable,
    has_column=_writable,
    required=lambda c: not (c.nullable or c.default is not None or c.identity is not None),
)
UPDATE = RowKind(
    "update",
    "Update",
    has_table=lambda t: t.updatable,
    has_column=_writable,
    required=lambda c: False,
)
