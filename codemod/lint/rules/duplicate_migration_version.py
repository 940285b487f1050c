from __future__ import annotations

from collections.abc import Iterator, Sequence

from codemod.lint.rule import MigrationFile, Report, Rule
from codemod.lint.rules.migration_file_name import MIGRATION_NAME
from codemod.severity import Severity


class DuplicateMigrationVersion(Rule):
    """Two migration files with one version (the digits before the first `_`): only one
    can be recorded as applied, so pushing them fails or skips one.

    Supabase CLI: the version is the primary key of supabase_migrations.schema_migrations.
    """

    id = "duplicate-migration-version"
    severity = Severity.CRITICAL
    category = "files"
    help = "Give one of them a new timestamp (`supabase migration new` picks the current time)."
    VALID = ("20240101000000_init.sql\n20240101000001_notes.sql",)
    INVALID = ("20240101000000_init.sql\n20240101000000_notes.sql",)

    def visit_migrations(
        self, files: Sequence[MigrationFile]
    ) -> Iterator[tuple[MigrationFile, Report]]:
        by_version: dict[str, list[MigrationFile]] = {}
        for file in files:
            if (match := MIGRATION_NAME.match(file.name)) is not None:
                by_version.setdefault(match[1], []).append(file)
        for version, same in by_version.items():
            for file in same:
                others = ", ".join(f.name for f in same if f is not file)
                if others and file.linted:
                    yield file, Report(f"version {version} is also {others}'s")
