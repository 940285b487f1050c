"""`schemasync check` notifies on drift: a real HTTP server stands in for Slack's incoming
webhook and a real SMTP server (aiosmtpd) for the mail relay, both on 127.0.0.1. The CLI
runs for real, against the example migrations and a drifted copy of the example package."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from codemod.errors import ConfigError
from codemod.notify.config import NotificationsConfig
from codemod.settings import settings_from_mapping

from .sandbox import MIGRATIONS, SCHEMASYNC, clean_env, drifted_project, run

SECRET_TOKEN = "XOXB-SECRET-TOKEN"  # the part of a webhook URL that must never be printed
SMTP_PASSWORD = "hunter2-smtp-password"


@dataclass
class Webhook:
    """A local HTTP server that records every POST, answering with `status` and `reply`."""

    status: int = 200
    reply: bytes = b"ok"
    posts: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            hook.posts.append(
                {"path": self.path, "type": self.headers["Content-Type"], "json": json.loads(body)}
            )
            self.send_response(hook.status)
            self.end_headers()
            self.wfile.write(hook.reply)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep the test output to the assertions

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    hook.url = f"http://127.0.0.1:{server.server_address[1]}/services/T000/B000/{SECRET_TOKEN}"
    yield hook
    server.shutdown()
    server.server_close()
    thread.join()


@dataclass
class Mailbox:
    """What the local SMTP server received."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    logins: list[bytes] = field(default_factory=list)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        assert isinstance(envelope.content, bytes)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        self.envelopes.append((str(envelope.mail_from), list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"

    def authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        assert isinstance(data, LoginPassword)
        ok = data.login == b"bot" and data.password == SMTP_PASSWORD.encode()
        if ok:
            self.logins.append(data.login)
        return AuthResult(success=ok, handled=False)  # False: aiosmtpd sends the 535


