"""Every command of schemasync as a function that returns its result.

The CLI only parses the command line into `Arguments`, calls one of these, prints the
result's `output` and exits with its `exit_code` (Fixit's cli.py over api.py). What a
run says while it runs (details, warnings, the status of a slow step) goes through the
`Feedback` it is given; nothing here prints.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from codemod.errors import EXIT_DRIFT, EXIT_OK, ConfigError, NoSourceError
from codemod.feedback import SILENT, Feedback
from codemod.files import shown

if TYPE_CHECKING:
    from codemod.formats import ApplyFormat, InspectFormat, LintFormat
    from codemod.formats import ReportFormat as Format
    from codemod.lint.engine import LintRun
    from codemod.model import Schema
    from codemod.pipeline import Options, Outcome
    from codemod.plan.result import Plan
    from codemod.severity import Severity


@dataclass(frozen=True)
class Arguments:
    """What the command line (or a caller) says; paths relative to the working
    directory. Everything else comes from the configuration and the environment."""

    db_url: str | None = None
    migrations: str | None = None
    snapshot: str | None = None
    schemas_dir: str | None = None
    config_file: Path | None = None
    no_cache: bool = False

    def command(self, name: str, *extra: str) -> str:
        """The command line that runs `name` on what these arguments name, for advice:
        `schemasync apply --schemas-dir fixtures/example/schemas --migrations ...`. A URL
        is never repeated (it may hold a password)."""
        words = ["schemasync", name]
        for option, value in (
            ("--migrations", self.migrations),
            ("--snapshot", self.snapshot),
            ("--schemas-dir", self.schemas_dir),
            ("--config", str(self.config_file) if self.config_file else None),
        ):
            if value:
                words += [option, _quoted(value)]
        if self.db_url:
            words += ["--db-url", "URL"]
        return " ".join([*words, *extra])


def _quoted(value: str) -> str:
    import shlex

    return shlex.quote(value)


@dataclass(frozen=True, kw_only=True)
class Result:
    exit_code: int = EXIT_OK
    output: str = ""  # what goes to standard output


@dataclass(frozen=True, kw_only=True)
class ReportResult(Result):
    plan: Plan


@dataclass(frozen=True, kw_only=True)
class ApplyResult(Result):
    outcome: Outcome | None  # None: skipped (a hook with nothing to compare with)


@dataclass(frozen=True, kw_only=True)
class SnapshotResult(Result):
    schema: Schema


@dataclass(frozen=True, kw_only=True)
class InspectResult(Result):
    schema: Schema


@dataclass(frozen=True, kw_only=True)
class LintResult(Result):
    run: LintRun


def options(args: Arguments, feedback: Feedback = SILENT, version: int | None = None) -> Options:
    """Find the project and the source for `args`: what every sync command works on.
    With `version`, the source is that recorded version of the package's history."""
    from codemod.introspect import ShadowOptions, Source
    from codemod.pipeline import Options, find_repo_root, resolve_source
    from codemod.settings import find_project

    project = find_project(Path.cwd(), args.config_file)
    config = project.config
    if args.schemas_dir:  # relative to the working directory, like every path argument
        config = dataclasses.replace(config, schemas_dir=str(Path(args.schemas_dir).absolute()))
    if version is not None:
        from codemod.history_files import record_name
        from codemod.introspect.history import history_folder

        folder = history_folder(project.root / config.schemas_dir)
        source = Source("history", shown(folder / record_name(version)))
    else:
        source = resolve_source(
            project.root,
            config,
            db_url=args.db_url,
            migrations=args.migrations,
            snapshot=args.snapshot,
        )
    return Options(
        project.root,
        config,
        source,
        find_repo_root(project.root),
        shadow=ShadowOptions(timeout_s=config.migration_timeout, use_cache=not args.no_cache),
        feedback=feedback,
        target=project.target,
        notifications=project.notifications,
    )


