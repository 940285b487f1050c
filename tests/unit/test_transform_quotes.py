"""Every string schemasync writes into the package follows the file's quotes (or, in a
file that holds no string yet, the package's): enum values, `Literal[...]` annotations,
the name and keys of a functional TypedDict. The quote is chosen as ruff and black
choose it, so that a formatter run after schemasync changes nothing; docstrings are
`\"\"\"` in either style, as the formatters write them."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from codemod.config import Config
from codemod.model import Schema
from codemod.plan.planner import plan
from codemod.read import read_local_schema
from codemod.transform import apply_plan
from codemod.transform._nodes import render_annotation, string_literal
from codemod.transform.templates import ClassTemplates

from .helpers import assert_applies, col, enum, enum_type, table

LITERALS = Config(enum_columns="literal")
KIND = enum("ticket_kind", "bug", "it's")
TICKETS = Schema(
    enums=(KIND,),
    tables=(
        table(
            "tickets",
            col("id", "int8", null=False),
            col("kind", enum_type("ticket_kind"), null=False),
            col("severity", enum_type("ticket_kind")),
        ),
    ),
)
SINGLE_ENUMS = "from enum import Enum\n\n\nclass TicketKind(str, Enum):\n    BUG = 'bug'\n    IT_S = \"it's\"\n"
DOUBLE_ENUMS = (
    'from enum import Enum\n\n\nclass TicketKind(str, Enum):\n    BUG = "bug"\n    IT_S = "it\'s"\n'
)
ROWS_HEADER = "from typing import Literal, Optional, TypedDict\n\n\n"


def ruff_format(text: str, quote_style: str) -> str:
    """The text as `ruff format` writes it with this quote style (and no project config)."""
    ruff = Path(sys.executable).with_name("ruff")
    style = f"format.quote-style = '{quote_style}'"
    return subprocess.run(
        [str(ruff), "format", "--isolated", "--config", style, "--stdin-filename", "x.py", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def assert_formatted(files: Mapping[str, str], quote_style: str) -> None:
    for path, text in files.items():
        assert ruff_format(text, quote_style) == text, path


@pytest.mark.parametrize(
    ("value", "quote", "literal"),
    [
        ("bug", '"', '"bug"'),
        ("bug", "'", "'bug'"),
        ("it's", '"', '"it\'s"'),
        ("it's", "'", '"it\'s"'),  # the other quote saves an escape
        ('say "x"', '"', "'say \"x\"'"),
        ('say "x"', "'", "'say \"x\"'"),
        ("a\"b'c'", '"', '"a\\"b\'c\'"'),  # more single quotes: double, one escape
        ("a\"b'", "'", "'a\"b\\''"),  # as many of each: the preferred quote
        ("back\\slash", "'", "'back\\\\slash'"),
    ],
)
def test_string_literal_quotes_as_the_formatters_do(value: str, quote: str, literal: str) -> None:
    assert string_literal(value, quote) == literal
    style = "single" if quote == "'" else "double"
    assert ruff_format(f"x = {literal}\n", style) == f"x = {literal}\n"


@pytest.mark.parametrize(
    ("canonical", "union", "quote", "written"),
    [
        ("Literal['bug', \"it's\"]", False, '"', 'Literal["bug", "it\'s"]'),
        ("Literal['bug', \"it's\"]", False, "'", "Literal['bug', \"it's\"]"),
        ("Optional[Literal['a', 'b']]", True, '"', 'Literal["a", "b"] | None'),
        ("dict[str, Literal['a']]", False, '"', 'dict[str, Literal["a"]]'),
        ("Optional[int]", False, "'", "Optional[int]"),  # no string: unchanged
    ],
)
def test_annotations_are_written_in_the_file_quotes(
    canonical: str, union: bool, quote: str, written: str
) -> None:
    assert render_annotation(canonical, union, quote) == written


def test_noop_in_a_single_quoted_package() -> None:
    sources = {
        "enums.py": SINGLE_ENUMS,
        "database/entities.py": ROWS_HEADER + "class TicketRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    kind: Literal['bug', \"it's\"]\n"
        "    severity: Optional[Literal['bug', \"it's\"]]\n",
    }
    assert_applies(TICKETS, sources, sources, config=LITERALS)


def test_noop_in_a_double_quoted_package() -> None:
    sources = {
        "enums.py": DOUBLE_ENUMS,
        "database/entities.py": ROWS_HEADER + "class TicketRow(TypedDict, total=False):\n"
        "    id: int\n"
        '    kind: Literal["bug", "it\'s"]\n'
        '    severity: Optional[Literal["bug", "it\'s"]]\n',
    }
    assert_applies(TICKETS, sources, sources, config=LITERALS)


@pytest.mark.parametrize(
    ("enums", "kind", "severity", "style"),
    [
        (SINGLE_ENUMS, "Literal['bug', \"it's\"]", "Optional[Literal['bug', \"it's\"]]", "single"),
        (DOUBLE_ENUMS, 'Literal["bug", "it\'s"]', 'Optional[Literal["bug", "it\'s"]]', "double"),
    ],
)
def test_a_new_literal_field_follows_the_file(
    enums: str, kind: str, severity: str, style: str
) -> None:
    """The class already shows its quotes in `kind`; enums.py uses the same ones."""
    before = (
        ROWS_HEADER + f"class TicketRow(TypedDict, total=False):\n    id: int\n    kind: {kind}\n"
    )
    after = before + f"    severity: {severity}\n"
    sources = {"enums.py": enums, "database/entities.py": before}

    result = assert_applies(TICKETS, sources, {"database/entities.py": after}, config=LITERALS)

    assert_formatted(result, style)


def test_the_file_decides_over_the_package() -> None:
    before = (
        ROWS_HEADER
        + "class TicketRow(TypedDict, total=False):\n    id: int\n    kind: Literal['bug', \"it's\"]\n"
    )
    after = before + "    severity: Optional[Literal['bug', \"it's\"]]\n"
    sources = {"enums.py": DOUBLE_ENUMS, "database/entities.py": before}

    assert_applies(TICKETS, sources, {"database/entities.py": after}, config=LITERALS)


def test_a_file_without_strings_follows_the_package() -> None:
    """entities.py holds no string yet (docstrings say nothing: `\"\"\"` in either style);
    enums.py is single-quoted, so the new annotations are too."""
    before = (
        '"""Rows."""\n\nfrom typing import TypedDict\n\n\n'
        "class TicketRow(TypedDict, total=False):\n    id: int\n"
    )
    after = (
        '"""Rows."""\n\nfrom typing import Literal, Optional, TypedDict\n\n\n'
        "class TicketRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    kind: Literal['bug', \"it's\"]\n"
        "    severity: Optional[Literal['bug', \"it's\"]]\n"
    )
    sources = {"enums.py": SINGLE_ENUMS, "database/entities.py": before}

    result = assert_applies(TICKETS, sources, {"database/entities.py": after}, config=LITERALS)

    assert_formatted(result, "single")


def test_a_package_without_strings_gets_double_quotes() -> None:
    schema = Schema(enums=(enum("mood", "happy"),))
    before = "from enum import Enum\n"
    after = before + '\n\nclass Mood(str, Enum):\n    HAPPY = "happy"\n'

    result = assert_applies(schema, {"enums.py": before}, {"enums.py": after})

    assert_formatted(result, "double")


def test_a_union_file_gets_union_literals_in_its_quotes() -> None:
    before = (
        "from typing import Literal, TypedDict\n\n\n"
        "class TicketRow(TypedDict, total=False):\n    id: int\n    kind: Literal['bug', \"it's\"]\n"
        "    note: str | None\n"
    )
    after = before + "    severity: Literal['bug', \"it's\"] | None\n"
    schema = Schema(
        enums=(KIND,),
        tables=(
            table(
                "tickets",
                col("id", "int8", null=False),
                col("kind", enum_type("ticket_kind"), null=False),
                col("note"),
                col("severity", enum_type("ticket_kind")),
            ),
        ),
    )
    sources = {"enums.py": SINGLE_ENUMS, "database/entities.py": before}

    result = assert_applies(schema, sources, {"database/entities.py": after}, config=LITERALS)

    assert_formatted(result, "single")


def test_a_retyped_field_follows_the_file() -> None:
    """`kind` was text and became the enum: its new annotation is single-quoted."""
    schema = Schema(
        enums=(KIND,),
        tables=(
            table(
                "tickets",
                col("id", "int8", null=False),
                col("kind", enum_type("ticket_kind"), null=False),
            ),
        ),
    )
    before = (
        ROWS_HEADER
        + "class TicketRow(TypedDict, total=False):\n    id: int\n    kind: str  # what the ticket is\n"
    )
    after = ROWS_HEADER + (
        "class TicketRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    kind: Literal['bug', \"it's\"]  # what the ticket is\n"
    )
    sources = {"enums.py": SINGLE_ENUMS, "database/entities.py": before}

    assert_applies(schema, sources, {"database/entities.py": after}, config=LITERALS)


def test_a_new_enum_class_follows_the_file() -> None:
    schema = Schema(enums=(KIND, enum("ticket_state", "open", "won't fix")))
    after = (
        SINGLE_ENUMS
        + "\n\nclass TicketState(str, Enum):\n    OPEN = 'open'\n    WON_T_FIX = \"won't fix\"\n"
    )

    result = assert_applies(schema, {"enums.py": SINGLE_ENUMS}, {"enums.py": after})

    assert_formatted(result, "single")


EVENTS = Schema(
    tables=(table("events", col("id", "int8", null=False), col("from", "timestamptz", null=False)),)
)
SINGLE_ROWS = (
    "from typing import TypedDict\n\n\n"
    "class TicketRow(TypedDict, total=False):\n    id: int\n    kind: 'str'\n"
)


def test_a_new_functional_typeddict_follows_the_file() -> None:
    """`from` cannot be a class attribute: the new class is `TypedDict('EventRow', {...})`."""
    schema = Schema(
        tables=(
            *EVENTS.tables,
            table("tickets", col("id", "int8", null=False), col("kind", null=False)),
        )
    )
    after = (
        "from typing import TypedDict\n\n\n"
        "EventRow = TypedDict(\n"
        "    'EventRow',\n"
        "    {\n"
        "        'id': int,\n"
        "        'from': str,\n"
        "    },\n"
        "    total=False,\n"
        ")\n"
        "\n\n"
        "class TicketRow(TypedDict, total=False):\n    id: int\n    kind: 'str'\n"
    )

    result = assert_applies(
        schema, {"database/entities.py": SINGLE_ROWS}, {"database/entities.py": after}
    )

    assert_formatted(result, "single")


def test_a_class_rewritten_in_the_functional_form_follows_the_file() -> None:
    schema = Schema(
        tables=(
            table(
                "tickets",
                col("id", "int8", null=False),
                col("kind", null=False),
                col("from", "timestamptz", null=False),
            ),
        )
    )
    after = (
        "from typing import TypedDict\n\n\n"
        "TicketRow = TypedDict(\n"
        "    'TicketRow',\n"
        "    {\n"
        "        'id': int,\n"
        "        'kind': 'str',\n"
        "        'from': str,\n"
        "    },\n"
        "    total=False,\n"
        ")\n"
    )

    result = assert_applies(
        schema, {"database/entities.py": SINGLE_ROWS}, {"database/entities.py": after}
    )

    assert_formatted(result, "single")


def test_the_reader_takes_the_quote_from_a_string_that_could_have_either() -> None:
    """`"it's"` is double-quoted in either style, and a docstring is `\"\"\"` in both: the
    first member that says something is `'bug'`."""
    text = (
        '"""Enums."""\n\nfrom enum import Enum\n\n\n'
        "class TicketKind(str, Enum):\n"
        '    """Kinds."""\n\n'
        '    IT_S = "it\'s"\n'
        "    BUG = 'bug'\n"
    )
    local = read_local_schema({"enums.py": text, "database/entities.py": ""})

    assert local.quote_style("enums.py") == "'"
    assert local.quote_style("database/entities.py") == "'"  # from the package


def test_template_parts_follow_the_file() -> None:
    """A template that builds the class from `member.line` and `field.line` gets them in
    the file's quotes."""
    templates = ClassTemplates(
        enum="class {{ class_name }}(str, Enum):\n{% for m in members %}    {{ m.line }}\n{% endfor %}",
        typeddict="class {{ class_name }}(TypedDict):\n{% for f in fields %}    {{ f.line }}\n{% endfor %}",
    )
    sources = {
        "enums.py": "from enum import Enum\n\n\nclass Other(str, Enum):\n    X = 'x'\n",
        "database/entities.py": "",
    }
    schema = Schema(
        enums=(enum("other", "x"), KIND),
        tables=(table("tickets", col("kind", enum_type("ticket_kind"), null=False)),),
    )
    local = read_local_schema(sources)
    the_plan = plan(schema, local, LITERALS)

    result = apply_plan(sources, the_plan, local, local_modules=["enums.py"], templates=templates)

    assert result["enums.py"].endswith(
        "class TicketKind(str, Enum):\n    BUG = 'bug'\n    IT_S = \"it's\"\n"
    )
    assert result["database/entities.py"].endswith(
        "class TicketRow(TypedDict):\n    kind: Literal['bug', \"it's\"]\n"
    )
