"""The output formats of the commands, declared once: the CLI offers them without
importing the renderers (the linter's would bring in PostgreSQL's parser)."""

from __future__ import annotations

from typing import Literal, get_args

#: check and report
ReportFormat = Literal["text", "markdown", "json"]
REPORT_FORMATS: tuple[ReportFormat, ...] = get_args(ReportFormat)
#: lint: text, json, GitHub workflow annotations, SARIF for code scanning
LintFormat = Literal["text", "json", "github", "sarif"]
LINT_FORMATS: tuple[LintFormat, ...] = get_args(LintFormat)
#: apply: its summary (or a dry run's diff), or what it changed as JSON
ApplyFormat = Literal["text", "json"]
APPLY_FORMATS: tuple[ApplyFormat, ...] = get_args(ApplyFormat)
#: inspect: the schema's documentation, as markdown (with the diagram), JSON or Mermaid
InspectFormat = Literal["markdown", "json", "mermaid"]
INSPECT_FORMATS: tuple[InspectFormat, ...] = get_args(InspectFormat)
