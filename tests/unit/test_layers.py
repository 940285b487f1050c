"""The layers hold: the pure core imports no edge module, and no modules import each
other in a circle. Every import counts, the ones inside functions too (they are how the
edges stay lazy, not a way around the rule)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "codemod"

#: what has no I/O: model, naming, type mapping, reading, planning, transforming, reports
CORE = (
    "codemod.model",
    "codemod.object_keys",
    "codemod.collector",
    "codemod.local_model",
    "codemod.trailing_comments",
    "codemod.naming",
    "codemod.typemap",
    "codemod.severity",
    "codemod.errors",
    "codemod.config",
    "codemod.config_values",
    "codemod.formats",
    "codemod.feedback",
    "codemod.sql",
    "codemod.kinds",
    "codemod.version",
    "codemod.history",
    "codemod.history_files",
    "codemod.objects",
    "codemod.read",
    "codemod.plan",
    "codemod.transform",
    "codemod.report",
    "codemod.document",
)
#: what talks to the world: databases, files, networks, the terminal
EDGE = (
    "codemod.introspect",
    "codemod.files",
    "codemod.notify",
    "codemod.cli",
    "codemod.console",
    "codemod.options",
    "codemod.api",
    "codemod.pipeline",
    "codemod.settings",
    "codemod.signals",
    "codemod.distribution",
)


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(path: Path, name: str, known: set[str]) -> Iterator[str]:
    """The codemod modules `path` imports, anywhere in it but under `if TYPE_CHECKING:`
    (what only the type checker reads makes no module depend on another)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for inner in ast.walk(node)
    }
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            # `from codemod.lint import engine` imports the module codemod.lint.engine.
            targets = [
                f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names
            ]
        else:
            continue
        yield from (t for t in targets if t in known)


def graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {name: set(imports(path, name, known)) - {name} for name, path in found.items()}


def within(name: str, layer: tuple[str, ...]) -> bool:
    return any(name == top or name.startswith(top + ".") for top in layer)


def test_the_core_imports_no_edge_module() -> None:
    crossings = sorted(
        f"{module} imports {target}"
        for module, targets in graph().items()
        if within(module, CORE)
        for target in targets
        if within(target, EDGE)
    )
    assert crossings == []


def test_every_module_is_in_a_layer_or_in_the_linter() -> None:
    # The linter (codemod.lint) is its own part: it may use the core, never the sync edges.
    unplaced = sorted(
        m
        for m in modules()
        if m != "codemod"
        and m != "codemod.__main__"
        and not within(m, (*CORE, *EDGE, "codemod.lint"))
    )
    assert unplaced == []


def test_the_linter_uses_no_sync_edge() -> None:
    shared = ("codemod.files", "codemod.settings", "codemod.distribution")
    sync_edges = tuple(e for e in EDGE if e not in shared)
    crossings = sorted(
        f"{module} imports {target}"
        for module, targets in graph().items()
        if within(module, ("codemod.lint",))
        for target in targets
        if within(target, sync_edges)
    )
    assert crossings == []


def test_no_modules_import_each_other() -> None:
    edges = graph()
    cycles = []
    for start in sorted(edges):
        # A path back to `start` through other modules is a cycle.
        seen: set[str] = set()
        stack: list[tuple[str, tuple[str, ...]]] = [(start, (start,))]
        while stack:
            module, path = stack.pop()
            for target in sorted(edges[module]):
                if target == start:
                    cycles.append(" -> ".join((*path, start)))
                elif target not in seen:
                    seen.add(target)
                    stack.append((target, (*path, target)))
    assert cycles == []
