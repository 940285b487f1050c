"""Each rule's VALID and INVALID examples as test cases (Fixit's `testing.py`).

`tests/lint` parametrizes one test over `rule_examples()`: a VALID example must give no
finding, an INVALID one at least one, and each example runs through its rule alone. The
examples of a file rule are the names of a migrations folder's files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from codemod.config import Config
from codemod.lint.config import lint_config_from_mapping
from codemod.lint.engine import Finding, Linter
from codemod.lint.python_index import python_index
from codemod.lint.rule import MIGRATIONS, MigrationFile, Rule
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
    linter = Linter([rule], example_context(rule))
    if MIGRATIONS in rule.handlers():
        return linter.lint_migrations(migration_files(example.sql))
    return linter.lint_text("example.sql", example.sql).findings


def example_context(rule: Rule) -> LintContext:
    """What the rule's examples assume: its config and its schema package."""
    config = lint_config_from_mapping(dict(rule.EXAMPLE_CONFIG))
    package = (
        python_index(rule.EXAMPLE_PACKAGE, Config(), "schemas") if rule.EXAMPLE_PACKAGE else None
    )
    return LintContext(config, package)


def migration_files(listing: str) -> list[MigrationFile]:
    """A file rule's example: the folder's file names, one a line. Lines marked `+ ` are
    the files new since the base ref, as with `--since`; without any, no --since."""
    lines = listing.splitlines()
    since = any(line.startswith("+ ") for line in lines)
    files = []
    for line in lines:
        new = line.startswith("+ ")
        name = line.removeprefix("+ ")
        files.append(MigrationFile(name, name, linted=new or not since, on_base=since and not new))
    return files
