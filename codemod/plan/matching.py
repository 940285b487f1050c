"""Pairing database objects with local classes: by name first, then by content."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from codemod.local_model import LocalClass, Pragmas
from codemod.naming import toml_key
from codemod.plan.changes import ClearFlag, StaleChange

T = TypeVar("T")
S = TypeVar("S", bound=StaleChange)


def match_classes(
    objects: Sequence[T],
    key: Callable[[T], str],
    expected_names: Mapping[str, str],
    candidates: Sequence[LocalClass],
    content: Callable[[T], Hashable],
    local_content: Callable[[LocalClass], Hashable],
) -> tuple[dict[str, LocalClass], list[str]]:
    """Return {object key: class} and notes on what was matched by content.

    A class matches the object whose expected class name it carries. Objects and
    classes left over are paired when exactly one object and exactly one class share
    their content (the same values or the same fields), so a hand-written
    `RequirementPriority` for the enum `req_priority` is found and reported.
    """
    by_name: dict[str, LocalClass] = {}
    for cls in candidates:
        by_name.setdefault(cls.name, cls)
    matched: dict[str, LocalClass] = {}
    for obj in objects:
        found = by_name.get(expected_names[key(obj)])
        if found is not None:
            matched[key(obj)] = found
    used = {c.name for c in matched.values()}
    spare_objects = [o for o in objects if key(o) not in matched]
    spare_classes = [c for c in by_name.values() if c.name not in used]
    # Signatures computed once and counted: pairing is linear, not quadratic, in the
    # number of objects left over.
    signatures = {key(o): content(o) for o in spare_objects}
    objects_per_signature = Counter(signatures.values())
    classes_per_signature: dict[Hashable, list[LocalClass]] = defaultdict(list)
    for cls in spare_classes:
        classes_per_signature[local_content(cls)].append(cls)
    notes: list[str] = []
    for obj in spare_objects:
        signature = signatures[key(obj)]
        same_classes = classes_per_signature.get(signature, [])
        if objects_per_signature[signature] == 1 and len(same_classes) == 1:
            cls = same_classes[0]
            matched[key(obj)] = cls
            notes.append(
                f"{cls.path}: {cls.name} matched to {key(obj)} by its content (the name "
                f"{expected_names[key(obj)]} was expected); set class_names."
                f'{toml_key(key(obj))} = "{cls.name}" to make this explicit.'
            )
    return matched, notes


def preceding(items: Sequence[str], index: int, present: Callable[[str], bool]) -> str | None:
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
