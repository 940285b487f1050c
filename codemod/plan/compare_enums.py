"""Enums: classes to add, values to add, and what the database no longer has."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from codemod.config import Config
from codemod.local_model import LocalClass, LocalSchema
from codemod.model import EnumType, Schema
from codemod.naming import enum_member_names
from codemod.plan.changes import AddEnum, AddEnumValue, Change, RemoveEnum, RemoveEnumValue
from codemod.plan.matching import cleared_flags, match_classes, preceding, stale_unless_kept


def compare_enums(
    schema: Schema, local: LocalSchema, config: Config, class_names: Mapping[str, str]
) -> tuple[list[Change], list[str], dict[str, str]]:
    """Changes and notes for enums, and the class each enum is written as."""
    # In file and line order, whatever order the files were read in.
    local_enums = sorted(local.enums, key=lambda c: (c.path, c.start))
    matched, notes = match_classes(
        schema.enums,
        lambda e: e.key,
        class_names,
        local_enums,
        lambda e: frozenset(e.values),
        lambda c: frozenset(m.value for m in c.members),
    )
    changes: list[Change] = []
    keys = [e.key for e in schema.enums]
    for index, enum in enumerate(schema.enums):
        cls = matched.get(enum.key)
        if cls is None:
            # After the class of the enum before it, if that class is (or will be) in this file.
            anchor = preceding(
                keys, index, lambda k: k not in matched or matched[k].path == config.enums_file
            )
            after = None if anchor is None else _written_name(anchor, matched, class_names)
            changes.append(_add_enum(enum, class_names[enum.key], config, after))
        else:
            changes.extend(_compare_values(enum, cls, config, notes))
    matched_names = {c.name for c in matched.values()}
    for cls in local_enums:
        if cls.name in matched_names or cls.path != config.enums_file:
            continue
        stale = RemoveEnum(path=cls.path, class_name=cls.name, line=cls.start)
        changes.extend(stale_unless_kept(stale, cls.pragmas, notes))
    return changes, notes, {k: _written_name(k, matched, class_names) for k in class_names}


def _written_name(key: str, matched: Mapping[str, LocalClass], names: Mapping[str, str]) -> str:
    return matched[key].name if key in matched else names[key]


def _member_names(
    values: Sequence[str], overrides: Mapping[str, str], taken: Sequence[str] = ()
) -> dict[str, str]:
    """Names for new members: the user's (`member_names`) unless another member already
    has it, and generated ones that take no name already used or chosen."""
    chosen = {v: overrides[v] for v in values if v in overrides and overrides[v] not in taken}
    rest = [v for v in values if v not in chosen]
    return {**enum_member_names(rest, taken=[*taken, *chosen.values()]), **chosen}


def _add_enum(enum: EnumType, class_name: str, config: Config, after: str | None) -> AddEnum:
    names = _member_names(enum.values, config.member_names.get(enum.key, {}))
    return AddEnum(
        path=config.enums_file,
        class_name=class_name,
        enum=enum,
        members=tuple((names[v], v) for v in enum.values),
        after=after,
    )


def _compare_values(
    enum: EnumType, cls: LocalClass, config: Config, notes: list[str]
) -> list[Change]:
    changes: list[Change] = []
    present = {m.value: m for m in cls.members}
    overrides = config.member_names.get(enum.key, {})
    new_values = [v for v in enum.values if v not in present]
    taken = [m.name for m in cls.members]
    names = _member_names(new_values, overrides, taken)
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
    return changes
