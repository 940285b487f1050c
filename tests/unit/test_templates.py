"""User templates for new classes (schemas/templates/*.j2): rendered, checked, inserted."""

from __future__ import annotations

import pytest

from codemod.config import Config
from codemod.model import EnumType, Schema
from codemod.plan.planner import plan
from codemod.read import read_local_schema
from codemod.transform import apply_plan
from codemod.transform.templates import ClassTemplates, TemplateError

from .helpers import col, table

SCHEMA = Schema(
    enums=(EnumType("public", "mood", ("happy", "sad"), comment="How people feel."),),
    tables=(table("notes", col("id", "int8", null=False), col("body")),),
)
EMPTY = {"enums.py": "from enum import Enum\n", "database/entities.py": ""}


def apply_with(templates: ClassTemplates) -> dict[str, str]:
    local = read_local_schema(EMPTY)
    the_plan = plan(SCHEMA, local, Config())
    return apply_plan(EMPTY, the_plan, local, local_modules=["enums.py"], templates=templates)


def test_an_enum_template_wraps_the_default_rendering() -> None:
    templates = ClassTemplates(enum="@unique\n{{ default }}\n")
    assert apply_with(templates)["enums.py"] == (
        "from enum import Enum\n\n\n"
        "@unique\n"
        "class Mood(str, Enum):\n"
        '    """How people feel."""\n\n'
        '    HAPPY = "happy"\n'
        '    SAD = "sad"\n'
    )


def test_a_typeddict_template_builds_the_class_from_its_parts() -> None:
    source = (
        "class {{ class_name }}(TypedDict, total=False):\n"
        '    """Row of {{ schema }}.{{ table_name }} ({{ kind }})."""\n\n'
        "{% for field in fields %}    {{ field.line }}\n{% endfor %}"
    )
    entities = apply_with(ClassTemplates(typeddict=source))["database/entities.py"]
    assert entities.endswith(
        "class NoteRow(TypedDict, total=False):\n"
        '    """Row of public.notes (table)."""\n\n'
        "    id: int\n"
        "    body: Optional[str]\n"
    )
    # What the template wrote reads back as in sync.
    local = read_local_schema({"database/entities.py": entities})
    assert not plan(Schema(tables=SCHEMA.tables), local, Config()).drift


@pytest.mark.parametrize(
    ("template", "message"),
    [
        (
            "class {{ class_name }}(TypedDict:\n    pass\n",
            "typeddict.py.j2 rendered invalid Python for NoteRow (line 1",
        ),
        (
            "class {{ class_name }}(TypedDict):\n    id: int\n",
            "rendered NoteRow with fields ['id'], but the database has ['id', 'body']",
        ),
        ("class Other(TypedDict):\n    id: int\n", "must render one class named NoteRow"),
        ("{% for f in fields %}\n", "typeddict.py.j2 line 1"),
        ("{{ no_such_variable }}\n", "'no_such_variable' is undefined"),
    ],
)
def test_a_bad_template_is_refused_with_a_clear_message(template: str, message: str) -> None:
    with pytest.raises(TemplateError) as caught:
        apply_with(ClassTemplates(typeddict=template, origin="schemas/templates"))
    assert message in caught.value.message
    assert caught.value.message.startswith("schemas/templates/typeddict.py.j2")
