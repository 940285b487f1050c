"""TypedDict fields: columns as fields (with the imports their annotations need), and
how a class's fields compare with the columns it mirrors."""

from __future__ import annotations

import ast
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from codemod.config import Config
from codemod.local_model import LocalClass, LocalField
from codemod.model import Column, Table
from codemod.naming import is_field_name
from codemod.plan.changes import (
    AddColumn,
    Change,
    ChangeFieldDoc,
    ChangeNullability,
    ChangeRequiredness,
    ConvertToFunctional,
    FieldSpec,
    Import,
    RemoveColumn,
    RetypeColumn,
)
from codemod.plan.matching import cleared_flags, preceding, stale_unless_kept
from codemod.trailing_comments import doc_text
from codemod.typemap import TypeMapping, canonical_annotation, override_imports

_TYPING_NAMES = frozenset({"Any", "Optional", "Literal", "Union", "NotRequired"})


class FieldMaker:
    """Column -> FieldSpec, with the imports its annotation needs. Its caches are the
    only state: a schema has few distinct annotations, each is parsed once."""

    def __init__(
        self,
        config: Config,
        enum_classes: Mapping[str, str],
        composite_classes: Mapping[str, str],
        enum_values: Mapping[str, tuple[str, ...]],
        read_only_module: str,
    ) -> None:
        self.read_only_module = read_only_module
        self.column_comments = config.column_comments
        self.mapping = TypeMapping(config.type_map, config.enum_columns)
        self.enum_classes = enum_classes
        self.composite_classes = composite_classes
        self.enum_values = enum_values
        #: class name -> the package module that defines it (imported relatively)
        self.local_modules = {
            **dict.fromkeys(composite_classes.values(), config.types_file),
            **dict.fromkeys(enum_classes.values(), config.enums_file),
        }
        self.override_modules = override_imports(config.type_map)
        self._import_cache: dict[str, frozenset[Import]] = {}

    def spec(
        self,
        table: Table,
        column: Column,
        notes: list[str],
        *,
        read_only: bool = False,
        required: bool = True,
    ) -> FieldSpec:
        """The field of `column`; `required=False` wraps it in NotRequired[...]."""
        annotation = self.mapping.annotation(
            column,
            self.enum_classes,
            self.enum_values,
            self.composite_classes,
            read_only=read_only,
        )
        if not annotation.known:
            notes.append(
                f"{table.key}.{column.name}: type {column.type.sql} is not known; "
                "annotated Any (map it with [tool.schemasync.type_map])"
            )
        source = annotation.source if required else f"NotRequired[{annotation.source}]"
        doc = doc_text(column.comment) if self.column_comments else None
        return FieldSpec(column.name, source, self._imports(source), doc, required)

    def _imports(self, annotation: str) -> frozenset[Import]:
        if annotation not in self._import_cache:
            self._import_cache[annotation] = self._find_imports(annotation)
        return self._import_cache[annotation]

    def _find_imports(self, annotation: str) -> frozenset[Import]:
        found: set[Import] = set()
        for name in _names_in(annotation):
            if name in _TYPING_NAMES:
                found.add(("typing", name))
            elif name == "ReadOnly":
                found.add((self.read_only_module, "ReadOnly"))
            elif name in self.override_modules:
                found.add((self.override_modules[name], name))
            elif name in self.local_modules:
                found.add((self.local_modules[name], name))  # made relative on writing
        return frozenset(found)


def _names_in(annotation: str) -> list[str]:
    return [n.id for n in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(n, ast.Name)]


