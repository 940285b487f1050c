"""Run the rules over one file's statements, in order, and place what they report.

Rules are chosen once per run and dispatched by statement type, so a statement meets
only the rules that look at its kind (a table, as Alembic's renderers are), and an
ALTER TABLE only those that look at one of its kinds of command.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from pglast import ast
from pglast.enums.parsenodes import AlterTableType

from codemod.collector import bulk_building
from codemod.errors import ConfigError
from codemod.lint.config import LintConfig
from codemod.lint.rule import ANY_STATEMENT, MIGRATIONS, Handler, MigrationFile, Report, Rule
from codemod.lint.source import LineIndex, Statement, read_sql
from codemod.lint.state import Catalog, FileState, LintContext
from codemod.lint.suppress import disabled_rules
from codemod.severity import Severity

# `visit_migrations(files)`: what a file rule reports, on which file.
FileHandler = Callable[[Sequence[MigrationFile]], Iterable[tuple[MigrationFile, Report]]]
# A rule, one of its handlers, and whether the handler takes the statement's parse tree
# (`visit_<Node>(node, stmt, state)`) or not (`visit_statement(stmt, state)`).
_Check = tuple[Rule, Handler, bool]


@dataclass(frozen=True)
class Finding:
    path: str
    line: int  # 1-based
    column: int  # 1-based, in characters
    severity: Severity
    rule: str
    message: str
    help: str


@dataclass(frozen=True)
class FileResult:
    findings: tuple[Finding, ...]
    statements: int


@dataclass(frozen=True)
class LintRun:
    """What one `schemasync lint` found, in file order."""

    findings: tuple[Finding, ...]
    rules: tuple[Rule, ...]  # the rules that ran
    files: int
    statements: int

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), default=None)


def select_rules(registry: Sequence[Rule], config: LintConfig) -> tuple[Rule, ...]:
    """The rules `enable` and `disable` leave on; an unknown rule id is a ConfigError."""
    known = [rule.id for rule in registry]
    named = [*config.enable, *config.disable, *config.severity]
    for rule_id in named:
        if rule_id not in known:
            import difflib  # for this message only

            close = difflib.get_close_matches(rule_id, known, n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise ConfigError(
                f"[tool.schemasync.lint] names the unknown rule {rule_id!r}.{hint} "
                "`schemasync lint --list-rules` prints them all."
            )
    enabled = set(config.enable or known) - set(config.disable)
    return tuple(rule for rule in registry if rule.id in enabled)


class Linter:
    """The rules of one run, indexed by the statement type each one checks, and the
    catalog the run's files build in the order they are read."""

    def __init__(self, rules: Iterable[Rule], context: LintContext) -> None:
        self.context = context
        self.catalog = Catalog()
        self.rules = tuple(rules)
        self._by_kind: dict[str, list[_Check]] = {}
        #: (rule, handler) -> the ALTER TABLE commands it is called for
        self._commands: dict[tuple[Rule, Handler], frozenset[AlterTableType]] = {}
        self._any: list[_Check] = []
        self._file_rules: list[tuple[Rule, FileHandler]] = []
        for rule in self.rules:
            for key, handler in rule.handlers().items():
                if key == MIGRATIONS:
                    self._file_rules.append((rule, cast(FileHandler, handler)))
                elif key != ANY_STATEMENT:
                    self._by_kind.setdefault(key, []).append((rule, handler, True))
                    if key == "AlterTableStmt" and rule.ALTER_TABLE_COMMANDS is not None:
                        self._commands[rule, handler] = rule.ALTER_TABLE_COMMANDS
                elif rule.STATEMENT_KINDS is None:
                    self._any.append((rule, handler, False))
                else:
                    for kind in rule.STATEMENT_KINDS:
                        self._by_kind.setdefault(kind, []).append((rule, handler, False))
        #: by kind (and an ALTER TABLE's commands), built as they are met
        self._checks: dict[tuple[str, frozenset[AlterTableType]], tuple[_Check, ...]] = {}
        self._severity = {
            rule.id: context.config.severity.get(rule.id, rule.severity) for rule in self.rules
        }

    def lint_text(self, path: str, text: str) -> FileResult:
        with bulk_building():  # parse trees hold no cycles
            return self._lint_text(path, text)

    def _lint_text(self, path: str, text: str) -> FileResult:
        source = read_sql(text)
        lines = LineIndex(text)
        state = FileState(self.context, self.catalog)
        silenced_in_file = disabled_rules(source.file_comments)
        findings: list[Finding] = []
        pending: list[tuple[Statement, Rule, Report]] = []  # decided at the end of the file
        seen: set[tuple[str, str]] = set()  # (rule, `once` key) already reported
        for stmt in source.statements:
            key = (stmt.kind, _alter_table_commands(stmt))
            checks = self._checks.get(key)
            if checks is None:
                checks = self._checks[key] = self._checks_of(*key)
            silenced = silenced_in_file
            if stmt.leading_comments:
                silenced = silenced | disabled_rules(stmt.leading_comments)
            for rule, handler, with_node in checks:
                reports = handler(stmt.node, stmt, state) if with_node else handler(stmt, state)
                for report in reports:
                    if rule.id in silenced:
                        continue
                    if report.once is not None:
                        if (rule.id, report.once) in seen:
                            continue
                        seen.add((rule.id, report.once))
                    if report.unless is not None:
                        pending.append((stmt, rule, report))
                    else:
                        findings.append(self._place(path, lines, stmt, rule, report))
            state.record(stmt)
        for stmt, rule, report in pending:
            if not (report.unless is not None and report.unless(state)):
                findings.append(self._place(path, lines, stmt, rule, report))
        findings.sort(key=lambda f: (f.line, f.column, f.rule))
        return FileResult(tuple(findings), len(source.statements))

    def lint_migrations(self, files: Sequence[MigrationFile]) -> tuple[Finding, ...]:
        """The file rules over the migrations folder (its files in the order they run);
        a finding sits at the start of its file."""
        findings: list[Finding] = []
        for rule, handler in self._file_rules:
            for file, report in handler(files):
                help_ = report.help or rule.help
                severity = self._severity[rule.id]
                findings.append(Finding(file.path, 1, 1, severity, rule.id, report.message, help_))
        return tuple(sorted(findings, key=lambda f: (f.path, f.rule)))

    def read_text(self, text: str) -> None:
        """Read a file into the catalog without linting it (a migration before the
        ones `--since` selects: what it created, later files alter)."""
        state = FileState(self.context, self.catalog)
        with bulk_building():  # parse trees hold no cycles
            for stmt in read_sql(text).statements:
                state.record(stmt)

    def _checks_of(self, kind: str, commands: frozenset[AlterTableType]) -> tuple[_Check, ...]:
        """The rules' handlers for a statement kind (and an ALTER TABLE's commands): those
        of its kind, then those of every parsed statement."""
        own = [
            (rule, handler, with_node)
            for rule, handler, with_node in self._by_kind.get(kind, ())
            if (wanted := self._commands.get((rule, handler))) is None
            or not wanted.isdisjoint(commands)
        ]
        return (*own, *(self._any if kind != "ParseFailure" else ()))

    def _place(
        self, path: str, lines: LineIndex, stmt: Statement, rule: Rule, report: Report
    ) -> Finding:
        # The parser marks "no position" with -1; such a finding sits at the statement.
        line, column = lines.position(stmt.start + max(report.location or 0, 0))
        severity = self._severity[rule.id]
        return Finding(
            path, line, column, severity, rule.id, report.message, report.help or rule.help
        )


_NO_COMMANDS: frozenset[AlterTableType] = frozenset()


def _alter_table_commands(stmt: Statement) -> frozenset[AlterTableType]:
    """The kinds of command an ALTER TABLE has (what `ALTER_TABLE_COMMANDS` names)."""
    node = stmt.node if stmt.kind == "AlterTableStmt" else None
    if not isinstance(node, ast.AlterTableStmt):
        return _NO_COMMANDS
    return frozenset(
        cmd.subtype
        for cmd in node.cmds or ()
        if isinstance(cmd, ast.AlterTableCmd) and cmd.subtype is not None
    )
