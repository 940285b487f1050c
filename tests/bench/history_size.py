"""The size of the version history at 2,000 tables over 100 versions; print it.

    python tests/bench/history_size.py                    # 2,000 tables, 100 versions
    python tests/bench/history_size.py --tables 500 --versions 300

The schema is built in memory (no database): the large size of generate.py, with its
enums and about 20 columns a table. Each version then changes what a real one does: a
column or two added, an enum value, now and then a new table or a column dropped. The
records are rendered exactly as apply writes them. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import SIZES, table_names

from codemod.history import Record, data_hash, new_record, render_record, replay
from codemod.introspect.snapshot import snapshot_data
from codemod.model import Column, ColumnType, EnumType, Schema, Table

_TYPES = (ColumnType("text", "text"), ColumnType("int4", "integer"), ColumnType("jsonb", "jsonb"))


def initial_schema(tables: int, enums: int, columns: int, rng: random.Random) -> Schema:
    kinds = [
        EnumType("public", f"kind_{i}", tuple(f"v{j}" for j in range(5))) for i in range(enums)
    ]
    return Schema(
        enums=tuple(kinds),
        tables=tuple(
            Table(
                "public",
                name,
                tuple(
                    Column(f"col_{c}", rng.choice(_TYPES), nullable=rng.random() < 0.6)
                    for c in range(columns)
                ),
                primary_key=("col_0",),
            )
            for name in table_names(tables)
        ),
    )


def next_version(schema: Schema, number: int, rng: random.Random) -> Schema:
    tables = list(schema.tables)
    for _ in range(rng.randint(1, 2)):
        index = rng.randrange(len(tables))
        added = Column(f"added_{number}_{index}", rng.choice(_TYPES))
        tables[index] = dataclasses.replace(tables[index], columns=(*tables[index].columns, added))
    if number % 7 == 0:
        index = rng.randrange(len(tables))
        tables[index] = dataclasses.replace(tables[index], columns=tables[index].columns[:-1])
    if number % 10 == 0:
        tables.append(Table("public", f"new_table_{number}", (Column("id", _TYPES[1], False),)))
    enums = list(schema.enums)
    index = rng.randrange(len(enums))
    enums[index] = dataclasses.replace(enums[index], values=(*enums[index].values, f"n{number}"))
    return Schema(enums=tuple(enums), tables=tuple(tables))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    large = SIZES["large"]
    parser.add_argument("--tables", type=int, default=large.tables)
    parser.add_argument("--versions", type=int, default=100)
    options = parser.parse_args()
    rng = random.Random(7)
    schema = initial_schema(options.tables, large.enums, large.columns_per_table, rng)
    records: list[Record] = []
    sizes: list[int] = []
    start = time.perf_counter()
    previous = None
    for number in range(1, options.versions + 1):
        record = new_record(previous, schema, number, "2026-01-01T00:00:00Z")
        records.append(record)
        sizes.append(len(render_record(record).encode()))
        previous = replay([record], previous)  # apply replays every record; this is quicker
        if number < options.versions:
            schema = next_version(schema, number, rng)
    recording = time.perf_counter() - start
    start = time.perf_counter()
    assert data_hash(replay(records)) == schema.sha256
    rebuild = time.perf_counter() - start
    import json

    snapshot = len(json.dumps(snapshot_data(schema), indent=2, sort_keys=True).encode())
    mb = 1024 * 1024
    print(
        f"history of {len(schema.tables)} tables, {len(schema.enums)} enums, "
        f"{schema.column_count} columns over {options.versions} versions:"
    )
    print(f"  version 1 (every object):     {sizes[0] / mb:8.2f} MB")
    print(
        f"  each later version (median):  {sorted(sizes[1:])[len(sizes) // 2 - 1] / 1024:8.2f} KB"
    )
    print(f"  the whole record:             {sum(sizes) / mb:8.2f} MB")
    print(
        f"  one snapshot, for comparison: {snapshot / mb:8.2f} MB "
        f"({options.versions} snapshots: {options.versions * snapshot / mb:.0f} MB)"
    )
    print(f"  rebuilding the last version:  {rebuild:8.2f} s (replay and DB_HASH)")
    print(f"  recording all the versions:   {recording:8.2f} s")


if __name__ == "__main__":
    main()
