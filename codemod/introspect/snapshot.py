"""A Schema saved as JSON by `schemasync snapshot`, to compare against without a database."""

from __future__ import annotations

import json
from pathlib import Path

from codemod.errors import SourceError
from codemod.model import Schema


def write_snapshot(schema: Schema, path: Path) -> None:
    """Write the canonical JSON, indented for review, atomically."""
    from codemod.files import write_atomically

    text = json.dumps(json.loads(schema.to_json()), indent=2, sort_keys=True, ensure_ascii=False)
    write_atomically(path.absolute().parent, {path.name: text + "\n"})


def read_snapshot(path: Path) -> Schema:
    """Read a snapshot written by write_snapshot (any JSON layout of the same data)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceError(f"Could not read the snapshot {path}: {error}") from None
    try:
        data = json.loads(text)
        # An empty or foreign JSON file must not read as an empty database: `apply
        # --prune` would then delete the whole package.
        if not (
            isinstance(data, dict)
            and isinstance(data.get("tables"), list)
            and isinstance(data.get("enums"), list)
        ):
            raise TypeError("no top-level `enums` and `tables` lists")
        return Schema.from_json(text)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise SourceError(
            f"{path} is not a schemasync snapshot ({type(error).__name__}: {error}). "
            "Write a new one with `schemasync snapshot`."
        ) from None
