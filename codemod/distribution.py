"""The names this tool goes by: published on PyPI as `pg-schemasync` (the name
`schemasync` belongs to an unrelated project), imported as `codemod`, run as
`schemasync`."""

from __future__ import annotations

from typing import Final

DISTRIBUTION: Final = "pg-schemasync"


def installed_version() -> str:
    """The version pip installed, read from the distribution's metadata rather than from
    `codemod.__version__`: the unrelated distribution `codemod` ships a
    `codemod/__init__.py` too, and installed into the same environment after us it
    replaces ours, so nothing of schemasync may rely on what that file defines."""
    from importlib import metadata  # on use: `schemasync check` has no need of it

    return metadata.version(DISTRIBUTION)
