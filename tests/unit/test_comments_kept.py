"""Comments a person wrote survive the edits that remove or move the code around them."""

from __future__ import annotations

from codemod.model import Schema

from .helpers import assert_applies, col, table

BEFORE = """\
from typing import TypedDict


class TRow(TypedDict, total=False):
    id: str
    # why legacy exists
    legacy: str
    name: str
    # the last note
    gone: str
"""


def test_prune_keeps_the_comment_above_a_pruned_field() -> None:
    schema = Schema(tables=(table("t", col("id", null=False), col("name", null=False)),))
    after = """\
from typing import TypedDict


class TRow(TypedDict, total=False):
    id: str
    # why legacy exists
    name: str
    # the last note
"""
    assert_applies(
        schema, {"database/entities.py": BEFORE}, {"database/entities.py": after}, prune=True
    )


def test_the_functional_rewrite_keeps_the_comment_that_ends_the_class_inside() -> None:
    before = """\
from typing import TypedDict


class TRow(TypedDict, total=False):
    id: str
    # fields end here


class Other(TypedDict):
    x: int
"""
    after = """\
from typing import TypedDict


TRow = TypedDict(
    "TRow",
    {
        "id": str,
        "from": str,
        # fields end here
    },
    total=False,
)


class Other(TypedDict):
    x: int
"""
    schema = Schema(
        tables=(
            table("t", col("id", null=False), col("from", null=False)),
            table("others", col("x", "int4", null=False)),
        )
    )
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})
