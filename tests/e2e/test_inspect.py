"""`schemasync inspect` through the real CLI: the example's document is the checked-in
one, the diagram is one Mermaid draws, and a snapshot documents what it was taken from."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers_db import run_sql
from helpers_mermaid import parse_mermaid

from codemod.files import shown
from e2e.project import Project, new_project

REPO = Path(__file__).resolve().parents[2]
EXPECTED = REPO / "fixtures" / "example" / "docs" / "schema.md"
EXAMPLE = ("--migrations", "fixtures/supabase/migrations")
REGENERATE = (
    "run `schemasync inspect --migrations fixtures/supabase/migrations --output "
    "fixtures/example/docs/schema.md` in the repository and review the diff"
)


def test_the_example_s_document_is_the_checked_in_one() -> None:
    result = Project(REPO).run("inspect", *EXAMPLE)

    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED.read_text(encoding="utf-8"), REGENERATE


def test_the_example_s_diagram_names_every_table_and_foreign_key_once() -> None:
    project = Project(REPO)
    data = json.loads(project.run("inspect", *EXAMPLE, "--format", "json").stdout)
    diagram = project.run("inspect", *EXAMPLE, "--format", "mermaid").stdout

    tables = [t for t in data["tables"] if t["kind"] == "table"]
    assert len(tables) == data["metrics"]["tables"] == 9
    entities = re.findall(r"^    (\w+) \{$", diagram, flags=re.MULTILINE)
    assert entities == [t["name"] for t in tables]  # each once, in name order
    labels = re.findall(r' : "(\w+)"$', diagram, flags=re.MULTILINE)
    assert sorted(labels) == sorted(fk["name"] for t in tables for fk in t["foreign_keys"])
    assert len(labels) == data["metrics"]["foreign_keys"] == 16
    assert diagram.count('_auth_users["auth.users"]') == 1
    assert parse_mermaid(diagram) == (True, "er")
    # The markdown holds the same diagram, in the block GitHub draws.
    markdown = EXPECTED.read_text(encoding="utf-8")
    assert f"```mermaid\n{diagram}```\n" in markdown


def test_output_writes_the_file_and_prints_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = Project(REPO)
    snapshot = tmp_path / "db.json"
    target = tmp_path / "docs" / "schema.md"
    target.parent.mkdir()

    taken = project.run("snapshot", *EXAMPLE, str(snapshot))
    result = project.run("inspect", "--snapshot", str(snapshot), "--output", str(target))

    assert taken.returncode == 0, taken.stderr
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    # Paths are named as seen from where the command ran (the repository).
    monkeypatch.chdir(REPO)
    assert result.stderr == f"schemasync: {shown(target)}: 10 tables, 5 enums\n"
    # The same document as from the migrations, but for where it came from.
    expected = EXPECTED.read_text(encoding="utf-8").replace(
        "migrations in fixtures/supabase/migrations", f"snapshot {shown(snapshot)}", 1
    )
    assert target.read_text(encoding="utf-8") == expected


def test_without_a_source_it_says_what_to_set_and_writes_nothing(tmp_path: Path) -> None:
    project = new_project(tmp_path)

    result = project.run("inspect", "--output", "schema.md")

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("schemasync: No database to compare with: Pass --db-url")
    assert result.stderr.count("\n") == 1
    assert not (project.root / "schema.md").exists()


def test_a_live_database_is_documented_with_its_row_level_security(
    tmp_path: Path, fresh_db: str
) -> None:
    run_sql(
        fresh_db,
        """
        create table teams (id integer primary key, name text not null unique);
        comment on table teams is 'Who plays together.';
        create table players (
            id integer generated always as identity primary key,
            team_id integer not null references teams on delete cascade,
            nick text default 'new'
        );
        alter table players enable row level security;
        create view rosters as select p.nick, t.name from players p join teams t on t.id = p.team_id;
        """,
    )
    project = new_project(tmp_path)

    markdown = project.run("inspect", "--db-url", fresh_db)
    diagram = project.run("inspect", "--db-url", fresh_db, "--format", "mermaid")

    assert markdown.returncode == 0, markdown.stderr
    text = markdown.stdout
    assert "- Tables without row-level security: `teams`" in text
    assert "### `players`\n\nTable; row-level security on; primary key (`id`).\n" in text
    assert "### `teams`\n\nWho plays together.\n\nTable; row-level security off;" in text
    assert "| `nick` | `text` | yes | `'new'::text` |  |  |" in text
    assert "| `id` | `integer` | no | identity (always) | PK |  |" in text
    assert "- `players_team_id_fkey`: (`team_id`) → `teams` (`id`), on delete CASCADE" in text
    assert "## Views\n\n### `rosters`\n\nView, read-only.\n" in text
    assert diagram.stdout == (
        "erDiagram\n"
        "    players {\n"
        "        int4 id PK\n"
        "        int4 team_id FK\n"
        "        text nick\n"
        "    }\n"
        "    teams {\n"
        "        int4 id PK\n"
        "        text name UK\n"
        "    }\n"
        '    players }o--|| teams : "players_team_id_fkey"\n'
    )
    assert parse_mermaid(diagram.stdout) == (True, "er")
