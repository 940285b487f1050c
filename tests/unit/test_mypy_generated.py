"""Golden output must also run: a generated package, after a drift is applied to it,
passes `mypy --strict` (one run over the package in each enum_columns style)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from codemod.config import Config
from codemod.model import ColumnType, Schema
from codemod.typemap import BUILTIN_TYPES

from .helpers import apply, col, enum, enum_type, junction, table

ENUMS = (
    enum(
        "project_status", "draft", "in progress", "2fa", "class", "", 'it\'s "x"', comment="States."
    ),
    enum("empty_kind"),
)
ALL_TYPES = tuple(
    col(f"c_{name}", ColumnType(name, name, array_dims=index % 3), null=bool(index % 2))
    for index, name in enumerate(sorted(BUILTIN_TYPES))
)
BEFORE = Schema(
    enums=ENUMS,
    tables=(
        table(
            "projects",
            col("id", "uuid", null=False),
            col("status", enum_type("project_status"), null=False),
            col("legacy", "text"),
            comment='A project; "quoted" \\ and all.',
        ),
        table(
            "entries",
            col("id", "int8", null=False),
            col("from", "timestamptz"),
            col("class", enum_type("project_status")),
        ),
        table(
            "all_types",
            *ALL_TYPES,
            col("unknown", "geometry"),
            col("statuses", enum_type("project_status", array_dims=2)),
        ),
        table(
            "active_projects",
            col("id", "uuid"),
            col("status", enum_type("project_status")),
            kind="view",
        ),
        junction("project_users", "project", "user"),
        table("empty"),
    ),
)
AFTER = Schema(
    enums=(
        enum("project_status", "draft", "on_hold", "in progress", "class"),
        enum("empty_kind", "x"),
    ),
    tables=(
        table(
            "projects",
            col("id", "uuid", null=False),
            col("status", enum_type("project_status")),
            col("budget", "numeric"),
        ),
        table(
            "entries",
            col("id", "int8", null=False),
            col("from", "timestamptz", null=False),
            col("to", "int4"),
        ),
        BEFORE.tables[2],
        BEFORE.tables[3],
        junction("project_users", "project", "user"),
        table("empty", col("x", "int4")),
    ),
)
USAGE = """\
from .database.entities import EntryRow, ProjectRow
from .enums import ProjectStatus

row: ProjectRow = {"id": "x", "budget": 1.5}
entry: EntryRow = {"id": 1, "from": "2024-01-01", "to": None}
status: str = ProjectStatus.DRAFT.value
"""


def test_generated_package_passes_mypy_strict(tmp_path: Path) -> None:
    packages = []
    for style in ("str", "enum", "literal"):
        config = Config(enum_columns=style)
        first = apply(BEFORE, {}, config)
        files = {**first, **apply(AFTER, first, config)}
        assert "# schemasync: not in the database" in files["database/entities.py"]
        package = tmp_path / f"pkg_{style}"
        for path, text in {
            **files,
            "__init__.py": "",
            "database/__init__.py": "",
            "usage.py": USAGE,
        }.items():
            (package / path).parent.mkdir(parents=True, exist_ok=True)
            (package / path).write_text(text, encoding="utf-8")
        packages.append(package.name)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *packages],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found in 18 source files" in result.stdout
