"""A `supabase/migrations` folder, read and applied by the Supabase CLI's rules.

The rules are those of the current CLI (`apps/cli/src/command-internal/migration-list.ts`
and `legacy/shared/legacy-migration-apply.ts` in supabase/cli):

- only files named `<digits>_<name>.sql` directly in the folder are migrations, ordered
  by version (stable: one version's files keep their name order); other files are
  skipped, and so is `seed.sql`, which the CLI applies to local databases only after
  the migrations; `supabase/roles.sql`, if there is one, runs first and is not recorded;
- every file runs on the same connection after `RESET ALL`, in one transaction with its
  row in `supabase_migrations.schema_migrations`; a statement PostgreSQL refuses inside a
  transaction (`create index concurrently`, `vacuum`, ...) runs on its own between the
  file's transactions; a file with its own `begin`/`commit`, or whose first line is
  `-- pg-delta: transaction=false`, runs statement by statement as written.

Where the rules allow, a file is sent as one batch of text (one round trip), and
PostgreSQL reports an error's position in the file itself.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from codemod.errors import MigrationError, SourceError
from codemod.sql import NO_TRANSACTION_HEADER, Statement, split_statements

if TYPE_CHECKING:
    import psycopg

    Connection = psycopg.Connection[tuple[object, ...]]

MIGRATION_NAME: Final = re.compile(r"^([0-9]+)_(.*)\.sql$")
# The CLI's legacy rule: an `init` migration from before its own history table existed.
_LEGACY_INIT: Final = re.compile(r"^([0-9]{14})_init\.sql$")
_LEGACY_INIT_BEFORE: Final = "20211209000000"
ROLES_FILE: Final = "roles.sql"

_HISTORY_TABLE: Final = """
create schema if not exists supabase_migrations;
create table if not exists supabase_migrations.schema_migrations (
    version text not null primary key, statements text[], name text
);
"""
_RECORD: Final = (
    "insert into supabase_migrations.schema_migrations (version, name, statements) "
    "values (%s, %s, %s)"
)


@dataclass(frozen=True)
class Migration:
    path: Path
    version: str  # '' for roles.sql, which is not recorded
    name: str
    text: str


@dataclass(frozen=True)
class MigrationHistory:
    """What the CLI would apply from a migrations folder, in order, and what it skips."""

    folder: Path
    migrations: tuple[Migration, ...]
    roles: Migration | None = None
    skipped: tuple[tuple[Path, str], ...] = ()  # (file, why)

    @property
    def applied(self) -> tuple[Migration, ...]:
        return (self.roles, *self.migrations) if self.roles else self.migrations


def read_history(folder: Path) -> MigrationHistory:
    """The migrations of `folder` as the Supabase CLI lists them."""
    if not folder.is_dir():
        raise SourceError(f"The migrations folder {folder} does not exist or is not a folder.")
    found: list[tuple[str, str, Path]] = []
    skipped: list[tuple[Path, str]] = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name.encode()):
        if path.is_dir():
            continue
        match = MIGRATION_NAME.match(path.name)
        if match is None:
            skipped.append((path, 'the name does not match "<digits>_<name>.sql"'))
        else:
            found.append((match[1], match[2], path))
    if found and _is_legacy_init(found[0][2].name):
        skipped.append((found.pop(0)[2], "a legacy init migration, which the CLI skips"))
    found.sort(key=lambda item: item[0])  # stable: one version's files stay in name order
    _refuse_shared_versions(found)
    migrations = tuple(Migration(path, version, name, _read(path)) for version, name, path in found)
    if not migrations:
        raise SourceError(
            f"The migrations folder {folder} has no migrations (files named "
            '"<digits>_<name>.sql", which is what the Supabase CLI applies).'
        )
    roles_path = folder.parent / ROLES_FILE
    roles = Migration(roles_path, "", "roles", _read(roles_path)) if roles_path.is_file() else None
    return MigrationHistory(folder, migrations, roles, tuple(skipped))


def _refuse_shared_versions(found: list[tuple[str, str, Path]]) -> None:
    """Two files with one version: the CLI records each version once, so the second
    file fails on Supabase too."""
    for (version, _, first), (other, _, second) in itertools.pairwise(found):
        if version == other:
            raise SourceError(
                f"Migrations {first} and {second} have the same version, {version}: the "
                "Supabase CLI records each version once, so the second would fail. Give one "
                "of them a later timestamp (`supabase migration new` makes one)."
            )


def _is_legacy_init(name: str) -> bool:
    match = _LEGACY_INIT.match(name)
    return match is not None and match[1] < _LEGACY_INIT_BEFORE


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except OSError as error:
        raise SourceError(f"Could not read migration {path}: {error.strerror}.") from None
    except UnicodeDecodeError as error:
        raise SourceError(f"Migration {path} is not UTF-8 text ({error.reason}).") from None


def apply_history(
    conn: Connection,
    history: MigrationHistory,
    *,
    timeout_s: float,
    explain: Callable[[Connection, psycopg.Error], str | None] | None = None,
) -> None:
    """Apply every migration of `history` on `conn` (autocommit), as the CLI would.

    `explain` may add a sentence to a failure's message (what the missing object is).
    """
    conn.execute(_HISTORY_TABLE)
    for migration in history.applied:
        _apply(conn, migration, timeout_s, explain)


def _apply(
    conn: Connection,
    migration: Migration,
    timeout_s: float,
    explain: Callable[[Connection, psycopg.Error], str | None] | None,
) -> None:
    import psycopg

    text = migration.text
    statements = split_statements(text)
    batch = _Batch(0, text, True, ())  # what is being sent, should it fail
    try:
        with _deadline(conn, timeout_s) as expired:
            conn.execute("reset all")
            for batch in _batches(text, statements):
                if batch.in_transaction:
                    conn.execute("begin")
                # No parameters: psycopg sends the text as it is (% signs need no escaping).
                conn.execute(batch.text.encode())
                if batch.in_transaction:
                    conn.execute("commit")
            if migration.version:
                texts = [text[s.start : s.end] for s in statements or ()]
                conn.execute(_RECORD, (migration.version, migration.name, texts))
    except psycopg.Error as error:
        if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
            conn.execute("rollback")
        if expired.is_set():
            raise MigrationError(
                f"Migration {migration.path} did not finish within {timeout_s:g} s "
                "(migration_timeout in [tool.schemasync]). Earlier migrations were applied; "
                "later ones were not run."
            ) from None
        position = _error_position(conn, text, batch, error)
        reason = explain(conn, error) if explain else None
        raise MigrationError(_failure(migration, position, error, reason)) from None


@dataclass(frozen=True)
class _Batch:
    """A piece of a file sent in one round trip."""

    offset: int  # where it starts in the file
    text: str
    in_transaction: bool  # wrapped in a transaction of its own
    statements: tuple[Statement, ...]


def _batches(text: str, statements: Sequence[Statement] | None) -> Iterator[_Batch]:
    """The pieces of the file to send, in order."""
    if statements is None:  # unparsable: the server says where
        yield _Batch(0, text, True, ())
        return
    if text.startswith(NO_TRANSACTION_HEADER) or any(s.mode == "control" for s in statements):
        for s in statements:
            yield _Batch(s.start, text[s.start : s.end], False, (s,))
        return
    pending: list[Statement] = []
    for s in statements:
        if s.mode == "transaction":
            pending.append(s)
            continue
        if pending:
            yield _transaction(text, pending)
            pending = []
        yield _Batch(s.start, text[s.start : s.end], False, (s,))
    if pending:
        yield _transaction(text, pending)


def _transaction(text: str, statements: Sequence[Statement]) -> _Batch:
    start, end = statements[0].start, statements[-1].end
    return _Batch(start, text[start:end], True, tuple(statements))


def _error_position(conn: Connection, text: str, batch: _Batch, error: psycopg.Error) -> int:
    """Where in the file the failing statement is. A syntax error says where; other
    errors do not, and a batch of several statements is then replayed one statement at
    a time, in a transaction that is rolled back, until the same error comes again."""
    import psycopg

    if error.diag.statement_position:
        return batch.offset + int(error.diag.statement_position) - 1
    if len(batch.statements) < 2:
        return batch.offset
    conn.execute("begin")
    try:
        for s in batch.statements:
            try:
                conn.execute(text[s.start : s.end].encode())
            except psycopg.Error as again:
                if again.diag.sqlstate == error.diag.sqlstate:
                    return s.start + max(int(again.diag.statement_position or 1) - 1, 0)
                break
    finally:
        conn.execute("rollback")
    return batch.offset


@contextmanager
def _deadline(conn: Connection, timeout_s: float) -> Iterator[threading.Event]:
    """Cancel what `conn` runs once `timeout_s` have passed; the event says it did."""
    expired = threading.Event()

    def cancel() -> None:
        expired.set()
        conn.cancel_safe()

    timer = threading.Timer(timeout_s, cancel)
    timer.daemon = True
    timer.start()
    try:
        yield expired
    finally:
        timer.cancel()


def _failure(migration: Migration, position: int, error: psycopg.Error, reason: str | None) -> str:
    diag = error.diag
    where = f"{migration.path}, line {migration.text.count(chr(10), 0, position) + 1}"
    state = f" (SQLSTATE {diag.sqlstate})" if diag.sqlstate else ""
    parts = [diag.message_primary or str(error), diag.message_detail, diag.message_hint, reason]
    message = " ".join(_sentence(p) for p in parts if p)
    return (
        f"Migration {where} failed{state}: {message} Earlier migrations were applied; "
        "later ones were not run."
    )


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith(".") else text + "."
