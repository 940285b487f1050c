"""UpdateFieldTypes: a column whose type or nullability changed gets a new annotation,
in the spelling its class already uses; the rest of the line stays."""

from __future__ import annotations

import libcst as cst

from codemod.model import Schema
from codemod.plan.changes import FieldSpec, RetypeColumn
from codemod.transform.typeddict_fields import UpdateFieldTypes

from .helpers import assert_applies, col, make_plan, table

HEADER = "from typing import Any, Optional, TypedDict\n\n\n"
SCORES = Schema(
    tables=(
        table(
            "scores",
            col("id", "int8", null=False),
            col("score", "numeric"),
            col("label", null=False),
            col("tags", "text[]"),
        ),
    )
)


def test_noop_across_spellings() -> None:
    source = {
        "database/entities.py": "import typing\nfrom typing import List, Optional, TypedDict\n\n\n"
        "class ScoreRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    score: typing.Optional[float]\n"
        '    label: "str"\n'
        "    tags: List[str] | None\n"
    }
    assert_applies(SCORES, source, source)


def test_noop_transformer() -> None:
    code = "class R(TypedDict):\n    a: int  # c\n"
    module = cst.parse_module(code)
    assert module.visit(UpdateFieldTypes(module.config_for_parsing, [], False)).code == code


def test_type_and_nullability_change_keeps_the_comment() -> None:
    before = HEADER + (
        "class ScoreRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    score: int  # 0-100\n"
        "    label: Optional[str]  # shown in lists\n"
        "    tags: Optional[list[str]]\n"
    )
    after = HEADER + (
        "class ScoreRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    score: Optional[float]  # 0-100\n"
        "    label: str  # shown in lists\n"
        "    tags: Optional[list[str]]\n"
    )
    assert_applies(SCORES, {"database/entities.py": before}, {"database/entities.py": after})


def test_union_spelling_is_kept() -> None:
    before = "from typing import TypedDict\n\n\n" + (
        "class ScoreRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    score: int | None\n"
        "    label: str\n"
        "    tags: list[int] | None\n"
    )
    after = "from typing import TypedDict\n\n\n" + (
        "class ScoreRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    score: float | None\n"
        "    label: str\n"
        "    tags: list[str] | None\n"
    )
    assert_applies(SCORES, {"database/entities.py": before}, {"database/entities.py": after})


def test_a_field_that_used_union_syntax_keeps_it_in_an_optional_class() -> None:
    before = HEADER + (
        "class ScoreRow(TypedDict, total=False):\n"
        "    id: Optional[int]\n"
        "    score: int | None\n"
        "    label: str\n"
        "    tags: Optional[list[str]]\n"
    )
    after = HEADER + (
        "class ScoreRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    score: float | None\n"
        "    label: str\n"
        "    tags: Optional[list[str]]\n"
    )
    assert_applies(SCORES, {"database/entities.py": before}, {"database/entities.py": after})


def test_functional_form_and_readonly_view() -> None:
    schema = Schema(
        tables=(
            table("entries", col("from", "timestamptz", null=False), col("to", "int4")),
            table("entry_view", col("from", "timestamptz"), kind="view"),
        )
    )
    before = (
        "from typing import Optional, TypedDict\n\nfrom typing_extensions import ReadOnly\n\n"
        + (
            'EntryRow = TypedDict("EntryRow", {"from": Optional[str], "to": str})  # spans\n'
            "\n"
            'EntryViewRow = TypedDict("EntryViewRow", {"from": ReadOnly[str]})\n'
        )
    )
    after = (
        "from typing import Optional, TypedDict\n\nfrom typing_extensions import ReadOnly\n\n"
        + (
            'EntryRow = TypedDict("EntryRow", {"from": str, "to": Optional[int]})  # spans\n'
            "\n"
            'EntryViewRow = TypedDict("EntryViewRow", {"from": ReadOnly[Optional[str]]})\n'
        )
    )
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})


def test_new_annotation_brings_its_import() -> None:
    schema = Schema(tables=(table("items", col("payload", "jsonb", null=False)),))
    before = "from typing import TypedDict\n\n\nclass ItemRow(TypedDict):\n    payload: str\n"
    after = (
        "from typing import Any, TypedDict\n\n\n"
        "class ItemRow(TypedDict):\n    payload: dict[str, Any]\n"
    )
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})


def test_keep_pragma_is_a_note_not_a_change() -> None:
    before = HEADER + (
        "class ScoreRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    score: int  # schemasync: keep\n"
        "    label: str\n"
        "    tags: Optional[list[str]]\n"
    )
    assert_applies(SCORES, {"database/entities.py": before}, {"database/entities.py": before})
    the_plan, _ = make_plan(SCORES, {"database/entities.py": before})
    assert the_plan.changes == ()
    assert the_plan.notes == (
        "database/entities.py:6: ScoreRow.score is int, the database says Optional[float] (kept)",
    )


def test_transformer_rewrites_only_the_named_field() -> None:
    code = "class R(TypedDict):\n    a: int  # c\n    b: int\n"
    module = cst.parse_module(code)
    retype = RetypeColumn(
        path="e.py", class_name="R", line=2, key="a", old="int", new=FieldSpec("a", "Optional[str]")
    )
    result = module.visit(UpdateFieldTypes(module.config_for_parsing, [retype], True)).code
    assert result == "class R(TypedDict):\n    a: str | None  # c\n    b: int\n"


def test_wrappers_the_user_wrote_are_kept() -> None:
    schema = Schema(
        tables=(table("scores", col("status", null=True), col("budget", "int8", null=True)),)
    )
    before = (
        "from typing import Annotated, NotRequired, Optional, TypedDict\n\n\n"
        "class ScoreRow(TypedDict):\n"
        "    status: NotRequired[str]\n"
        '    budget: Annotated[Optional[float], "money"]  # in cents\n'
    )
    after = (
        "from typing import Annotated, NotRequired, Optional, TypedDict\n\n\n"
        "class ScoreRow(TypedDict):\n"
        "    status: NotRequired[Optional[str]]\n"
        '    budget: Annotated[Optional[int], "money"]  # in cents\n'
    )
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})
