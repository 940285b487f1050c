"""Send the report by email over SMTP (stdlib smtplib), with optional STARTTLS and login."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage


def render_message(subject: str, body: str, sender: str, recipients: Sequence[str]) -> EmailMessage:
    """A plain-text email; the markdown report reads well as text."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message.set_content(body)
    return message


def send_message(
    message: EmailMessage,
    *,
    host: str,
    port: int,
    starttls: bool,
    credentials: tuple[str, str] | None,
    timeout: float,
) -> None:
    """Deliver `message`; raise OSError (smtplib's errors are OSErrors) on failure."""
    with smtplib.SMTP(host, port, timeout=timeout) as smtp:
        if starttls:
            smtp.starttls(context=ssl.create_default_context())
        if credentials is not None:
            smtp.login(*credentials)
        smtp.send_message(message)
