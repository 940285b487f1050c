"""`[tool.schemasync.notifications]`: where `check` sends the report on drift."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, Literal, get_args

from codemod.config_values import (
    expect_bool,
    expect_choice,
    expect_env_name,
    expect_port,
    expect_str,
    expect_str_list,
    expect_table,
    subtable,
)
from codemod.errors import ConfigError, refuse_unknown

#: when `check` notifies: on any drift, or only when it fails (drift at or above fail_on)
NotifyOn = Literal["drift", "failure"]


@dataclass(frozen=True)
class NotificationsConfig:
    """`[tool.schemasync.notifications]`: where `check` sends the report on drift.

    Secrets never sit in the file: the `*_env` keys name the environment variables that
    hold the webhook URL and the SMTP login.
    """

    slack_webhook_env: str | None = None
    email_to: tuple[str, ...] = ()
    email_from: str | None = None
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user_env: str | None = None
    smtp_password_env: str | None = None
    smtp_starttls: bool = True
    on: NotifyOn = "drift"

    @property
    def enabled(self) -> bool:
        return bool(self.slack_webhook_env or self.email_to)


def notifications_config_from_mapping(
    data: Any, parent: str = "[tool.schemasync]"
) -> NotificationsConfig:
    """Validate the `notifications` table of `parent`; unknown keys raise ConfigError."""
    where = subtable(parent, "notifications")
    table = expect_table(data, where)
    refuse_unknown(table, (f.name for f in fields(NotificationsConfig)), where)
    config = NotificationsConfig(
        **{k: _CONVERTERS.get(k, expect_str)(f"{where}: {k}", v) for k, v in table.items()}
    )
    if config.email_to and not (config.email_from and config.smtp_host):
        raise ConfigError(f"{where}: email_to needs email_from and smtp_host as well.")
    if bool(config.smtp_user_env) != bool(config.smtp_password_env):
        raise ConfigError(f"{where}: set smtp_user_env and smtp_password_env together.")
    return config


def _expect_notify_on(what: str, value: Any) -> str:
    return expect_choice(what, value, get_args(NotifyOn))


_CONVERTERS: Mapping[str, Any] = {
    "slack_webhook_env": expect_env_name,
    "email_to": expect_str_list,
    "smtp_port": expect_port,
    "smtp_user_env": expect_env_name,
    "smtp_password_env": expect_env_name,
    "smtp_starttls": expect_bool,
    "on": _expect_notify_on,
}
