"""Enums: one `Enum` class per enum type, in enums.py; a member per value, in order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from codemod.config import Config
from codemod.kinds.kind import Comparison, Context, Shape, Subject, prefixed_name
from codemod.local_model import LocalClass
from codemod.model import Schema
from codemod.naming import enum_class_name, enum_member_names
from codemod.plan.changes import (
    AddEnum,
    AddEnumValue,
    Change,
    RemoveEnum,
    RemoveEnumValue,
    StaleChange,
)
from codemod.plan.matching import cleared_flags, preceding, stale_unless_kept


@dataclass(frozen=True)
class EnumKind:
    name: str = "enum"
    shape: Shape = "enum"
    removed: type[StaleChange] = RemoveEnum

    def subjects(self, schema: Schema, config: Config) -> Sequence[Subject]:
        return [
            Subject(self.name, e.key, e.name, e.schema, enum=e)
            for e in sorted(schema.enums, key=lambda e: e.key)
        ]

    def default_name(self, subject: Subject, config: Config, avoid: AbstractSet[str]) -> str:
        return enum_class_name(prefixed_name(subject, config), avoid)

    def target_file(self, subject: Subject, config: Config) -> str:
        return config.enums_file

    def files(self, config: Config) -> frozenset[str]:
        return frozenset({config.enums_file})

    def content(self, subject: Subject) -> frozenset[str]:
        assert subject.enum is not None
        return frozenset(subject.enum.values)

    def compare(self, subject: Subject, cls: LocalClass, context: Context) -> Comparison:
        assert subject.enum is not None
        enum = subject.enum
        notes: list[str] = []
        changes: list[Change] = []
        present = {m.value: m for m in cls.members}
        overrides = context.config.member_names.get(enum.key, {})
        new_values = [v for v in enum.values if v not in present]
        taken = [m.name for m in cls.members]
        names = member_names(new_values, overrides, taken)
        notes.extend(
            f"{cls.path}: member_names gives {enum.key} value {v!r} the name {overrides[v]}, "
            f"which {cls.name} already uses; it is written as {names[v]}"
            for v in new_values
            if v in overrides and names[v] != overrides[v]
        )
        values = list(enum.values)
        changes.extend(cleared_flags(cls, values.__contains__))
        for index, value in enumerate(values):
            if value in present:
                continue
            anchor = preceding(values, index, lambda v: v in present or v in new_values)
            after = (
                None
                if anchor is None
                else (present[anchor].name if anchor in present else names[anchor])
            )
            changes.append(
                AddEnumValue(
                    path=cls.path,
                    class_name=cls.name,
                    value=value,
                    member_name=names[value],
                    after=after,
                )
            )
        for member in cls.members:
            if member.value not in enum.values:
                stale = RemoveEnumValue(
                    path=cls.path,
                    class_name=cls.name,
                    line=member.line,
                    member_name=member.name,
                    value=member.value,
                )
                changes.extend(stale_unless_kept(stale, member.pragmas, notes))
        return Comparison(tuple(changes), tuple(notes))

    def add(self, subject: Subject, context: Context, after: str | None) -> Comparison:
        assert subject.enum is not None
        enum = subject.enum
        names = member_names(enum.values, context.config.member_names.get(enum.key, {}))
        change = AddEnum(
            path=context.config.enums_file,
            class_name=context.names[subject.ref],
            enum=enum,
            members=tuple((names[v], v) for v in enum.values),
            after=after,
        )
        return Comparison((change,))


def member_names(
    values: Sequence[str], overrides: Mapping[str, str], taken: Sequence[str] = ()
) -> dict[str, str]:
    """Names for new members: the user's (`member_names`) unless another member already
    has it, and generated ones that take no name already used or chosen."""
    chosen = {v: overrides[v] for v in values if v in overrides and overrides[v] not in taken}
    rest = [v for v in values if v not in chosen]
    return {**enum_member_names(rest, taken=[*taken, *chosen.values()]), **chosen}


ENUM = EnumKind()
