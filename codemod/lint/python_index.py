"""Where the schema package declares each table and enum, for the python-impact rule.

Classes are found the way `plan` finds them: by the name the database object produces
(`entries` -> `EntryRow`, with `class_names` overrides), never by guessing a plural.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from codemod.config import Config
from codemod.errors import PackageParseError
from codemod.files import read_sources
from codemod.local_model import LocalClass, LocalSchema
from codemod.naming import enum_class_name, table_class_name
from codemod.read import read_local_schema


@dataclass(frozen=True)
class PythonIndex:
    local: LocalSchema
    config: Config
    prefix: str  # the package folder as findings print it (`schemas`)

    def table_class(self, key: str) -> LocalClass | None:
        """The TypedDict of a table or view key (`entries`, `other.items`)."""
        return self._find(key, table_class_name, self.local.typeddicts)

    def enum_class(self, key: str) -> LocalClass | None:
        return self._find(key, enum_class_name, self.local.enums)

    def where(self, cls: LocalClass, line: int, member: str = "") -> str:
        """`schemas/database/entities.py:42 EntryRow.raw`."""
        name = f"{cls.name}.{member}" if member else cls.name
        return f"{self.prefix}/{cls.path}:{line} {name}"

    def _find(
        self, key: str, produce: Callable[[str], str], classes: tuple[LocalClass, ...]
    ) -> LocalClass | None:
        schema, _, name = key.rpartition(".")
        if (schema or "public") not in self.config.db_schemas:
            return None
        class_name = self.config.class_names.get(key, produce(name))
        return next((c for c in classes if c.name == class_name), None)


def python_index(sources: Mapping[str, str], config: Config, prefix: str) -> PythonIndex:
    """Index the package files' text (path relative to the package folder -> source)."""
    return PythonIndex(read_local_schema(sources), config, prefix)


def load_python_index(schemas_dir: Path, config: Config, prefix: str) -> PythonIndex | None:
    """Read the package from disk; None when the folder does not exist."""
    if not schemas_dir.is_dir():
        return None
    try:
        return python_index(read_sources(schemas_dir, config.package_files), config, prefix)
    except PackageParseError as err:
        raise err.shown_as(f"{prefix}/{err.path}") from None
