"""The file edge: read the package's sources; write changed files all or nothing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from codemod.errors import SchemasyncError


def read_sources(root: Path, paths: Iterable[str]) -> dict[str, str]:
    """Text of each existing file under `root`, keyed by its path relative to root."""
    sources: dict[str, str] = {}
    for path in paths:
        file = root / path
        if file.is_file():
            try:
                sources[path] = file.read_bytes().decode("utf-8")
            except UnicodeDecodeError as err:
                raise SchemasyncError(f"{file}: not UTF-8 text ({err.reason}).") from None
    return sources


def write_atomically(root: Path, files: Mapping[str, str]) -> None:
    """Write every file, or none: each goes to a temporary file in its own folder first
    and is renamed over the original only when all temporary files are written."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in files.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            staged.append((tmp, target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(text.encode("utf-8"))
            if target.exists():
                os.chmod(tmp, target.stat().st_mode & 0o7777)
            else:
                os.chmod(tmp, 0o644)
    except OSError as err:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise SchemasyncError(
            f"Could not write {err.filename}: {err.strerror}. No file was changed."
        ) from None
    for tmp, target in staged:
        os.replace(tmp, target)
