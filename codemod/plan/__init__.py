"""(Schema, LocalSchema, Config) -> Plan. Pure: no I/O, deterministic order.

Classes are matched to database objects by the class names the objects produce (or the
user's override), then, for what is left, by content when that is unambiguous.
Everything else is set algebra over those matches, as Alembic's comparators do.
"""

from __future__ import annotations

from dataclasses import dataclass

from codemod.config import Config
from codemod.errors import NamingConflictError
from codemod.local_model import LocalSchema
from codemod.model import Schema
from codemod.naming import enum_class_name, table_class_name
from codemod.plan.changes import Change, ChangeDetails, Plan
from codemod.plan.compare_enums import compare_enums
from codemod.plan.compare_tables import compare_tables
from codemod.plan.matching import toml_key


@dataclass(frozen=True)
class Names:
    """Class name of every database object, and the object of every class name."""

    enums: dict[str, str]  # enum key -> class name
    tables: dict[str, str]  # table key -> class name


def assign_class_names(schema: Schema, config: Config) -> Names:
    """Class names for every enum and table; two objects with one name are an error."""
    owners: dict[str, str] = {}

    def claim(key: str, what: str, produced: str) -> str:
        name = config.class_names.get(key, produced)
        if name in owners:
            raise NamingConflictError(
                f"{owners[name]} and {what} {key} would both become class {name}. Give one "
                f"of them another name in [tool.schemasync.class_names], for example "
                f'{toml_key(key)} = "{name}2".'
            )
        owners[name] = f"{what} {key}"
        return name

    enums = {e.key: claim(e.key, "enum", enum_class_name(e.name)) for e in schema.enums}
    tables = {
        t.key: claim(t.key, "view" if t.is_view else "table", table_class_name(t.name))
        for t in schema.tables
    }
    return Names(enums, tables)


def plan(
    schema: Schema,
    local: LocalSchema,
    config: Config,
    *,
    recorded_hash: str | None = None,
) -> Plan:
    """Compare the database with the package. `recorded_hash` is DB_HASH from the
    version module: when only it differs, the change is in what the package does not
    mirror (constraints, defaults, comments)."""
    ordered = Schema(
        enums=tuple(sorted(schema.enums, key=lambda e: e.key)),
        tables=tuple(sorted(schema.tables, key=lambda t: t.key)),
    )
    names = assign_class_names(ordered, config)
    enum_changes, enum_notes, enum_classes = compare_enums(ordered, local, config, names.enums)
    table_changes, table_notes = compare_tables(ordered, local, config, names.tables, enum_classes)
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
