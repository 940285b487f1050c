"""Class names, resolved once for every kind before anything is compared.

An object's class name is the user's (`class_names`, keyed `projects`, `billing.invoices`
or, for insert and update rows, `projects/insert`) or its kind's default. Generated names
never hide a name the modules import. Two objects with one name are an error, and every
clash of the schema is reported at once, each with advice that works when followed on
an existing package.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Mapping, Sequence

from codemod.config import Config
from codemod.errors import NamingConflictError
from codemod.kinds.kind import Kind, Subject
from codemod.local_model import LocalClass, LocalSchema
from codemod.naming import IMPORTED_NAMES, toml_key
from codemod.typemap import override_imports

Ref = tuple[str, str]  # (kind, key)


def config_key(ref: Ref) -> str:
    """The `class_names` key of an object: its key, with `/insert` or `/update` for the
    rows that are not its plain row."""
    kind, key = ref
    return key if kind in ("row", "enum", "composite") else f"{key}/{kind}"


def resolve_names(
    subjects: Mapping[Kind, Sequence[Subject]], config: Config, local: LocalSchema
) -> dict[Ref, str]:
    """The class name of every object of every kind; NamingConflictError lists every
    pair of objects that would share one."""
    avoid = IMPORTED_NAMES | override_imports(config.type_map).keys()
    names: dict[Ref, str] = {}
    for kind, items in subjects.items():
        for subject in items:
            given = config.class_names.get(config_key(subject.ref))
            names[subject.ref] = given or kind.default_name(subject, config, avoid)
    owners: dict[str, list[Ref]] = {}
    for ref, name in names.items():
        owners.setdefault(unicodedata.normalize("NFKC", name), []).append(ref)
    clashes = [refs for refs in owners.values() if len(refs) > 1]
    if clashes:
        taken = set(names.values()) | {c.name for c in local.classes}
        advice = [_advice(refs, names[refs[0]], local, subjects, taken) for refs in clashes]
        raise NamingConflictError(" ".join(advice))
    return names


def _advice(
    refs: Sequence[Ref],
    name: str,
    local: LocalSchema,
    subjects: Mapping[Kind, Sequence[Subject]],
    taken: set[str],
) -> str:
    """Which objects to rename, and to what: every one but the object the package's
    class `name` already mirrors (by content), to names nothing else has."""
    by_ref = {s.ref: (kind, s) for kind, items in subjects.items() for s in items}
    existing = next((c for c in local.classes if c.name == name), None)
    # On a tie, public's object keeps the name: the one a class was most likely
    # written for, and the one whose name has no prefix to lose.
    keep = max(
        refs,
        key=lambda r: (
            _likeness(existing, *by_ref[r]) if existing is not None else 0,
            by_ref[r][1].schema == "public",
        ),
    )
    renames = []
    for ref in refs:
        if ref == keep:
            continue
        suggestion = next(f"{name}{n}" for n in itertools.count(2) if f"{name}{n}" not in taken)
        taken.add(suggestion)
        renames.append(f'{toml_key(config_key(ref))} = "{suggestion}"')

    def described(ref: Ref) -> str:
        kind, subject = by_ref[ref]
        table = subject.table
        what = {"enum": "enum", "composite": "composite type"}.get(kind.name)
        if what is None:
            what = table.kind.replace("_", " ") if table is not None else "table"
            if kind.name != "row":
                what = f"the {kind.name} row of {what}"
        return f"{what} {subject.key}"

    listed = " and ".join(described(r) for r in refs)
    listed = listed[:1].upper() + listed[1:]
    keeper = (
        f"{existing.path} has {name} for {described(keep)}; give"
        if existing is not None
        else "Give"
    )
    others = ", ".join(described(r) for r in refs if r != keep)
    both = "both" if len(refs) == 2 else "all"
    return (
        f"{listed} would {both} become class {name}. {keeper} {others} another name in "
        f"[tool.schemasync.class_names], for example {', '.join(renames)}."
    )


def _likeness(cls: LocalClass, kind: Kind, subject: Subject) -> int:
    """How much of an object the class already declares (members or fields)."""
    from codemod.kinds.kind import local_content

    if (cls.is_enum) != (kind.shape == "enum"):
        return -1
    return len(local_content(cls) & kind.content(subject))
