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
from typing import TYPE_CHECKING, Any, TypeVar

import click

from codemod import options
from codemod.errors import EXIT_DRIFT, EXIT_OK, ConfigError, NoSourceError, SchemasyncError
from codemod.options import SourceArgs

if TYPE_CHECKING:
    from codemod.api import Options, Outcome
    from codemod.plan.changes import Plan

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(func: F) -> F:
    """Print a SchemasyncError as one paragraph and exit with its code (2);
    `--traceback` re-raises it instead."""

    @functools.wraps(func)
    def wrapper(*, source: SourceArgs, **kwargs: Any) -> Any:
        try:
            return func(source=source, **kwargs)
        except SchemasyncError as err:
            if source.traceback:
                raise
            click.echo(f"schemasync: {err.title}: {err.message}", err=True)
            sys.exit(err.exit_code)

    return wrapper  # type: ignore[return-value]


class _Commands(click.Group):
    """Every command runs with signals turned into an exception (codemod.signals): it
    cleans up as it unwinds, then exits 128 + the signal's number after one line."""

    def invoke(self, ctx: click.Context) -> Any:
        from codemod.signals import Interrupted, signals_raise

        try:
            with signals_raise():
                return super().invoke(ctx)
        except Interrupted as stop:
            click.echo(f"schemasync: interrupted by {stop.name}; stopped.", err=True)
            ctx.exit(stop.exit_code)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="schemasync")
def main() -> None:
    """Keep a Python schema package (Enums, TypedDicts) in step with PostgreSQL.

    Exit codes: 0 in sync, 1 drift (or changes a dry run would make), 2 could not run.
    """
    sys.excepthook = _masked_traceback  # --traceback and real bugs: no secret shown either


def _masked_traceback(kind: type[BaseException], value: BaseException, tb: Any) -> None:
    import traceback

    from codemod.errors import mask_passwords

    sys.stderr.write(mask_passwords("".join(traceback.format_exception(kind, value, tb))))


def resolve_options(source: SourceArgs) -> Options:
    from codemod.api import Options, find_repo_root, resolve_source
    from codemod.feedback import Feedback
    from codemod.introspect import ShadowOptions
    from codemod.settings import find_project

    project = find_project(Path.cwd(), source.config_file)
    config = project.config
    if source.schemas_dir:  # relative to the working directory, like every path argument
        config = dataclasses.replace(config, schemas_dir=str(Path(source.schemas_dir).absolute()))
    resolved = resolve_source(
        project.root,
        config,
        db_url=source.db_url,
        migrations=source.migrations,
        snapshot=source.snapshot,
    )
    return Options(
        project.root,
        config,
        resolved,
        find_repo_root(project.root),
        target=project.target,
        shadow=ShadowOptions(timeout_s=config.migration_timeout, use_cache=not source.no_cache),
        feedback=Feedback(detail=_say if source.verbose else _ignore, warn=_warn),
    )


def _say(detail: str) -> None:
    click.echo(f"schemasync: {detail}", err=True)


def _warn(warning: str) -> None:
    click.echo(f"schemasync: warning: {warning}", err=True)


def _ignore(detail: str) -> None:
    pass


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from codemod.files import write_atomically

    write_atomically(output.absolute().parent, {output.name: text})


def _report(
    source: SourceArgs, fmt: str, fail_on: str | None, output: Path | None, notify: bool = False
) -> int:
    """Print the drift report (and with `notify`, send it as configured); return the exit
    code `check` gives. A failed notification is a warning: the exit code stays."""
    from codemod.api import compute
    from codemod.report import ReportContext, render_report
    from codemod.report.diff import unified_diff
    from codemod.severity import Severity

    opts = resolve_options(source)
    if not opts.schemas_dir.is_dir():
        # A typo must not read as "every class is missing"; apply creates the folder.
        raise ConfigError(
            f"The schema package folder {opts.display_path('')} does not exist. Pass "
            "--schemas-dir, set schemas_dir in [tool.schemasync], or run `schemasync apply` "
            "to create the package."
        )
    notify = notify and opts.config.notifications.enabled
    with_diff = fmt != "text" or notify  # the text report has no diff; the others do
    outcome = compute(opts, transform=with_diff)
    threshold = Severity.parse(fail_on) if fail_on else opts.config.fail_on
    diff = unified_diff(outcome.before, outcome.after, opts.display_path) if with_diff else ""
    context = ReportContext(opts.source.describe(), opts.display_path, diff, threshold)
    _emit(render_report(outcome.plan, fmt, context), output)  # type: ignore[arg-type]
    worst = outcome.plan.worst()
    failed = worst is not None and worst >= threshold
    if notify:
        from codemod.notify import notify as send_notifications

        markdown = render_report(outcome.plan, "markdown", context)
        for warning in send_notifications(
            outcome.plan, markdown, opts.config.notifications, failed=failed
        ):
            click.echo(f"schemasync: warning: {warning}", err=True)
    return EXIT_DRIFT if failed else EXIT_OK


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
@reports_errors
def check(
    source: SourceArgs, fmt: str, fail_on: str | None, output: Path | None, notify: bool
) -> None:
    """Compare the package with the database; exit 1 on drift at or above --fail-on."""
    sys.exit(_report(source, fmt, fail_on, output, notify))


