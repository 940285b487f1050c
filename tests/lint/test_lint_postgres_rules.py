"""The PostgreSQL behaviour the lint rules rest on, checked against a real server: which
type changes rewrite the table, and which names PostgreSQL gives indexes and
constraints."""

from __future__ import annotations

import psycopg
import pytest
from pglast import ast, parse_sql

from codemod.lint.pgnames import index_columns, index_labels, is_chosen_name, make_object_name
from codemod.lint.rewrite import rewrites

pytestmark = pytest.mark.db

TYPE_CHANGES = [
    ("varchar(20)", "text"),
    ("varchar(20)", "varchar(40)"),
    ("varchar(20)", "varchar"),
    ("varchar(40)", "varchar(20)"),
    ("text", "varchar"),
    ("text", "varchar(20)"),
    ("numeric(10, 2)", "numeric(14, 2)"),
    ("numeric(10, 2)", "numeric"),
    ("numeric(10, 2)", "numeric(14, 4)"),
    ("numeric", "numeric(14, 2)"),
    ("timestamp(0)", "timestamp(3)"),
    ("timestamp(3)", "timestamp(0)"),
    ("timestamp", "timestamptz"),
    ("timestamptz", "timestamp"),
    ("integer", "bigint"),
    ("bigint", "integer"),
    ("char(10)", "text"),
    ("text", "text"),
    ("cidr", "inet"),
    ("varchar(20)[]", "text[]"),
    ("uuid", "text"),
]


def _type(sql: str) -> ast.TypeName:
    (stmt,) = parse_sql(f"create table t (c {sql})")
    assert isinstance(stmt.stmt, ast.CreateStmt)
    column = (stmt.stmt.tableElts or ())[0]
    assert isinstance(column, ast.ColumnDef)
    assert column.typeName is not None
    return column.typeName


@pytest.mark.parametrize(("old", "new"), TYPE_CHANGES, ids=lambda t: str(t))
def test_a_type_change_rewrites_exactly_when_the_rule_says(
    fresh_db: str, old: str, new: str
) -> None:
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        conn.execute("set timezone = 'UTC'")  # Supabase's default
        conn.execute(f"create table t (c {old})")
        value = "'10.0.0.0/8'" if old == "cidr" else "null"
        conn.execute(f"insert into t values ({value})")
        before = conn.execute("select relfilenode from pg_class where relname = 't'").fetchone()
        conn.execute(f"alter table t alter column c type {new}")
        after = conn.execute("select relfilenode from pg_class where relname = 't'").fetchone()
    assert rewrites(_type(old), _type(new)) == (before != after)


TABLES = [
    (
        "create table items (id bigint primary key, code text unique, owner_id bigint references"
        " owners (id), price numeric check (price >= 0), check (price < 1000 and code <> ''))"
    ),
    (
        "create table organization_membership_invitations_with_a_long_name (id bigint primary"
        " key, invited_by_organization_member_id bigint references owners (id),"
        " invited_by_organization_member_id_too bigint unique)"
    ),
]
INDEXES = [
    "create index on items (code)",
    "create index on items (lower(code), code)",
    "create index on items (code, code)",
    "create unique index on items (owner_id, code)",
    "create index on items (code)",  # a clash: items_code_idx1
]
LONG = "organization_membership_invitations_with_a_long_name"


def test_constraint_names_postgresql_chooses(fresh_db: str) -> None:
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        conn.execute("create table owners (id bigint primary key)")
        for sql in TABLES:
            conn.execute(sql)
        names = conn.execute(
            "select conname from pg_constraint where conrelid in"
            f" ('items'::regclass, '{LONG}'::regclass) and contype <> 'n'"
        ).fetchall()
    assert {name for (name,) in names} == {
        "items_pkey",
        "items_code_key",
        "items_owner_id_fkey",
        "items_price_check",
        "items_check",
        make_object_name(LONG, None, "pkey"),
        make_object_name(LONG, "invited_by_organization_member_id", "fkey"),
        make_object_name(LONG, "invited_by_organization_member_id_too", "key"),
    }
    assert make_object_name(LONG, "invited_by_organization_member_id", "fkey") == (
        "organization_membership_invit_invited_by_organization_memb_fkey"
    )


def test_index_names_postgresql_chooses(fresh_db: str) -> None:
    with psycopg.connect(fresh_db, autocommit=True) as conn:
        conn.execute("create table owners (id bigint primary key)")
        conn.execute(TABLES[0])
        for sql in INDEXES:
            conn.execute(sql)
        names = conn.execute(
            "select relname from pg_index join pg_class on pg_class.oid = indexrelid"
            " where indrelid = 'items'::regclass order by indexrelid"
        ).fetchall()
    created = [name for (name,) in names][-len(INDEXES) :]
    assert created == [
        "items_code_idx",
        "items_lower_code_idx",
        "items_code_code1_idx",
        "items_owner_id_code_idx",
        "items_code_idx1",
    ]
    for sql, name in zip(INDEXES, created, strict=True):
        (stmt,) = parse_sql(sql)
        assert isinstance(stmt.stmt, ast.IndexStmt)
        assert any(
            is_chosen_name(name, "items", index_columns(stmt.stmt) if columns else None, label)
            for label, columns in index_labels(stmt.stmt)
        )
