"""Where the schema package declares each table and enum, for the python-impact rule.

Classes are found by the planner's own lookup (`codemod.plan.matching.find_class`): by
the name the database object produces (`entries` -> `EntryRow`, with `class_names`
overrides), never by guessing a plural, and when the migrations read so far say what
the object holds, by the one class that declares exactly that. The planner is imported
at the first lookup: most migrations drop and rename nothing, and lint starts sooner.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from codemod.config import Config
from codemod.errors import PackageParseError
from codemod.files import read_sources
from codemod.local_model import LocalClass, LocalSchema
from codemod.object_keys import split_key
from codemod.read import read_local_schema

if TYPE_CHECKING:
    from codemod.kinds import Kind


@dataclass(frozen=True)
class PythonIndex:
    local: LocalSchema
    config: Config
    prefix: str  # the package folder as findings print it (`schemas`)

    def table_class(self, key: str, columns: Iterable[str] | None = None) -> LocalClass | None:
        """The row of a table or view key (`entries`, `other.items`); `columns`, when the
        migrations say them, find a class whose name does not follow the convention."""
        from codemod.kinds.rows import ROW

        return self._find(ROW, key, columns)

    def enum_class(self, key: str, values: Iterable[str] | None = None) -> LocalClass | None:
        from codemod.kinds.enums import ENUM

        return self._find(ENUM, key, values)

    def where(self, cls: LocalClass, line: int, member: str = "") -> str:
        """`schemas/database/entities.py:42 EntryRow.raw`."""
        name = f"{cls.name}.{member}" if member else cls.name
        return f"{self.prefix}/{cls.path}:{line} {name}"

    def _find(self, kind: Kind, key: str, content: Iterable[str] | None) -> LocalClass | None:
        from codemod.kinds import Subject
        from codemod.plan.matching import find_class

        schema, name = split_key(key)
        if schema not in self.config.db_schemas:
            return None
        subject = Subject(kind.name, key, name, schema)
        known = frozenset(content) if content is not None else None
        return find_class(kind, subject, self.local, self.config, known)


def python_index(sources: Mapping[str, str], config: Config, prefix: str) -> PythonIndex:
    """Index the package files' text (path relative to the package folder -> source)."""
    return PythonIndex(read_local_schema(sources), config, prefix)


def load_python_index(schemas_dir: Path, config: Config, prefix: str) -> PythonIndex | None:
    """Read the package from disk; None when the folder does not exist."""
    if not schemas_dir.is_dir():
        return None
    try:
        return python_index(read_sources(schemas_dir, config.module_files), config, prefix)
    except PackageParseError as err:
        raise err.shown_as(f"{prefix}/{err.path}") from None
