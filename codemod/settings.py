"""Finding the project and reading `[tool.schemasync]` from its pyproject.toml."""

from __future__ import annotations

import importlib.machinery
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codemod.config import Config, config_from_mapping
from codemod.errors import ConfigError
from codemod.typemap import override_imports


@dataclass(frozen=True)
class Project:
    root: Path  # the folder paths in the config are relative to
    config: Config
    config_file: Path | None


def find_project(start: Path, config_file: Path | None = None) -> Project:
    """The nearest pyproject.toml at or above `start`, or the file given with --config.

    A file given explicitly may be a pyproject.toml (its [tool.schemasync] table is
    read) or a plain TOML file whose top level is the configuration.
    """
    if config_file is not None:
        if not config_file.is_file():
            raise ConfigError(f"--config {config_file}: no such file.")
        data = _load_toml(config_file)
        table = data.get("tool", {}).get("schemasync", data if "tool" not in data else {})
        where = f"{config_file} [tool.schemasync]" if "tool" in data else str(config_file)
        return _project(config_file.resolve().parent, table, where, config_file)
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            table = _load_toml(candidate).get("tool", {}).get("schemasync", {})
            return _project(folder, table, f"{candidate} [tool.schemasync]", candidate)
    return Project(start, Config(), None)


def _project(root: Path, table: Any, where: str, config_file: Path) -> Project:
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table, not {table!r}.")
    config = config_from_mapping(table, where)
    for name, module in sorted(override_imports(config.type_map).items()):
        if not module_exists(module, root):
            raise ConfigError(
                f"{where}: type_map uses {module}.{name}, but no module {module} can be found "
                "(from the project folder or this Python). Check the spelling, or install "
                "the package that provides it."
            )
    return Project(root, config, config_file)


def module_exists(module: str, root: Path) -> bool:
    """Whether `module` can be imported from `root` or sys.path, found without importing
    anything (so no code of the project runs)."""
    parts = module.split(".")
    if parts[0] in sys.builtin_module_names:
        return len(parts) == 1
    locations: list[str] | None = [str(root), *sys.path]
    for index in range(len(parts)):
        if locations is None:
            return False
        spec = importlib.machinery.PathFinder.find_spec(".".join(parts[: index + 1]), locations)
        if spec is None:
            return False
        search = spec.submodule_search_locations
        locations = list(search) if search is not None else None
    return True


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}.") from None
    except OSError as err:
        raise ConfigError(f"{path}: cannot be read: {err.strerror}.") from None
