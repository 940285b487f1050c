"""Errors a user can cause. Each carries a one-paragraph message; the CLI prints it
and exits with the error's code (2: could not run). Real bugs are not caught."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

EXIT_OK = 0
EXIT_DRIFT = 1
EXIT_ERROR = 2


class SchemasyncError(Exception):
    """Base of every error the CLI reports without a traceback."""

    exit_code = EXIT_ERROR
    title = "schemasync could not run"

    def __init__(self, message: str) -> None:
        super().__init__(mask_passwords(message))

    @property
    def message(self) -> str:
        return str(self.args[0])


class ConfigError(SchemasyncError):
    title = "Configuration error"


def refuse_unknown(
    names: Iterable[str], known: Iterable[str], where: str, what: str = "key"
) -> None:
    """Raise ConfigError for the first name not in `known`, with the closest known one
    (pip-tools' `_validate_config`)."""
    choices = sorted(known)
    for name in names:
        if name not in choices:
            close = difflib.get_close_matches(name, choices, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise ConfigError(
                f"Unknown {what} {name!r} in {where}.{hint} Known: {', '.join(choices)}."
            )


class SourceError(SchemasyncError):
    title = "Could not read the database schema"


class NoSourceError(SourceError):
    title = "No database to compare with"


class MigrationError(SourceError):
    title = "A migration failed"


class PackageParseError(SchemasyncError):
    title = "A schema file does not parse"


class NamingConflictError(SchemasyncError):
    title = "Two database objects produce one class name"


_URL_PASSWORD = re.compile(
    r"(?P<head>[a-z][a-z0-9+.-]*://[^:/@\s]*:)(?P<pw>[^@\s]+)(?=@)", re.IGNORECASE
)
_KEYWORD_PASSWORD = re.compile(r"(?P<head>\bpassword\s*=\s*)(?P<pw>'[^']*'|\S+)", re.IGNORECASE)


def mask_passwords(text: str) -> str:
    """Hide passwords in connection URLs and libpq keyword strings (Alembic's obfuscate_url_pw)."""
    text = _URL_PASSWORD.sub(lambda m: m["head"] + "***", text)
    return _KEYWORD_PASSWORD.sub(lambda m: m["head"] + "***", text)
