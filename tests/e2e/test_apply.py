"""`schemasync apply` and `check` end to end: the real CLI, a real server, a real git
repository. Each test states the database, the package before, and the exact `git diff`
that apply makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_db import run_sql

from codemod.settings import find_project
from codemod.version import package_hash, read_recorded
from e2e.project import Project, new_project

SCHEMA_V1 = """
    create type status as enum ('draft', 'active');
    create table projects (
        id uuid primary key default gen_random_uuid(),
        name text not null,
        status status not null default 'draft',
        legacy_code text
    );
"""

ENUMS_V1 = '''
    """Our enums."""

    from enum import Enum


    # Lifecycle of a project.
    class Status(str, Enum):
        DRAFT = "draft"  # the first state
        ACTIVE = "active"

        def label(self) -> str:
            """Shown in the UI."""
            return self.value.title()
'''

ENTITIES_V1 = '''
    """Rows."""

    from typing import Optional, TypedDict


    class ProjectRow(TypedDict, total=False):
        """A project."""

        id: str
        name: str  # shown in the UI
        status: str
        legacy_code: Optional[str]
        # fields end here
'''


@pytest.fixture
def project(tmp_path: Path, fresh_db: str) -> Project:
    """A repository whose package matches SCHEMA_V1 in `fresh_db`, committed."""
    run_sql(fresh_db, SCHEMA_V1)
    project = new_project(tmp_path, 'db_schemas = ["public"]\n')
    project.write("schemas/enums.py", ENUMS_V1)
    project.write("schemas/database/entities.py", ENTITIES_V1)
    first = project.run("apply", "--db-url", fresh_db)
    assert first.returncode == 0, first.stderr
    # The package matched: only the version module and version 1's record were written.
    assert project.git("status", "--porcelain") == "?? pyproject.toml\n?? schemas/\n"
    assert first.stdout == (
        "schemas/schema_history/v0001.json: created\nschemas/schema_version.py: regenerated\n"
    )
    project.commit_all()
    return project


def test_apply_makes_a_small_reviewable_diff(project: Project, fresh_db: str) -> None:
    run_sql(
        fresh_db,
        """
        alter type status add value 'archived';
        alter type status add value 'on_hold' after 'draft';
        alter table projects add column budget numeric(12,2);
        alter table projects alter column name drop not null;
        alter table projects drop column legacy_code;
        create table tags (id bigint generated always as identity primary key, label text not null);
    """,
    )
    result = project.run("apply", "--db-url", fresh_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "schemas/database/entities.py: 2 added, 1 flagged, 1 updated\n"
        "schemas/enums.py: 2 added\n"
        "schemas/schema_history/v0002.json: created\n"
        "schemas/schema_version.py: regenerated\n"
    )
    diff = project.git("diff", "--", "schemas/enums.py", "schemas/database/entities.py")
    assert _hunks(diff) == EXPECTED_HUNKS


def _hunks(diff: str) -> str:
    """The diff without `index` lines, which name blob hashes."""
    return "".join(line for line in diff.splitlines(keepends=True) if not line.startswith("index "))


EXPECTED_HUNKS = '''\
diff --git a/schemas/database/entities.py b/schemas/database/entities.py
--- a/schemas/database/entities.py
+++ b/schemas/database/entities.py
@@ -7,7 +7,13 @@ class ProjectRow(TypedDict, total=False):
     """A project."""
 
     id: str
-    name: str  # shown in the UI
+    name: Optional[str]  # shown in the UI
     status: str
-    legacy_code: Optional[str]
+    budget: Optional[float]
+    legacy_code: Optional[str]  # schemasync: not in the database
     # fields end here
+
+
+class TagRow(TypedDict, total=False):
+    id: int
+    label: str
diff --git a/schemas/enums.py b/schemas/enums.py
--- a/schemas/enums.py
+++ b/schemas/enums.py
@@ -6,7 +6,9 @@ from enum import Enum
 # Lifecycle of a project.
 class Status(str, Enum):
     DRAFT = "draft"  # the first state
+    ON_HOLD = "on_hold"
     ACTIVE = "active"
+    ARCHIVED = "archived"
 
     def label(self) -> str:
         """Shown in the UI."""
'''


def test_apply_is_idempotent_and_check_agrees(project: Project, fresh_db: str) -> None:
    run_sql(
        fresh_db,
        "alter table projects drop column legacy_code; alter type status add value 'archived';",
    )
    assert project.run("check", "--db-url", fresh_db).returncode == 1
    assert project.run("apply", "--db-url", fresh_db).returncode == 0
    project.commit_all("synced")
    # A flagged field is no longer drift; a second apply changes no byte.
    check = project.run("check", "--db-url", fresh_db)
    assert check.returncode == 0, check.stdout
    again = project.run("apply", "--db-url", fresh_db)
    assert again.returncode == 0
    assert again.stdout == ""
    assert again.stderr == "schemasync: the package is in sync; nothing to change.\n"
    assert project.git("status", "--porcelain") == ""


def test_prune_deletes_what_the_database_no_longer_has(project: Project, fresh_db: str) -> None:
    run_sql(fresh_db, "alter table projects drop column legacy_code;")
    assert project.run("apply", "--db-url", fresh_db).returncode == 0  # flags it
    result = project.run("apply", "--prune", "--db-url", fresh_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("schemas/database/entities.py: 1 removed\n")
    entities = project.read("schemas/database/entities.py")
    assert "legacy_code" not in entities
    assert "    status: str\n    # fields end here\n" in entities


def test_dry_run_prints_the_diff_and_writes_nothing(project: Project, fresh_db: str) -> None:
    run_sql(fresh_db, "alter type status add value 'archived';")
    result = project.run("apply", "--dry-run", "--db-url", fresh_db)
    assert result.returncode == 1
    assert result.stdout.startswith("--- a/schemas/enums.py\n+++ b/schemas/enums.py\n")
    assert '+    ARCHIVED = "archived"\n' in result.stdout
    assert "--- a/schemas/schema_version.py" in result.stdout
    # The way forward repeats what the dry run was given (but never a URL).
    assert "run `schemasync apply --db-url URL` to write it." in result.stderr
    assert project.git("status", "--porcelain") == ""


def test_a_kept_line_is_reported_never_rewritten(project: Project, fresh_db: str) -> None:
    entities = project.read("schemas/database/entities.py").replace(
        "    name: str  # shown in the UI\n", "    name: str  # schemasync: keep\n"
    )
    project.write("schemas/database/entities.py", entities)
    project.commit_all("keep name")
    run_sql(fresh_db, "alter table projects alter column name drop not null;")
    result = project.run("apply", "--db-url", fresh_db)
    assert result.returncode == 0
    assert "ProjectRow.name is str, the database says Optional[str] (kept)" in result.stderr
    assert project.git("diff", "--", "schemas/database") == ""
    assert project.run("check", "--db-url", fresh_db).returncode == 0


def test_version_module_records_the_sync(project: Project, fresh_db: str) -> None:
    run_sql(fresh_db, "alter type status add value 'archived';")
    assert project.run("apply", "--db-url", fresh_db).returncode == 0
    version = project.read("schemas/schema_version.py")
    assert 'SCHEMA_VERSION = "2026-01-01"\n' in version
    assert 'LAST_SYNC = "2026-01-01T00:00:00Z"\n' in version
    assert (
        "TABLES_COUNT = 1\nENUMS_COUNT = 1\nCOLUMNS_COUNT = 4\nLAST_SYNC_DIFFERENCES = 1\n"
        in version
    )
    recorded = read_recorded(version)
    assert isinstance(recorded["DB_HASH"], str)
    assert len(recorded["DB_HASH"]) == 64
    assert recorded["PACKAGE_HASH"] == package_hash(
        {p: project.read(f"schemas/{p}") for p in ("enums.py", "database/entities.py")},
        find_project(project.root).config.package_settings,
    )


def test_a_flag_goes_when_the_column_comes_back(project: Project, fresh_db: str) -> None:
    entities_before = project.read("schemas/database/entities.py")
    run_sql(fresh_db, "alter table projects drop column legacy_code;")
    assert project.run("apply", "--db-url", fresh_db).returncode == 0
    assert "legacy_code: Optional[str]  # schemasync: not in the database" in project.read(
        "schemas/database/entities.py"
    )
    run_sql(fresh_db, "alter table projects add column legacy_code text;")
    result = project.run("apply", "--db-url", fresh_db)
    assert result.returncode == 0
    assert result.stdout.startswith("schemas/database/entities.py: 1 unflagged\n")
    assert project.read("schemas/database/entities.py") == entities_before
