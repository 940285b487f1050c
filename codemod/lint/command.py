"""`schemasync lint`: thin, like the rest of the CLI. It parses options, calls
`codemod.lint.api.lint`, prints the findings and maps them to an exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from codemod.errors import EXIT_DRIFT, EXIT_OK
from codemod.options import SourceArgs
from codemod.severity import Severity

FORMATS = ("text", "json", "github", "sarif")  # codemod.lint.report.FORMATS, without pglast


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text, json, github (workflow annotations) or sarif (code scanning).",
)
@click.option(
    "--fail-on",
    type=click.Choice([s.name.lower() for s in Severity], case_sensitive=False),
    help="Exit 1 for findings at or above this severity (default: lint fail_on, else high).",
)
@click.option("--since", metavar="REF", help="Lint only the files changed since this git ref.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A pyproject.toml or TOML file to read settings from (default: the nearest one).",
)
@click.option(
    "--schemas-dir",
    metavar="DIR",
    help="The schema package the python-impact rule reads (default: schemas).",
)
@click.option("--list-rules", is_flag=True, help="Print every rule with its default severity.")
@click.option("--traceback", is_flag=True, hidden=True, help="Show tracebacks.")
def lint(config_file: Path | None, schemas_dir: str | None, traceback: bool, **kwargs: Any) -> None:
    """Check SQL migrations with PostgreSQL's own parser: syntax, unsafe operations,
    hygiene, naming, and what they break in the schema package. PATHS default to the
    migrations folder. Exit 0: nothing at or above --fail-on; 1: something is; 2: could
    not run."""
    from codemod.cli import reports_errors  # here, not above: cli.py imports this module

    source = SourceArgs(schemas_dir=schemas_dir, config_file=config_file, traceback=traceback)
    reports_errors(_lint)(source=source, **kwargs)


def _lint(
    source: SourceArgs,
    paths: tuple[Path, ...],
    fmt: str,
    fail_on: str | None,
    since: str | None,
    list_rules: bool,
) -> None:
    import dataclasses

    from codemod.lint.api import LintRequest, lint
    from codemod.lint.report import render, summary
    from codemod.settings import find_project

    if list_rules:
        _print_rules()
        return
    project = find_project(Path.cwd(), source.config_file)
    config = project.config
    if source.schemas_dir:
        config = dataclasses.replace(config, schemas_dir=source.schemas_dir)
    run = lint(LintRequest(project.root, config, Path.cwd(), paths, since))
    click.echo(render(run, fmt), nl=False)  # type: ignore[arg-type]
    click.echo(summary(run), err=True)
    threshold = Severity.parse(fail_on) if fail_on else config.lint.fail_on
    worst = run.worst()
    sys.exit(EXIT_DRIFT if worst is not None and worst >= threshold else EXIT_OK)


def _print_rules() -> None:
    from codemod.lint.rules import ALL_RULES

    for rule in ALL_RULES:
        click.echo(f"{rule.id:<34} {rule.severity.name:<8} {rule.doc()}")
