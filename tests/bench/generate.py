"""A deterministic generator of Supabase-like schemas, as SQL, at three sizes."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Size:
    name: str
    tables: int
    enums: int
    columns_per_table: int  # on average


SIZES = {
    "small": Size("small", 50, 24, 20),
    "medium": Size("medium", 500, 200, 20),
    "large": Size("large", 2000, 500, 20),
}

_WORDS = [
    "account",
    "invoice",
    "payment",
    "order",
    "item",
    "product",
    "customer",
    "address",
    "shipment",
    "review",
    "comment",
    "message",
    "thread",
    "channel",
    "member",
    "team",
    "project",
    "task",
    "label",
    "milestone",
    "sprint",
    "document",
    "folder",
    "file",
    "asset",
    "image",
    "video",
    "event",
    "session",
    "device",
    "token",
    "webhook",
    "subscription",
    "plan",
    "coupon",
    "discount",
    "tax",
    "region",
    "store",
    "warehouse",
    "stock",
    "supplier",
    "contract",
    "clause",
    "policy",
    "claim",
    "ticket",
    "incident",
    "alert",
    "metric",
    "report",
    "dashboard",
    "widget",
]
_TYPES = (
    "text",
    "varchar(120)",
    "integer",
    "bigint",
    "smallint",
    "boolean",
    "numeric(12,2)",
    "timestamptz",
    "date",
    "jsonb",
    "text[]",
    "uuid",
    "double precision",
    "interval",
    "inet",
)


def table_names(count: int) -> list[str]:
    """Plural snake_case names, distinct, in a stable order."""
    names: list[str] = []
    for i in range(count):
        first, second = _WORDS[i % len(_WORDS)], _WORDS[(i // len(_WORDS)) % len(_WORDS)]
        names.append(f"{second}_{first}s_{i}" if i >= len(_WORDS) else f"{first}s")
    return names


def schema_sql(size: Size, seed: int = 7) -> str:
    """CREATE TYPE and CREATE TABLE statements for a schema of `size`."""
    rng = random.Random(seed)
    out: list[str] = []
    enums = [f"{_WORDS[i % len(_WORDS)]}_kind_{i}" for i in range(size.enums)]
    for name in enums:
        values = ", ".join(f"'value_{j}'" for j in range(rng.randint(3, 8)))
        out.append(f"create type {name} as enum ({values});")
    tables = table_names(size.tables)
    for index, table in enumerate(tables):
        columns = [
            "id uuid primary key default gen_random_uuid()",
            "created_at timestamptz not null default now()",
        ]
        if index:
            parent = tables[rng.randrange(index)]
            columns.append(f"{parent[:40]}_id uuid references {parent}(id) on delete cascade")
        for c in range(size.columns_per_table - len(columns)):
            kind = enums[rng.randrange(len(enums))] if rng.random() < 0.1 else rng.choice(_TYPES)
            null = " not null" if rng.random() < 0.4 else ""
            columns.append(f"col_{c} {kind}{null}")
        out.append(f"create table {table} (\n  " + ",\n  ".join(columns) + "\n);")
    return "\n".join(out) + "\n"


def drift_sql(size: Size) -> str:
    """A little drift: five new columns and two new enum values."""
    tables = table_names(size.tables)
    enums = [f"{_WORDS[i % len(_WORDS)]}_kind_{i}" for i in range(size.enums)]
    step = max(1, len(tables) // 5)
    columns = [f"alter table {tables[i * step]} add column drift_{i} text;" for i in range(5)]
    values = [f"alter type {enums[i]} add value 'drift_{i}';" for i in range(2)]
    return "\n".join(columns + values) + "\n"


def large_migration(statements: int, seed: int = 11) -> str:
    """A long, realistic migration for the linter: DDL of every common kind."""
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(statements):
        kind = i % 5
        if kind == 0:
            out.append(
                f"create table bench_{i} (id bigint generated always as identity "
                f"primary key, name text not null, created_at timestamptz default now());"
            )
        elif kind == 1:
            out.append(f"alter table bench_{i - 1} add column note_{rng.randint(0, 99)} text;")
        elif kind == 2:
            out.append(
                f"create index if not exists bench_{i - 2}_name_idx on bench_{i - 2} (name);"
            )
        elif kind == 3:
            out.append(f"comment on table bench_{i - 3} is 'generated table {i}';")
        else:
            out.append(
                f"alter table bench_{i - 4} add constraint bench_{i}_name_check "
                "check (length(name) > 0) not valid;"
            )
    return "\n".join(out) + "\n"


def migration_history(size: Size, files: int) -> dict[str, str]:
    """`schema_sql(size)` as a Supabase migrations folder of `files` files, each table
    with what real migrations add to it: row-level security, a policy, an index, a
    comment and grants."""
    statements = [s for s in schema_sql(size).split(";\n") if s.strip()]
    extras: list[str] = []
    for statement in statements:
        extras.append(statement + ";")
        if statement.startswith("create table"):
            table = statement.split()[2]
            extras += [
                f"alter table {table} enable row level security;",
                f'create policy "{table} readable" on {table} for select using (true);',
                f"create index {table[:50]}_created_at_idx on {table} (created_at);",
                f"comment on table {table} is 'The {table}.';",
                f"grant select on {table} to anon, authenticated;",
            ]
    per_file = -(-len(extras) // files)
    return {
        f"{20240101000000 + i:014d}_step_{i}.sql": "\n".join(
            extras[i * per_file : (i + 1) * per_file]
        )
        + "\n"
        for i in range(files)
    }
