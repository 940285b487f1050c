"""The four output formats: text, json, GitHub workflow commands, SARIF 2.1.0."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from codemod.distribution import installed_version
from codemod.lint.engine import Finding, LintRun
from codemod.lint.report import render, summary
from codemod.lint.rules import ALL_RULES
from codemod.severity import Severity


def finding(severity: Severity, rule: str, line: int, message: str = "m") -> Finding:
    return Finding("supabase/migrations/1_a.sql", line, 3, severity, rule, message, "do this.")


RUN = LintRun(
    (
        finding(Severity.CRITICAL, "drop-column", 4, "drop column items.note deletes its data"),
        finding(Severity.HIGH, "missing-lock-timeout", 4, "lock: a, b"),
        finding(Severity.MEDIUM, "prefer-timestamptz", 9),
        finding(Severity.LOW, "prefer-text", 12, "100% of\nrows"),
    ),
    ALL_RULES,
    files=1,
    statements=12,
)

# The parts of SARIF 2.1.0 that GitHub code scanning reads, as its JSON schema says them.
SARIF_SHAPE = {
    "type": "object",
    "required": ["version", "$schema", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "$schema": {"type": "string", "pattern": "sarif-2\\.1\\.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id", "shortDescription"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "shortDescription": {"$ref": "#/$defs/message"},
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "results": {"type": "array", "items": {"$ref": "#/$defs/result"}},
                },
            },
        },
    },
    "$defs": {
        "message": {
            "type": "object",
            "required": ["text"],
            "properties": {"text": {"type": "string", "minLength": 1}},
        },
        "result": {
            "type": "object",
            "required": ["ruleId", "level", "message", "locations"],
            "properties": {
                "ruleId": {"type": "string"},
                "ruleIndex": {"type": "integer", "minimum": 0},
                "level": {"enum": ["none", "note", "warning", "error"]},
                "message": {"$ref": "#/$defs/message"},
                "locations": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": ["physicalLocation"],
                        "properties": {
                            "physicalLocation": {
                                "type": "object",
                                "required": ["artifactLocation", "region"],
                                "properties": {
                                    "artifactLocation": {
                                        "type": "object",
                                        "required": ["uri"],
                                        "properties": {"uri": {"type": "string"}},
                                    },
                                    "region": {
                                        "type": "object",
                                        "required": ["startLine", "startColumn"],
                                        "properties": {
                                            "startLine": {"type": "integer", "minimum": 1},
                                            "startColumn": {"type": "integer", "minimum": 1},
                                        },
                                    },
                                },
                            }
                        },
                    },
                },
            },
        },
    },
}


def test_text_names_file_line_column_severity_rule_then_help() -> None:
    lines = render(RUN, "text").splitlines()
    assert lines[:2] == [
        "supabase/migrations/1_a.sql:4:3: CRITICAL drop-column drop column items.note"
        + " deletes its data",
        "  help: do this.",
    ]
    assert sum(line.startswith("  help: ") for line in lines) == len(RUN.findings)


def test_json_round_trips_every_field() -> None:
    document = json.loads(render(RUN, "json"))
    assert document["files"] == 1
    assert document["findings"][0] == {
        "path": "supabase/migrations/1_a.sql",
        "line": 4,
        "column": 3,
        "severity": "CRITICAL",
        "rule": "drop-column",
        "message": "drop column items.note deletes its data",
        "help": "do this.",
    }


_WORKFLOW_COMMAND = re.compile(
    r"^::(?P<level>error|warning|notice) file=(?P<file>[^,:]+),line=(?P<line>\d+),"
    r"col=(?P<col>\d+),title=(?P<title>[^,:]+)::(?P<message>[^\r\n]+)$"
)


def test_github_workflow_commands_are_well_formed_and_escaped() -> None:
    lines = render(RUN, "github").splitlines()
    matches = [_WORKFLOW_COMMAND.match(line) for line in lines]
    assert all(matches), lines
    assert [m["level"] for m in matches if m] == ["error", "error", "warning", "notice"]
    first = matches[0]
    assert first is not None
    assert (first["file"], first["line"], first["col"]) == ("supabase/migrations/1_a.sql", "4", "3")
    assert first["title"] == "CRITICAL drop-column"
    assert first["message"] == "drop column items.note deletes its data%0Ahelp: do this."
    last = matches[-1]
    assert last is not None
    assert last["message"].startswith("100%25 of%0Arows")


def test_sarif_validates_against_the_sarif_shape() -> None:
    document = json.loads(render(RUN, "sarif"))
    jsonschema.validate(document, SARIF_SHAPE)
    run = document["runs"][0]
    assert run["tool"]["driver"]["version"] == installed_version()
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [rule.id for rule in ALL_RULES]
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert [r["level"] for r in run["results"]] == ["error", "error", "warning", "note"]
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 4, "startColumn": 3}


def test_sarif_without_findings_is_still_a_valid_run() -> None:
    empty = LintRun((), ALL_RULES, files=0, statements=0)
    document = json.loads(render(empty, "sarif"))
    jsonschema.validate(document, SARIF_SHAPE)
    assert document["runs"][0]["results"] == []


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        (RUN, "4 finding(s) (1 critical, 1 high, 1 medium, 1 low) in 1 file(s), 12 statement(s)"),
        (LintRun((), (), 0, 0), "0 finding(s) in 0 file(s), 0 statement(s)"),
    ],
)
def test_summary(run: LintRun, expected: str) -> None:
    assert summary(run) == f"schemasync lint: {expected}"
