from __future__ import annotations

from collections.abc import Iterator, Sequence

from codemod.lint.rule import MigrationFile, Report, Rule
from codemod.lint.rules.migration_file_name import MIGRATION_NAME
from codemod.severity import Severity


class MigrationOutOfOrder(Rule):
    """A new migration (with `--since`: not at the base ref) that sorts before a file
    already on the base branch: databases that applied the later one never run it in
    order, and `supabase db push` refuses it without `--include-all`.

    Supabase CLI: migrations run in the order of their versions, and a push stops at
    local files older than the last applied version (an equal one is
    duplicate-migration-version's).
    """

    id = "migration-out-of-order"
    severity = Severity.HIGH
    category = "files"
    help = "Rename it with a timestamp after the latest migration (`supabase migration new`)."
    VALID = (
        "20240101000000_init.sql\n+ 20240301000000_notes.sql",
        "20240101000000_init.sql\n20240301000000_notes.sql",  # no --since: not judged
    )
    INVALID = ("20240101000000_init.sql\n20240301000000_tags.sql\n+ 20240201000000_notes.sql",)

    def visit_migrations(
        self, files: Sequence[MigrationFile]
    ) -> Iterator[tuple[MigrationFile, Report]]:
        base = [(v, f.name) for f in files if f.on_base and (v := _version(f)) is not None]
        if not base:
            return
        latest, latest_name = max(base)
        for file in files:
            version = _version(file)
            if file.linted and not file.on_base and version is not None and version < latest:
                yield (
                    file,
                    Report(f"{file.name} is older than {latest_name}, already on the base branch"),
                )


def _version(file: MigrationFile) -> int | None:
    match = MIGRATION_NAME.match(file.name)
    return int(match[1]) if match is not None else None
