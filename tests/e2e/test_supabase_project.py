"""A Supabase project's own history, written the way real projects write it (a
`supabase db dump` baseline, extensions, storage, realtime, webhooks, cron, vault,
wrappers, grants), synced with nothing but the default source: `supabase/migrations`."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from e2e.project import Project, new_project

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "supabase_project"

#: every class the package gets, with its fields or members, in file order
EXPECTED = {
    "schemas/enums.py": {
        "ProjectStatus": ["DRAFT", "ACTIVE", "ARCHIVED"],
        "TaskLabel": ["BUG", "FEATURE", "CHORE"],
        "WorkspacePlan": ["FREE", "TEAM", "BUSINESS"],
    },
    "schemas/database/entities.py": {
        "ProfileRow": ["id", "workspace_id", "display_name", "avatar_path"],
        "ProjectRow": [
            "id",
            "workspace_id",
            "name",
            "status",
            "api_key_hash",
            "share_password",
            "budget",
            "tags",
            "created_by",
            "created_at",
            "updated_at",
        ],
        "StripeInvoiceRow": ["id", "customer", "total", "currency", "status", "attrs"],
        "TaskRow": [
            "id",
            "project_id",
            "title",
            "done",
            "position",
            "search",
            "assignee",
            "due_on",
            "created_at",
            "labels",
        ],
        "WorkspaceRow": [
            "id",
            "name",
            "plan",
            "invite_code",
            "created_at",
            "updated_at",
            "stripe_customer_id",
        ],
    },
}


def classes(source: str) -> dict[str, list[str]]:
    """Class name -> field or member names, as the file declares them."""
    found: dict[str, list[str]] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            names = []
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    names.append(item.target.id)
                elif isinstance(item, ast.Assign) and isinstance(item.targets[0], ast.Name):
                    names.append(item.targets[0].id)
            found[node.name] = names
    return found


@pytest.fixture
def project(tmp_path: Path) -> Project:
    project = new_project(tmp_path)
    shutil.copytree(FIXTURE / "supabase", project.root / "supabase")
    project.commit_all("a Supabase project")
    return project


def test_a_supabase_history_syncs_from_its_migrations_folder(project: Project) -> None:
    applied = project.run("apply")
    assert applied.returncode == 0, applied.stderr
    for path, expected in EXPECTED.items():
        assert classes(project.read(path)) == expected, path
    # No stand-in this history uses changes what schemasync reads: nothing to warn of.
    assert "warning" not in applied.stderr
    project.commit_all("synced")
    check = project.run("check")
    assert check.returncode == 0, check.stdout + check.stderr
    again = project.run("apply")
    assert again.returncode == 0
    assert project.git("status", "--porcelain") == ""


def test_what_the_cli_skips_is_listed_with_verbose(project: Project) -> None:
    result = project.run("apply", "--dry-run", "-v")
    assert result.returncode == 1  # the package does not exist yet
    assert "skipped supabase/migrations/README.md: the name does not match" in result.stderr
    assert "seed_only_table" not in result.stdout  # seed.sql is never applied
    assert "class TaskRow" in result.stdout
    # How the stand-ins differ from the real extensions, one line each, in detail only.
    assert "schemasync: the shadow database's pg_cron is a stand-in: Jobs are recorded" in (
        result.stderr
    )
