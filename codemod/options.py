"""The click options the commands share, declared once (pip-tools' scripts/options.py).

Every command takes the common options (`--config`, `--schemas-dir`, `-q`, `-v`,
`--traceback`); the commands that read a database also take the source options. Paths
given here are relative to the working directory; paths in the configuration, to the
folder of its pyproject.toml.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from codemod.formats import APPLY_FORMATS, INSPECT_FORMATS, LINT_FORMATS, REPORT_FORMATS
from codemod.severity import Severity

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Common:
    """How much the command says, and whether errors show their traceback."""

    quiet: bool = False
    verbose: bool = False
    traceback: bool = False


_COMMON = (
    click.option(
        "--config",
        "config_file",
        type=click.Path(path_type=Path, dir_okay=False),
        help="A pyproject.toml or TOML file to read settings from "
        "(default: the nearest pyproject.toml).",
    ),
    click.option(
        "--schemas-dir", metavar="DIR", help="The schema package folder (default: schemas)."
    ),
    click.option("--quiet", "-q", is_flag=True, help="Say nothing but the result and errors."),
    click.option(
        "--verbose", "-v", is_flag=True, help="Also say what was skipped, cached and found."
    ),
    click.option("--traceback", is_flag=True, hidden=True, help="Show tracebacks."),
)

_SOURCE = (
    click.option(
        "--db-url",
        metavar="URL",
        help="PostgreSQL URL to introspect "
        "(else SCHEMASYNC_DB_URL, SUPABASE_DB_URL, DATABASE_URL).",
    ),
    click.option(
        "--migrations",
        metavar="DIR",
        help="Apply these Supabase migrations to a throwaway PostgreSQL and introspect that.",
    ),
    click.option(
        "--snapshot",
        metavar="FILE",
        help="Compare with a JSON snapshot written by `schemasync snapshot`.",
    ),
    click.option(
        "--no-cache",
        is_flag=True,
        help="Apply the migrations to a new shadow database even when the cache has them.",
    ),
)


def common_options(func: F) -> F:
    """Add the common options, passed on as `common: Common` and the path options."""

    @functools.wraps(func)
    def wrapper(*, quiet: bool, verbose: bool, traceback: bool, **kwargs: Any) -> Any:
        return func(common=Common(quiet, verbose, traceback), **kwargs)

    for option in reversed(_COMMON):
        wrapper = option(wrapper)
    return wrapper  # type: ignore[return-value]


def source_options(func: F) -> F:
    """Add the source options; with the common path options they become `args`."""

    @functools.wraps(func)
    def wrapper(**kwargs: Any) -> Any:
        from codemod.api import Arguments  # when the command runs: `lint` does without it

        names = Arguments.__dataclass_fields__
        args = Arguments(**{k: kwargs.pop(k) for k in list(kwargs) if k in names})
        return func(args=args, **kwargs)

    for option in reversed(_SOURCE):
        wrapper = option(wrapper)
    return common_options(wrapper)  # type: ignore[return-value]


report_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    default="text",
    show_default=True,
    help="Report format.",
)
output = click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the output (the report, the document) to this file instead of standard output.",
)
fail_on = click.option(
    "--fail-on",
    type=click.Choice([s.name.lower() for s in Severity], case_sensitive=False),
    callback=lambda ctx, param, value: Severity.parse(value) if value else None,
    help="Exit 1 only for drift at or above this severity (default: config fail_on).",
)
apply_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(APPLY_FORMATS),
    default="text",
    show_default=True,
    help="text (a summary, or with --dry-run the diff) or json (what changed, and the diff).",
)
lint_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(LINT_FORMATS),
    default="text",
    show_default=True,
    help="text, json, github (workflow annotations) or sarif (code scanning).",
)
inspect_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(INSPECT_FORMATS),
    default="markdown",
    show_default=True,
    help="markdown (with the Mermaid diagram), json, or mermaid (the diagram alone).",
)
color = click.option(
    "--color/--no-color",
    default=None,
    help="Colour the diff (default: when writing to a terminal and NO_COLOR is unset).",
)
dry_run = click.option(
    "--dry-run",
    "-n",
    is_flag=True,
    help="Write nothing; print the diff; exit 1 if it would change anything.",
)
prune = click.option(
    "--prune", is_flag=True, help="Delete what the database no longer has instead of flagging it."
)
