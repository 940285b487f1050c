"""The shadow database: migrations applied by the Supabase CLI's rules to a throwaway
server that holds the Supabase platform, then read."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_db import PG15_BIN

from codemod.errors import MigrationError
from codemod.feedback import Feedback
from codemod.introspect import ShadowOptions
from codemod.introspect.shadow import read_schema_from_migrations
from codemod.introspect.shadow_cache import ShadowCache
from codemod.model import Column, ColumnType, ForeignKey, Table

REPO = Path(__file__).resolve().parents[2]
FIXTURE_MIGRATIONS = REPO / "fixtures" / "supabase" / "migrations"


def write_migrations(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def read(folder: Path, cache: ShadowCache, *schemas: str, **options: float) -> list[Table]:
    shadow = ShadowOptions(cache_dir=cache.root, **options)  # type: ignore[arg-type]
    tables = read_schema_from_migrations(folder, schemas or ("public",), options=shadow).tables
    return list(tables)


def failure(folder: Path, cache: ShadowCache, **options: float) -> str:
    with pytest.raises(MigrationError) as caught:
        read(folder, cache, **options)
    assert "\n" not in caught.value.message
    return caught.value.message


def test_migrations_apply_in_version_order(tmp_path: Path, shadow_cache: ShadowCache) -> None:
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
    (notes,) = read(folder, shadow_cache)
    assert [c.name for c in notes.columns] == ["id", "body"]
    assert [c.name for c in notes.constraints] == ["id_positive"]


def test_the_supabase_platform_is_there_before_the_first_migration(
    tmp_path: Path, shadow_cache: ShadowCache
) -> None:
    folder = write_migrations(
        tmp_path,
        {
            "1_profiles.sql": """
                create table public.profiles (
                    id uuid primary key references auth.users on delete cascade,
                    avatar_bucket text references storage.buckets,
                    role text default auth.role(),
                    claims jsonb default auth.jwt(),
                    token text default encode(gen_random_bytes(8), 'hex'),
                    ref uuid default uuid_generate_v4()
                );
                alter table public.profiles enable row level security;
                create policy "own profile" on public.profiles
                    for select to authenticated using (auth.uid() = id);
                create policy "own files" on storage.objects for insert to authenticated
                    with check ((storage.foldername(name))[1] = auth.uid()::text
                        and owner_id = auth.uid()::text and path_tokens[1] is not null);
                grant select on public.profiles to anon, service_role, authenticator,
                    supabase_auth_admin, dashboard_user;
                insert into storage.buckets (id, name, public) values ('avatars', 'avatars', true);
                alter publication supabase_realtime add table public.profiles;
                select realtime.send('{}'::jsonb, 'hello', 'room:1', false);
                create table auth.not_ours (id integer);
            """,
        },
    )
    tables = read(folder, shadow_cache, "public", "auth", "storage")
    assert tables == [
        Table(
            "public",
            "profiles",
            (
                Column("id", ColumnType("uuid", "uuid"), nullable=False),
                Column("avatar_bucket", ColumnType("text", "text")),
                Column("role", ColumnType("text", "text"), default="auth.role()"),
                Column("claims", ColumnType("jsonb", "jsonb"), default="auth.jwt()"),
                Column(
                    "token",
                    ColumnType("text", "text"),
                    default="encode(extensions.gen_random_bytes(8), 'hex'::text)",
                ),
                Column("ref", ColumnType("uuid", "uuid"), default="extensions.uuid_generate_v4()"),
            ),
            primary_key=("id",),
            foreign_keys=(
                ForeignKey(
                    "profiles_avatar_bucket_fkey", ("avatar_bucket",), "storage", "buckets", ("id",)
                ),
                ForeignKey("profiles_id_fkey", ("id",), "auth", "users", ("id",), "CASCADE"),
            ),
            row_security=True,
        ),
    ]


def test_a_failing_migration_names_file_and_line(tmp_path: Path, shadow_cache: ShadowCache) -> None:
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
    message = failure(folder, shadow_cache)
    assert message.startswith(f"Migration {folder / '0002_broken.sql'}, line 4 failed")
    assert 'relation "missing_table" does not exist' in message
    assert "42P01" in message


def test_a_failure_without_a_position_names_the_statement_s_line(
    tmp_path: Path, shadow_cache: ShadowCache
) -> None:
    folder = write_migrations(
        tmp_path,
        {"1_dup.sql": "create table a (id integer);\n\ncreate table a (id integer);"},
    )
    message = failure(folder, shadow_cache)
    assert message.startswith(f"Migration {folder / '1_dup.sql'}, line 3 failed")
    assert '"a" already exists' in message


def test_a_failed_file_is_rolled_back_as_a_whole(tmp_path: Path, shadow_cache: ShadowCache) -> None:
    folder = write_migrations(
        tmp_path,
        {"1_a.sql": "create table kept (id int);", "2_b.sql": "create table x (id int);"},
    )
    assert [t.name for t in read(folder, shadow_cache)] == ["kept", "x"]
    (folder / "3_c.sql").write_text("create table y (id int);\nselect 1/0;", encoding="utf-8")
    message = failure(folder, shadow_cache)
    assert "3_c.sql, line 2 failed (SQLSTATE 22012): division by zero" in message


def test_concurrently_runs_outside_the_file_s_transaction(
    tmp_path: Path, shadow_cache: ShadowCache
) -> None:
    folder = write_migrations(
        tmp_path,
        {
            "1_a.sql": (
                "create table a (id integer primary key, code text);\n"
                "create index concurrently a_code_idx on a (code);\n"
                "alter table a add column note text;\n"
            )
        },
    )
    (table,) = read(folder, shadow_cache)
    assert [c.name for c in table.columns] == ["id", "code", "note"]


def test_a_new_enum_value_cannot_be_used_in_the_same_file(
    tmp_path: Path, shadow_cache: ShadowCache
) -> None:
    # As on Supabase: the file is one transaction, and PostgreSQL refuses the new value.
    folder = write_migrations(
        tmp_path,
        {
            "1_a.sql": "create type s as enum ('a');",
            "2_b.sql": "alter type s add value 'b';\ncreate table t (v s default 'b');",
        },
    )
    assert "55P04" in failure(folder, shadow_cache)
    (folder / "2_b.sql").write_text("alter type s add value 'b';", encoding="utf-8")
    (folder / "3_c.sql").write_text("create table t (v s default 'b');", encoding="utf-8")
    assert [t.name for t in read(folder, shadow_cache)] == ["t"]


def test_each_file_starts_with_the_session_reset(tmp_path: Path, shadow_cache: ShadowCache) -> None:
    # A dump-style baseline empties the search_path; the CLI's RESET ALL restores
    # `"$user", public, extensions` for the next file.
    folder = write_migrations(
        tmp_path,
        {
            "1_baseline.sql": "select pg_catalog.set_config('search_path', '', false);\n"
            'create table "public"."a" ("id" "uuid" default "extensions"."uuid_generate_v4"());',
            "2_next.sql": "create table b (id uuid default uuid_generate_v4());",
        },
    )
    assert [t.name for t in read(folder, shadow_cache)] == ["a", "b"]


def test_missing_platform_and_extension_objects_are_explained(
    tmp_path: Path, shadow_cache: ShadowCache
) -> None:
    cases = {
        # An extension no earlier migration enables (the dashboard leaves no migration).
        "1_a.sql": "select cron.schedule('x', '* * * * *', 'select 1');",
        "2_b.sql": "create table t (id text default public.uuid_generate_v4()::text);",
        "3_c.sql": "select auth.no_such_function();",
        "4_d.sql": "grant select on pg_class to no_such_role;",
        "5_e.sql": "create extension no_such_extension;",
        "6_f.sql": "select pg_catalog.set_config('search_path', '', false);\n"
        "create table public.u (id uuid default uuid_generate_v4());",
        "7_g.sql": "select pg_catalog.set_config('search_path', '', false);\n"
        "create table u (id int);",
        "8_h.sql": "create extension timescaledb with schema extensions;\n"
        "create table m (at timestamptz not null, v float8);\n"
        "alter table m set (timescaledb.compress);",
    }
    explanations = {
        "1_a.sql": "comes with the extension pg_cron, which no earlier migration enables",
        "2_b.sql": "uuid_generate_v4 is in extensions, not in public: write extensions.uuid",
        "3_c.sql": "auth.no_such_function belongs to the Supabase platform",
        "4_d.sql": "no_such_role is not a role of the Supabase platform: create it in "
        "supabase/roles.sql",
        "5_e.sql": "no_such_extension is not one of the extensions Supabase offers",
        "6_f.sql": "qualify it, as extensions.uuid_generate_v4",
        "7_g.sql": "The search_path is empty here",
        "8_h.sql": "This is where schemasync's stand-in for timescaledb falls short:",
    }
    for name, sql in cases.items():
        folder = write_migrations(tmp_path / name, {name: sql})
        assert explanations[name] in failure(folder, shadow_cache), name


def test_a_migration_that_takes_too_long_is_stopped(
    tmp_path: Path, shadow_cache: ShadowCache
) -> None:
    folder = write_migrations(
        tmp_path, {"1_ok.sql": "create table a (id int);", "2_slow.sql": "select pg_sleep(30);"}
    )
    message = failure(folder, shadow_cache, timeout_s=0.5)
    assert message.startswith(f"Migration {folder / '2_slow.sql'} did not finish within 0.5 s")
    assert "migration_timeout" in message


def test_skipped_files_are_told_in_detail(tmp_path: Path, shadow_cache: ShadowCache) -> None:
    folder = write_migrations(tmp_path / "supabase" / "migrations", {"1_a.sql": "select 1;"})
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    (folder.parent / "seed.sql").write_text("create table seeded (id int);", encoding="utf-8")
    details: list[str] = []
    schema = read_schema_from_migrations(
        folder,
        ["public"],
        options=ShadowOptions(cache_dir=shadow_cache.root),
        feedback=Feedback(detail=details.append),
    )
    assert schema.tables == ()  # seed.sql is never applied
    assert f"skipped {folder / 'notes.txt'}: the name does not match" in details[0]


def test_example_supabase_migrations_apply_on_15_and_18(shadow_cache: ShadowCache) -> None:
    on_18 = read_schema_from_migrations(
        FIXTURE_MIGRATIONS, ["public"], options=ShadowOptions(cache_dir=shadow_cache.root)
    )
    on_15 = read_schema_from_migrations(
        FIXTURE_MIGRATIONS,
        ["public"],
        options=ShadowOptions(pg_bin=PG15_BIN, cache_dir=shadow_cache.root),
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


def test_a_stand_in_that_changes_what_is_read_says_so(
    tmp_path: Path, shadow_cache: ShadowCache
) -> None:
    folder = write_migrations(
        tmp_path,
        {
            "1_places.sql": "create extension if not exists postgis with schema extensions;\n"
            "create table places (id int primary key, spot extensions.geography(Point, 4326));\n"
            "create index places_spot_idx on places using gist (spot);",
        },
    )
    for _ in range(2):  # from the cache too
        warnings: list[str] = []
        schema = read_schema_from_migrations(
            folder,
            ["public"],
            options=ShadowOptions(cache_dir=shadow_cache.root),
            feedback=Feedback(warn=warnings.append),
        )
        assert len(warnings) == 1
        assert warnings[0].startswith(
            "the shadow database's postgis is a stand-in: Type modifiers such as geometry"
        )
        (places,) = schema.tables
        spot = places.column("spot")
        assert spot is not None
        assert (spot.type.name, spot.type.sql) == ("geography", "extensions.geography")