def check(
    args: Arguments,
    *,
    fmt: Format = "text",
    fail_on: Severity | None = None,
    output: Path | None = None,
    notify: bool = True,
    feedback: Feedback = SILENT,
) -> ReportResult:
    """Compare the package with the database: exit 1 on drift at or above `fail_on`
    (default: the config's), after telling the configured channels."""
    return _report(args, fmt, fail_on, output, notify, feedback, check=True)


def report(
    args: Arguments,
    *,
    fmt: Format = "text",
    output: Path | None = None,
    feedback: Feedback = SILENT,
) -> ReportResult:
    """The drift report (a pull request body with markdown); always exit 0."""
    return _report(args, fmt, None, output, False, feedback, check=False)


def _report(
    args: Arguments,
    fmt: Format,
    fail_on: Severity | None,
    output: Path | None,
    notify: bool,
    feedback: Feedback,
    *,
    check: bool,
) -> ReportResult:
    from codemod.pipeline import compute
    from codemod.report import ReportContext, render_report

    opts = options(args, feedback)
    if not opts.schemas_dir.is_dir():
        # A typo must not read as "every class is missing"; apply creates the folder.
        raise ConfigError(
            f"The schema package folder {shown(opts.schemas_dir)} does not exist. Pass "
            "--schemas-dir, set schemas_dir in [tool.schemasync], or run `schemasync apply` "
            "to create the package."
        )
    notify = notify and opts.notifications.enabled
    with_diff = fmt != "text" or notify  # the text report has no diff; the others do
    outcome = compute(opts, transform=with_diff)
    threshold = fail_on or opts.config.fail_on
    diff = ""
    if with_diff:  # the diff module imports the package reader; in sync, nothing needs it
        from codemod.report.diff import unified_diff

        diff = unified_diff(outcome.before, outcome.after, opts.display_path)
    context = ReportContext(opts.source.describe(), opts.shown, diff, threshold)
    text = render_report(outcome.plan, fmt, context)
    worst = outcome.plan.worst()
    failed = worst is not None and worst >= threshold
    if notify:
        from codemod.notify.send import notify as send_notifications

        markdown = text if fmt == "markdown" else render_report(outcome.plan, "markdown", context)
        for warning in send_notifications(
            outcome.plan, markdown, opts.notifications, failed=failed
        ):
            feedback.warn(warning)
    exit_code = EXIT_DRIFT if check and failed else EXIT_OK
    return ReportResult(exit_code=exit_code, output=_emit(text, output), plan=outcome.plan)


def _emit(text: str, output: Path | None) -> str:
    """`text` as standard output, or written to `output` (then nothing is printed)."""
    if output is None:
        return text
    from codemod.files import write_atomically

    write_atomically(output.absolute().parent, {output.name: text})
    return ""


def apply(
    args: Arguments,
    *,
    dry_run: bool = False,
    prune: bool = False,
    fmt: ApplyFormat = "text",
    color: bool = False,
    hook: bool = False,
    require_source: bool = False,
    feedback: Feedback = SILENT,
) -> ApplyResult:
    """Edit the package in place to match the database (with `dry_run`: print the diff
    and exit 1 if it would change anything). A pre-commit `hook` with no database or
    migrations to compare with passes with a warning, unless `require_source`."""
    try:
        opts = options(args, feedback)
    except NoSourceError as err:
        if not hook or require_source:
            raise
        feedback.warn(f"skipped: {err.title.lower()} ({err.message})")
        return ApplyResult(outcome=None, output=_json({"skipped": err.message}, fmt))
    return _apply(args, opts, dry_run, prune, fmt, color, hook, feedback)


