"""AddFields: a new column becomes a field after the field of the column before it, in
class syntax or in the functional `TypedDict("X", {...})` form."""

from __future__ import annotations

import libcst as cst

from codemod.config import Config
from codemod.model import Schema
from codemod.plan.changes import AddColumn, FieldSpec
from codemod.plan.planner import plan
from codemod.read import read_local_schema
from codemod.transform import apply_plan
from codemod.transform.typeddict_fields import AddFields

from .helpers import assert_applies, col, make_plan, table

PROJECTS = Schema(
    tables=(
        table(
            "projects",
            col("id", "uuid", null=False),
            col("budget", "numeric"),
            col("name", null=False),
            col("tags", "text[]", null=False),
        ),
    )
)
HEADER = '"""Rows."""\n\nfrom typing import Optional, TypedDict\n\n\n'


def test_noop() -> None:
    source = {
        "database/entities.py": HEADER + "class ProjectRow(TypedDict, total=False):\n"
        "    id: str\n"
        "    budget: Optional[float]\n"
        "    name: str\n"
        "    tags: Any\n"
    }
    schema = Schema(
        tables=(
            table(
                "projects",
                col("id", "uuid", null=False),
                col("budget", "numeric"),
                col("name", null=False),
                col("tags", "some_unknown_type", null=False),
            ),
        )
    )
    assert_applies(schema, source, source)


def test_noop_transformer() -> None:
    code = "class R(TypedDict):\n    a: int  # c\n\n\nX = TypedDict('X', {'a': int})\n"
    module = cst.parse_module(code)
    assert module.visit(AddFields(module.config_for_parsing, [], False)).code == code


def test_field_goes_after_the_field_of_the_column_before_it() -> None:
    before = (
        HEADER + "class ProjectRow(TypedDict, total=False):\n"
        '    """A project."""\n'
        "\n"
        "    id: str\n"
        "    name: str  # shown in the UI\n"
        "    # tags are lower-case\n"
        "    tags: list[str]\n"
        "    # more to come\n"
    )
    after = (
        HEADER + "class ProjectRow(TypedDict, total=False):\n"
        '    """A project."""\n'
        "\n"
        "    id: str\n"
        "    budget: Optional[float]\n"
        "    name: str  # shown in the UI\n"
        "    # tags are lower-case\n"
        "    tags: list[str]\n"
        "    # more to come\n"
    )
    assert_applies(PROJECTS, {"database/entities.py": before}, {"database/entities.py": after})


def test_first_and_last_fields_keep_the_docstring_and_footer_in_place() -> None:
    before = (
        HEADER + "class ProjectRow(TypedDict, total=False):\n"
        '    """A project."""\n'
        "\n"
        "    # the display name\n"
        "    name: str\n"
        "    # end of columns\n"
        "\n"
        "\n"
        "# end of file\n"
    )
    after = (
        HEADER + "class ProjectRow(TypedDict, total=False):\n"
        '    """A project."""\n'
        "\n"
        "    id: str\n"
        "    budget: Optional[float]\n"
        "    # the display name\n"
        "    name: str\n"
        "    tags: list[str]\n"
        "    # end of columns\n"
        "\n"
        "\n"
        "# end of file\n"
    )
    assert_applies(PROJECTS, {"database/entities.py": before}, {"database/entities.py": after})


def test_union_style_class_gets_union_fields_and_no_optional_import() -> None:
    before = (
        "from typing import TypedDict\n\n\n"
        "class ProjectRow(TypedDict, total=False):\n"
        "    id: str\n"
        "    name: str | None\n"
        "    tags: list[str]\n"
    )
    after = (
        "from typing import TypedDict\n\n\n"
        "class ProjectRow(TypedDict, total=False):\n"
        "    id: str\n"
        "    budget: float | None\n"
        "    name: str | None\n"
        "    tags: list[str]\n"
    )
    schema = Schema(
        tables=(
            table(
                "projects",
                col("id", "uuid", null=False),
                col("budget", "numeric"),
                col("name"),
                col("tags", "text[]", null=False),
            ),
        )
    )
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})


def test_placeholder_body_is_replaced() -> None:
    schema = Schema(tables=(table("tags", col("id", "int8", null=False)),))
    before = (
        'from typing import TypedDict\n\n\nclass TagRow(TypedDict):\n    """Tags."""\n\n    ...\n'
    )
    after = 'from typing import TypedDict\n\n\nclass TagRow(TypedDict):\n    """Tags."""\n\n    id: int\n'
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})


