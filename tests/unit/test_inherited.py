"""Fields rows inherit from a local base TypedDict: compared like their own, reported on
the rows, and edited in the base only when every row using it agrees."""

from __future__ import annotations

from codemod.model import Schema
from codemod.plan.changes import InheritedFieldConflict, RemoveColumn, RetypeColumn

from .helpers import apply, assert_applies, col, make_plan, table

MIXIN = '''\
"""Rows."""

from typing import TypedDict


class Timestamps(TypedDict):
    created_at: str  # set by a trigger


class ProjectRow(Timestamps):
    id: int


class TaskRow(Timestamps):
    id: int
'''


def rows(created_at_type: str, *, tasks_have_it: bool = True, tasks_type: str = "") -> Schema:
    task_columns = [col("id", "int8", null=False)]
    if tasks_have_it:
        task_columns.append(col("created_at", tasks_type or created_at_type, null=False))
    return Schema(
        tables=(
            table(
                "projects",
                col("id", "int8", null=False),
                col("created_at", created_at_type, null=False),
            ),
            table("tasks", *task_columns),
        )
    )


def test_rows_that_agree_with_their_base_change_nothing() -> None:
    assert apply(rows("timestamptz"), {"database/entities.py": MIXIN}) == {}


def test_a_change_every_row_agrees_on_is_made_in_the_base_and_reported_on_the_rows() -> None:
    schema = rows("int8")
    the_plan, _ = make_plan(schema, {"database/entities.py": MIXIN})
    (change,) = the_plan.changes
    assert isinstance(change, RetypeColumn)
    assert change.class_name == "Timestamps"
    assert change.subject == "ProjectRow.created_at, TaskRow.created_at (from Timestamps)"
    assert_applies(
        schema,
        {"database/entities.py": MIXIN},
        {"database/entities.py": MIXIN.replace("created_at: str", "created_at: int")},
    )


def test_rows_that_disagree_leave_the_base_alone_and_say_what_each_wants() -> None:
    schema = rows("timestamptz", tasks_type="int8")
    the_plan, _ = make_plan(schema, {"database/entities.py": MIXIN})
    (conflict,) = the_plan.drift
    assert isinstance(conflict, InheritedFieldConflict)
    assert conflict.wants == (("ProjectRow", "str (as is)"), ("TaskRow", "int"))
    assert conflict.line == 7
    assert "ProjectRow wants str (as is); TaskRow wants int" in conflict.describe()
    assert apply(schema, {"database/entities.py": MIXIN}) == {}


def test_a_column_gone_from_every_row_is_flagged_in_the_base() -> None:
    schema = Schema(
        tables=(
            table("projects", col("id", "int8", null=False)),
            table("tasks", col("id", "int8", null=False)),
        )
    )
    the_plan, _ = make_plan(schema, {"database/entities.py": MIXIN})
    (change,) = the_plan.changes
    assert isinstance(change, RemoveColumn)
    assert change.via == ("ProjectRow", "TaskRow")
    assert_applies(
        schema,
        {"database/entities.py": MIXIN},
        {
            "database/entities.py": MIXIN.replace(
                "# set by a trigger", "# set by a trigger  # schemasync: not in the database"
            )
        },
    )


def test_a_column_gone_from_some_rows_only_is_a_conflict() -> None:
    the_plan, _ = make_plan(
        rows("timestamptz", tasks_have_it=False), {"database/entities.py": MIXIN}
    )
    (conflict,) = the_plan.drift
    assert isinstance(conflict, InheritedFieldConflict)
    assert conflict.wants == (("ProjectRow", "str (as is)"), ("TaskRow", "no such column"))


def test_a_base_that_is_a_row_itself_has_a_say() -> None:
    source = """\
from typing import TypedDict


class EventRow(TypedDict):
    at: str


class AuditEventRow(EventRow):
    who: str
"""
    agreeing = Schema(
        tables=(
            table("events", col("at", "int4", null=False)),
            table("audit_events", col("at", "int4", null=False), col("who", null=False)),
        )
    )
    assert_applies(
        agreeing,
        {"database/entities.py": source},
        {"database/entities.py": source.replace("at: str", "at: int")},
    )
    disagreeing = Schema(
        tables=(
            table("events", col("at", "text", null=False)),
            table("audit_events", col("at", "int4", null=False), col("who", null=False)),
        )
    )
    the_plan, _ = make_plan(disagreeing, {"database/entities.py": source})
    (conflict,) = the_plan.drift
    assert isinstance(conflict, InheritedFieldConflict)
    assert conflict.wants == (("EventRow", "str (as is)"), ("AuditEventRow", "int"))


def test_a_field_a_row_declares_again_is_its_own() -> None:
    source = MIXIN.replace(
        "class TaskRow(Timestamps):\n    id: int\n",
        "class TaskRow(Timestamps):\n    id: int\n    created_at: str\n",
    )
    schema = rows("timestamptz", tasks_type="int8")
    assert_applies(
        schema,
        {"database/entities.py": source},
        {
            "database/entities.py": source.replace(
                "    id: int\n    created_at: str\n", "    id: int\n    created_at: int\n"
            )
        },
    )
