"""Composite types (`create type postal_address as (street text, ...)`): a TypedDict
each, named like enums (`PostalAddress`), in their own module; columns of the type,
and arrays of it, are annotated with the class."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from codemod.config import Config
from codemod.kinds.kind import Comparison, Context, Shape, Subject, prefixed_name
from codemod.local_model import LocalClass
from codemod.model import Schema
from codemod.naming import enum_class_name, is_field_name
from codemod.plan.changes import AddComposite, RemoveComposite, StaleChange
from codemod.plan.fields import compare_fields


@dataclass(frozen=True)
class CompositeKind:
    name: str = "composite"
    shape: Shape = "typeddict"
    removed: type[StaleChange] = RemoveComposite

    def subjects(self, schema: Schema, config: Config) -> Sequence[Subject]:
        return [
            Subject(self.name, t.key, t.name, t.schema, table=t)
            for t in sorted(schema.tables, key=lambda t: t.key)
            if t.kind == "composite"
        ]

    def default_name(self, subject: Subject, config: Config, avoid: AbstractSet[str]) -> str:
        return enum_class_name(prefixed_name(subject, config), avoid)

    def target_file(self, subject: Subject, config: Config) -> str:
        return config.class_files.get(subject.key, config.types_file)

    def files(self, config: Config) -> frozenset[str]:
        return frozenset({config.types_file, *config.class_files.values()})

    def content(self, subject: Subject) -> frozenset[str]:
        assert subject.table is not None
        return frozenset(c.name for c in subject.table.columns)

    def compare(self, subject: Subject, cls: LocalClass, context: Context) -> Comparison:
        assert subject.table is not None
        notes: list[str] = []
        columns = subject.table.columns
        specs = [context.fields.spec(subject.table, c, notes) for c in columns]
        changes = compare_fields(
            subject.key, cls, columns, specs, notes, docs=context.config.column_comments
        )
        return Comparison(tuple(changes), tuple(notes))

    def add(self, subject: Subject, context: Context, after: str | None) -> Comparison:
        assert subject.table is not None
        notes: list[str] = []
        specs = [context.fields.spec(subject.table, c, notes) for c in subject.table.columns]
        change = AddComposite(
            path=self.target_file(subject, context.config),
            class_name=context.names[subject.ref],
            table=subject.table,
            fields=tuple(specs),
            after=after,
            needs=frozenset({("typing", "TypedDict")}).union(*(s.imports for s in specs)),
            row_kind=self.name,
            functional=not all(is_field_name(s.key) for s in specs),
        )
        return Comparison((change,), tuple(notes))


COMPOSITE = CompositeKind()
