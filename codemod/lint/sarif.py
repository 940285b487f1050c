"""LintRun -> SARIF 2.1.0, the format GitHub code scanning reads."""

from __future__ import annotations

import json
from typing import Any

from codemod.distribution import installed_version
from codemod.lint.engine import LintRun
from codemod.severity import Severity

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

SARIF_LEVELS = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
}


def render_sarif(run: LintRun) -> str:
    rule_index = {rule.id: i for i, rule in enumerate(run.rules)}
    driver = {
        "name": "schemasync",
        "version": installed_version(),
        "rules": [
            {
                "id": rule.id,
                "name": rule.id,
                "shortDescription": {"text": rule.doc()},
                "help": {"text": rule.help},
                "defaultConfiguration": {"level": SARIF_LEVELS[rule.severity]},
                "properties": {"tags": [rule.category], "severity": rule.severity.name},
            }
            for rule in run.rules
        ],
    }
    results: list[dict[str, Any]] = [
        {
            "ruleId": f.rule,
            "ruleIndex": rule_index[f.rule],
            "level": SARIF_LEVELS[f.severity],
            "message": {"text": f"{f.message}. {f.help}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path},
                        "region": {"startLine": f.line, "startColumn": f.column},
                    }
                }
            ],
        }
        for f in run.findings
    ]
    document = {
        "version": SARIF_VERSION,
        "$schema": SARIF_SCHEMA,
        "runs": [{"tool": {"driver": driver}, "results": results}],
    }
    return json.dumps(document, indent=2) + "\n"
