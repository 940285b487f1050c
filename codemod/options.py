"""Click options shared by the commands (pip-tools' scripts/options.py)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from codemod.severity import Severity

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class SourceArgs:
    """The options every command that reads the database and the package takes."""

    db_url: str | None = None
    migrations: str | None = None
    snapshot: str | None = None
    schemas_dir: str | None = None
    config_file: Path | None = None
    no_cache: bool = False
    verbose: bool = False
    traceback: bool = False


_SOURCE_OPTIONS = (
    click.option(
        "--db-url",
        metavar="URL",
        help="PostgreSQL URL to introspect "
        "(else SCHEMASYNC_DB_URL, SUPABASE_DB_URL, DATABASE_URL).",
    ),
    click.option(
        "--migrations",
        metavar="DIR",
        help="Apply these *.sql migrations to a throwaway PostgreSQL and introspect that.",
    ),
    click.option(
        "--snapshot",
        metavar="FILE",
        help="Compare with a JSON snapshot written by `schemasync snapshot`.",
    ),
    click.option(
        "--schemas-dir", metavar="DIR", help="The schema package folder (default: schemas)."
    ),
    click.option(
        "--config",
        "config_file",
        type=click.Path(path_type=Path, dir_okay=False),
        help="A pyproject.toml or TOML file to read settings from "
        "(default: the nearest pyproject.toml).",
    ),
    click.option(
        "--no-cache",
        is_flag=True,
        help="Apply the migrations to a new shadow database even when the cache has them.",
    ),
    click.option(
        "--verbose", "-v", is_flag=True, help="Also say what the shadow database did and skipped."
    ),
    click.option("--traceback", is_flag=True, hidden=True, help="Show tracebacks."),
)


def source_options(func: F) -> F:
    """Add the source options and pass them on as one `source: SourceArgs` argument."""

    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        names = SourceArgs.__dataclass_fields__
        args = SourceArgs(**{k: kwargs.pop(k) for k in list(kwargs) if k in names})
        return func(source=args, **kwargs)

    for option in reversed(_SOURCE_OPTIONS):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


report_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="Report format.",
)
output = click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to this file instead of standard output.",
)
fail_on = click.option(
    "--fail-on",
    type=click.Choice([s.name.lower() for s in Severity], case_sensitive=False),
    help="Exit 1 only for drift at or above this severity (default: config fail_on, else low).",
)
color = click.option(
    "--color/--no-color",
    default=None,
    help="Colour the diff (default: when writing to a terminal and NO_COLOR is unset).",
)
