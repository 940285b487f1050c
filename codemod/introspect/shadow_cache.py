"""The shadow database's cache, keyed by content, in the user's cache folder.

Two kinds of entry:

- `schemas/<key>.json`: the Schema that a migration history gave, keyed by everything
  that decides it (the applied files' names and bytes, the platform SQL and stand-ins,
  the server build, the schemas read, schemasync's introspection code). A hit costs
  what reading a snapshot costs.
- `clusters/<key>/data`: a PostgreSQL data folder with the Supabase platform already
  applied, stopped cleanly; each run copies it instead of running initdb and the
  platform SQL.

It holds no secrets (schemas only, never a URL), and it is only ever a shortcut: an
entry that cannot be read is ignored and replaced, a folder that was deleted is made
again, and writes are atomic (a temporary name, then a rename).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from codemod.collector import bulk_building
from codemod.introspect.server import copy_tree
from codemod.model import Schema

CACHE_DIR_ENV: Final = "SCHEMASYNC_CACHE_DIR"
# Bumped when the layout of an entry changes.
_FORMAT: Final = "1"
_KEEP_SCHEMAS: Final = 64
_KEEP_CLUSTERS: Final = 3

#: what a shadow run had to say besides its Schema: warnings and details
Notes = dict[str, list[str]]


def default_cache_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """`$SCHEMASYNC_CACHE_DIR`, else the platform's user cache folder (XDG on Linux)."""
    if environ.get(CACHE_DIR_ENV):
        return Path(environ[CACHE_DIR_ENV])
    if sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif environ.get("XDG_CACHE_HOME"):
        base = Path(environ["XDG_CACHE_HOME"])
    else:
        try:
            base = Path.home() / ".cache"
        except RuntimeError:  # no home folder to be found
            return None
    return base / "schemasync"


def content_key(*parts: str | bytes) -> str:
    """sha256 over `parts`, each length-prefixed so that no two lists collide."""
    digest = hashlib.sha256(_FORMAT.encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(b"%d:" % len(data))
        digest.update(data)
    return digest.hexdigest()


@dataclass(frozen=True)
class ShadowCache:
    root: Path

    @bulk_building()
    def load_schema(self, key: str) -> tuple[Schema, Notes] | None:
        """The Schema stored for `key` and the notes that came with it."""
        import orjson  # as in canonical_json: only where a cached schema is read

        from codemod.introspect.snapshot import schema_from_data

        path = self._schema_path(key)
        try:
            entry = orjson.loads(path.read_bytes())
            schema = schema_from_data(entry["schema"])  # validated as a snapshot is
            notes: Notes = {k: [str(n) for n in entry[k]] for k in ("warnings", "details")}
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # corrupt or from elsewhere: made again and replaced
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept longest
        return schema, notes

    def store_schema(self, key: str, schema: Schema, notes: Notes) -> None:
        from codemod.introspect.snapshot import snapshot_data

        folder = self.root / "schemas"
        entry = json.dumps({**notes, "schema": snapshot_data(schema)})
        if self._write(folder, f"{key}.json", entry):
            _evict(folder.glob("*.json"), _KEEP_SCHEMAS)

    def cluster(self, key: str) -> Path | None:
        """A prepared data folder for `key`, if there is one."""
        data = self.root / "clusters" / key / "data"
        if not (data / "PG_VERSION").is_file():
            return None
        with contextlib.suppress(OSError):
            os.utime(data.parent)  # recently used: kept longest
        return data

    def store_cluster(self, key: str, data_dir: Path) -> Path | None:
        """Copy a stopped server's data folder into the cache; its cached copy, or None
        when the cache cannot be written."""
        folder = self.root / "clusters"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".tmp-", dir=folder))
            copy_tree(data_dir, staging / "data")
            try:
                staging.rename(folder / key)
            except OSError:  # another run stored the same key first
                shutil.rmtree(staging, ignore_errors=True)
        except OSError:
            return None
        _evict((p for p in folder.iterdir() if not p.name.startswith(".")), _KEEP_CLUSTERS)
        return self.cluster(key)

    def drop_cluster(self, key: str) -> None:
        shutil.rmtree(self.root / "clusters" / key, ignore_errors=True)

    def _schema_path(self, key: str) -> Path:
        return self.root / "schemas" / f"{key}.json"

    def _write(self, folder: Path, name: str, text: str) -> bool:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
        except OSError:
            return False
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, folder / name)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            return False
        return True


def _evict(entries: Iterable[Path], keep: int) -> None:
    """Delete all but the `keep` most recently used entries."""

    def last_used(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return time.time()

    for stale in sorted(entries, key=last_used, reverse=True)[keep:]:
        if stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)
