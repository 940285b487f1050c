"""Source → Schema: a live database, a folder of migrations, or a JSON snapshot.

Submodules are imported on use: psycopg costs ~90 ms to import and a snapshot needs none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from codemod.feedback import SILENT, Feedback
from codemod.introspect.conninfo import describe_conninfo, register_conninfo_secrets
from codemod.introspect.shadow_options import ShadowOptions

if TYPE_CHECKING:
    from codemod.introspect.live import Catalog
    from codemod.model import Schema

__all__ = [
    "ShadowOptions",
    "Source",
    "describe_conninfo",
    "load_catalog",
    "load_schema",
    "register_conninfo_secrets",
]

SourceKind = Literal["url", "migrations", "snapshot", "management_api", "history"]


@dataclass(frozen=True)
class Source:
    """Where the database side of the comparison comes from. For "management_api",
    `value` is the Supabase project ref, read with `token` at `api_url`."""

    kind: SourceKind
    value: str
    token: str = field(default="", repr=False)
    api_url: str = ""

    def describe(self) -> str:
        """A label for messages and reports; never shows a password."""
        if self.kind == "url":
            return describe_conninfo(self.value)
        if self.kind == "management_api":
            return f"Supabase project {self.value} through the Management API"
        if self.kind == "migrations":
            return f"migrations in {self.value}"
        if self.kind == "history":
            return f"the recorded version {self.value}"
        return f"snapshot {self.value}"


def load_catalog(source: Source, db_schemas: Sequence[str]) -> Catalog | None:
    """The catalog rows of a live database, fetched once (None for the other sources,
    which have no rows): the in-sync check compares their digest before any model is
    built, and `Catalog.schema()` builds it when needed."""
    if source.kind != "url":
        return None
    from codemod.introspect.live import read_catalog

    return read_catalog(source.value, db_schemas)


def load_schema(
    source: Source,
    db_schemas: Sequence[str],
    *,
    shadow: ShadowOptions | None = None,
    feedback: Feedback = SILENT,
) -> Schema:
    """Read the Schema of `db_schemas` from `source`."""
    if source.kind == "url":
        from codemod.introspect.live import read_schema

        return read_schema(source.value, db_schemas)
    if source.kind == "management_api":
        from codemod.introspect.management_api import read_schema_through_api

        return read_schema_through_api(source.value, source.token, db_schemas, source.api_url)
    if source.kind == "migrations":
        from codemod.introspect.shadow import read_schema_from_migrations

        return read_schema_from_migrations(
            Path(source.value), db_schemas, options=shadow, feedback=feedback
        )
    if source.kind == "history":
        from codemod.introspect.history import read_version_schema

        return read_version_schema(Path(source.value))
    from codemod.introspect.snapshot import read_snapshot

    # Like the other sources, report only the requested schemas.
    wanted = set(db_schemas)
    schema = read_snapshot(Path(source.value))
    return dataclasses.replace(
        schema,
        enums=tuple(e for e in schema.enums if e.schema in wanted),
        tables=tuple(t for t in schema.tables if t.schema in wanted),
    )
