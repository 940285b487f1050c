"""Click options shared by the commands (pip-tools' scripts/options.py)."""

from __future__ import annotations

from pathlib import Path

import click

from codemod.severity import Severity

db_url = click.option(
    "--db-url",
    metavar="URL",
    help="PostgreSQL URL to introspect (else SCHEMASYNC_DB_URL, SUPABASE_DB_URL, DATABASE_URL).",
)
migrations = click.option(
    "--migrations",
    metavar="DIR",
    help="Apply these *.sql migrations to a throwaway PostgreSQL and introspect that.",
)
snapshot = click.option(
    "--snapshot",
    metavar="FILE",
    help="Compare with a JSON snapshot written by `schemasync snapshot`.",
)
schemas_dir = click.option(
    "--schemas-dir", metavar="DIR", help="The schema package folder (default: schemas)."
)
config_file = click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A pyproject.toml or TOML file to read settings from (default: nearest pyproject.toml).",
)
report_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="Report format.",
)
fail_on = click.option(
    "--fail-on",
    type=click.Choice([s.name.lower() for s in Severity], case_sensitive=False),
    help="Exit 1 only for drift at or above this severity (default: config fail_on, else low).",
)
color = click.option(
    "--color/--no-color",
    default=None,
    help="Colour the diff (default: when writing to a terminal).",
)
traceback = click.option("--traceback", is_flag=True, hidden=True, help="Show tracebacks.")


def source_options(func: click.decorators.FC) -> click.decorators.FC:
    for option in reversed((db_url, migrations, snapshot, schemas_dir, config_file, traceback)):
        func = option(func)
    return func
