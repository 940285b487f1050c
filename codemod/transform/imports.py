"""Add the imports that new code needs, merging into existing `from x import ...` lines."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import PurePosixPath

import libcst as cst
from libcst.codemod import CodemodContext
from libcst.codemod.visitors import AddImportsVisitor

from codemod.plan.changes import Import


def add_imports(
    header: str, imports: Iterable[Import], path: str, local_modules: Iterable[str]
) -> str:
    """Return `header` (a module's leading block of docstring and imports) with `imports`
    added. Imports of the package's own files (`local_modules`, e.g. `enums.py`) are
    written relative to `path`: `from ..enums import ProjectStatus`."""
    context = CodemodContext()
    local = set(local_modules)
    for module, name in sorted(imports):
        if module in local:
            level, dotted = relative_module(path, module)
            AddImportsVisitor.add_needed_import(context, dotted, name, relative=level)
        else:
            AddImportsVisitor.add_needed_import(context, module, name)
    tree = cst.parse_module(header)
    return AddImportsVisitor(context).transform_module(tree).code


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
        for g in groups.values() if g
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
