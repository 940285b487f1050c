"""Compile schemasync's modules to bytecode before timing it, as installing does.

pip writes `__pycache__` when it installs a wheel; an editable install writes it on
first import, unless PYTHONDONTWRITEBYTECODE is set (as on this project's CI machines),
in which case every run would compile each module from source again: 60 ms and more
that no installed copy pays.
"""

from __future__ import annotations

import compileall
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "codemod"


def compile_package() -> None:
    compileall.compile_dir(PACKAGE, quiet=1)
