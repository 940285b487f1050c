"""Tables and views: classes to add, fields to add or retype, and stale ones."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from codemod.config import UNDECLARED, Config, TargetPython
from codemod.local_model import LocalClass, LocalSchema
from codemod.model import Column, Schema, Table
from codemod.naming import is_field_name
from codemod.plan.changes import (
    AddColumn,
    AddTable,
    Change,
    ChangeNullability,
    FieldSpec,
    Import,
    RemoveColumn,
    RemoveTable,
    RetypeColumn,
)
from codemod.plan.matching import cleared_flags, match_classes, preceding, stale_unless_kept
from codemod.typemap import TypeMapping, canonical_annotation, override_imports

_TYPING_NAMES = frozenset({"Any", "Optional", "Literal", "Union"})


def target_file(table: Table, config: Config) -> str:
    """Junction tables go to relationships.py, views to the views file, the rest to
    entities.py, unless `class_files` says otherwise."""
    if table.key in config.class_files:
        return config.class_files[table.key]
    if table.is_view:
        return config.view_file
    return config.relationships_file if table.is_junction else config.entities_file


def compare_tables(
    schema: Schema,
    local: LocalSchema,
    config: Config,
    class_names: Mapping[str, str],
    enum_classes: Mapping[str, str],
    target: TargetPython = UNDECLARED,
) -> tuple[list[Change], list[str]]:
    table_files = {target_file(t, config) for t in schema.tables} | {
        config.entities_file,
        config.relationships_file,
        config.view_file,
    }
    # In file and line order, whatever order the files were read in.
    candidates = sorted(
        (c for c in local.typeddicts if c.path in table_files), key=lambda c: (c.path, c.start)
    )
    matched, notes = match_classes(
        schema.tables,
        lambda t: t.key,
        class_names,
        candidates,
        lambda t: frozenset(c.name for c in t.columns),
        lambda c: frozenset([*c.inherited, *(f.key for f in c.fields)]),
    )
    fields = _FieldMaker(
        config, enum_classes, {e.key: e.values for e in schema.enums}, target.read_only_module
    )
    changes: list[Change] = []
    keys = [t.key for t in schema.tables]
    tables = {t.key: t for t in schema.tables}

    def file_of(key: str) -> str:
        return matched[key].path if key in matched else target_file(tables[key], config)

    for index, table in enumerate(schema.tables):
        cls = matched.get(table.key)
        specs = [fields.spec(table, c, notes) for c in table.columns]
        if cls is not None:
            changes.extend(_compare_fields(table, cls, specs, notes))
            continue
        path = target_file(table, config)
        anchor = preceding(keys, index, partial(_in_file, file_of, path))
        after = (
            None
            if anchor is None
            else (matched[anchor].name if anchor in matched else class_names[anchor])
        )
        imports = frozenset({("typing", "TypedDict")}).union(*(s.imports for s in specs))
        changes.append(
            AddTable(
                path=path,
                class_name=class_names[table.key],
                table=table,
                fields=tuple(specs),
                after=after,
                imports=imports,
            )
        )
    writes_read_only = any(("typing_extensions", "ReadOnly") in _imports_of(c) for c in changes)
    if writes_read_only and target.read_only_missing:
        notes.append(
            "view rows are annotated ReadOnly[...] from typing_extensions, which Python "
            "before 3.13 lacks and this project does not declare: add typing-extensions>=4.9 "
            'to [project] dependencies, or require Python 3.13 (requires-python = ">=3.13"), '
            "where typing has ReadOnly"
        )
    matched_names = {c.name for c in matched.values()}
    for cls in candidates:
        # A base other rows derive from (a mixin) mirrors no table of its own.
        if cls.name in matched_names or cls.is_base:
            continue
        stale = RemoveTable(path=cls.path, class_name=cls.name, line=cls.start)
        changes.extend(stale_unless_kept(stale, cls.pragmas, notes))
    return changes, notes


class _FieldMaker:
    """Column -> FieldSpec, with the imports its annotation needs."""

    def __init__(
        self,
        config: Config,
        enum_classes: Mapping[str, str],
        enum_values: Mapping[str, tuple[str, ...]],
        read_only_module: str,
    ) -> None:
        self.read_only_module = read_only_module
        self.mapping = TypeMapping(config.type_map, config.enum_columns)
        self.enum_classes = enum_classes
        self.enum_values = enum_values
        self.enum_module = config.enums_file
        self.override_modules = override_imports(config.type_map)
        self._import_cache: dict[str, frozenset[Import]] = {}

    def spec(self, table: Table, column: Column, notes: list[str]) -> FieldSpec:
        annotation = self.mapping.annotation(
            column, self.enum_classes, self.enum_values, read_only=table.is_view
        )
        if not annotation.known:
            notes.append(
                f"{table.key}.{column.name}: type {column.type.sql} is not known; "
                "annotated Any (map it with [tool.schemasync.type_map])"
            )
        return FieldSpec(
            column.name, annotation.source, self._imports(annotation.source), column.comment
        )

    def _imports(self, annotation: str) -> frozenset[Import]:
        # A schema has few distinct annotations; parse each once.
        if annotation not in self._import_cache:
            self._import_cache[annotation] = self._find_imports(annotation)
        return self._import_cache[annotation]

    def _find_imports(self, annotation: str) -> frozenset[Import]:
        found: set[Import] = set()
        enum_names = set(self.enum_classes.values())
        for name in _names_in(annotation):
            if name in _TYPING_NAMES:
                found.add(("typing", name))
            elif name == "ReadOnly":
                found.add((self.read_only_module, "ReadOnly"))
            elif name in self.override_modules:
                found.add((self.override_modules[name], name))
            elif name in enum_names:
                found.add((self.enum_module, name))  # made relative by the transformer
        return frozenset(found)


def _imports_of(change: Change) -> frozenset[Import]:
    if isinstance(change, AddTable):
        return change.imports
    if isinstance(change, AddColumn):
        return change.field.imports
    return change.new.imports if isinstance(change, RetypeColumn) else frozenset()


def _names_in(annotation: str) -> list[str]:
    import ast

    return [n.id for n in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(n, ast.Name)]


def _compare_fields(
    table: Table, cls: LocalClass, specs: list[FieldSpec], notes: list[str]
) -> list[Change]:
    changes: list[Change] = []
    present = {f.key: f for f in cls.fields}
    added: set[str] = set()
    column_names = [c.name for c in table.columns]
    changes.extend(cleared_flags(cls, set(column_names).__contains__))
    for index, (column, spec) in enumerate(zip(table.columns, specs, strict=True)):
        if column.name in cls.inherited:
            continue
        local_field = present.get(column.name)
        if local_field is None:
            # After the column before it, whether that one is in the class or new too.
            after = preceding(column_names, index, lambda k: k in present or k in added)
            added.add(column.name)
            if not cls.functional and not is_field_name(column.name):
                notes.append(
                    f"{cls.path}:{cls.start}: column {column.name!r} of {table.key} cannot be "
                    f"a class attribute; {cls.name} is rewritten in the functional form, "
                    f'{cls.name} = TypedDict("{cls.name}", {{...}}), to hold it'
                )
            changes.append(
                AddColumn(
                    path=cls.path,
                    class_name=cls.name,
                    table_key=table.key,
                    column=column,
                    field=spec,
                    after=after,
                )
            )
            continue
        old = _canonical_or_raw(local_field.annotation)
        new = canonical_annotation(spec.annotation)
        if old == new:
            continue
        where = f"{cls.path}:{local_field.line}"
        if local_field.pragmas.keep:
            notes.append(
                f"{where}: {cls.name}.{column.name} is {local_field.annotation}, the "
                f"database says {spec.annotation} (kept)"
            )
            continue
        kind = ChangeNullability if _strip_optional(old) == _strip_optional(new) else RetypeColumn
        changes.append(
            kind(
                path=cls.path,
                class_name=cls.name,
                line=local_field.line,
                key=column.name,
                old=local_field.annotation,
                new=spec,
                sql_type=column.type.sql,
                became_nullable=column.nullable,
            )
        )
    for local_field in cls.fields:
        if local_field.key not in column_names:
            stale = RemoveColumn(
                path=cls.path, class_name=cls.name, line=local_field.line, key=local_field.key
            )
            changes.extend(stale_unless_kept(stale, local_field.pragmas, notes))
    return changes


def _in_file(file_of: Callable[[str], str], path: str, key: str) -> bool:
    return file_of(key) == path


def _canonical_or_raw(annotation: str) -> str:
    try:
        return canonical_annotation(annotation)
    except SyntaxError:
        return annotation


def _strip_optional(canonical: str) -> str:
    return canonical[len("Optional[") : -1] if canonical.startswith("Optional[") else canonical
