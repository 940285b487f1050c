"""A Schema saved as JSON by `schemasync snapshot`, to compare against without a database."""

from __future__ import annotations

import json
import os
from pathlib import Path

from codemod.errors import SourceError
from codemod.model import Schema


def write_snapshot(schema: Schema, path: Path) -> None:
    """Write the canonical JSON, indented for review, atomically."""
    text = json.dumps(json.loads(schema.to_json()), indent=2, sort_keys=True, ensure_ascii=False)
    # Temporary file then rename: an interrupted write never leaves half a snapshot.
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text + "\n", encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise SourceError(f"Could not write the snapshot {path}: {error}") from None


def read_snapshot(path: Path) -> Schema:
    """Read a snapshot written by write_snapshot (any JSON layout of the same data)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SourceError(f"Could not read the snapshot {path}: {error}") from None
    try:
        return Schema.from_json(text)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise SourceError(
            f"{path} is not a schemasync snapshot ({type(error).__name__}: {error}). "
            "Write a new one with `schemasync snapshot`."
        ) from None
