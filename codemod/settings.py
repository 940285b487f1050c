"""Finding the project and reading `[tool.schemasync]` from its pyproject.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codemod.config import Config, config_from_mapping
from codemod.errors import ConfigError


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
        return Project(config_file.resolve().parent, config_from_mapping(table, where), config_file)
    for folder in [start, *start.parents]:
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            table = _load_toml(candidate).get("tool", {}).get("schemasync", {})
            config = config_from_mapping(table, f"{candidate} [tool.schemasync]")
            return Project(folder, config, candidate)
    return Project(start, Config(), None)


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML: {err}.") from None
    except OSError as err:
        raise ConfigError(f"{path}: cannot be read: {err.strerror}.") from None
