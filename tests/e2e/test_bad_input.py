"""Every bad input in the README's "Bad input" table, through the real CLI: one
paragraph on stderr with the table's message, exit code 2, and no file changed (nor
any created). The table in the README is checked against the cases here."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from codemod.introspect.snapshot import write_snapshot
from codemod.model import Column, ColumnType, EnumType, Schema, Table
from e2e.project import Project, new_project

REPO = Path(__file__).resolve().parents[2]
SCHEMA = Schema(
    enums=(EnumType("public", "mood", ("happy", "sad")),),
    tables=(Table("public", "projects", (Column("id", ColumnType("uuid", "uuid"), False),)),),
)
ENUMS = 'from enum import Enum\n\n\nclass Mood(str, Enum):\n    HAPPY = "happy"\n'


def config(body: str) -> Callable[[Project], None]:
    return lambda p: p.write("pyproject.toml", f"[tool.schemasync]\n{body}\n")


def snapshot(change: Callable[[dict[str, object]], None]) -> Callable[[Project], None]:
    def edit(project: Project) -> None:
        data = json.loads(project.read("db.json"))
        change(data)
        project.write("db.json", json.dumps(data))

    return edit


def file(path: str, data: bytes) -> Callable[[Project], None]:
    def write(project: Project) -> None:
        (project.root / path).parent.mkdir(parents=True, exist_ok=True)
        (project.root / path).write_bytes(data)

    return write


def folder(path: str) -> Callable[[Project], None]:
    def make(project: Project) -> None:
        (project.root / path).unlink(missing_ok=True)
        (project.root / path).mkdir()

    return make


def read_only(project: Project) -> None:
    (project.root / "schemas/enums.py").chmod(0o444)


def _set(path: list[str | int], value: object) -> Callable[[dict[str, object]], None]:
    def change(data: dict[str, object]) -> None:
        target: object = data
        for step in path[:-1]:
            target = target[step]  # type: ignore[index]
        target[path[-1]] = value  # type: ignore[index]

    return change


def _twin_table(data: dict[str, object]) -> None:
    tables = data["tables"]
    assert isinstance(tables, list)
    tables.append({**tables[0], "name": "Projects"})


@dataclass(frozen=True)
class Case:
    what: str  # the README's "input" column
    setup: Callable[[Project], None]
    message: str  # the README's "message" column: what the paragraph says
    args: tuple[str, ...] = ("apply", "--snapshot", "db.json")
    env: tuple[tuple[str, str], ...] = ()  # environment variables set for the run


CASES = [
    Case("`enums.py` is a folder", folder("schemas/enums.py"), "schemas/enums.py is a folder, but schemasync keeps a module there"),
    Case("`schema_version.py` is a folder", folder("schemas/schema_version.py"), "schemas/schema_version.py is a folder, but schemasync keeps a module there"),
    Case("a module is read-only (0444)", read_only, "schemas/enums.py is read-only (mode -r--r--r--); schemasync does not overwrite it"),
    Case("a module is not UTF-8", file("schemas/enums.py", b"x = '\xe9'\n"), "schemas/enums.py: not UTF-8 text (invalid continuation byte at byte 5)"),
    Case("a module holds a NUL byte", file("schemas/enums.py", b"x = 1\n\0\n"), "enums.py:2:1: source code string cannot contain null bytes"),
    Case("a module does not parse", file("schemas/enums.py", b"class X(:\n"), "enums.py:1:9: invalid syntax"),
    Case("a template is not UTF-8", file("schemas/templates/enum.py.j2", b"\xff"), "schemas/templates/enum.py.j2: not UTF-8 text"),
    Case("an unknown config key", config('schema_dir = "x"'), "Unknown key 'schema_dir' in"),
    Case("config that is not TOML", config("schemas_dir = "), "not valid TOML"),
    Case('`class_names = { projects = "class" }`', config('class_names = { projects = "class" }'), "class_names.projects = 'class' is not a valid class name"),
    Case('`class_names = { projects = "Optional" }`', config('class_names = { projects = "Optional" }'), "class_names.projects = 'Optional' would hide the name Optional"),
    Case('`member_names = { mood = { sad = "None" } }`', config('member_names = { mood = { sad = "None" } }'), "member_names.mood.sad = 'None' cannot name an Enum member"),
    Case("`type_map = { uuid = \"print('x')\" }`", config("type_map = { uuid = \"print('x')\" }"), "type_map.uuid = \"print('x')\" is not a type (print('x') is an expression, not a type)"),
    Case('`type_map = { uuid = "1 + 1" }`', config('type_map = { uuid = "1 + 1" }'), "type_map.uuid = '1 + 1' is not a type"),
    Case('`type_map = { uuid = "nosuchmod.Thing" }`', config('type_map = { uuid = "nosuchmod.Thing" }'), "type_map uses nosuchmod.Thing, but no module nosuchmod can be found"),
    Case('`enums_file = "/tmp/enums.py"`', config('enums_file = "/tmp/enums.py"'), "enums_file = '/tmp/enums.py' leads outside the project folder"),
    Case('`class_files = { projects = "../x.py" }`', config('class_files = { projects = "../x.py" }'), "class_files.projects = '../x.py' leads outside the project folder"),
    Case("a snapshot without a format version", file("db.json", b'{"enums": [], "tables": []}'), "db.json is not a schemasync snapshot: it has no `schemasync_snapshot` format version"),
    Case('a snapshot with `"name": null`', snapshot(_set(["tables", 0, "name"], None)), "tables[0].name must be a string, not null"),
    Case('a snapshot with `"array_dims": "x"`', snapshot(_set(["tables", 0, "columns", 0, "type", "array_dims"], "x")), 'tables[0].columns[0].type.array_dims must be an integer, not "x"'),
    Case('a snapshot with `"values": "abc"`', snapshot(_set(["enums", 0, "values"], "abc")), 'enums[0].values must be a list, not "abc"'),
    Case("a file that is not JSON as `--snapshot`", file("db.json", b"{"), "db.json is not a schemasync snapshot (not JSON"),
    Case("two tables that make one class name", snapshot(_twin_table), "Table Projects and table projects would both become class ProjectRow"),
    Case("a database that cannot be reached", lambda p: None, "Could not connect to database \"app\" on 127.0.0.1:1", ("apply", "--db-url", "postgresql://app:pw@127.0.0.1:1/app")),
    Case("no database, migrations or snapshot", lambda p: None, "No database to compare with", ("apply",)),
    Case("only `SUPABASE_URL` and `SUPABASE_SERVICE_KEY`", lambda p: None, "SUPABASE_URL and SUPABASE_SERVICE_KEY reach Supabase's REST API (PostgREST), which serves table rows, not the system catalogs", ("apply",), (("SUPABASE_URL", "https://abc.supabase.co"), ("SUPABASE_SERVICE_KEY", "k"))),
    Case("`SUPABASE_PROJECT_ID` that is not a project ref", lambda p: None, "SUPABASE_PROJECT_ID = 'My App' is not a Supabase project ref", ("apply",), (("SUPABASE_PROJECT_ID", "My App"), ("SUPABASE_ACCESS_TOKEN", "t0ken"))),
]  # fmt: skip


def tree(root: Path) -> dict[str, bytes | None]:
    """Every file and folder under root (a folder as None), git's own left out."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes() if p.is_file() else None
        for p in sorted(root.rglob("*"))
        if ".git" not in p.relative_to(root).parts
    }


@pytest.mark.parametrize("case", CASES, ids=[c.what for c in CASES])
def test_bad_input_is_one_paragraph_exit_2_and_no_file_changed(tmp_path: Path, case: Case) -> None:
    project = new_project(tmp_path)
    project.write("schemas/enums.py", ENUMS)
    write_snapshot(SCHEMA, project.root / "db.json")
    case.setup(project)
    before = tree(project.root)
    result = project.run(*case.args, env=dict(case.env))
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("schemasync: ")
    assert result.stderr.count("\n") == 1, result.stderr  # one paragraph, no traceback
    assert case.message in result.stderr
    assert tree(project.root) == before


def test_the_readme_table_lists_every_case() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Bad input\n", 1)[1].split("\n#", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    expected = [f"| {c.what} | {_cell(c.message)} |" for c in CASES]
    assert rows[1:] == expected


def _cell(text: str) -> str:
    """A message in a markdown table cell: as code, its pipes escaped."""
    return "`` " + re.sub(r"\|", r"\\|", text) + " ``"
