"""A recorded version as a source: the package's `schema_history/` records, read and
replayed into the Schema of one version (`rollback`, `diff`), and the record that an
apply adds (see codemod.history for the format)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from codemod.errors import HistoryError
from codemod.files import read_files, shown
from codemod.history import (
    HistoryFormatError,
    Record,
    Version,
    data_hash,
    new_record,
    parse_record,
    replay,
)
from codemod.history_files import HISTORY_DIR, record_name, record_number
from codemod.model import Schema


@dataclass(frozen=True)
class History:
    folder: Path
    records: tuple[Record, ...]

    @property
    def versions(self) -> tuple[Version, ...]:
        return tuple(r.version for r in self.records)

    def record_path(self, number: int) -> Path:
        return self.folder / record_name(number)


def history_folder(schemas_dir: Path) -> Path:
    return schemas_dir / HISTORY_DIR


def read_history(folder: Path) -> History:
    """Every record in `folder` (none when it does not exist), numbered 1, 2, 3..."""
    names = sorted(
        (number, path.name)
        for path in (folder.iterdir() if folder.is_dir() else ())
        if (number := record_number(path.name)) is not None
    )
    texts = read_files(folder, [name for _, name in names]).texts
    records = []
    for expected, (number, name) in enumerate(names, start=1):
        where = shown(folder / name)
        if number != expected:
            raise HistoryError(
                f"{shown(folder)} has no record of version {expected} before {where}: "
                "versions are numbered 1, 2, 3... Restore the missing file from version "
                "control, or renumber the records."
            )
        try:
            record = parse_record(texts[name])
        except HistoryFormatError as error:
            raise HistoryError(
                f"{where} is not a schemasync history record: {error}. Restore it from "
                "version control."
            ) from None
        if record.version.number != number:
            raise HistoryError(
                f"{where} records version {record.version.number}, but its name says "
                f"{number}. Restore it from version control."
            )
        records.append(record)
    return History(folder, tuple(records))


def read_version_schema(path: Path) -> Schema:
    """The Schema of the version whose record is `path` (`schema_history/v0003.json`),
    rebuilt from the records up to it and checked against its DB_HASH."""
    from codemod.introspect.snapshot import FORMAT_KEY, FORMAT_VERSION, schema_from_data

    history = read_history(path.parent)
    number = record_number(path.name)
    if number is None or not 1 <= number <= len(history.records):
        recorded = (
            f"versions 1 to {len(history.records)} are recorded"
            if history.records
            else "no version is recorded yet (each `schemasync apply` that changes the "
            "schema records one)"
        )
        raise HistoryError(
            f"There is no version {number or path.name} in {shown(path.parent)}: {recorded}. "
            "Run `schemasync history` to list them."
        )
    records = history.records[:number]
    data = replay(records)
    wanted = records[-1].version.db_hash
    if data_hash(data) != wanted:
        raise HistoryError(
            f"The records in {shown(path.parent)} up to {shown(path)} do not rebuild "
            f"version {number}'s schema (DB_HASH {wanted[:12]}): a record was edited by "
            "hand. Restore the folder from version control."
        )
    body = {FORMAT_KEY: FORMAT_VERSION, **{k: list(v.values()) for k, v in data.items()}}
    try:
        return schema_from_data(body)
    except ValueError as error:
        raise HistoryError(
            f"The records in {shown(path.parent)} do not rebuild a schema: {error}."
        ) from None


def next_record(history: History, schema: Schema, date: str, note: str = "") -> Record | None:
    """The record an apply that leaves the package at `schema` adds: None when the last
    version already has this schema."""
    if history.records and history.records[-1].version.db_hash == schema.sha256:
        return None
    previous = replay(history.records) if history.records else None
    return new_record(previous, schema, len(history.records) + 1, date, note)
