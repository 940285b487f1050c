"""`column_comments = true`: each column's comment is its field's trailing `#:` comment,
kept in step, between a person's own comment and any schemasync flag. Off by default,
when `#:` comments are nobody's business but the person's."""

from __future__ import annotations

from codemod.config import Config
from codemod.model import Schema

from .helpers import apply, assert_applies, col, table

ON = Config(column_comments=True)
ENTITIES = "database/entities.py"


def projects(name_comment: str | None) -> Schema:
    return Schema(
        tables=(
            table(
                "projects",
                col("id", "int8", null=False, comment="The key.\nNever reused."),
                col("name", null=False, comment=name_comment),
            ),
        )
    )


BEFORE = """\
from typing import TypedDict


class ProjectRow(TypedDict, total=False):
    id: int
    name: str  # shown in the UI
"""


def test_new_classes_get_the_comments() -> None:
    written = apply(projects("What people see."), {}, ON)[ENTITIES]
    assert "    id: int  #: The key. Never reused.\n" in written
    assert "    name: str  #: What people see.\n" in written


def test_comments_are_added_after_a_person_s_comment() -> None:
    after = """\
from typing import TypedDict


class ProjectRow(TypedDict, total=False):
    id: int  #: The key. Never reused.
    name: str  # shown in the UI  #: What people see.
"""
    assert_applies(projects("What people see."), {ENTITIES: BEFORE}, {ENTITIES: after}, ON)
    assert apply(projects("What people see."), {ENTITIES: after}, ON) == {}  # no-op


def test_a_changed_comment_is_rewritten_and_a_dropped_one_removed() -> None:
    before = """\
from typing import TypedDict


class ProjectRow(TypedDict, total=False):
    id: int  #: The key.  # schemasync: keep
    name: str  # shown in the UI  #: What people see.
"""
    after = """\
from typing import TypedDict


class ProjectRow(TypedDict, total=False):
    id: int  #: The key.  # schemasync: keep
    name: str  # shown in the UI
"""
    assert_applies(projects(None), {ENTITIES: before}, {ENTITIES: after}, ON)
    renamed = after.replace("# shown in the UI", "# shown in the UI  #: The label.")
    assert_applies(projects("The label."), {ENTITIES: after}, {ENTITIES: renamed}, ON)


def test_new_fields_get_their_comment_in_either_form() -> None:
    functional = """\
from typing import TypedDict

ProjectRow = TypedDict(
    "ProjectRow",
    {
        "id": int,
    },
    total=False,
)
"""
    after = functional.replace(
        '        "id": int,\n',
        '        "id": int,  #: The key. Never reused.\n        "name": str,  #: Its name.\n',
    )
    assert_applies(projects("Its name."), {ENTITIES: functional}, {ENTITIES: after}, ON)
    added = BEFORE.replace("    id: int\n    name: str  # shown in the UI\n", "    id: int\n")
    expected = BEFORE.replace(
        "    id: int\n    name: str  # shown in the UI\n",
        "    id: int  #: The key. Never reused.\n    name: str  #: Its name.\n",
    )
    assert_applies(projects("Its name."), {ENTITIES: added}, {ENTITIES: expected}, ON)


def test_off_by_default_a_person_s_doc_comments_stay() -> None:
    before = BEFORE.replace("    id: int\n", "    id: int  #: my own words\n")
    assert apply(projects("What people see."), {ENTITIES: before}) == {}
    assert "#:" not in apply(projects("What people see."), {})[ENTITIES]
