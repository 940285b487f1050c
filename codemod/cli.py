"""The `schemasync` command. It only prints: each command parses its options, calls one
function of `codemod.api`, prints the result and exits with its code (0 in sync, 1 drift
or findings, 2 could not run)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from codemod import options
from codemod.distribution import DISTRIBUTION
from codemod.errors import SchemasyncError
from codemod.options import Common

if TYPE_CHECKING:
    from codemod.api import Arguments, Result
    from codemod.severity import Severity

F = TypeVar("F", bound=Callable[..., Any])


def prints_result(func: F) -> F:
    """Run the command, print its result's output and exit with its code. An error a
    user can cause is one paragraph on standard error (and, with `--format json`, a JSON
    error object on standard output) and exit 2; `--traceback` re-raises it instead."""

    @functools.wraps(func)
    def wrapper(*, common: Common, **kwargs: Any) -> None:
        from codemod.console import error_json, feedback_for

        try:
            result: Result = func(feedback=feedback_for(common), **kwargs)
        except SchemasyncError as err:
            if common.traceback:
                raise
            if kwargs.get("fmt") == "json":
                click.echo(error_json(err.title, err.message, err.exit_code), nl=False)
            click.echo(f"schemasync: {err.title}: {err.message}", err=True)
            sys.exit(err.exit_code)
        click.echo(result.output, nl=False)
        sys.exit(result.exit_code)

    return wrapper  # type: ignore[return-value]


class _Commands(click.Group):
    """Every command runs with signals turned into an exception (codemod.signals): it
    cleans up as it unwinds, then exits 128 + the signal's number after one line. And
    with Python's cyclic garbage collector paused, as the model is built."""

    def invoke(self, ctx: click.Context) -> Any:
        from codemod.collector import bulk_building
        from codemod.signals import Interrupted, signals_raise

        try:
            # A command is one short run: the collector would walk the model and the
            # package's trees again at each pass (a quarter of an apply at 40,000
            # columns, for the same peak memory); the process's exit frees what is left.
            with signals_raise(), bulk_building():
                return super().invoke(ctx)
        except Interrupted as stop:
            click.echo(f"schemasync: interrupted by {stop.name}; stopped.", err=True)
            ctx.exit(stop.exit_code)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "--version", "-V", package_name=DISTRIBUTION, prog_name="schemasync")
def main() -> None:
    """Keep a Python schema package (Enums, TypedDicts) in step with PostgreSQL.

    Exit codes: 0 in sync, 1 drift (or changes a dry run would make), 2 could not run.
    """
    sys.excepthook = _masked_traceback  # --traceback and real bugs: no secret shown either


def _masked_traceback(kind: type[BaseException], value: BaseException, tb: Any) -> None:
    import traceback

    from codemod.errors import mask_passwords

    sys.stderr.write(mask_passwords("".join(traceback.format_exception(kind, value, tb))))


@main.command()
@options.source_options
@options.report_format
@options.fail_on
@options.output
@click.option(
    "--notify/--no-notify",
    default=True,
    show_default=True,
    help="On drift, send the report as [tool.schemasync.notifications] says (Slack, email).",
)
@prints_result
def check(args: Arguments, fail_on: Severity | None, **kwargs: Any) -> Result:
    """Compare the package with the database; exit 1 on drift at or above --fail-on."""
    from codemod import api

    return api.check(args, fail_on=fail_on, **kwargs)


@main.command()
@options.source_options
@options.report_format
@options.output
@prints_result
def report(args: Arguments, **kwargs: Any) -> Result:
    """Write the drift report (a pull request body with --format markdown); exit 0."""
    from codemod import api

    return api.report(args, **kwargs)


@main.command()
@options.source_options
@options.dry_run
@options.prune
@options.apply_format
@click.option(
    "--hook",
    is_flag=True,
    help="Pre-commit mode: on drift, say how to go on; with no database or "
    "migrations configured, warn and pass.",
)
@click.option(
    "--require-source",
    is_flag=True,
    help="With --hook: fail when no database or migrations are configured.",
)
@options.color
@prints_result
def apply(args: Arguments, color: bool | None, **kwargs: Any) -> Result:
    """Edit the package in place to match the database; regenerate schema_version.py."""
    from codemod import api
    from codemod.console import use_color

    return api.apply(args, color=use_color(color), **kwargs)


@main.command()
@options.source_options
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@prints_result
def snapshot(args: Arguments, output: Path, **kwargs: Any) -> Result:
    """Write the database schema to a JSON file, to compare with later (--snapshot)."""
    from codemod import api

    return api.snapshot(args, output, **kwargs)


@main.command()
@options.source_options
@options.inspect_format
@options.output
@prints_result
def inspect(args: Arguments, **kwargs: Any) -> Result:
    """Document the database schema: tables, views, enums, keys, row-level security,
    metrics and a Mermaid diagram of the foreign keys."""
    from codemod import api

    return api.inspect(args, **kwargs)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@options.common_options
@options.lint_format
@options.fail_on
@click.option("--since", metavar="REF", help="Lint only the files changed since this git ref.")
@click.option("--list-rules", is_flag=True, help="Print every rule with its default severity.")
@prints_result
def lint(
    config_file: Path | None,
    schemas_dir: str | None,
    paths: tuple[Path, ...],
    list_rules: bool,
    **kwargs: Any,
) -> Result:
    """Check SQL migrations with PostgreSQL's own parser: syntax, unsafe operations,
    hygiene, naming, and what they break in the schema package. PATHS default to the
    migrations folder. Exit 0: nothing at or above --fail-on; 1: something is; 2: could
    not run."""
    from codemod import api

    if list_rules:
        return api.list_rules()
    args = api.Arguments(schemas_dir=schemas_dir, config_file=config_file)
    return api.lint(args, paths, **kwargs)


@main.command()
@options.common_options
@options.report_format
@prints_result
def history(config_file: Path | None, schemas_dir: str | None, **kwargs: Any) -> Result:
    """List the schema versions recorded in the package (each apply that changes the
    schema records one)."""
    from codemod import api

    args = api.Arguments(schemas_dir=schemas_dir, config_file=config_file)
    return api.history(args, **kwargs)


@main.command()
@click.argument("first", metavar="A", type=click.IntRange(min=1))
@click.argument("second", metavar="[B]", type=click.IntRange(min=1), required=False)
@options.source_options
@options.report_format
@options.output
@prints_result
def diff(args: Arguments, first: int, second: int | None, **kwargs: Any) -> Result:
    """Show the changes from recorded version A to version B (default: to the current
    database or migrations), with severities; exit 0."""
    from codemod import api

    return api.diff(args, first, second, **kwargs)


@main.command()
@click.argument("version", metavar="N", type=click.IntRange(min=1))
@options.common_options
@options.dry_run
@options.prune
@options.apply_format
@options.color
@prints_result
def rollback(
    config_file: Path | None,
    schemas_dir: str | None,
    version: int,
    color: bool | None,
    **kwargs: Any,
) -> Result:
    """Edit the package back to recorded version N's schema, as apply does (comments
    kept, flag or --prune); record the rollback as a new version."""
    from codemod import api
    from codemod.console import use_color

    args = api.Arguments(schemas_dir=schemas_dir, config_file=config_file)
    return api.rollback(args, version, color=use_color(color), **kwargs)