def _apply(
    args: Arguments,
    opts: Options,
    dry_run: bool,
    prune: bool,
    fmt: ApplyFormat,
    color: bool,
    hook: bool,
    feedback: Feedback,
    command: str = "apply",
) -> ApplyResult:
    """apply, and rollback (which is `command` in advice), once the source is known."""
    from codemod.pipeline import apply_changes

    outcome = apply_changes(opts, dry_run=dry_run, prune=prune)
    for note in outcome.plan.notes:
        feedback.info(f"note: {note}")
    for change in outcome.plan.unwritten:
        feedback.warn(f"{opts.shown(change.path)}: left for you: {change.describe()}")
    summaries = {p: _summary(outcome.plan, p, opts, prune) for p in sorted(outcome.after)}
    if fmt == "json":
        return ApplyResult(
            exit_code=EXIT_DRIFT if dry_run and outcome.changed else EXIT_OK,
            output=_apply_json(opts, outcome, summaries, dry_run, prune),
            outcome=outcome,
        )
    if not outcome.changed:
        feedback.info("the package is in sync; nothing to change.")
        return ApplyResult(outcome=outcome)
    if not dry_run:
        lines = [f"{opts.shown(path)}: {summary}" for path, summary in summaries.items()]
        return ApplyResult(output="".join(f"{line}\n" for line in lines), outcome=outcome)
    from codemod.report.diff import colorize, unified_diff

    diff = unified_diff(outcome.before, outcome.after, opts.display_path)
    rerun = args.command(command, *(["--prune"] if prune else []))
    ways = (
        f"  - review the diff above (or run `{args.command(command, '--dry-run')}`)\n"
        f"  - run `{rerun}` to write it, then stage the files\n"
        "  - or commit anyway with `git commit --no-verify`"
        if hook
        else f"  run `{rerun}` to write it."
    )
    feedback.info(
        f"{len(outcome.after)} file(s) of {shown(opts.schemas_dir)}/ are out of step with "
        f"the database.\n{ways}"
    )
    return ApplyResult(
        exit_code=EXIT_DRIFT, output=colorize(diff) if color else diff, outcome=outcome
    )


def _apply_json(
    opts: Options, outcome: Outcome, summaries: Mapping[str, str], dry_run: bool, prune: bool
) -> str:
    from codemod.report.diff import unified_diff

    changes = outcome.plan.to_apply(prune)
    return _json(
        {
            "dry_run": dry_run,
            "written": outcome.written,
            "in_sync": not outcome.changed,
            "files": [{"path": opts.shown(p), "summary": s} for p, s in summaries.items()],
            "changes": [
                {
                    "kind": c.kind,
                    "severity": outcome.plan.severity_of(c).name,
                    "file": opts.shown(c.path),
                    "subject": c.subject,
                    "message": c.describe(),
                }
                for c in changes
            ],
            "notes": list(outcome.plan.notes),
            "diff": unified_diff(outcome.before, outcome.after, opts.display_path),
        },
        "json",
    )


def _json(body: Mapping[str, object], fmt: str) -> str:
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n" if fmt == "json" else ""


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


def snapshot(args: Arguments, path: Path, *, feedback: Feedback = SILENT) -> SnapshotResult:
    """Write the database schema as JSON, to compare with later (`--snapshot`)."""
    from codemod.introspect.snapshot import write_snapshot

    schema = _load_schema(options(args, feedback))
    write_snapshot(schema, path)
    feedback.info(f"{shown(path)}: {len(schema.tables)} tables, {len(schema.enums)} enums")
    return SnapshotResult(schema=schema)


def inspect(
    args: Arguments,
    *,
    fmt: InspectFormat = "markdown",
    output: Path | None = None,
    feedback: Feedback = SILENT,
) -> InspectResult:
    """Document the database schema (tables, views, enums, keys, row-level security,
    metrics, a Mermaid diagram) from the same source as `check`."""
    from codemod.document import render_document

    opts = options(args, feedback)
    schema = _load_schema(opts)
    text = render_document(schema, fmt, opts.source.describe())
    if output is not None:
        feedback.info(f"{shown(output)}: {len(schema.tables)} tables, {len(schema.enums)} enums")
    return InspectResult(output=_emit(text, output), schema=schema)


def _load_schema(opts: Options) -> Schema:
    from codemod.introspect import load_schema

    return load_schema(
        opts.source, opts.config.db_schemas, shadow=opts.shadow, feedback=opts.feedback
    )


