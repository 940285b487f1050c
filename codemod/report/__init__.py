"""Plan -> text | markdown | json. One renderer per format, chosen by name."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from codemod.formats import REPORT_FORMATS as FORMATS
from codemod.formats import ReportFormat as Format
from codemod.plan.result import Plan
from codemod.severity import Severity

if TYPE_CHECKING:
    from codemod.plan.changes import Change

__all__ = ["FORMATS", "Format", "ReportContext", "md_escape", "render_report"]


@dataclass(frozen=True)
class ReportContext:
    """What a report says besides the plan."""

    source: str  # where the database schema came from (no password)
    display_path: Callable[[str], str]
    diff: str = ""
    fail_on: Severity = Severity.LOW
    package: str = "the package"  # what is compared with the source (`diff`: a version)


def render_report(plan: Plan, fmt: Format, context: ReportContext) -> str:
    return _RENDERERS[fmt](plan, context)


def _ordered(plan: Plan) -> list[Change]:
    return sorted(plan.drift, key=lambda c: (-plan.severity_of(c), c.path, c.subject))


def _text(plan: Plan, context: ReportContext) -> str:
    drift = _ordered(plan)
    lines = [
        f"schemasync: {len(drift)} change(s) between {context.package} and {context.source}"
        if drift
        else f"schemasync: {context.package} is in sync with {context.source}"
    ]
    for change in drift:
        severity = plan.severity_of(change)
        lines.append(
            f"  {severity.name:<8} {context.display_path(change.path)}: {change.describe()}"
        )
    lines.extend(f"  note: {note}" for note in plan.notes)
    return "\n".join(lines) + "\n"


def _markdown(plan: Plan, context: ReportContext) -> str:
    drift = _ordered(plan)
    counts = Counter(plan.severity_of(c) for c in drift)
    title = (
        f"schemasync: {len(drift)} schema change(s) to sync"
        if drift
        else "schemasync: schema package in sync"
    )
    out = [f"# {title}", "", f"Compared with {context.source}.", ""]
    if drift:
        out += ["| Severity | Changes |", "| --- | ---: |"]
        out += [f"| {s.name} | {counts[s]} |" for s in sorted(Severity, reverse=True) if counts[s]]
        out.append("")
        for path in sorted({c.path for c in drift}):
            out += [f"## `{context.display_path(path)}`", ""]
            out += [
                f"- **{plan.severity_of(c).name}** {md_escape(c.describe())}"
                for c in drift
                if c.path == path
            ]
            out.append("")
    if plan.notes:
        out += ["## Notes", ""]
        out += [f"- {md_escape(note)}" for note in plan.notes]
        out.append("")
    if context.diff:
        # A fence longer than any run of backticks in the diff (a docstring may hold ```).
        fence = "`" * max([3, *(len(run) + 1 for run in re.findall(r"`+", context.diff))])
        out += [
            "<details><summary>Diff</summary>",
            "",
            f"{fence}diff",
            context.diff.rstrip("\n"),
            fence,
            "",
            "</details>",
            "",
        ]
    return "\n".join(out)


def md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;")


def _json(plan: Plan, context: ReportContext) -> str:
    worst = plan.worst()
    body = {
        "in_sync": not plan.drift,
        "source": context.source,
        "db_hash": plan.db_hash,
        "worst_severity": worst.name if worst else None,
        "fails": worst is not None and worst >= context.fail_on,
        "changes": [
            {
                "kind": c.kind,
                "severity": plan.severity_of(c).name,
                "file": context.display_path(c.path),
                "subject": c.subject,
                "message": c.describe(),
            }
            for c in _ordered(plan)
        ],
        "notes": list(plan.notes),
        "diff": context.diff,
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


_RENDERERS: dict[Format, Callable[[Plan, ReportContext], str]] = {
    "text": _text,
    "markdown": _markdown,
    "json": _json,
}
