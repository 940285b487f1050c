"""Byte for byte: every comment, docstring, method, decorator and blank line outside the
changed lines is kept; line endings and a missing final newline survive an edit; a no-op
plan over the real packages changes nothing."""

from __future__ import annotations

import difflib
from pathlib import Path

import libcst as cst
import pytest

from codemod.model import Schema
from codemod.plan.result import Plan
from codemod.read import read_local_schema
from codemod.transform import apply_plan
from codemod.transform.enum_members import AddEnumMembers
from codemod.transform.stale_flags import EditComments, PruneStale
from codemod.transform.typeddict_fields import AddFields, UpdateFieldTypes

from .helpers import apply, assert_applies, col, enum, junction, make_plan, table

ROOT = Path(__file__).resolve().parents[2]

ENUMS = '''\
# -*- coding: utf-8 -*-
"""Enums.

Values are the exact database labels.
"""

from enum import Enum, unique  # unique guards against aliases

# ---------------------------------------------------------------- statuses


# Lifecycle of a project; the dashboard filters on it.
@unique  # no aliases
class ProjectStatus(str, Enum):  # a str so that JSON works
    """Where a project stands.

    Keep in step with the database.
    """

    # drafts are private
    DRAFT = "draft"  # not visible to clients yet

    ACTIVE = "active"
    # schemasync: keep
    LEGACY = "legacy"  # schemasync: keep

    @property
    def is_open(self) -> bool:  # used by the dashboard
        """Whether people still work on the project."""
        # archived is final
        return self is not ProjectStatus.ARCHIVED
    # the members above are the exact labels

    ARCHIVED = "archived"
# a comment at column 0 right after the class


class Plain(str, Enum):
    A = "a";  B = "b"
    # trailing comment, indented
# last line, no newline'''

ENTITIES = '''\
"""Row types."""

from typing import Optional, TypedDict  # typing only

# Rows ---------------------------------------------------------------


class ProjectRow(TypedDict, total=False):
    """A project."""

    id: str  # uuid
    # the display name
    name: str


    status: str  # see ProjectStatus
    # fields end here


def helper() -> None:
    """Not a schema class."""
    x: int = 1  # an annotated local, not a field
'''

RELATIONSHIPS = """\
from typing import TypedDict


class MemberRow(TypedDict):  # junction
    project_id: str
    user_id: str
"""

SCHEMA = Schema(
    enums=(
        enum("plain", "a", "b", "c"),
        enum("project_status", "draft", "on_hold", "active", "archived"),
    ),
    tables=(
        junction("members", "project", "user"),
        table(
            "projects",
            col("id", "uuid", null=False),
            col("name"),
            col("budget", "numeric"),
            col("status", null=False),
        ),
        table("users", col("id", "uuid", null=False)),
    ),
)
SOURCES = {
    "enums.py": ENUMS,
    "database/entities.py": ENTITIES,
    "database/relationships.py": RELATIONSHIPS,
}


def test_comments_in_odd_places_survive() -> None:
    after_enums = ENUMS.replace(
        '    DRAFT = "draft"  # not visible to clients yet\n',
        '    DRAFT = "draft"  # not visible to clients yet\n    ON_HOLD = "on_hold"\n',
    ).replace(
        '    A = "a";  B = "b"\n    # trailing comment, indented\n',
        '    A = "a";  B = "b"\n    C = "c"\n    # trailing comment, indented\n',
    )
    after_entities = ENTITIES.replace(
        "    # the display name\n    name: str\n",
        "    # the display name\n    name: Optional[str]\n    budget: Optional[float]\n",
    ).replace(
        "\n\ndef helper() -> None:",
        "\n\nclass UserRow(TypedDict, total=False):\n    id: str\n\n\ndef helper() -> None:",
    )
    after = {"enums.py": after_enums, "database/entities.py": after_entities}
    assert_applies(SCHEMA, SOURCES, after)


