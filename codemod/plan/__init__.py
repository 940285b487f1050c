"""(Schema, LocalSchema, Config) -> Plan. Pure: no I/O, deterministic order.

Classes are matched to database objects by the class names the objects produce (or the
user's override), then, for what is left, by content when that is unambiguous.
Everything else is set algebra over those matches, as Alembic's comparators do.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from codemod.config import UNDECLARED, Config, TargetPython
from codemod.errors import NamingConflictError
from codemod.local_model import LocalClass, LocalSchema
from codemod.model import Schema
from codemod.naming import IMPORTED_NAMES, enum_class_name, table_class_name, toml_key
from codemod.plan.changes import Change, ChangeDetails, Plan
from codemod.plan.compare_enums import compare_enums
from codemod.plan.compare_tables import compare_tables
from codemod.typemap import override_imports

EMPTY = LocalSchema()


@dataclass(frozen=True)
class Names:
    """Class name of every database object, and the object of every class name."""

    enums: dict[str, str]  # enum key -> class name
    tables: dict[str, str]  # table key -> class name


def assign_class_names(schema: Schema, config: Config, local: LocalSchema = EMPTY) -> Names:
    """Class names for every enum and table; two objects with one name are an error.

    Generated names never hide a name the modules import (`Enum`, `Optional`, the
    names `type_map` brings in). Names are compared as Python reads identifiers (NFKC).
    """
    avoid = IMPORTED_NAMES | override_imports(config.type_map).keys()
    wanted = [
        (e.key, "enum", config.class_names.get(e.key) or enum_class_name(e.name, avoid))
        for e in schema.enums
    ] + [
        (
            t.key,
            "view" if t.is_view else "table",
            config.class_names.get(t.key) or table_class_name(t.name, avoid=avoid),
        )
        for t in schema.tables
    ]
    owners: dict[str, tuple[str, str]] = {}
    for key, what, name in wanted:
        normalized = unicodedata.normalize("NFKC", name)
        if normalized in owners:
            raise NamingConflictError(
                _conflict_advice(owners[normalized], (key, what), name, schema, local, wanted)
            )
        owners[normalized] = (key, what)
    return Names(
        {key: name for key, what, name in wanted if what == "enum"},
        {key: name for key, what, name in wanted if what != "enum"},
    )


def _conflict_advice(
    first: tuple[str, str],
    second: tuple[str, str],
    name: str,
    schema: Schema,
    local: LocalSchema,
    wanted: Sequence[tuple[str, str, str]],
) -> str:
    """Which of the two to rename, and to what, so that following the advice works on
    an existing package: the one the package's class `name` does not mirror (by content),
    renamed to a name nothing else has."""
    existing = next((c for c in local.classes if c.name == name), None)
    keep, rename = first, second
    if existing is not None and _likeness(existing, second, schema) > _likeness(
        existing, first, schema
    ):
        keep, rename = second, first
    taken = {n for _, _, n in wanted} | {c.name for c in local.classes}
    suggestion = next(f"{name}{n}" for n in itertools.count(2) if f"{name}{n}" not in taken)
    give = f"{existing.path} has {name} for {keep[1]} {keep[0]}; give" if existing else "Give"
    return (
        f"{first[1]} {first[0]} and {second[1]} {second[0]} would both become class "
        f"{name}. {give} {rename[1]} {rename[0]} another name in "
        f"[tool.schemasync.class_names], for example {toml_key(rename[0])} = "
        f'"{suggestion}".'
    )


def _likeness(cls: LocalClass, owner: tuple[str, str], schema: Schema) -> int:
    """How much of a database object the class already declares (members or fields)."""
    key, what = owner
    if what == "enum":
        found = schema.enum(key)
        return len({m.value for m in cls.members} & set(found.values)) if found else 0
    table = next((t for t in schema.tables if t.key == key), None)
    if table is None or cls.is_enum:
        return 0
    return len({f.key for f in cls.fields} & {c.name for c in table.columns})


def plan(
    schema: Schema,
    local: LocalSchema,
    config: Config,
    *,
    recorded_hash: str | None = None,
    target: TargetPython = UNDECLARED,
) -> Plan:
    """Compare the database with the package. `recorded_hash` is DB_HASH from the
    version module: when only it differs, the change is in what the package does not
    mirror (constraints, defaults, comments)."""
    ordered = Schema(
        enums=tuple(sorted(schema.enums, key=lambda e: e.key)),
        tables=tuple(sorted(schema.tables, key=lambda t: t.key)),
    )
    names = assign_class_names(ordered, config, local)
    enum_changes, enum_notes, enum_classes = compare_enums(ordered, local, config, names.enums)
    table_changes, table_notes = compare_tables(
        ordered, local, config, names.tables, enum_classes, target
    )
    changes: list[Change] = [*enum_changes, *table_changes]
    db_hash = schema.sha256
    if not changes and recorded_hash is not None and recorded_hash != db_hash:
        changes.append(
            ChangeDetails(
                path=config.version_file, class_name="", old_hash=recorded_hash, new_hash=db_hash
            )
        )
    return Plan(
        changes=tuple(changes),
        notes=(*enum_notes, *table_notes),
        db_hash=db_hash,
        counts=(len(schema.tables), len(schema.enums), schema.column_count),
        severities=dict(config.severity),
    )
