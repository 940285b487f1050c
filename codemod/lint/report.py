"""LintRun -> text | json | github | sarif. One renderer per format, chosen by name."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from codemod.formats import LINT_FORMATS as FORMATS
from codemod.formats import LintFormat as Format
from codemod.lint.engine import LintRun
from codemod.lint.sarif import render_sarif
from codemod.severity import Severity

__all__ = ["FORMATS", "Format", "render", "summary"]

#: GitHub workflow command per severity: only errors and warnings fail a check's look.
GITHUB_LEVELS = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "notice",
}


def render(run: LintRun, fmt: Format) -> str:
    return _RENDERERS[fmt](run)


def summary(run: LintRun) -> str:
    """One line for stderr: `3 findings (1 critical, 2 low) in 6 files, 120 statements`."""
    counts = [
        f"{n} {severity.name.lower()}"
        for severity in sorted(Severity, reverse=True)
        if (n := sum(f.severity == severity for f in run.findings))
    ]
    detail = f" ({', '.join(counts)})" if counts else ""
    return (
        f"schemasync lint: {len(run.findings)} finding(s){detail} in {run.files} file(s), "
        f"{run.statements} statement(s)"
    )


def _text(run: LintRun) -> str:
    lines: list[str] = []
    for f in run.findings:
        lines.append(f"{f.path}:{f.line}:{f.column}: {f.severity.name} {f.rule} {f.message}")
        lines.append(f"  help: {f.help}")
    return "".join(line + "\n" for line in lines)


def _json(run: LintRun) -> str:
    document = {
        "files": run.files,
        "statements": run.statements,
        "findings": [
            {
                "path": f.path,
                "line": f.line,
                "column": f.column,
                "severity": f.severity.name,
                "rule": f.rule,
                "message": f.message,
                "help": f.help,
            }
            for f in run.findings
        ],
    }
    return json.dumps(document, indent=2) + "\n"


def _github(run: LintRun) -> str:
    """Workflow commands (`::error file=...,line=...::message`): GitHub shows each as an
    annotation on the pull request's diff."""
    lines = []
    for f in run.findings:
        properties = ",".join(
            f"{key}={_escape_property(str(value))}"
            for key, value in (
                ("file", f.path),
                ("line", f.line),
                ("col", f.column),
                ("title", f"{f.severity.name} {f.rule}"),
            )
        )
        message = _escape_data(f"{f.message}\nhelp: {f.help}")
        lines.append(f"::{GITHUB_LEVELS[f.severity]} {properties}::{message}\n")
    return "".join(lines)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_RENDERERS: Mapping[Format, Callable[[LintRun], str]] = {
    "text": _text,
    "json": _json,
    "github": _github,
    "sarif": render_sarif,
}
