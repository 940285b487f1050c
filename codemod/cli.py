"""The `schemasync` command. Thin: it parses options, calls `codemod.api`, prints the
outcome and maps it to an exit code: 0 in sync, 1 drift, 2 could not run."""

from __future__ import annotations

import dataclasses
import functools
import os
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from codemod import options
from codemod.errors import EXIT_DRIFT, EXIT_ERROR, EXIT_OK, SchemasyncError

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Print a SchemasyncError as one paragraph and exit 2 (`--traceback` re-raises)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except SchemasyncError as err:
            if kwargs.get("traceback"):
                raise
            click.echo(f"schemasync: {err.title}: {err.message}", err=True)
            sys.exit(err.exit_code)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="schemasync")
def main() -> None:
    """Keep a Python schema package (Enums, TypedDicts) in step with PostgreSQL."""


def _options(
    db_url: str | None,
    migrations: str | None,
    snapshot: str | None,
    schemas_dir: str | None,
    config_file: Path | None,
) -> Any:
    from codemod.api import Options, find_repo_root, resolve_source
    from codemod.settings import find_project

    project = find_project(Path.cwd(), config_file)
    config = project.config
    if schemas_dir:
        config = dataclasses.replace(config, schemas_dir=schemas_dir)
    source = resolve_source(
        project.root, config, db_url=db_url, migrations=migrations, snapshot=snapshot
    )
    return Options(project.root, config, source, find_repo_root(project.root))


def _diff(opts: Any, outcome: Any, color: bool | None) -> str:
    from codemod.report.diff import colorize, unified_diff

    diff = unified_diff(outcome.before, outcome.after, opts.display_path)
    use_color = sys.stdout.isatty() and "NO_COLOR" not in os.environ if color is None else color
    return colorize(diff) if use_color else diff


@main.command()
@options.source_options
@options.report_format
@options.fail_on
@reports_errors
def check(
    db_url: str | None,
    migrations: str | None,
    snapshot: str | None,
    schemas_dir: str | None,
    config_file: Path | None,
    traceback: bool,
    fmt: str,
    fail_on: str | None,
) -> None:
    """Compare the package with the database; exit 1 on drift at or above --fail-on."""
    from codemod.api import compute
    from codemod.report import ReportContext, render_report
    from codemod.report.diff import unified_diff
    from codemod.severity import Severity

    opts = _options(db_url, migrations, snapshot, schemas_dir, config_file)
    outcome = compute(opts)
    threshold = Severity.parse(fail_on) if fail_on else opts.config.fail_on
    diff = unified_diff(outcome.before, outcome.after, opts.display_path) if fmt != "text" else ""
    context = ReportContext(opts.source.describe(), opts.display_path, diff, threshold)
    click.echo(render_report(outcome.plan, fmt, context), nl=False)  # type: ignore[arg-type]
    worst = outcome.plan.worst()
    sys.exit(EXIT_DRIFT if worst is not None and worst >= threshold else EXIT_OK)


@main.command()
@options.source_options
@click.option(
    "--dry-run",
    "-n",
    is_flag=True,
    help="Write nothing; print the diff; exit 1 if it would change anything.",
)
@click.option(
    "--prune", is_flag=True, help="Delete what the database no longer has instead of flagging it."
)
@options.color
@reports_errors
def apply(
    db_url: str | None,
    migrations: str | None,
    snapshot: str | None,
    schemas_dir: str | None,
    config_file: Path | None,
    traceback: bool,
    dry_run: bool,
    prune: bool,
    color: bool | None,
) -> None:
    """Edit the package in place to match the database, and regenerate schema_version.py."""
    from codemod import api

    opts = _options(db_url, migrations, snapshot, schemas_dir, config_file)
    outcome = api.apply(opts, dry_run=dry_run, prune=prune)
    if dry_run:
        if outcome.changed:
            click.echo(_diff(opts, outcome, color), nl=False)
            click.echo(
                f"schemasync: {len(outcome.after)} file(s) would change; run "
                "`schemasync apply` to write them.",
                err=True,
            )
            sys.exit(EXIT_DRIFT)
        click.echo("schemasync: the package is in sync; nothing to change.", err=True)
        sys.exit(EXIT_OK)
    for path in sorted(outcome.after):
        click.echo(f"{opts.display_path(path)}: {_summary(outcome.plan, path, opts, prune)}")
    if not outcome.changed:
        click.echo("schemasync: the package is in sync; nothing to change.")
    for note in outcome.plan.notes:
        click.echo(f"note: {note}", err=True)


def _summary(plan: Any, path: str, opts: Any, prune: bool) -> str:
    if path == opts.config.version_file:
        return "regenerated"
    verbs = Counter(
        ("removed" if prune else "flagged")
        if c.is_stale
        else "updated"
        if c.kind.endswith("_changed")
        else "added"
        for c in plan.changes
        if c.path == path
    )
    return ", ".join(f"{n} {verb}" for verb, n in sorted(verbs.items()))


@main.command()
@options.source_options
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@reports_errors
def snapshot(
    db_url: str | None,
    migrations: str | None,
    snapshot: str | None,
    schemas_dir: str | None,
    config_file: Path | None,
    traceback: bool,
    output: Path,
) -> None:
    """Write the database schema to a JSON file, to compare with later (--snapshot)."""
    from codemod.introspect import load_schema
    from codemod.introspect.snapshot import write_snapshot

    opts = _options(db_url, migrations, snapshot, schemas_dir, config_file)
    schema = load_schema(opts.source, opts.config.db_schemas)
    write_snapshot(schema, output)
    click.echo(f"{output}: {len(schema.tables)} tables, {len(schema.enums)} enums")


__all__ = ["EXIT_ERROR", "main"]
