"""The Supabase credentials through the real CLI: SUPABASE_PROJECT_ID with
SUPABASE_ACCESS_TOKEN reads the catalogs through a local Management API endpoint over a
real PostgreSQL; the token never shows, whatever fails; SUPABASE_URL with
SUPABASE_SERVICE_KEY alone gets the one message that says what to set."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers_api import Canned, ManagementApi, serve
from helpers_db import run_sql

from e2e.project import Project, new_project

REF = "abcdefghijklmnopqrst"
TOKEN = "sbp_5ecret-LEAK-token"
ENUMS = 'from enum import Enum\n\n\nclass Mood(str, Enum):\n    HAPPY = "happy"\n'


@pytest.fixture
def project(tmp_path: Path, fresh_db: str) -> Project:
    run_sql(fresh_db, "create type mood as enum ('happy', 'sad');")
    project = new_project(tmp_path)
    project.write("schemas/enums.py", ENUMS)
    return project


@pytest.fixture
def api_url(fresh_db: str) -> Iterator[str]:
    with serve(ManagementApi(TOKEN, {REF: fresh_db})) as url:
        yield url


def credentials(url: str, token: str = TOKEN) -> dict[str, str]:
    return {
        "SUPABASE_PROJECT_ID": REF,
        "SUPABASE_ACCESS_TOKEN": token,
        "SUPABASE_API_URL": url,
    }


def test_apply_and_check_through_the_management_api(
    project: Project, api_url: str, fresh_db: str
) -> None:
    env = credentials(api_url)
    drift = project.run("check", env=env)
    assert drift.returncode == 1, drift.stderr
    assert "enum value 'sad' is new: add Mood.SAD" in drift.stdout

    applied = project.run("apply", env=env)
    assert applied.returncode == 0, applied.stderr
    assert '    SAD = "sad"\n' in project.read("schemas/enums.py")
    in_sync = project.run("check", env=env)
    assert in_sync.returncode == 0, in_sync.stderr
    assert in_sync.stdout == (
        f"schemasync: the package is in sync with Supabase project {REF} through the "
        "Management API\n"
    )
    # The same schema as a direct connection reads: the same snapshot, byte for byte.
    assert project.run("snapshot", "api.json", env=env).returncode == 0
    assert project.run("snapshot", "direct.json", "--db-url", fresh_db).returncode == 0
    assert project.read("api.json") == project.read("direct.json")


COMMANDS = [("check",), ("report", "--format", "json"), ("apply", "--dry-run"), ("snapshot", "x")]


def test_the_token_never_shows(project: Project, fresh_db: str) -> None:
    """A wrong token (which the endpoint quotes back), an error body that holds the
    token, and an unreachable endpoint; each command, with and without --traceback."""
    echoing = Canned(500, json.dumps({"message": f"upstream said Bearer {TOKEN}"}).encode())
    api = ManagementApi("sbp_the_right_one", {REF: fresh_db}, canned={"echo": echoing})
    with serve(api) as url:
        failures = {
            "refused": credentials(url),
            "error body": {**credentials(url), "SUPABASE_PROJECT_ID": "echo"},
            "unreachable": credentials("http://127.0.0.1:1"),
        }
        for (name, env), command, traceback in itertools.product(
            failures.items(), COMMANDS, ((), ("--traceback",))
        ):
            result = project.run(*command, *traceback, env=env)
            output = result.stdout + result.stderr
            where = f"{name} {command} {traceback}: {output}"
            assert TOKEN not in output, where
            assert "LEAK" not in output, where
            assert result.returncode != 0, where
            if not traceback:
                assert result.returncode == 2, where
                assert result.stderr.startswith(
                    "schemasync: Could not read the database schema: "
                ), where
                assert result.stderr.count("\n") == 1, where  # one paragraph
    assert project.read("schemas/enums.py") == ENUMS


def test_postgrest_credentials_alone_say_what_to_set(project: Project) -> None:
    env = {
        "SUPABASE_URL": f"https://{REF}.supabase.co",
        "SUPABASE_SERVICE_KEY": "eyJhbGciOi-LEAK",
    }
    result = project.run("check", env=env)

    assert result.returncode == 2
    assert result.stderr.startswith(
        "schemasync: No database to compare with: SUPABASE_URL and SUPABASE_SERVICE_KEY "
        "reach Supabase's REST API (PostgREST), which serves table rows, not the system "
        f"catalogs schemasync reads. Set SUPABASE_PROJECT_ID={REF} with "
        "SUPABASE_ACCESS_TOKEN"
    )
    assert result.stderr.count("\n") == 1
    hook = project.run("apply", "--dry-run", "--hook", env=env)
    assert hook.returncode == 0
    assert hook.stderr.startswith(
        "schemasync: warning: skipped: no database to compare with (SUPABASE_URL and "
        "SUPABASE_SERVICE_KEY reach Supabase's REST API (PostgREST)"
    )
    assert "LEAK" not in result.stderr + hook.stderr