def free_port() -> int:
    """A port nothing listens on (aiosmtpd's Controller cannot bind port 0 itself)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def mailbox() -> Iterator[tuple[Mailbox, int]]:
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield box, controller.port
    controller.stop()


def config_toml(**keys: object) -> str:
    body = "".join(f"{key} = {json.dumps(value)}\n" for key, value in keys.items())
    return f"\n[tool.schemasync.notifications]\n{body}"


def check(project: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [SCHEMASYNC, "check", "--migrations", str(MIGRATIONS), "--schemas-dir", "schemas"]
    return run([*command, *args], project, env)


def email_config(port: int, **extra: object) -> dict[str, object]:
    return {
        "email_to": ["db-team@example.com", "lead@example.com"],
        "email_from": "schemasync@example.com",
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_starttls": False,
        **extra,
    }


def test_drift_is_posted_to_slack_and_emailed(
    tmp_path: Path, webhook: Webhook, mailbox: tuple[Mailbox, int]
) -> None:
    box, port = mailbox
    config = config_toml(slack_webhook_env="SLACK_WEBHOOK_URL", **email_config(port))
    project = drifted_project(tmp_path / "app", migrations=False, config=config)
    run_env = {
        "SLACK_WEBHOOK_URL": webhook.url,
        "GITHUB_SERVER_URL": "https://github.example",
        "GITHUB_REPOSITORY": "acme/app",
        "GITHUB_RUN_ID": "42",
    }
    result = check(project, env=clean_env(tmp_path, run_env))

    assert result.returncode == 1, result.stderr  # drift, whatever the notifications did
    assert result.stderr == ""  # no warning: both were delivered
    run_url = "https://github.example/acme/app/actions/runs/42"

    [post] = webhook.posts
    assert post["path"].endswith(SECRET_TOKEN)
    assert post["type"].startswith("application/json")
    text = post["json"]["text"]
    assert text.startswith("*schemasync: 6 schema change(s) to sync*\nHIGH 1 · MEDIUM 5\n")
    assert "• *MEDIUM* `enums.py`: enum value 'team' is new: add BillingPlanType.TEAM" in text
    assert "str -&gt; Optional[str]" in text  # mrkdwn-escaped
    assert text.endswith(f"<{run_url}|Full report>")

    [message] = box.messages
    assert message["Subject"] == "schemasync: 6 schema change(s) to sync"
    assert message["From"] == "schemasync@example.com"
    assert message["To"] == "db-team@example.com, lead@example.com"
    assert box.envelopes == [
        ("schemasync@example.com", ["db-team@example.com", "lead@example.com"])
    ]
    body = message.get_content()
    assert "| HIGH | 1 |" in body  # the markdown report: summary table ...
    assert '+    TEAM = "team"' in body  # ... and the diff, even though check printed text
    assert body.rstrip().endswith(run_url)


@dataclass(frozen=True)
class SecureRelay:
    """A mail relay that requires STARTTLS and a login (bot / SMTP_PASSWORD)."""

    mailbox: Mailbox
    port: int
    cert: Path  # self-signed for 127.0.0.1; the client trusts it via SSL_CERT_FILE

    def config(self) -> str:
        return config_toml(
            **email_config(
                self.port,
                smtp_starttls=True,
                smtp_user_env="SMTP_USER",
                smtp_password_env="SMTP_PASSWORD",
            )
        )

    def env(self, home: Path, password: str) -> dict[str, str]:
        secrets = {"SMTP_USER": "bot", "SMTP_PASSWORD": password, "SSL_CERT_FILE": str(self.cert)}
        return clean_env(home, secrets)


@pytest.fixture
def secure_relay(tmp_path: Path) -> Iterator[SecureRelay]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    box = Mailbox()
    controller = Controller(
        box,
        hostname="127.0.0.1",
        port=free_port(),
        tls_context=context,
        require_starttls=True,
        authenticator=box.authenticate,
        auth_required=True,
        auth_require_tls=True,
    )
    controller.start()
    yield SecureRelay(box, controller.port, cert)
    controller.stop()


def test_email_over_starttls_with_login(tmp_path: Path, secure_relay: SecureRelay) -> None:
    project = drifted_project(tmp_path / "app", migrations=False, config=secure_relay.config())

    result = check(project, env=secure_relay.env(tmp_path, SMTP_PASSWORD))

    assert result.returncode == 1
    assert result.stderr == ""
    assert secure_relay.mailbox.logins == [b"bot"]
    [message] = secure_relay.mailbox.messages
    assert message["Subject"] == "schemasync: 6 schema change(s) to sync"


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("not-the-password-0451", "the server answered 535"),
        # smtplib sends the login as ASCII: its encode error would show a character
        ("pässwört-geheim", "the SMTP user name or password holds a character that is not ASCII"),
    ],
)
def test_a_failed_login_is_a_warning_without_the_password(
    tmp_path: Path, secure_relay: SecureRelay, password: str, reason: str
) -> None:
    project = drifted_project(tmp_path / "app", migrations=False, config=secure_relay.config())

    result = check(project, env=secure_relay.env(tmp_path, password))

    assert result.returncode == 1
    assert secure_relay.mailbox.messages == []
    [warning] = result.stderr.splitlines()
    assert warning.startswith(
        f"schemasync: warning: Email notification via 127.0.0.1:{secure_relay.port} failed: "
        + reason
    )
    assert "position" not in warning
    assert password not in result.stdout + result.stderr


def test_dead_endpoints_warn_and_keep_the_exit_code(tmp_path: Path) -> None:
    port = free_port()  # refuses connections: nothing listens there
    config = config_toml(slack_webhook_env="SLACK_WEBHOOK_URL", **email_config(port))
    project = drifted_project(tmp_path / "app", migrations=False, config=config)
    dead_url = f"http://127.0.0.1:{port}/services/T000/B000/{SECRET_TOKEN}"
    env = clean_env(tmp_path, {"SLACK_WEBHOOK_URL": dead_url})

    result = check(project, env=env)
    quiet = check(project, "--no-notify", env=env)

    assert result.returncode == quiet.returncode == 1
    assert result.stdout == quiet.stdout  # the report itself is the same
    assert result.stderr.splitlines() == [
        "schemasync: warning: Slack notification failed: Connection refused",
        f"schemasync: warning: Email notification via 127.0.0.1:{port} failed: Connection refused",
    ]
    assert quiet.stderr == ""
    assert SECRET_TOKEN not in result.stdout + result.stderr


def test_webhook_refusal_is_a_warning_with_slacks_reason(tmp_path: Path, webhook: Webhook) -> None:
    webhook.status, webhook.reply = 404, b"no_service"
    config = config_toml(slack_webhook_env="SLACK_WEBHOOK_URL")
    project = drifted_project(tmp_path / "app", migrations=False, config=config)

    result = check(project, env=clean_env(tmp_path, {"SLACK_WEBHOOK_URL": webhook.url}))

    assert result.returncode == 1
    assert len(webhook.posts) == 1
    assert result.stderr == (
        "schemasync: warning: Slack notification failed: HTTP 404 Not Found: no_service\n"
    )


def test_unset_secret_variable_is_a_warning(tmp_path: Path, webhook: Webhook) -> None:
    config = config_toml(slack_webhook_env="SLACK_WEBHOOK_URL")
    project = drifted_project(tmp_path / "app", migrations=False, config=config)

    result = check(project, env=clean_env(tmp_path))

    assert result.returncode == 1
    assert webhook.posts == []
    assert result.stderr == (
        "schemasync: warning: Slack notification skipped: $SLACK_WEBHOOK_URL is not set.\n"
    )


@pytest.mark.parametrize(
    ("args", "extra_config", "exit_code"),
    [
        pytest.param(["--no-notify"], {}, 1, id="no-notify"),
        pytest.param(["--fail-on", "critical"], {"on": "failure"}, 0, id="on-failure-only"),
    ],
)
def test_no_notification_when_not_asked(
    tmp_path: Path, webhook: Webhook, args: list[str], extra_config: dict[str, str], exit_code: int
) -> None:
    config = config_toml(slack_webhook_env="SLACK_WEBHOOK_URL", **extra_config)
    project = drifted_project(tmp_path / "app", migrations=False, config=config)

    result = check(project, *args, env=clean_env(tmp_path, {"SLACK_WEBHOOK_URL": webhook.url}))

    assert result.returncode == exit_code, result.stderr
    assert webhook.posts == []
    assert result.stderr == ""


def test_no_notification_when_in_sync(tmp_path: Path, webhook: Webhook) -> None:
    config = config_toml(slack_webhook_env="SLACK_WEBHOOK_URL")
    project = drifted_project(tmp_path / "app", migrations=False, config=config)
    env = clean_env(tmp_path, {"SLACK_WEBHOOK_URL": webhook.url})
    applied = run(
        [SCHEMASYNC, "apply", "--migrations", str(MIGRATIONS), "--schemas-dir", "schemas"],
        project,
        env,
    )
    assert applied.returncode == 0, applied.stderr

    result = check(project, env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert webhook.posts == []


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            {"slack_webhok_env": "SLACK_WEBHOOK_URL"},
            (
                "Unknown key 'slack_webhok_env' in [tool.schemasync.notifications]. "
                "Did you mean 'slack_webhook_env'?"
            ),
        ),
        (
            {"slack_webhook_env": f"https://hooks.slack.com/services/T/B/{SECRET_TOKEN}"},
            "slack_webhook_env must be the name of an environment variable",
        ),
        (
            {"email_to": ["a@example.com"], "email_from": "b@example.com"},
            "email_to needs email_from and smtp_host as well",
        ),
        ({"email_to": "a@example.com"}, "email_to must be a non-empty list of strings"),
        ({"smtp_user_env": "SMTP_USER"}, "set smtp_user_env and smtp_password_env together"),
        ({"smtp_port": "587"}, "smtp_port must be a port number"),
        ({"smtp_starttls": "yes"}, "smtp_starttls must be true or false"),
        ({"on": "always"}, "on must be one of drift, failure"),
    ],
)
def test_config_errors_are_clear(table: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings_from_mapping({"notifications": table})
    assert message in caught.value.message
    assert SECRET_TOKEN not in caught.value.message  # a pasted secret is not echoed


def test_config_defaults_and_values() -> None:
    assert settings_from_mapping({}).notifications == NotificationsConfig()
    assert not NotificationsConfig().enabled
    config = settings_from_mapping(
        {
            "notifications": {
                "slack_webhook_env": "SLACK_WEBHOOK_URL",
                "email_to": ["a@example.com"],
                "email_from": "b@example.com",
                "smtp_host": "smtp.example.com",
                "on": "failure",
            }
        }
    ).notifications
    assert config.enabled
    assert config.email_to == ("a@example.com",)
    assert (config.smtp_port, config.smtp_starttls, config.on) == (587, True, "failure")


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        (f"https://hooks.example.com/services/T000/B000/{SECRET_TOKEN} x", "it holds a space"),
        (f"https://hooks.example.com:99999/services/{SECRET_TOKEN}", "its port is not a number"),
        (f"https://hooks.example.com:abc/services/{SECRET_TOKEN}", "its port is not a number"),
    ],
)
def test_a_malformed_webhook_url_is_a_warning_that_quotes_none_of_it(
    tmp_path: Path, url: str, problem: str
) -> None:
    config = config_toml(slack_webhook_env="SLACK_WEBHOOK_URL")
    project = drifted_project(tmp_path / "app", migrations=False, config=config)

    result = check(project, env=clean_env(tmp_path, {"SLACK_WEBHOOK_URL": url}))

    assert result.returncode == 1  # the drift, as without notifications
    assert result.stderr.startswith(
        "schemasync: warning: Slack notification skipped: $SLACK_WEBHOOK_URL is not a "
        f"webhook URL ({problem}"
    )
    assert result.stderr.count("\n") == 1
    assert SECRET_TOKEN not in result.stdout + result.stderr
    assert "services" not in result.stderr


def test_an_error_answer_that_echoes_the_webhook_path_is_not_shown(
    tmp_path: Path, webhook: Webhook
) -> None:
    webhook.status = 403
    webhook.reply = f"invalid token for /services/T000/B000/{SECRET_TOKEN}".encode()
    config = config_toml(slack_webhook_env="SLACK_WEBHOOK_URL")
    project = drifted_project(tmp_path / "app", migrations=False, config=config)

    result = check(project, env=clean_env(tmp_path, {"SLACK_WEBHOOK_URL": webhook.url}))

    assert result.returncode == 1
    assert result.stderr == (
        "schemasync: warning: Slack notification failed: HTTPError (the answer quoted the "
        "secret, so it is not shown)\n"
    )


def test_the_smtp_user_name_is_not_masked_inside_other_words(tmp_path: Path) -> None:
    port = free_port()  # nothing listens: "Connection refused"
    config = config_toml(
        **email_config(port, smtp_user_env="SMTP_USER", smtp_password_env="SMTP_PASSWORD")
    )
    project = drifted_project(tmp_path / "app", migrations=False, config=config)
    env = clean_env(tmp_path, {"SMTP_USER": "u", "SMTP_PASSWORD": SMTP_PASSWORD})

    result = check(project, env=env)

    assert result.stderr == (
        f"schemasync: warning: Email notification via 127.0.0.1:{port} failed: Connection refused\n"
    )
