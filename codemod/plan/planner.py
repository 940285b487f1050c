"""(Schema, LocalSchema, Config) -> Plan. Pure: no I/O, deterministic order.

For every kind of object (`codemod.kinds`): the class names are resolved for all kinds
at once, classes are paired with objects by those names (then, for what is left, by
content when that is unambiguous), and each kind compares its objects with their
classes. Everything else is set algebra over those pairs, as Alembic's comparators do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from codemod.config import UNDECLARED, Config, TargetPython
from codemod.kinds import Comparison, Context, Kind, Subject, enabled_kinds
from codemod.local_model import LocalClass, LocalSchema
from codemod.model import Schema
from codemod.plan.changes import Change, ChangeDetails
from codemod.plan.inherited import settle_inherited
from codemod.plan.matching import pair_classes, preceding, stale_unless_kept
from codemod.plan.names import Ref, resolve_names
from codemod.plan.result import Plan

EMPTY = LocalSchema()
Location = tuple[str, str]  # (path, class name) of an object's class


@dataclass(frozen=True)
class Scope:
    """A plan of some objects only (the proportional path, codemod.objects): `refs` are
    compared or added; every other object's class is known to be in sync, at the place
    `classes` gives, and `local` holds only the classes of `refs`."""

    refs: frozenset[Ref]
    classes: Mapping[Ref, Location]


def plan(
    schema: Schema,
    local: LocalSchema,
    config: Config,
    *,
    recorded_hash: str | None = None,
    target: TargetPython = UNDECLARED,
    kinds: Sequence[Kind] | None = None,
    scope: Scope | None = None,
) -> Plan:
    """Compare the database with the package. `recorded_hash` is DB_HASH from the
    version module: when only it differs, the change is in what the package does not
    mirror (constraints, defaults, comments). `kinds` replaces the registry (tests);
    `scope` limits the comparison to some objects."""
    from codemod.plan.fields import FieldMaker

    active = enabled_kinds(config, kinds)
    subjects = {kind: kind.subjects(schema, config) for kind in active}
    compared = subjects
    if scope is not None:
        compared = {k: [s for s in items if s.ref in scope.refs] for k, items in subjects.items()}
    names = resolve_names(subjects, config, local)
    matched, notes = pair_classes(active, compared, names, local, config)
    written = {ref: matched[ref].name if ref in matched else name for ref, name in names.items()}
    fields = FieldMaker(
        config,
        enum_classes=_of_kind(written, "enum"),
        composite_classes=_of_kind(written, "composite"),
        enum_values={e.key: e.values for e in schema.enums},
        read_only_module=target.read_only_module,
    )
    context = Context(schema, config, target, written, fields, matched)
    known = scope.classes if scope is not None else {}
    anchors = _Anchors(active, subjects, context, known)
    result = Comparison(notes=tuple(notes))
    for kind in active:
        for subject in compared[kind]:
            cls = matched.get(subject.ref)
            if cls is not None:
                result += kind.compare(subject, cls, context)
            else:
                result += kind.add(subject, context, anchors.after(subject.ref))
    result += _stale_classes(active, local, matched, config)
    changes = settle_inherited(result.changes, matched.values())
    if not changes and recorded_hash is not None and recorded_hash != schema.sha256:
        changes.append(
            ChangeDetails(
                path=config.version_file,
                class_name="",
                old_hash=recorded_hash,
                new_hash=schema.sha256,
            )
        )
    return Plan(
        changes=tuple(changes),
        # Rows sharing a base may say the same thing about it once each.
        notes=tuple(dict.fromkeys((*result.notes, *_read_only_note(changes, target)))),
        db_hash=schema.sha256,
        counts=(len(schema.tables), len(schema.enums), schema.column_count),
        severities=dict(config.severity),
        locations={
            **known,
            **{s.ref: (anchors.files[s.ref], written[s.ref]) for k in active for s in compared[k]},
        },
    )


@dataclass(frozen=True)
class Names:
    """The class name of every object, by kind: enums, tables (their rows), and all
    of them by (kind, key)."""

    all: Mapping[Ref, str]

    @property
    def enums(self) -> dict[str, str]:
        return _of_kind(self.all, "enum")

    @property
    def tables(self) -> dict[str, str]:
        return _of_kind(self.all, "row")


def assign_class_names(schema: Schema, config: Config, local: LocalSchema = EMPTY) -> Names:
    """The class name of every object of every enabled kind (NamingConflictError when
    two would share one)."""
    active = enabled_kinds(config)
    return Names(resolve_names({k: k.subjects(schema, config) for k in active}, config, local))


def _of_kind(names: Mapping[Ref, str], kind: str) -> dict[str, str]:
    return {key: name for (k, key), name in names.items() if k == kind}


class _Anchors:
    """Where new classes go: after the class of the nearest object before them whose
    class is (or will be) in the same file. Objects are ordered as their classes go
    into files: by key, and for one key in registry order (a table's row, then its
    insert row, then its update row)."""

    def __init__(
        self,
        active: Sequence[Kind],
        subjects: Mapping[Kind, Sequence[Subject]],
        context: Context,
        known: Mapping[Ref, Location],
    ) -> None:
        index = {kind.name: i for i, kind in enumerate(active)}
        items = sorted(
            ((s.ref, kind, s) for kind in active for s in subjects[kind]),
            key=lambda item: (item[0][1], index[item[0][0]]),
        )
        self.refs = [ref for ref, _, _ in items]
        self.position = {ref: i for i, ref in enumerate(self.refs)}
        self.files = {
            ref: context.matched[ref].path
            if ref in context.matched
            else known[ref][0]
            if ref in known
            else kind.target_file(subject, context.config)
            for ref, kind, subject in items
        }
        self.names = context.names

    def after(self, ref: Ref) -> str | None:
        path = self.files[ref]
        found = preceding(self.refs, self.position[ref], lambda r: self.files[r] == path)
        return None if found is None else self.names[found]


def _stale_classes(
    active: Sequence[Kind],
    local: LocalSchema,
    matched: Mapping[Ref, LocalClass],
    config: Config,
) -> Comparison:
    """Classes of the kinds' files that mirror no object: each reported by the first
    kind that writes its file. A base other rows derive from (a mixin) mirrors no
    object of its own."""
    paired = {id(c) for c in matched.values()}
    notes: list[str] = []
    changes: list[Change] = []
    for cls in sorted(local.classes, key=lambda c: (c.path, c.start)):
        if id(cls) in paired or cls.is_base:
            continue
        shape = "enum" if cls.is_enum else "typeddict"
        # The last kind that writes the file: a row kind where a file holds rows.
        owner = next(
            (k for k in reversed(active) if k.shape == shape and cls.path in k.files(config)),
            None,
        )
        if owner is not None:
            stale = owner.removed(path=cls.path, class_name=cls.name, line=cls.start)
            changes.extend(stale_unless_kept(stale, cls.pragmas, notes))
    return Comparison(tuple(changes), tuple(notes))


def _read_only_note(changes: Sequence[Change], target: TargetPython) -> list[str]:
    writes_read_only = any(("typing_extensions", "ReadOnly") in c.imports for c in changes)
    if not (writes_read_only and target.read_only_missing):
        return []
    return [
        (
            "view rows are annotated ReadOnly[...] from typing_extensions, which Python "
            "before 3.13 lacks and this project does not declare: add typing-extensions>=4.9 "
            'to [project] dependencies, or require Python 3.13 (requires-python = ">=3.13"), '
            "where typing has ReadOnly"
        )
    ]