def test_placeholder_with_a_comment_is_kept() -> None:
    schema = Schema(tables=(table("tags", col("id", "int8", null=False)),))
    before = "from typing import TypedDict\n\n\nclass TagRow(TypedDict):\n    pass  # filled by schemasync\n"
    after = "from typing import TypedDict\n\n\nclass TagRow(TypedDict):\n    pass  # filled by schemasync\n    id: int\n"
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})


def test_inherited_fields_are_not_added_again() -> None:
    before = (
        "from typing import TypedDict\n\n\n"
        "class TimestampedRow(TypedDict, total=False):\n"
        "    created_at: str\n\n\n"
        "class ProjectRow(TimestampedRow, total=False):\n"
        "    id: str\n"
    )
    after = before + "    name: str\n"
    schema = Schema(
        tables=(
            table(
                "projects",
                col("id", "uuid", null=False),
                col("name", null=False),
                col("created_at", "timestamptz", null=False),
            ),
            table("timestamped", col("created_at", "timestamptz", null=False)),
        )
    )
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})


def test_a_local_base_class_is_not_a_stale_table() -> None:
    schema = Schema(
        tables=(
            table(
                "projects",
                col("id", "uuid", null=False),
                col("name", null=False),
                col("created_at", "timestamptz", null=False),
            ),
        )
    )
    before = (
        "from typing import TypedDict\n\n\n"
        "class Timestamped(TypedDict, total=False):\n"
        "    created_at: str\n\n\n"
        "class ProjectRow(Timestamped, total=False):\n"
        "    id: str\n"
    )
    after = before + "    name: str\n"
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})


# --- the functional form ---------------------------------------------------------------

ENTRIES = Schema(
    tables=(
        table(
            "entries",
            col("id", "int8", null=False),
            col("from", "timestamptz", null=False),
            col("to", "timestamptz"),
            col("note"),
        ),
    )
)


def test_functional_noop() -> None:
    source = {
        "database/entities.py": HEADER + 'EntryRow = TypedDict(\n    "EntryRow",\n    {\n'
        '        "id": int,\n        "from": str,\n        "to": Optional[str],\n'
        '        "note": Optional[str],\n    },\n    total=False,\n)\n'
    }
    assert_applies(ENTRIES, source, source)


def test_functional_entries_keep_their_comments() -> None:
    before = (
        HEADER + "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int,  # identity\n'
        "        # when the entry starts\n"
        '        "from": str,\n'
        '        "note": Optional[str],  # free text\n'
        "    },\n"
        "    total=False,\n"
        ")\n"
    )
    after = (
        HEADER + "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int,  # identity\n'
        "        # when the entry starts\n"
        '        "from": str,\n'
        '        "to": Optional[str],\n'
        '        "note": Optional[str],  # free text\n'
        "    },\n"
        "    total=False,\n"
        ")\n"
    )
    assert_applies(ENTRIES, {"database/entities.py": before}, {"database/entities.py": after})


def test_functional_entry_after_a_last_entry_without_a_comma() -> None:
    before = (
        HEADER + "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int,  # identity\n'
        '        "from": str  # start\n'
        "        # end of the columns\n"
        "    },\n"
        "    total=False,\n"
        ")\n"
    )
    after = (
        HEADER + "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int,  # identity\n'
        '        "from": str,  # start\n'
        '        "to": Optional[str],\n'
        '        "note": Optional[str]\n'
        "        # end of the columns\n"
        "    },\n"
        "    total=False,\n"
        ")\n"
    )
    assert_applies(ENTRIES, {"database/entities.py": before}, {"database/entities.py": after})


def test_functional_entries_at_the_start_and_the_end_with_a_trailing_comma() -> None:
    before = (
        HEADER + "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        "        # the span\n"
        '        "from": str,\n'
        '        "to": Optional[str],  # open-ended when null\n'
        "    },\n"
        "    total=False,\n"
        ")\n"
    )
    after = (
        HEADER + "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int,\n'
        "        # the span\n"
        '        "from": str,\n'
        '        "to": Optional[str],  # open-ended when null\n'
        '        "note": Optional[str],\n'
        "    },\n"
        "    total=False,\n"
        ")\n"
    )
    assert_applies(ENTRIES, {"database/entities.py": before}, {"database/entities.py": after})


