"""Finding the project and reading `[tool.schemasync]` from its pyproject.toml.

The table is assembled from per-section parsers: `codemod.config` reads the keys of
`[tool.schemasync]`, and each sub-table has the parser of the part it configures
(`[tool.schemasync.lint]`, `[tool.schemasync.notifications]`), so that no part of
schemasync imports another's settings.
"""

from __future__ import annotations

import importlib.machinery
import re
import sys
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from codemod.config import UNDECLARED, Config, TargetPython, config_from_mapping
from codemod.errors import ConfigError
from codemod.lint.config import LintConfig, lint_config_from_mapping
from codemod.notify.config import NotificationsConfig, notifications_config_from_mapping
from codemod.typemap import override_imports

#: the sub-tables of [tool.schemasync] and who reads them
SECTIONS = {"lint": lint_config_from_mapping, "notifications": notifications_config_from_mapping}


@dataclass(frozen=True)
class Settings:
    """All of [tool.schemasync]: its own keys and each section's."""

    config: Config
    lint: LintConfig
    notifications: NotificationsConfig


def settings_from_mapping(table: Any, where: str = "[tool.schemasync]") -> Settings:
    """Validate the whole table: each part by its own parser."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table, not {table!r}.")
    return Settings(
        config_from_mapping(table, where, SECTIONS),
        lint_config_from_mapping(table.get("lint", {}), where),
        notifications_config_from_mapping(table.get("notifications", {}), where),
    )


@dataclass(frozen=True)
class Project:
    root: Path  # the folder paths in the config are relative to
    config: Config
    config_file: Path | None
    target: TargetPython = UNDECLARED
    lint: LintConfig = field(default_factory=LintConfig)
    notifications: NotificationsConfig = field(default_factory=NotificationsConfig)


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
            data = _load_toml(candidate)
            table = data.get("tool", {}).get("schemasync", {})
            project = _project(folder, table, f"{candidate} [tool.schemasync]", candidate)
            return replace(project, target=target_python(data))
    return Project(start, Config(), None)


def _project(root: Path, table: Any, where: str, config_file: Path) -> Project:
    settings = settings_from_mapping(table, where)
    config = settings.config
    for name, module in sorted(override_imports(config.type_map).items()):
        if not module_exists(module, root):
            raise ConfigError(
                f"{where}: type_map uses {module}.{name}, but no module {module} can be found "
                "(from the project folder or this Python). Check the spelling, or install "
                "the package that provides it."
            )
    return Project(
        root, config, config_file, lint=settings.lint, notifications=settings.notifications
    )


def target_python(pyproject: dict[str, Any]) -> TargetPython:
    """What a pyproject.toml declares: the oldest Python in `requires-python`, and whether
    typing-extensions is among the dependencies (PEP 621, or Poetry's)."""
    project = pyproject.get("project")
    poetry = pyproject.get("tool", {}).get("poetry", {}).get("dependencies")
    if not isinstance(project, dict) and not isinstance(poetry, dict):
        return TargetPython()
    project = project if isinstance(project, dict) else {}
    names = [_requirement_name(d) for d in project.get("dependencies", []) if isinstance(d, str)]
    names += [_requirement_name(k) for k in poetry] if isinstance(poetry, dict) else []
    python = project.get("requires-python")
    oldest = _lower_bound(python) if isinstance(python, str) else (0, 0)
    return TargetPython(oldest >= (3, 13), "typing-extensions" in names)


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(@]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _lower_bound(specifier: str) -> tuple[int, int]:
    """`>=3.11,<4` -> (3, 11); the oldest version every clause allows."""
    bounds = [
        (int(major), int(minor or 0))
        for operator, major, minor in re.findall(r"(>=|~=|==|>)\s*(\d+)(?:\.(\d+))?", specifier)
        if operator
    ]
    return max(bounds, default=(0, 0))


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