def test_only_planned_lines_differ() -> None:
    result = apply(SCHEMA, SOURCES)
    removed = {
        path: [
            line[1:]
            for line in difflib.unified_diff(
                SOURCES[path].splitlines(), text.splitlines(), lineterm="", n=0
            )
            if line.startswith("-") and not line.startswith("---")
        ]
        for path, text in result.items()
    }
    assert removed == {"enums.py": [], "database/entities.py": ["    name: str"]}
    the_plan, local = make_plan(SCHEMA, SOURCES)
    assert the_plan.notes == (
        "enums.py:25: ProjectStatus.LEGACY = 'legacy' is not in the database (kept)",
    )
    assert [c.name for c in local.classes] == ["ProjectStatus", "Plain", "ProjectRow", "MemberRow"]


def test_keep_lines_are_never_rewritten_even_when_pruning() -> None:
    result = apply(SCHEMA, SOURCES, prune=True)
    assert '    LEGACY = "legacy"  # schemasync: keep\n' in result["enums.py"]
    assert "    # schemasync: keep\n" in result["enums.py"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("final_newline", [True, False])
def test_line_endings_and_missing_final_newline_survive(newline: str, final_newline: bool) -> None:
    def text(lines: list[str]) -> str:
        body = newline.join(lines)
        return body + newline if final_newline else body

    before = [
        '"""Enums."""',
        "",
        "from enum import Enum",
        "",
        "",
        "class Kind(str, Enum):",
        '    A = "a"  # first',
    ]
    schema = Schema(enums=(enum("kind", "a", "b"), enum("other", "x")))
    after = [*before, '    B = "b"', "", "", "class Other(str, Enum):", '    X = "x"']
    result = apply(schema, {"enums.py": text(before)})
    expected = text(after)
    assert result == {"enums.py": expected}
    assert apply(schema, result) == {}


def test_crlf_file_with_a_functional_typeddict_and_a_new_import() -> None:
    schema = Schema(
        tables=(table("entries", col("from", "timestamptz", null=False), col("to", "jsonb")),)
    )
    before = 'from typing import TypedDict\r\n\r\nEntryRow = TypedDict(\r\n    "EntryRow",\r\n    {\r\n        "from": str,  # start\r\n    },\r\n)'
    after = (
        "from typing import Any, Optional, TypedDict\r\n\r\nEntryRow = TypedDict(\r\n"
        '    "EntryRow",\r\n    {\r\n        "from": str,  # start\r\n'
        '        "to": Optional[dict[str, Any]],\r\n    },\r\n)'
    )
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})


def _package_files() -> list[Path]:
    files = [
        *sorted((ROOT / "schemas").rglob("*.py")),
        *sorted((ROOT / "fixtures/example/schemas").rglob("*.py")),
    ]
    assert len(files) >= 10
    return files


@pytest.mark.parametrize("path", _package_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_real_package_round_trips(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    sources = {path.name: text}
    local = read_local_schema(sources)
    assert apply_plan(sources, Plan(), local) == {}
    module = cst.parse_module(text)
    assert module.code == text
    for transformer in (
        AddEnumMembers(module.config_for_parsing, []),
        AddFields(module.config_for_parsing, [], False),
        UpdateFieldTypes(module.config_for_parsing, [], False),
        EditComments({}),
        PruneStale(frozenset()),
    ):
        assert module.visit(transformer).code == text


def test_real_package_reads_every_class() -> None:
    package = ROOT / "schemas"
    sources = {p.relative_to(package).as_posix(): p.read_text() for p in package.rglob("*.py")}
    local = read_local_schema(sources)
    names = {c.name for c in local.classes}
    assert {
        "ProjectStatus",
        "RequirementPriority",
        "EntryRow",
        "ActiveProjectRow",
        "OrganizationMemberRow",
    } <= names
    entry = next(c for c in local.classes if c.name == "EntryRow")
    assert entry.functional
    assert "from" in {f.key for f in entry.fields}
