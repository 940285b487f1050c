"""Which files of a migrations folder the Supabase CLI applies, and in what order; and
how a file is cut into what is sent (no database needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from codemod.errors import SourceError
from codemod.introspect.migrations import read_history
from codemod.sql import split_statements, statement_mode


def folder_with(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "supabase" / "migrations"
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_text(f"-- {name}\n", encoding="utf-8")
    return folder


def test_only_digits_underscore_name_sql_files_are_migrations(tmp_path: Path) -> None:
    folder = folder_with(
        tmp_path,
        [
            "20240101000000_init_schema.sql",
            "20240102_short.sql",
            "0_first.sql",
            "123_.sql",
            "20240103000000_dots.in.name.sql",
            "README.md",
            "20240104000000.sql",  # no name
            "2024-01-05_dashes.sql",
            "20240106000000_upper.SQL",
            "draft_20240107000000.sql",
            ".gitkeep",
        ],
    )
    (folder / "20240108000000_a_folder.sql").mkdir()  # folders are passed over silently
    history = read_history(folder)
    assert [m.path.name for m in history.migrations] == [
        "0_first.sql",
        "123_.sql",
        "20240101000000_init_schema.sql",
        "20240102_short.sql",
        "20240103000000_dots.in.name.sql",
    ]
    assert sorted(path.name for path, _ in history.skipped) == [
        ".gitkeep",
        "2024-01-05_dashes.sql",
        "20240104000000.sql",
        "20240106000000_upper.SQL",
        "README.md",
        "draft_20240107000000.sql",
    ]
    assert all("<digits>_<name>.sql" in why for _, why in history.skipped)


def test_order_is_by_version(tmp_path: Path) -> None:
    # By file name, 20240420010000 sorts before 20240420_; by version, after it.
    folder = folder_with(tmp_path, ["20240420010000_b.sql", "20240420_a.sql", "7_x.sql"])
    history = read_history(folder)
    assert [(m.version, m.name) for m in history.migrations] == [
        ("20240420", "a"),
        ("20240420010000", "b"),
        ("7", "x"),
    ]


def test_two_files_with_one_version_are_refused(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, ["20260201_daily.sql", "20260201_weekly.sql", "1_a.sql"])
    with pytest.raises(SourceError) as caught:
        read_history(folder)
    assert caught.value.message.startswith(
        f"Migrations {folder / '20260201_daily.sql'} and {folder / '20260201_weekly.sql'} have "
        "the same version, 20260201: the Supabase CLI records each version once"
    )


def test_seed_is_never_applied_and_roles_run_first(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, ["20240101000000_a.sql"])
    (folder.parent / "seed.sql").write_text("insert into a values (1);", encoding="utf-8")
    (folder.parent / "roles.sql").write_text("create role app;", encoding="utf-8")
    history = read_history(folder)
    assert [m.path.name for m in history.applied] == ["roles.sql", "20240101000000_a.sql"]
    assert history.roles is not None
    assert history.roles.version == ""  # not recorded


def test_a_legacy_init_migration_is_skipped(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, ["20211001000000_init.sql", "20211002000000_next.sql"])
    history = read_history(folder)
    assert [m.path.name for m in history.migrations] == ["20211002000000_next.sql"]
    assert [(p.name, why) for p, why in history.skipped] == [
        ("20211001000000_init.sql", "a legacy init migration, which the CLI skips")
    ]
    # Only as the first file, and only before the CLI's own history table existed.
    later = folder_with(tmp_path / "later", ["20220101000000_init.sql"])
    assert [m.name for m in read_history(later).migrations] == ["init"]


def test_a_folder_without_migrations_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="does not exist"):
        read_history(tmp_path / "nowhere")
    folder = folder_with(tmp_path, ["notes.md", "schema.sql"])
    with pytest.raises(SourceError, match=r'no migrations \(files named "<digits>_<name>\.sql"'):
        read_history(folder)


def test_a_file_that_is_not_utf8_is_a_source_error(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, [])
    (folder / "1_latin1.sql").write_bytes("select 'café';".encode("latin-1"))
    with pytest.raises(SourceError, match=r"1_latin1\.sql is not UTF-8"):
        read_history(folder)


@pytest.mark.parametrize(
    ("statement", "mode"),
    [
        ("create table a (id int)", "transaction"),
        ("create index concurrently a_idx on a (id)", "standalone"),
        ("CREATE UNIQUE INDEX CONCURRENTLY a_idx ON a (id)", "standalone"),
        ("drop index concurrently if exists a_idx", "standalone"),
        ("reindex (verbose) table concurrently a", "standalone"),
        ("vacuum analyze a", "standalone"),
        ("alter system set work_mem = '8MB'", "standalone"),
        ("create database other", "standalone"),
        ("alter table a detach partition a_2024 concurrently", "standalone"),
        ("alter table a detach partition a_2024", "transaction"),
        ("begin", "control"),
        ("START TRANSACTION", "control"),
        ("commit", "control"),
        ("rollback", "control"),
        ("rollback to savepoint s", "transaction"),
        ("end", "control"),
        ("create function f() returns int begin atomic select 1; end", "transaction"),
    ],
)
def test_how_the_cli_runs_a_statement(statement: str, mode: str) -> None:
    assert statement_mode(statement) == mode


def test_split_keeps_offsets_into_the_file() -> None:
    text = "-- first\ncreate table é (id int);\n\ncreate function f() returns text\n"
    text += "language sql as $$ select ';' $$;\nselect 1"
    statements = split_statements(text)
    assert statements is not None
    assert [text[s.start : s.end] for s in statements] == [
        "create table é (id int)",
        "create function f() returns text\nlanguage sql as $$ select ';' $$",
        "select 1",
    ]
    assert split_statements("create tabel x ();") is None  # the server reports where
