from __future__ import annotations

from collections.abc import Iterator

from pglast import ast

from codemod.lint.rule import Report, Rule
from codemod.lint.source import Statement
from codemod.lint.state import FileState
from codemod.severity import Severity


class VacuumFull(Rule):
    """VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock: no reads, no writes.

    PostgreSQL: VACUUM FULL writes a new copy of the table under ACCESS EXCLUSIVE; plain
    VACUUM takes SHARE UPDATE EXCLUSIVE and blocks no reads or writes.
    """

    id = "vacuum-full"
    severity = Severity.HIGH
    category = "unsafe"
    help = "Use plain VACUUM, or pg_repack to compact a table online; never in a migration."
    VALID = ("vacuum (analyze) items;",)
    INVALID = ("vacuum full items;", "vacuum (full, analyze) items;")

    def visit_VacuumStmt(
        self, node: ast.VacuumStmt, stmt: Statement, state: FileState
    ) -> Iterator[Report]:
        options = [o for o in node.options or () if isinstance(o, ast.DefElem)]
        full = next((o for o in options if o.defname == "full"), None)
        if full is not None and not _is_false(full.arg):
            yield Report("vacuum full rewrites the table while reads and writes wait")


def _is_false(arg: object) -> bool:
    """`(full false)`, `(full off)` and `(full 0)` turn the option off."""
    value = arg.ival if isinstance(arg, ast.Integer) else getattr(arg, "sval", None)
    return str(value).lower() in {"false", "off", "0"}
