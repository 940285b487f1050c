"""Post a message to a Slack incoming webhook (stdlib urllib: no new dependency)."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

from codemod.plan.result import Plan

MAX_LINES = 20  # a chat message is a summary; the full report is in the email or the run


def render_message(plan: Plan, title: str, run_url: str | None = None) -> dict[str, Any]:
    """The webhook payload: the title, counts by severity and the first changes, in mrkdwn."""
    drift = sorted(plan.drift, key=lambda c: (-plan.severity_of(c), c.path, c.subject))
    counts: dict[str, int] = {}
    for change in drift:
        name = plan.severity_of(change).name
        counts[name] = counts.get(name, 0) + 1
    lines = [f"*{_escape(title)}*", " · ".join(f"{name} {n}" for name, n in counts.items())]
    lines += [
        f"• *{plan.severity_of(c).name}* `{_escape(c.path)}`: {_escape(c.describe())}"
        for c in drift[:MAX_LINES]
    ]
    if len(drift) > MAX_LINES:
        lines.append(f"…and {len(drift) - MAX_LINES} more")
    if run_url:
        lines.append(f"<{run_url}|Full report>")
    return {"text": "\n".join(lines)}


def url_problem(url: str) -> str:
    """What makes `url` no webhook URL ("" when nothing), in words that quote none of it:
    the URL holds the token."""
    if any(c.isspace() or not c.isprintable() for c in url):
        return "it holds a space or a control character"
    parts = urllib.parse.urlsplit(url)
    # The URL comes from the environment: refuse file: and other schemes urllib would open.
    if parts.scheme not in ("https", "http"):
        return "it is not an http(s) URL"
    try:
        parts.port  # noqa: B018 (a bad port raises here, not when posting)
    except ValueError:
        return "its port is not a number from 0 to 65535"
    return "" if parts.hostname else "it names no host"


def secret_parts(url: str) -> list[str]:
    """The parts of a webhook URL that hold its token: the path, its longer segments,
    the query."""
    parts = urllib.parse.urlsplit(url)
    segments = [s for s in parts.path.split("/") if len(s) >= 6]
    return [p for p in (url, parts.path, parts.query, *segments) if p and p != "/"]


def post_message(url: str, payload: Mapping[str, Any], timeout: float) -> None:
    """POST `payload` as JSON; raise OSError (urllib's URLError, HTTPError) on failure.
    `url` has passed url_problem."""
    request = urllib.request.Request(
        url,
        data=json.dumps(payload).encode("utf-8"),
        headers={"Content-Type": "application/json; charset=utf-8"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        response.read()


def _escape(text: str) -> str:
    """Slack mrkdwn treats &, < and > as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
