"""The lint pipeline, in one place: which files, which rules, what context; then lint.

The edge of the linter: it reads files, supabase/config.toml and the schema package,
and asks git. Nothing here prints.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path

from codemod.config import Config
from codemod.errors import ConfigError, SchemasyncError
from codemod.lint.config import LintConfig
from codemod.lint.engine import Finding, Linter, LintRun, select_rules
from codemod.lint.rule import MigrationFile
from codemod.lint.rules import ALL_RULES
from codemod.lint.state import LintContext

SUPABASE_MIGRATIONS = "supabase/migrations"
SUPABASE_CONFIG = "supabase/config.toml"


@dataclass(frozen=True)
class LintRequest:
    root: Path  # the project folder; config paths are relative to it
    config: Config
    lint: LintConfig  # [tool.schemasync.lint]
    cwd: Path  # PATHS are relative to it, and findings name files relative to it
    paths: tuple[Path, ...] = ()  # empty: the configured migrations folder
    since: str | None = None


def lint(request: LintRequest) -> LintRun:
    config = resolve_lint_config(request.root, request.lint)
    rules = select_rules(ALL_RULES, config)
    files = sql_files(request)
    selected = selected_files(request, files)
    schemas_dir = request.root / request.config.schemas_dir
    package = None
    if schemas_dir.is_dir():  # else the package reader need not even be imported
        from codemod.lint.python_index import load_python_index

        package = load_python_index(
            schemas_dir, request.config, display_path(schemas_dir, request.cwd)
        )
    linter = Linter(rules, LintContext(config, package))
    findings, statements = _lint_files(linter, request, files, selected)
    findings.extend(linter.lint_migrations(migration_files(request, selected)))
    return LintRun(tuple(findings), rules, len(selected), statements)


def _lint_files(
    linter: Linter, request: LintRequest, files: list[Path], selected: frozenset[Path]
) -> tuple[list[Finding], int]:
    """The findings of the selected files, and their statement count."""
    findings: list[Finding] = []
    statements = 0
    # In order, so that each file meets the schema the files before it built; those
    # --since leaves out are read for that and not reported.
    for file in files:
        if file not in selected:
            linter.read_text(_read(file))
            continue
        result = linter.lint_text(display_path(file, request.cwd), _read(file))
        findings.extend(result.findings)
        statements += result.statements
    return findings, statements


def migration_files(request: LintRequest, selected: frozenset[Path]) -> list[MigrationFile]:
    """The .sql files of the migrations folder, as the Supabase CLI lists them (by name),
    each marked as linted or not, and as on the base ref or not (with --since)."""
    folder = _find_migrations_folder(request)
    if folder is None:
        return []
    base = None
    if request.since is not None:
        from codemod.lint.changed import files_at  # git, and subprocess, for --since only

        base = files_at(request.since, folder, request.cwd)
    linted = {f.resolve() for f in selected}
    return [
        MigrationFile(
            display_path(path, request.cwd),
            path.name,
            linted=path.resolve() in linted,
            on_base=base is not None and path.name in base,
        )
        for path in sorted(folder.glob("*.sql"), key=lambda p: p.name)
    ]


def resolve_lint_config(root: Path, config: LintConfig) -> LintConfig:
    """Fill in postgres_version from supabase/config.toml (`[db] major_version`)."""
    if config.postgres_version is not None:
        return config
    path = root / SUPABASE_CONFIG
    if not path.is_file():
        return config
    try:
        version = tomllib.loads(path.read_text(encoding="utf-8")).get("db", {}).get("major_version")
    except (tomllib.TOMLDecodeError, OSError) as err:
        raise ConfigError(f"{path}: cannot be read: {err}.") from None
    if version is None:
        return config
    if not isinstance(version, int):
        raise ConfigError(f"{path}: [db] major_version must be a number, not {version!r}.")
    return dataclasses.replace(config, postgres_version=version)


def sql_files(request: LintRequest) -> list[Path]:
    """The .sql files under PATHS (files, or folders searched for *.sql) or in the
    migrations folder, in the order they run."""
    files: list[Path] = []
    for path in _paths(request):
        if path.is_dir():
            files.extend(sorted(path.rglob("*.sql")))
        elif path.is_file():
            files.append(path)
        else:
            raise SchemasyncError(f"{path}: no such file or folder.")
    return list(dict.fromkeys(files))


def selected_files(request: LintRequest, files: list[Path]) -> frozenset[Path]:
    """The files to report on: all, or those changed since `--since`."""
    if request.since is None:
        return frozenset(files)
    from codemod.lint.changed import changed_files

    changed = changed_files(request.since, _paths(request), request.cwd)
    return frozenset(f for f in files if f.resolve() in changed)


def _paths(request: LintRequest) -> list[Path]:
    return [request.cwd / p for p in request.paths] or [_migrations_folder(request)]


def display_path(path: Path, cwd: Path) -> str:
    """Relative to the working folder when under it (what editors and GitHub expect)."""
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _migrations_folder(request: LintRequest) -> Path:
    folder = _find_migrations_folder(request)
    if folder is not None:
        return folder
    raise SchemasyncError(
        "No migrations to lint: pass PATHS, set `migrations` in [tool.schemasync], or keep "
        f"them in {SUPABASE_MIGRATIONS}."
    )


def _find_migrations_folder(request: LintRequest) -> Path | None:
    for folder in (request.config.migrations, SUPABASE_MIGRATIONS):
        if folder and (request.root / folder).is_dir():
            return request.root / folder
    return None


def _read(file: Path) -> str:
    try:
        return file.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise SchemasyncError(f"{file}: not UTF-8 text ({err.reason}).") from None
    except OSError as err:
        raise SchemasyncError(f"{file}: cannot be read: {err.strerror}.") from None
