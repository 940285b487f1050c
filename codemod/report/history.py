"""The version history (`schemasync history`) as text, markdown or json."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

from codemod.formats import ReportFormat
from codemod.history import Version
from codemod.report import md_escape


def render_history(versions: Sequence[Version], fmt: ReportFormat) -> str:
    return _RENDERERS[fmt](versions)


def _counts(version: Version) -> str:
    return f"{version.tables} tables, {version.enums} enums, {version.columns} columns"


def _text(versions: Sequence[Version]) -> str:
    if not versions:
        return (
            "schemasync: no version recorded yet; each apply that changes the schema records one\n"
        )
    return "".join(
        f"v{v.number}  {v.date}  {v.db_hash[:12]}  {_counts(v)}  {v.summary}\n" for v in versions
    )


def _markdown(versions: Sequence[Version]) -> str:
    out = ["# Schema version history", ""]
    if not versions:
        return "\n".join([*out, "No version recorded yet.", ""])
    out += ["| Version | Date | DB_HASH | Tables | Enums | Columns | Changes |"]
    out += ["| ---: | --- | --- | ---: | ---: | ---: | --- |"]
    out += [
        f"| v{v.number} | {v.date} | `{v.db_hash[:12]}` | {v.tables} | {v.enums} | "
        f"{v.columns} | {md_escape(v.summary)} |"
        for v in versions
    ]
    return "\n".join([*out, ""])


def _json(versions: Sequence[Version]) -> str:
    body = {"versions": [v.__dict__ for v in versions]}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


_RENDERERS: dict[ReportFormat, Callable[[Sequence[Version]], str]] = {
    "text": _text,
    "markdown": _markdown,
    "json": _json,
}
