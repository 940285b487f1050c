"""The shadow database's cache: a hit costs a file read, anything that could change the
result is a miss, and a damaged or deleted cache is only ever slower, never wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers_db import PG15_BIN

from codemod.feedback import Feedback
from codemod.introspect import ShadowOptions
from codemod.introspect.shadow import read_schema_from_migrations
from codemod.model import Schema

CACHED = "from the cache"


class Run:
    """Reads one migrations folder through one cache, and tells whether it hit."""

    def __init__(self, folder: Path, cache_dir: Path) -> None:
        self.folder = folder
        self.cache_dir = cache_dir

    def __call__(self, **options: object) -> tuple[Schema, bool]:
        details: list[str] = []
        schema = read_schema_from_migrations(
            self.folder,
            ["public"],
            options=ShadowOptions(cache_dir=self.cache_dir, **options),  # type: ignore[arg-type]
            feedback=Feedback(detail=details.append),
        )
        return schema, any(CACHED in d for d in details)


def project(tmp_path: Path) -> Run:
    folder = tmp_path / "supabase" / "migrations"
    folder.mkdir(parents=True)
    (folder / "1_a.sql").write_text("create table a (id int);", encoding="utf-8")
    (folder / "2_b.sql").write_text("create table b (id int);", encoding="utf-8")
    return Run(folder, tmp_path / "cache")


def test_a_repeat_run_is_served_from_the_cache(tmp_path: Path) -> None:
    run = project(tmp_path)
    first, hit = run()
    assert not hit
    again, hit = run()
    assert hit
    assert again == first
    assert list((run.cache_dir / "schemas").glob("*.json"))  # where it is kept


def test_any_change_to_what_decides_the_result_is_a_miss(tmp_path: Path) -> None:
    run = project(tmp_path)
    run()
    b = run.folder / "2_b.sql"
    b.write_text("create table b (id int) ;", encoding="utf-8")  # one byte more
    schema, hit = run()
    assert not hit
    b.rename(run.folder / "3_b.sql")  # same bytes, another name
    assert not run()[1]
    (run.folder.parent / "roles.sql").write_text("create role app;", encoding="utf-8")
    assert not run()[1]
    assert not run(pg_bin=PG15_BIN)[1]  # another server build
    assert run(pg_bin=PG15_BIN)[1]
    (run.folder / "notes.txt").write_text("not a migration", encoding="utf-8")
    assert run()[1]  # what the CLI skips does not count
    assert [t.name for t in schema.tables] == ["a", "b"]


def test_no_cache_applies_the_migrations_again(tmp_path: Path) -> None:
    run = project(tmp_path)
    run()
    schema, hit = run(use_cache=False)
    assert not hit
    assert [t.name for t in schema.tables] == ["a", "b"]


def test_a_corrupt_entry_is_ignored_and_replaced(tmp_path: Path) -> None:
    run = project(tmp_path)
    expected, _ = run()
    (entry,) = (run.cache_dir / "schemas").glob("*.json")
    for damage in (
        "",
        "{",
        '{"warnings": [], "details": [], "schema": {"tables": "x"}}',
        "\x00\xff",
    ):
        entry.write_text(damage, encoding="utf-8", errors="surrogateescape")
        schema, hit = run()
        assert not hit
        assert schema == expected
        assert run()[1]  # replaced by a good entry


def test_a_deleted_or_damaged_cache_folder_is_made_again(tmp_path: Path) -> None:
    run = project(tmp_path)
    expected, _ = run()
    shutil.rmtree(run.cache_dir)
    assert run() == (expected, False)
    (cluster,) = (run.cache_dir / "clusters").iterdir()
    (cluster / "data" / "global" / "pg_control").unlink()  # a prepared folder that cannot start
    (run.cache_dir / "schemas").joinpath("x").mkdir()  # and some junk
    assert run(use_cache=True) == (expected, True)  # the schema entry still serves
    for entry in (run.cache_dir / "schemas").glob("*.json"):
        entry.unlink()
    assert run() == (expected, False)  # the prepared folder is made again
    assert (cluster / "data" / "global" / "pg_control").is_file()


def test_the_cache_holds_no_secrets(tmp_path: Path) -> None:
    run = project(tmp_path)
    run()
    for path in (run.cache_dir / "schemas").glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert "password" not in text.lower()
        assert str(run.folder) not in text  # not even where the project lives