@main.command()
@options.source_options
@options.report_format
@options.output
@reports_errors
def report(source: SourceArgs, fmt: str, output: Path | None) -> None:
    """Write the drift report (a pull request body with --format markdown); exit 0."""
    _report(source, fmt, None, output)


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
@reports_errors
def apply(
    source: SourceArgs,
    dry_run: bool,
    prune: bool,
    hook: bool,
    require_source: bool,
    color: bool | None,
) -> None:
    """Edit the package in place to match the database; regenerate schema_version.py."""
    from codemod import api

    try:
        opts = resolve_options(source)
    except NoSourceError as err:
        if not hook or require_source:
            raise
        click.echo(f"schemasync: skipped: {err.title.lower()} ({err.message})", err=True)
        sys.exit(EXIT_OK)
    outcome = api.apply(opts, dry_run=dry_run, prune=prune)
    for note in outcome.plan.notes:
        click.echo(f"note: {note}", err=True)
    if dry_run:
        sys.exit(_print_dry_run(opts, outcome, color, hook))
    for path in sorted(outcome.after):
        click.echo(f"{opts.display_path(path)}: {_summary(outcome.plan, path, opts, prune)}")
    if not outcome.changed:
        click.echo("schemasync: the package is in sync; nothing to change.")


def _print_dry_run(opts: Options, outcome: Outcome, color: bool | None, hook: bool) -> int:
    from codemod.report.diff import colorize, unified_diff

    if not outcome.changed:
        click.echo("schemasync: the package is in sync; nothing to change.", err=True)
        return EXIT_OK
    diff = unified_diff(outcome.before, outcome.after, opts.display_path)
    use_color = sys.stdout.isatty() and "NO_COLOR" not in os.environ if color is None else color
    click.echo(colorize(diff) if use_color else diff, nl=False)
    click.echo(
        f"schemasync: {len(outcome.after)} file(s) of {opts.config.schemas_dir}/ "
        "are out of step with the database.",
        err=True,
    )
    if hook:
        click.echo(
            "  - review the diff above (or run `schemasync apply --dry-run`)\n"
            "  - run `schemasync apply` to write it, then stage the files\n"
            "  - or commit anyway with `git commit --no-verify`",
            err=True,
        )
    else:
        click.echo("  run `schemasync apply` to write it.", err=True)
    return EXIT_DRIFT


def _verb(kind: str, stale: bool, prune: bool) -> str:
    if stale:
        return "removed" if prune else "flagged"
    if kind == "flag_cleared":
        return "unflagged"
    return "updated" if kind.endswith("_changed") else "added"


def _summary(plan: Plan, path: str, opts: Options, prune: bool) -> str:
    """`2 added, 1 updated` for one file."""
    if path == opts.config.version_file:
        return "regenerated"
    verbs = Counter(
        _verb(c.kind, c.is_stale, prune) for c in plan.to_apply(prune) if c.path == path
    )
    return ", ".join(f"{n} {verb}" for verb, n in sorted(verbs.items())) or "created"


@main.command()
@options.source_options
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@reports_errors
def snapshot(source: SourceArgs, output: Path) -> None:
    """Write the database schema to a JSON file, to compare with later (--snapshot)."""
    from codemod.introspect import load_schema
    from codemod.introspect.snapshot import write_snapshot

    opts = resolve_options(source)
    schema = load_schema(
        opts.source, opts.config.db_schemas, shadow=opts.shadow, feedback=opts.feedback
    )
    write_snapshot(schema, output)
    click.echo(f"{output}: {len(schema.tables)} tables, {len(schema.enums)} enums")


from codemod.lint.command import lint

main.add_command(lint)
