"""Send the drift report to the configured channels (see `codemod.notify`)."""

from __future__ import annotations

import http.client
import os
import smtplib
import urllib.error
from collections.abc import Iterable, Mapping

from codemod.errors import mask_passwords, register_secret
from codemod.notify import email, slack
from codemod.notify.config import NotificationsConfig
from codemod.plan.result import Plan

TIMEOUT_SECONDS = 10.0


def notify(
    plan: Plan,
    report_markdown: str,
    config: NotificationsConfig,
    *,
    failed: bool,
    environ: Mapping[str, str] = os.environ,
) -> list[str]:
    """Send the report to every configured channel if there is drift (with `on =
    "failure"`: only if `check` fails); return a warning for each channel that failed."""
    if not config.enabled or not plan.drift or (config.on == "failure" and not failed):
        return []
    title = report_markdown.partition("\n")[0].lstrip("# ").strip() or "schemasync: drift"
    run_url = _run_url(environ)
    warnings = []
    if config.slack_webhook_env:
        warnings.append(_to_slack(plan, title, run_url, config.slack_webhook_env, environ))
    if config.email_to:
        body = f"{report_markdown.rstrip()}\n\n{run_url}\n" if run_url else report_markdown
        warnings.append(_to_email(title, body, config, environ))
    return [w for w in warnings if w]


def _to_slack(
    plan: Plan, title: str, run_url: str | None, variable: str, environ: Mapping[str, str]
) -> str:
    """Post to the webhook in $variable; return a warning, or "" once delivered."""
    url = environ.get(variable, "")
    if not url:
        return f"Slack notification skipped: ${variable} is not set."
    register_secret(url)
    problem = slack.url_problem(url)
    if problem:
        return f"Slack notification skipped: ${variable} is not a webhook URL ({problem})."
    try:
        slack.post_message(url, slack.render_message(plan, title, run_url), TIMEOUT_SECONDS)
    except (OSError, ValueError, http.client.HTTPException) as err:
        return f"Slack notification failed: {_reason(err, slack.secret_parts(url))}"
    return ""


def _to_email(
    subject: str, body: str, config: NotificationsConfig, environ: Mapping[str, str]
) -> str:
    """Mail the report to config.email_to; return a warning, or "" once delivered."""
    credentials = None
    if config.smtp_user_env and config.smtp_password_env:
        user_env, password_env = config.smtp_user_env, config.smtp_password_env
        unset = [name for name in (user_env, password_env) if not environ.get(name)]
        if unset:
            return f"Email notification skipped: ${unset[0]} is not set."
        credentials = (environ[user_env], environ[password_env])
    if not (config.email_from and config.smtp_host):  # a Config built in code, not from TOML
        return "Email notification skipped: email_from and smtp_host are not both set."
    message = email.render_message(subject, body, config.email_from, config.email_to)
    try:
        email.send_message(
            message,
            host=config.smtp_host,
            port=config.smtp_port,
            starttls=config.smtp_starttls,
            credentials=credentials,
            timeout=TIMEOUT_SECONDS,
        )
    except (OSError, ValueError) as err:
        where = f"{config.smtp_host}:{config.smtp_port}"
        secrets = [credentials[1]] if credentials else []
        return f"Email notification via {where} failed: {_reason(err, secrets)}"
    return ""


def _reason(err: Exception, secrets: Iterable[str]) -> str:
    """What went wrong, in words. A server's answer that quotes a secret (a webhook's
    path, a password) is left out whole: masking only the secret would still show
    where it was, or garble the text around a short one."""
    reason = mask_passwords(" ".join(_explained(err).split()))
    if any(secret in reason for secret in secrets if secret):
        return f"{type(err).__name__} (the answer quoted the secret, so it is not shown)"
    return reason


def _explained(err: BaseException) -> str:
    if isinstance(err, UnicodeError):  # smtplib sends the login as ASCII only
        return "the SMTP user name or password holds a character that is not ASCII"
    if isinstance(err, http.client.HTTPException):  # its text quotes the URL
        return f"the webhook URL was refused before sending ({type(err).__name__})"
    if isinstance(err, urllib.error.HTTPError):
        # Slack explains a refusal in the body: `invalid_payload`, `no_service`, ...
        detail = err.read(200).decode("utf-8", "replace").strip()
        return f"HTTP {err.code} {err.reason}" + (f": {detail}" if detail else "")
    if isinstance(err, urllib.error.URLError):
        return _explained(err.reason) if isinstance(err.reason, OSError) else str(err.reason)
    if isinstance(err, smtplib.SMTPResponseException):
        text = err.smtp_error
        if isinstance(text, bytes):
            text = text.decode("utf-8", "replace")
        return f"the server answered {err.smtp_code} {text}"
    if isinstance(err, smtplib.SMTPRecipientsRefused):
        return f"the server refused {', '.join(sorted(err.recipients))}"
    if isinstance(err, OSError) and err.strerror:
        return err.strerror  # `Connection refused`, not `[Errno 111] Connection refused`
    return str(err) or type(err).__name__


def _run_url(environ: Mapping[str, str]) -> str | None:
    """The GitHub Actions run that sent the notification, where the full report is."""
    parts = [environ.get(v) for v in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_RUN_ID")]
    if not all(parts):
        return None
    server, repository, run_id = parts
    return f"{server}/{repository}/actions/runs/{run_id}"