def test_functional_on_one_line() -> None:
    before = HEADER + 'EntryRow = TypedDict("EntryRow", {"from": str, "to": Optional[str]})\n'
    after = (
        HEADER + 'EntryRow = TypedDict("EntryRow", {"id": int, "from": str, '
        '"to": Optional[str], "note": Optional[str]})\n'
    )
    assert_applies(ENTRIES, {"database/entities.py": before}, {"database/entities.py": after})


def test_functional_one_line_with_a_trailing_comma_and_typing_prefix() -> None:
    before = (
        "import typing\nfrom typing import Optional\n\n"
        'EntryRow = typing.TypedDict("EntryRow", {"id": int, "from": str,})\n'
    )
    after = (
        "import typing\nfrom typing import Optional\n\n"
        'EntryRow = typing.TypedDict("EntryRow", {"id": int, "from": str, '
        '"to": Optional[str], "note": Optional[str],})\n'
    )
    assert_applies(ENTRIES, {"database/entities.py": before}, {"database/entities.py": after})


def test_functional_empty_dict() -> None:
    before = HEADER + 'EntryRow = TypedDict("EntryRow", {})\n'
    after = (
        HEADER + 'EntryRow = TypedDict("EntryRow", {"id": int, "from": str, '
        '"to": Optional[str], "note": Optional[str]})\n'
    )
    assert_applies(ENTRIES, {"database/entities.py": before}, {"database/entities.py": after})


def test_a_keyword_column_rewrites_the_class_in_the_functional_form() -> None:
    before = HEADER + (
        "# Time tracking.\n"
        "class EntryRow(TypedDict, total=False):\n"
        '    """One time entry.\n\n    Written by the timer."""\n\n'
        "    id: int  # identity\n"
        "    # when it ended\n"
        "    to: Optional[str]\n"
    )
    after = HEADER + (
        "# Time tracking.\n"
        "# One time entry.\n"
        "#\n"
        "# Written by the timer.\n"
        "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int,  # identity\n'
        '        "from": str,\n'
        "        # when it ended\n"
        '        "to": Optional[str],\n'
        '        "note": Optional[str],\n'
        "    },\n"
        "    total=False,\n"
        ")\n"
    )
    the_plan, _ = make_plan(ENTRIES, {"database/entities.py": before})
    assert any("'from'" in note and "functional form" in note for note in the_plan.notes)
    assert_applies(ENTRIES, {"database/entities.py": before}, {"database/entities.py": after})


def test_the_rewrite_keeps_the_class_line_comment_and_placeholder_comments() -> None:
    before = HEADER + (
        "class EntryRow(TypedDict, total=False):  # see the timer service\n"
        "    pass  # filled by schemasync\n"
    )
    local = read_local_schema({"database/entities.py": before})
    after = apply_plan({"database/entities.py": before}, plan(ENTRIES, local, Config()), local)
    text = after["database/entities.py"]
    assert "# see the timer service\nEntryRow = TypedDict(\n" in text
    assert "        # filled by schemasync\n" in text
    assert '"from": str,' in text


def test_a_class_that_cannot_be_rewritten_keeps_its_shape() -> None:
    before = HEADER + (
        "class EntryRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    to: Optional[str]\n\n"
        "    def describe(self) -> str: ...\n"
    )
    local = read_local_schema({"database/entities.py": before})
    the_plan = plan(ENTRIES, local, Config())
    after = apply_plan({"database/entities.py": before}, the_plan, local)
    assert "class EntryRow(TypedDict, total=False):" in after["database/entities.py"]
    assert '"from"' not in after["database/entities.py"]


def test_transformer_on_a_functional_typeddict() -> None:
    code = 'X = TypedDict("X", {"a": int})\n'
    module = cst.parse_module(code)
    column = col("from", "int4", null=False)
    addition = AddColumn(
        path="e.py",
        class_name="X",
        table_key="x",
        column=column,
        field=FieldSpec("from", "int"),
        after="a",
    )
    result = module.visit(AddFields(module.config_for_parsing, [addition], False)).code
    assert result == 'X = TypedDict("X", {"a": int, "from": int})\n'
