"""Pairing database objects with local classes: by name first, then by content."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from codemod.config import Config
from codemod.kinds.kind import Kind, Subject, local_content
from codemod.local_model import LocalClass, LocalSchema, Pragmas
from codemod.naming import toml_key
from codemod.plan.changes import ClearFlag, StaleChange
from codemod.plan.names import Ref, config_key

S = TypeVar("S", bound=StaleChange)


def pair_classes(
    kinds: Sequence[Kind],
    subjects: Mapping[Kind, Sequence[Subject]],
    names: Mapping[Ref, str],
    local: LocalSchema,
    config: Config,
) -> tuple[dict[Ref, LocalClass], list[str]]:
    """Return {(kind, key): class} and notes on what was paired by content.

    A class is the object's whose expected class name it carries, of whatever kind.
    Objects and classes left over are paired, kind by kind, when exactly one object
    and exactly one class of the kind's files share their content (the same values or
    the same fields), so a hand-written `RequirementPriority` for the enum
    `req_priority` is found and reported.
    """
    candidates = {
        kind: sorted(
            (c for c in local.classes if _shape(c) == kind.shape and c.path in kind.files(config)),
            key=lambda c: (c.path, c.start),
        )
        for kind in kinds
    }
    by_name: dict[tuple[str, str], LocalClass] = {}  # (shape, name) -> first such class
    for kind in kinds:
        for cls in candidates[kind]:
            by_name.setdefault((kind.shape, cls.name), cls)
    matched: dict[Ref, LocalClass] = {}
    for kind in kinds:
        for subject in subjects[kind]:
            found = by_name.get((kind.shape, names[subject.ref]))
            if found is not None:
                matched[subject.ref] = found
    used = {id(c) for c in matched.values()}
    notes: list[str] = []
    for kind in kinds:
        spare_subjects = [s for s in subjects[kind] if s.ref not in matched]
        spare_classes = [c for c in candidates[kind] if id(c) not in used]
        # Signatures computed once and counted: pairing is linear, not quadratic, in
        # the number of objects left over.
        signatures = {s.ref: kind.content(s) for s in spare_subjects}
        objects_per_signature = Counter(signatures.values())
        classes_per_signature: dict[Hashable, list[LocalClass]] = defaultdict(list)
        for cls in spare_classes:
            classes_per_signature[local_content(cls)].append(cls)
        for subject in spare_subjects:
            signature = signatures[subject.ref]
            same_classes = classes_per_signature.get(signature, [])
            if objects_per_signature[signature] == 1 and len(same_classes) == 1:
                cls = same_classes[0]
                if id(cls) in used:
                    continue
                matched[subject.ref] = cls
                used.add(id(cls))
                notes.append(
                    f"{cls.path}: {cls.name} matched to {subject.key} by its content (the "
                    f"name {names[subject.ref]} was expected); set class_names."
                    f'{toml_key(config_key(subject.ref))} = "{cls.name}" to make this '
                    "explicit."
                )
    return matched, notes


def find_class(
    kind: Kind,
    subject: Subject,
    local: LocalSchema,
    config: Config,
    content: frozenset[str] | None = None,
) -> LocalClass | None:
    """The class of one object, found as `pair_classes` finds it: by its class name (the
    user's or the kind's), else, when its `content` is known, by the one class of the
    kind's files that declares exactly that (the linter's lookup, for one object)."""
    from codemod.naming import IMPORTED_NAMES
    from codemod.typemap import override_imports

    avoid = IMPORTED_NAMES | override_imports(config.type_map).keys()
    name = config.class_names.get(config_key(subject.ref)) or kind.default_name(
        subject, config, avoid
    )
    classes = [c for c in local.classes if _shape(c) == kind.shape and c.path in kind.files(config)]
    found = next((c for c in classes if c.name == name), None)
    if found is not None or not content:
        return found
    same = [c for c in classes if local_content(c) == content]
    return same[0] if len(same) == 1 else None


def _shape(cls: LocalClass) -> str:
    return "enum" if cls.is_enum else "typeddict"


T = TypeVar("T")


def preceding(items: Sequence[T], index: int, present: Callable[[T], bool]) -> T | None:
    """The nearest item before `index` for which `present` holds."""
    for position in range(index - 1, -1, -1):
        if present(items[position]):
            return items[position]
    return None


def cleared_flags(cls: LocalClass, in_database: Callable[[str], bool]) -> list[ClearFlag]:
    """A matched class's own flag, and the flags of its members (by value) or fields (by
    key) that the database has again: a flag must not say something false. A line that
    also holds a stale entry (`{"id": int, "gone": int}` on one line) keeps its flag."""
    entries = [(m.name, m.value, m.line, m.pragmas) for m in cls.members]
    entries += [(f.key, f.key, f.line, f.pragmas) for f in cls.fields]
    stale_lines = {line for _, identity, line, _ in entries if not in_database(identity)}
    found = []
    if cls.pragmas.flag is not None and cls.start not in stale_lines:
        found.append(ClearFlag(path=cls.path, class_name=cls.name, line=cls.start, name=""))
    found += [
        ClearFlag(path=cls.path, class_name=cls.name, line=line, name=name)
        for name, identity, line, pragmas in entries
        if pragmas.flag is not None and in_database(identity) and line not in stale_lines
    ]
    return found


def stale_unless_kept(change: S, pragmas: Pragmas, notes: list[str]) -> list[S]:
    """Something the database no longer has: a change to flag (or prune), or, on a line
    a person marked `# schemasync: keep`, only a note."""
    if pragmas.keep:
        notes.append(f"{change.path}:{change.line}: {change.describe()} (kept)")
        return []
    return [replace(change, already_flagged=pragmas.flag is not None)]
