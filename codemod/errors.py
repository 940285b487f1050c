"""Errors a user can cause. Each carries a one-paragraph message; the CLI prints it
and exits with the error's code (2: could not run). Real bugs are not caught."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, quote_plus

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
            import difflib  # only for a name that is wrong

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
    """`path` (as the package names it) leads the message: `shown_as` puts the file's
    path as the user sees it in its place."""

    title = "A schema file does not parse"

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path

    def shown_as(self, shown: str) -> PackageParseError:
        return PackageParseError(shown + self.message.removeprefix(self.path), shown)


class HistoryError(SchemasyncError):
    """The package's version history (schema_history/) is not readable, or lacks the
    version asked for."""

    title = "Version history"


class NamingConflictError(SchemasyncError):
    title = "Two database objects produce one class name"


# Secrets this run has seen (a connection string's password, a webhook's token): no
# message, warning or traceback shows them. Filled at the edges, where the secrets are
# parsed (`register_secret`), so that masking is exact instead of guessed by pattern.
_SECRETS: set[str] = set()
# Shorter ones are not looked for: masking every "ab" would garble messages, and tell
# where the secret was anyway.
_MIN_SECRET = 3


def register_secret(secret: str | None) -> None:
    """Never show `secret` (nor its URL-encoded forms) in any output of this run."""
    if secret and len(secret) >= _MIN_SECRET:
        _SECRETS.update({secret, quote(secret, safe=""), quote_plus(secret, safe="")})


def mask_passwords(text: str) -> str:
    """`text` with every registered secret replaced by `***` (longest first, so that a
    secret inside another is not left half shown)."""
    for secret in sorted(_SECRETS, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text
