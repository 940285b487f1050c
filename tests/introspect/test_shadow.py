"""The shadow database: migrations applied to a throwaway server, then read."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_db import PG15_BIN

from codemod.errors import MigrationError, SourceError
from codemod.introspect import ShadowOptions
from codemod.introspect.shadow import read_schema_from_migrations
from codemod.model import Column, ColumnType, ForeignKey, Table

REPO = Path(__file__).resolve().parents[2]
FIXTURE_MIGRATIONS = REPO / "fixtures" / "supabase" / "migrations"


def write_migrations(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_migrations_apply_in_file_name_order(tmp_path: Path) -> None:
    folder = write_migrations(
        tmp_path / "migrations",
        {
            # Listed out of order on purpose; a file may hold its own begin/commit.
            "20240201000000_add_column.sql": "alter table notes add column body text;",
            "20240101000000_create.sql": """
                begin;
                create table notes (id integer primary key);
                -- % signs need no escaping: the file is sent as it is.
                alter table notes add constraint id_positive check (id > 0 or '%' = '%');
                commit;
            """,
            "README.md": "not a migration",
        },
    )
    schema = read_schema_from_migrations(folder, ["public"])
    (notes,) = schema.tables
    assert [c.name for c in notes.columns] == ["id", "body"]
    assert [c.name for c in notes.constraints] == ["id_positive"]


def test_supabase_platform_stub(tmp_path: Path) -> None:
    folder = write_migrations(
        tmp_path,
        {
            "0001_profiles.sql": """
                create table public.profiles (
                    id uuid primary key references auth.users on delete cascade,
                    avatar_bucket text references storage.buckets,
                    role text default auth.role(),
                    claims jsonb default auth.jwt()
                );
                alter table public.profiles enable row level security;
                create policy "own profile" on public.profiles
                    for select to authenticated using (auth.uid() = id);
                create policy "own files" on storage.objects for insert to authenticated
                    with check ((storage.foldername(name))[1] = auth.uid()::text);
                grant select on public.profiles to anon, service_role;
                insert into storage.buckets (id, name, public) values ('avatars', 'avatars', true);
                create table auth.not_ours (id integer);
            """,
        },
    )
    schema = read_schema_from_migrations(folder, ["public", "auth", "storage"])
    assert schema.tables == (
        Table(
            "public",
            "profiles",
            (
                Column("id", ColumnType("uuid", "uuid"), nullable=False),
                Column("avatar_bucket", ColumnType("text", "text")),
                Column("role", ColumnType("text", "text"), default="auth.role()"),
                Column("claims", ColumnType("jsonb", "jsonb"), default="auth.jwt()"),
            ),
            primary_key=("id",),
            foreign_keys=(
                ForeignKey(
                    "profiles_avatar_bucket_fkey", ("avatar_bucket",), "storage", "buckets", ("id",)
                ),
                ForeignKey("profiles_id_fkey", ("id",), "auth", "users", ("id",), "CASCADE"),
            ),
        ),
    )


def test_failing_migration_names_file_and_line(tmp_path: Path) -> None:
    folder = write_migrations(
        tmp_path,
        {
            "0001_ok.sql": "create table a (id integer);",
            "0002_broken.sql": (
                "-- adds b\n"
                "create table b (id integer);\n"
                "\n"
                "insert into b select id from missing_table;\n"
            ),
            "0003_never_run.sql": "create table c (id integer);",
        },
    )
    with pytest.raises(MigrationError) as caught:
        read_schema_from_migrations(folder, ["public"])
    message = caught.value.message
    assert message.startswith(f"Migration {folder / '0002_broken.sql'}, line 4 failed")
    assert 'relation "missing_table" does not exist' in message
    assert "42P01" in message
    assert "\n" not in message


def test_failure_without_a_position_still_names_the_file(tmp_path: Path) -> None:
    folder = write_migrations(
        tmp_path, {"0001.sql": "create table a (id integer);\ncreate table a (id integer);"}
    )
    with pytest.raises(MigrationError, match=r'0001\.sql, line 2 failed .*"a" already exists'):
        read_schema_from_migrations(folder, ["public"])


def test_concurrently_runs_outside_the_transaction_as_the_supabase_cli_does(
    tmp_path: Path,
) -> None:
    folder = write_migrations(
        tmp_path,
        {
            "0001.sql": (
                "create table a (id integer primary key, code text);\n"
                "create index concurrently a_code_idx on a (code);\n"
                "alter table a add column note text;\n"
            )
        },
    )
    (table,) = read_schema_from_migrations(folder, ["public"]).tables
    assert [c.name for c in table.columns] == ["id", "code", "note"]


def test_missing_or_empty_folder_is_a_source_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist"):
        read_schema_from_migrations(tmp_path / "nowhere", ["public"])
    with pytest.raises(SourceError, match=r"no \*\.sql files"):
        read_schema_from_migrations(tmp_path, ["public"])


def test_example_supabase_migrations_apply_on_15_and_18() -> None:
    on_18 = read_schema_from_migrations(FIXTURE_MIGRATIONS, ["public"])
    on_15 = read_schema_from_migrations(
        FIXTURE_MIGRATIONS, ["public"], options=ShadowOptions(pg_bin=PG15_BIN)
    )
    assert on_15.to_json() == on_18.to_json()
    names = {t.name for t in on_18.tables}
    assert {"organizations", "organization_members", "projects", "requirements"} <= names
    assert "users" not in names
    organizations = next(t for t in on_18.tables if t.name == "organizations")
    email = organizations.column("billing_email")
    assert email is not None
    assert email.type == ColumnType("text", "email_address", domain="email_address")
    billing_plan = on_18.enum("billing_plan")
    assert billing_plan is not None
    assert billing_plan.values == ("free", "pro", "team", "enterprise")
