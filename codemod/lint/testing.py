"""Each rule's VALID and INVALID examples as test cases (Fixit's `testing.py`).

`tests/lint` parametrizes one test over `rule_examples()`: a VALID example must give no
finding, an INVALID one at least one, and each example runs through its rule alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from codemod.config import Config
from codemod.lint.config import lint_config_from_mapping
from codemod.lint.engine import Finding, Linter
from codemod.lint.python_index import python_index
from codemod.lint.rule import Rule
from codemod.lint.state import LintContext


@dataclass(frozen=True)
class RuleExample:
    rule: Rule
    sql: str
    valid: bool
    number: int

    @property
    def name(self) -> str:
        return f"{self.rule.id}-{'valid' if self.valid else 'invalid'}-{self.number}"


def rule_examples(rules: Iterable[Rule]) -> list[RuleExample]:
    return [
        RuleExample(rule, sql, valid, number)
        for rule in rules
        for valid, examples in ((True, rule.VALID), (False, rule.INVALID))
        for number, sql in enumerate(examples, 1)
    ]


def lint_example(example: RuleExample) -> tuple[Finding, ...]:
    """Lint the example with its rule alone, its config and its schema package."""
    rule = example.rule
    config = lint_config_from_mapping(dict(rule.EXAMPLE_CONFIG))
    package = (
        python_index(rule.EXAMPLE_PACKAGE, Config(), "schemas") if rule.EXAMPLE_PACKAGE else None
    )
    linter = Linter([rule], LintContext(config, package))
    return linter.lint_text("example.sql", example.sql).findings
