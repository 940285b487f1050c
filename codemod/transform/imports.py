"""Add the imports that new code needs, merging into existing `from x import ...` lines."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import PurePosixPath

import libcst as cst
import libcst.helpers

from codemod.plan.changes import Import

Statement = cst.SimpleStatementLine | cst.BaseCompoundStatement


def add_imports(
    header: str, imports: Iterable[Import], path: str, local_modules: Iterable[str]
) -> str:
    """Return `header` (a module's leading block of docstring and imports) with `imports`
    added. Imports of the package's own files (`local_modules`, e.g. `enums.py`) are
    written relative to `path`: `from ..enums import ProjectStatus`.

    Names from a module the header already imports from join that line; a new module gets
    its own line in its group (standard library, third party, the package), in the order
    isort and ruff keep, with a blank line between groups.
    """
    local = set(local_modules)
    wanted: dict[tuple[int, str], set[str]] = {}  # (level, dotted module) -> names
    for module, name in imports:
        where = relative_module(path, module) if module in local else (0, module)
        wanted.setdefault(where, set()).add(name)
    tree = cst.parse_module(header)
    body: list[Statement] = list(tree.body)
    for where, names in sorted(wanted.items()):
        index = next((i for i, s in enumerate(body) if _from_module(s) == where), None)
        if index is not None:
            body[index] = _merge_names(cst.ensure_type(body[index], cst.SimpleStatementLine), names)
            continue
        level, module = where
        line = f"from {'.' * level}{module} import {', '.join(sorted(names, key=_name_key))}\n"
        statement = cst.parse_statement(line, config=tree.config_for_parsing)
        body = _insert_import(body, cst.ensure_type(statement, cst.SimpleStatementLine))
    return tree.with_changes(body=body).code


def _merge_names(stmt: cst.SimpleStatementLine, names: set[str]) -> cst.SimpleStatementLine:
    """`from typing import TypedDict` + {Optional} -> `from typing import Optional, TypedDict`:
    each name goes where it sorts, in the line's own layout (one line or one per line)."""
    node = cst.ensure_type(stmt.body[0], cst.ImportFrom)
    if isinstance(node.names, cst.ImportStar):
        return stmt
    aliases = list(node.names)
    have = {a.evaluated_name for a in aliases if a.asname is None}
    commas = [a.comma for a in aliases[:-1] if isinstance(a.comma, cst.Comma)]
    separator = commas[0] if commas else cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    if isinstance(separator.whitespace_after, cst.ParenthesizedWhitespace):  # not its comment
        separator = separator.with_changes(
            whitespace_after=separator.whitespace_after.with_changes(
                first_line=cst.TrailingWhitespace()
            )
        )
    for name in sorted(names - have, key=_name_key):
        alias = cst.ImportAlias(cst.Name(name))
        index = next(
            (i for i, a in enumerate(aliases) if _name_key(a.evaluated_name) > _name_key(name)),
            len(aliases),
        )
        if index < len(aliases):
            aliases.insert(index, alias.with_changes(comma=separator))
        else:  # the last name: it takes over the old last name's comma (or none)
            aliases[-1], alias = (
                aliases[-1].with_changes(comma=separator),
                alias.with_changes(comma=aliases[-1].comma),
            )
            aliases.append(alias)
    return stmt.with_changes(body=[node.with_changes(names=aliases), *stmt.body[1:]])


def _name_key(name: str) -> tuple[int, str]:
    """Imported names as ruff's isort orders them: CONSTANTS, Classes, functions."""
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2
    return kind, name


def _from_module(stmt: cst.CSTNode) -> tuple[int, str] | None:
    """(level, module) of a `from m import a, b` line."""
    if not isinstance(stmt, cst.SimpleStatementLine) or not isinstance(
        stmt.body[0], cst.ImportFrom
    ):
        return None
    node = stmt.body[0]
    if isinstance(node.names, cst.ImportStar):
        return None
    module = cst.helpers.get_full_name_for_node(node.module) if node.module else ""
    return len(node.relative), module or ""


def _sort_key(stmt: cst.CSTNode) -> tuple[int, tuple[int, int, str]] | None:
    """(group, order in the group) of an import line, as isort sorts them: `__future__`,
    standard library, third party, relative; `import m` before `from m import`."""
    if not isinstance(stmt, cst.SimpleStatementLine) or not isinstance(
        stmt.body[0], cst.Import | cst.ImportFrom
    ):
        return None
    node = stmt.body[0]
    if isinstance(node, cst.Import):
        name = cst.helpers.get_full_name_for_node(node.names[0].name) or ""
        return _group(name), (0, 0, name.lower())
    level = len(node.relative)
    module = cst.helpers.get_full_name_for_node(node.module) if node.module else ""
    module = module or ""
    if level:
        return 3, (1, -level, module.lower())
    return _group(module), (1, 0, module.lower())


def _group(module: str) -> int:
    top = module.split(".")[0]
    if top == "__future__":
        return 0
    return 1 if top in sys.stdlib_module_names else 2


def _insert_import(body: list[Statement], statement: cst.SimpleStatementLine) -> list[Statement]:
    group, key = _sort_key(statement) or (0, (0, 0, ""))
    lines = [(i, k) for i, s in enumerate(body) if (k := _sort_key(s)) is not None]
    same = [(i, k) for i, k in lines if k[0] == group]
    later_in_group = [i for i, k in same if k[1] > key]
    if later_in_group:  # before the first line that sorts after it, taking its blank lines
        index = later_in_group[0]
        body[index], statement = _swap_leading_lines(body[index], statement)
    elif same:
        index = same[-1][0] + 1
    elif earlier := [i for i, k in lines if k[0] < group]:
        index = earlier[-1] + 1
        statement = statement.with_changes(leading_lines=[cst.EmptyLine()])
    elif lines:  # only later groups: this group opens the block
        index = lines[0][0]
        body[index], statement = _swap_leading_lines(body[index], statement)
        body[index] = body[index].with_changes(leading_lines=[cst.EmptyLine()])
    else:  # no imports yet: after the docstring
        index = len(body)
        statement = statement.with_changes(leading_lines=[cst.EmptyLine()] if body else [])
    body.insert(index, statement)
    return body


def _swap_leading_lines(
    old: Statement, new: cst.SimpleStatementLine
) -> tuple[Statement, cst.SimpleStatementLine]:
    return old.with_changes(leading_lines=[]), new.with_changes(leading_lines=old.leading_lines)


def render_imports(imports: Iterable[Import], path: str, local_modules: Iterable[str]) -> str:
    """An import block for a new file, grouped as isort does: standard library,
    third party, then the package's own modules."""
    local = set(local_modules)
    groups: dict[int, dict[str, set[str]]] = {0: {}, 1: {}, 2: {}}
    for module, name in imports:
        if module in local:
            level, dotted = relative_module(path, module)
            groups[2].setdefault("." * level + dotted, set()).add(name)
        else:
            group = 0 if module.split(".")[0] in sys.stdlib_module_names else 1
            groups[group].setdefault(module, set()).add(name)
    blocks = [
        "".join(f"from {m} import {', '.join(sorted(names))}\n" for m, names in sorted(g.items()))
        for g in groups.values()
        if g
    ]
    return "\n".join(blocks)


def relative_module(path: str, target: str) -> tuple[int, str]:
    """`database/entities.py` importing `enums.py` -> (2, "enums")."""
    here = PurePosixPath(path).parent.parts
    there = PurePosixPath(target).with_suffix("").parts
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return len(here) - common + 1, ".".join(there[common:])
