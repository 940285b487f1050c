"""Mermaid's own parser (the npm package `mermaid`, as GitHub uses it) run under node:
whether a diagram is one Mermaid draws. `.ci/run` installs the package."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest

MERMAID_VERSION = "11.17.2"
MODULES_ENV = "SCHEMASYNC_TEST_NODE_MODULES"
INSTALL_MERMAID = (
    f"The npm package mermaid is not installed. Install it with `npm install -g "
    f"mermaid@{MERMAID_VERSION}` (as .ci/run does), or set {MODULES_ENV} to a "
    "node_modules folder that holds it."
)
# Reads the diagram on standard input; prints the diagram type, or the parse error and
# exits 1.
_PARSE = """
const { default: mermaid } = await import("mermaid");
let text = "";
for await (const chunk of process.stdin) text += chunk;
try {
  const parsed = await mermaid.parse(text);
  console.log(parsed.diagramType);
} catch (error) {
  console.log(String(error.message ?? error));
  process.exit(1);
}
"""


@functools.cache
def _modules() -> Path:
    """The node_modules folder that holds mermaid: $SCHEMASYNC_TEST_NODE_MODULES, else
    npm's global one. Skips the test when node is absent."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: Mermaid's parser runs under node")
    if os.environ.get(MODULES_ENV):
        folder = Path(os.environ[MODULES_ENV])
    else:
        npm = shutil.which("npm")
        root = subprocess.run(
            [npm or "npm", "root", "-g"], capture_output=True, text=True, check=False
        )
        folder = Path(root.stdout.strip())
    if not (folder / "mermaid" / "package.json").is_file():
        pytest.fail(INSTALL_MERMAID)
    return folder


def parse_mermaid(diagram: str) -> tuple[bool, str]:
    """(accepted, the diagram type or the parser's error message)."""
    folder = _modules()
    result = subprocess.run(
        ["node", "--input-type=module", "-e", _PARSE],
        input=diagram,
        cwd=folder.parent,  # a bare `import("mermaid")` resolves from ./node_modules
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return result.returncode == 0, (result.stdout + result.stderr).strip()
