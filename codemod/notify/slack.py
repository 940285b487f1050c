"""Post a message to a Slack incoming webhook (stdlib urllib: no new dependency)."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

from codemod.plan.changes import Plan

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


def post_message(url: str, payload: Mapping[str, Any], timeout: float) -> None:
    """POST `payload` as JSON; raise OSError (urllib's URLError, HTTPError) on failure."""
    # The URL comes from the environment: refuse file: and other schemes urllib would open.
    if urllib.parse.urlsplit(url).scheme not in ("https", "http"):
        raise ValueError("the webhook URL is not an http(s) URL")
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
