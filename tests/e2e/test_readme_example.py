"""The README's first command, on the bundled example: what it says the example lacks is
what the dry run adds."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from e2e.project import Project

REPO = Path(__file__).resolve().parents[2]
MIGRATIONS = sorted((REPO / "fixtures" / "supabase" / "migrations").glob("*.sql"))
README_COMMAND = (
    "schemasync apply --dry-run --schemas-dir fixtures/example/schemas "
    "--migrations fixtures/supabase/migrations"
)
ADDED = [  # the added lines of the class files, in diff order
    "    budget: Optional[float]",
    "    is_template: bool",
    "class PropertyDocumentRow(TypedDict, total=False):",
    (
        '    """Files (floor plans, inspection reports, ...) attached to a property; the blobs'
        ' live in Supabase Storage."""'
    ),
    "    id: str",
    "    property_id: str",
    "    uploaded_by: Optional[str]",
    "    file_name: str",
    "    storage_path: str",
    "    mime_type: Optional[str]",
    "    size_bytes: Optional[int]",
    "    created_at: str",
    "    description: Optional[str]",
    '    TEAM = "team"',
    '    ON_HOLD = "on_hold"',
]


def added_lines(diff: str, path: str) -> list[str]:
    """The `+` lines of one file's part of a unified diff, blank ones left out."""
    part = diff.split(f"--- a/{path}\n", 1)[1].split("\n--- a/", 1)[0]
    return [line[1:] for line in part.splitlines()[2:] if line.startswith("+") and line[1:]]


def changed_files(diff: str) -> list[str]:
    return re.findall(r"^--- a/(.+)$", diff, flags=re.MULTILINE)


def test_the_readme_runs_this_command() -> None:
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert README_COMMAND in readme
    assert "the six migrations of `fixtures/supabase/migrations/`" in readme
    assert "`fixtures/example/schemas/` matches the first four" in readme
    assert len(MIGRATIONS) == 6


def test_the_example_is_two_migrations_behind() -> None:
    result = Project(REPO).run(*README_COMMAND.split()[1:])

    assert result.returncode == 1, result.stderr
    diff = result.stdout
    example = "fixtures/example/schemas"
    assert changed_files(diff) == [
        f"{example}/database/entities.py",
        f"{example}/enums.py",
        f"{example}/schema_version.py",
    ]
    assert [
        *added_lines(diff, f"{example}/database/entities.py"),
        *added_lines(diff, f"{example}/enums.py"),
    ] == ADDED


def test_the_example_matches_the_first_four_migrations(tmp_path: Path) -> None:
    """Without the last two migrations the database is the one the example recorded
    (DB_HASH stays), and only the generated version module is rewritten: its date, and
    the PACKAGE_HASH that the example's older version module lacks."""
    first_four = tmp_path / "migrations"
    first_four.mkdir()
    for migration in MIGRATIONS[:4]:
        shutil.copy(migration, first_four)

    result = Project(REPO).run(
        "apply", "--dry-run", "--schemas-dir", "fixtures/example/schemas",
        "--migrations", str(first_four),
    )  # fmt: skip

    assert result.returncode == 1, result.stderr
    assert changed_files(result.stdout) == ["fixtures/example/schemas/schema_version.py"]
    assert "-DB_HASH" not in result.stdout
    assert "-LAST_SYNC_DIFFERENCES = 14\n+LAST_SYNC_DIFFERENCES = 0\n" in result.stdout
