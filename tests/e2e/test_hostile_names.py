"""Hostile identifiers and values, synced through a real server: whatever the database
calls its enums, tables, columns and labels, the package `apply` writes imports, passes
`mypy --strict`, `check` says it is in sync, and a second `apply` changes nothing. Two
objects whose class names are one to Python are refused instead (exit 2, nothing
written)."""

from __future__ import annotations

import keyword
import tempfile
from pathlib import Path

from helpers_db import Server, fresh_database, run_sql
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from psycopg import sql

from e2e.project import new_project

HOSTILE = st.sampled_from(
    [
        *keyword.kwlist[:12],
        "match",
        "print",
        "list",
        "str",
        "type",
        "__init__",
        "__class__",
        "__secret",
        "_sunder_",
        "enum",
        "optional",
        "any",
        "literal",
        "typed_dict",
        "read_only",
        "Enum",
        "TypedDict",
        "Optional",
        "données",
        "名前",
        "ﬁle",
        "a.b",
        'q"uote',
        "it's",
        "1st",
        "9lives",
        "x" * 63,
        "é" * 31,
        "Users",
        "users",
        "USERS",
        "emoji😀",
        "back\\slash",
        "new\nline",
        "tab\tx",
        " spaced ",
        "",
    ]
)
IDENTIFIERS = HOSTILE.filter(bool)
LABELS = HOSTILE | st.text(
    st.characters(blacklist_categories=["Cs"], blacklist_characters="\0"), max_size=10
).filter(lambda s: len(s.encode()) <= 63)
TYPES = ["text", "integer", "numeric", "text[]", "jsonb", "boolean"]


@st.composite
def databases(draw: st.DrawFn) -> tuple[str, str]:
    """SQL that creates hostile enums, tables and a view; and the enum_columns style."""
    statements = ["create schema a"]
    enums = draw(st.lists(IDENTIFIERS, max_size=2, unique=True))
    for name in enums:
        labels = draw(st.lists(LABELS, min_size=1, max_size=4, unique=True))
        statements.append(
            sql.SQL("create type {} as enum ({})")
            .format(sql.Identifier(name), sql.SQL(", ").join(map(sql.Literal, labels)))
            .as_string()
        )
    types = [sql.SQL(t) for t in TYPES] + [sql.Identifier(e) for e in enums]
    # A table and a type of one schema cannot share a name (a table is a type too).
    table_names = st.tuples(st.sampled_from(["public", "public", "a"]), IDENTIFIERS).filter(
        lambda table: table[0] != "public" or table[1] not in enums
    )
    tables = draw(
        st.lists(
            table_names,
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    for schema, name in tables:
        columns = draw(st.lists(IDENTIFIERS, min_size=1, max_size=5, unique=True))
        body = sql.SQL(", ").join(
            sql.SQL("{} {}{}").format(
                sql.Identifier(c),
                draw(st.sampled_from(types)),
                sql.SQL(" not null" if draw(st.booleans()) else ""),
            )
            for c in columns
        )
        statements.append(
            sql.SQL("create table {}.{} ({})")
            .format(sql.Identifier(schema), sql.Identifier(name), body)
            .as_string()
        )
    schema, name = tables[0]
    # Types and relations share one namespace per schema: the database would refuse.
    public_names = {n for s, n in tables if s == "public"} | {name + " view"}
    assume(not public_names & set(enums) and name + " view" not in {n for _, n in tables})
    statements.append(
        sql.SQL("create view {} as select * from {}.{}")
        .format(sql.Identifier(name + " view"), sql.Identifier(schema), sql.Identifier(name))
        .as_string()
    )
    return ";\n".join(statements) + ";", draw(st.sampled_from(["str", "enum", "literal"]))


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(databases())
def test_hostile_names_sync_into_a_package_that_imports_and_type_checks(
    pg18: Server, database: tuple[str, str]
) -> None:
    script, enum_columns = database
    with fresh_database(pg18) as conninfo, tempfile.TemporaryDirectory() as folder:
        run_sql(conninfo, script)
        config = f'db_schemas = ["public", "a"]\nenum_columns = "{enum_columns}"'
        project = new_project(Path(folder), config)
        first = project.run("apply", "--db-url", conninfo)
        if first.returncode == 2 and "would both become class" in first.stderr:
            assert not (project.root / "schemas").exists()  # refused, nothing written
            event("refused: two objects make one class name")
            return
        event("synced")
        assert first.returncode == 0, script + first.stdout + first.stderr
        imported = project.run_python(
            "import schemas.enums, schemas.database.entities, schemas.database.relationships"
        )
        assert imported.returncode == 0, script + imported.stderr
        mypy = project.run_python(
            "from mypy.main import main; main()", "--strict", "--no-incremental", "schemas"
        )
        assert mypy.returncode == 0, script + mypy.stdout + mypy.stderr
        check = project.run("check", "--db-url", conninfo)
        assert check.returncode == 0, script + check.stdout + check.stderr
        files = {p: p.read_bytes() for p in (project.root / "schemas").rglob("*.py")}
        again = project.run("apply", "--db-url", conninfo)
        assert again.returncode == 0
        assert again.stdout == ""
        assert again.stderr == "schemasync: the package is in sync; nothing to change.\n"
        assert {p: p.read_bytes() for p in (project.root / "schemas").rglob("*.py")} == files