def compare_fields(
    label: str,
    cls: LocalClass,
    columns: Sequence[Column],
    specs: Sequence[FieldSpec],
    notes: list[str],
    *,
    requiredness: bool = False,
    docs: bool = False,
) -> list[Change]:
    """What changes in `cls`, the class of `label` (`projects`), whose fields mirror
    `columns` as `specs` say. With `requiredness`, a field that should be NotRequired
    (or should not) is a change too (insert rows: what a writer must give); with
    `docs`, a `#:` comment that is not the column's comment."""
    changes: list[Change] = []
    present = {f.key: f for f in cls.fields}
    added: set[str] = set()
    column_names = [c.name for c in columns]
    changes.extend(cleared_flags(cls, set(column_names).__contains__))
    converted = False
    inherited = {i.field.key: i for i in cls.inherited}
    for index, (column, spec) in enumerate(zip(columns, specs, strict=True)):
        local_field = present.get(column.name)
        if local_field is None and column.name in inherited:
            # Compared where it is declared; `settle_inherited` decides if the base's
            # other rows agree.
            got = inherited[column.name]
            change = _retype(got.base, got.field, column, spec, notes, requiredness)
            if change is not None:
                changes.append(replace(change, via=(cls.name,)))
            continue
        if local_field is None:
            # After the column before it, whether that one is in the class or new too.
            after = preceding(column_names, index, lambda k: k in present or k in added)
            added.add(column.name)
            if not cls.functional and not is_field_name(column.name) and not cls.convertible:
                notes.append(
                    f"{cls.path}:{cls.start}: column {column.name!r} of {label} cannot be a "
                    f"class attribute, and {cls.name} cannot take the functional form "
                    "(decorators, other bases or methods): add it by hand"
                )
                continue
            if not cls.functional and not is_field_name(column.name) and not converted:
                # `from`, `class`, `__secret`: no class attribute can hold it.
                converted = True
                notes.append(
                    f"{cls.path}:{cls.start}: column {column.name!r} of {label} cannot be "
                    f"a class attribute; {cls.name} is rewritten in the functional form, "
                    f'{cls.name} = TypedDict("{cls.name}", {{...}}), to hold it'
                )
                changes.append(
                    ConvertToFunctional(path=cls.path, class_name=cls.name, line=cls.start)
                )
            changes.append(
                AddColumn(
                    path=cls.path,
                    class_name=cls.name,
                    table_key=label,
                    column=column,
                    field=spec,
                    after=after,
                )
            )
            continue
        change = _retype(cls, local_field, column, spec, notes, requiredness)
        if change is not None:
            changes.append(change)
        if docs and local_field.doc != spec.comment and not local_field.pragmas.keep:
            changes.append(
                ChangeFieldDoc(
                    path=cls.path,
                    class_name=cls.name,
                    line=local_field.line,
                    key=column.name,
                    old=local_field.doc,
                    new=spec.comment,
                )
            )
    owners = [
        *((cls, f, ()) for f in cls.fields),
        *((i.base, i.field, (cls.name,)) for i in cls.inherited),
    ]
    for owner, local_field, via in owners:
        if local_field.key not in column_names:
            stale = RemoveColumn(
                path=owner.path,
                class_name=owner.name,
                line=local_field.line,
                key=local_field.key,
                via=via,
            )
            changes.extend(stale_unless_kept(stale, local_field.pragmas, notes))
    return changes


def _retype(
    cls: LocalClass,
    local_field: LocalField,
    column: Column,
    spec: FieldSpec,
    notes: list[str],
    requiredness: bool,
) -> RetypeColumn | None:
    old = _canonical_or_raw(local_field.annotation)
    new = canonical_annotation(spec.annotation)
    required_now = local_field.required if local_field.required is not None else cls.total
    requirement_changed = requiredness and required_now != spec.required
    if old == new and not requirement_changed:
        return None
    if local_field.pragmas.keep:
        notes.append(
            f"{cls.path}:{local_field.line}: {cls.name}.{column.name} is "
            f"{local_field.annotation}, the database says {spec.annotation} (kept)"
        )
        return None
    kind: type[RetypeColumn] = RetypeColumn
    if old == new:
        kind = ChangeRequiredness
    elif _strip_optional(old) == _strip_optional(new):
        kind = ChangeNullability
    return kind(
        path=cls.path,
        class_name=cls.name,
        line=local_field.line,
        key=column.name,
        old=local_field.annotation,
        new=spec,
        sql_type=column.type.sql,
        became_nullable=column.nullable,
        sets_requiredness=requiredness,
    )


def in_file(file_of: Callable[[str], str], path: str, key: str) -> bool:
    return file_of(key) == path


def _canonical_or_raw(annotation: str) -> str:
    try:
        return canonical_annotation(annotation)
    except SyntaxError:
        return annotation


def _strip_optional(canonical: str) -> str:
    return canonical[len("Optional[") : -1] if canonical.startswith("Optional[") else canonical
