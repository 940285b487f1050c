from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from codemod.lint.rule import MigrationFile, Report, Rule
from codemod.severity import Severity

#: The Supabase CLI's migration file pattern (pkg/migration: `^([0-9]+)_(.*)\.sql$`).
MIGRATION_NAME = re.compile(r"^([0-9]+)_(.*)\.sql$")


class MigrationFileName(Rule):
    """A file in the migrations folder whose name is not `<digits>_<name>.sql`: the
    Supabase CLI skips it without applying it, so its changes never reach a database.

    Supabase CLI: only files matching `^([0-9]+)_(.*)\\.sql$` are migrations; the digits
    are the version recorded in supabase_migrations.schema_migrations.
    """

    id = "migration-file-name"
    severity = Severity.HIGH
    category = "files"
    help = "Name it `<timestamp>_<name>.sql`, as `supabase migration new <name>` does."
    VALID = ("20240101000000_init.sql\n20240102093000_add_notes.sql",)
    INVALID = ("init.sql", "20240101000000-init.sql", "20240101000000_init.SQL.sql\nv2_notes.sql")

    def visit_migrations(
        self, files: Sequence[MigrationFile]
    ) -> Iterator[tuple[MigrationFile, Report]]:
        for file in files:
            if file.linted and not MIGRATION_NAME.match(file.name):
                yield (
                    file,
                    Report(f"{file.name} is not <digits>_<name>.sql: the Supabase CLI skips it"),
                )