def lint(
    args: Arguments,
    paths: Sequence[Path] = (),
    *,
    fmt: LintFormat = "text",
    fail_on: Severity | None = None,
    since: str | None = None,
    feedback: Feedback = SILENT,
) -> LintResult:
    """Check SQL migrations: exit 1 for findings at or above `fail_on` (default: the
    lint config's)."""
    from codemod.lint.api import LintRequest
    from codemod.lint.api import lint as lint_files
    from codemod.lint.report import render, summary
    from codemod.settings import find_project

    project = find_project(Path.cwd(), args.config_file)
    config = project.config
    if args.schemas_dir:  # relative to the working directory, like every path argument
        config = dataclasses.replace(config, schemas_dir=str(Path(args.schemas_dir).absolute()))
    request = LintRequest(project.root, config, project.lint, Path.cwd(), tuple(paths), since)
    run = lint_files(request)
    feedback.info(summary(run))
    threshold = fail_on or project.lint.fail_on
    worst = run.worst()
    failed = worst is not None and worst >= threshold
    return LintResult(
        exit_code=EXIT_DRIFT if failed else EXIT_OK,
        output=render(run, fmt),
        run=run,
    )


def list_rules() -> Result:
    """Every lint rule with its default severity, one a line."""
    from codemod.lint.rules import ALL_RULES

    lines = [f"{rule.id:<34} {rule.severity.name:<8} {rule.doc()}" for rule in ALL_RULES]
    return Result(output="".join(f"{line}\n" for line in lines))


def history(args: Arguments, *, fmt: Format = "text", feedback: Feedback = SILENT) -> Result:
    """The versions recorded in the package's history, oldest first."""
    from codemod.introspect.history import history_folder, read_history
    from codemod.report.history import render_history
    from codemod.settings import find_project

    project = find_project(Path.cwd(), args.config_file)
    schemas_dir = Path(args.schemas_dir).absolute() if args.schemas_dir else None
    folder = history_folder(schemas_dir or project.root / project.config.schemas_dir)
    versions = read_history(folder).versions
    feedback.detail(f"{shown(folder)}: {len(versions)} version(s)")
    return Result(output=render_history(versions, fmt))


def diff(
    args: Arguments,
    first: int,
    second: int | None = None,
    *,
    fmt: Format = "text",
    output: Path | None = None,
    feedback: Feedback = SILENT,
) -> ReportResult:
    """The changes from recorded version `first` to version `second` (None: the
    current source), with severities, as a drift report; always exit 0."""
    from codemod.introspect import load_schema
    from codemod.pipeline import compare_schemas
    from codemod.report import ReportContext, render_report
    from codemod.report.diff import unified_diff

    old = options(args, feedback, version=first)
    new = options(args, feedback, version=second)
    schemas = [
        load_schema(o.source, o.config.db_schemas, shadow=o.shadow, feedback=feedback)
        for o in (old, new)
    ]
    outcome = compare_schemas(new, *schemas)
    with_diff = fmt != "text"
    context = ReportContext(
        new.source.describe() if second is None else f"version {second}",
        new.display_path,
        unified_diff(outcome.before, outcome.after, new.display_path) if with_diff else "",
        package=f"version {first}",
    )
    text = render_report(outcome.plan, fmt, context)
    return ReportResult(output=_emit(text, output), plan=outcome.plan)


def rollback(
    args: Arguments,
    version: int,
    *,
    dry_run: bool = False,
    prune: bool = False,
    fmt: ApplyFormat = "text",
    color: bool = False,
    feedback: Feedback = SILENT,
) -> ApplyResult:
    """Edit the package back to recorded version `version`'s schema, as `apply` would
    edit it to that schema (comments kept; what the version lacks flagged, or with
    `prune` removed); the rollback is recorded as a new version."""
    opts = options(args, feedback, version=version)
    command = f"rollback {version}"
    return _apply(args, opts, dry_run, prune, fmt, color, False, feedback, command)
