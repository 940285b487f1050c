"""New Enum and TypedDict classes: rendered in full, placed after their neighbours, with
the imports they need."""

from __future__ import annotations

import pytest

from codemod.config import Config
from codemod.model import Schema
from codemod.plan.changes import AddEnum, AddTable, FieldSpec
from codemod.transform.new_classes import render_enum, render_typeddict

from .helpers import apply, assert_applies, col, enum, enum_type, junction, load_module, table

ENUMS_HEADER = '"""Enums."""\n\nfrom enum import Enum\n'


def test_noop() -> None:
    schema = Schema(
        enums=(enum("a_kind", "x"),), tables=(table("items", col("id", "int8", null=False)),)
    )
    sources = {
        "enums.py": ENUMS_HEADER + '\n\nclass AKind(str, Enum):\n    X = "x"\n',
        "database/entities.py": "from typing import TypedDict\n\n\nclass ItemRow(TypedDict):\n    id: int\n",
    }
    assert_applies(schema, sources, sources)


def test_new_enums_go_between_their_neighbours_in_name_order() -> None:
    schema = Schema(
        enums=(enum("a_kind", "x"), enum("b_kind", "y"), enum("c_kind", "z"), enum("d_kind", "w"))
    )
    before = (
        ENUMS_HEADER + "\n\n"
        "class BKind(str, Enum):\n"
        '    Y = "y"\n'
        "\n\n"
        "# The D kinds.\n"
        "class DKind(str, Enum):\n"
        '    W = "w"\n'
    )
    after = (
        ENUMS_HEADER + "\n\n"
        "class AKind(str, Enum):\n"
        '    X = "x"\n'
        "\n\n"
        "class BKind(str, Enum):\n"
        '    Y = "y"\n'
        "\n\n"
        "class CKind(str, Enum):\n"
        '    Z = "z"\n'
        "\n\n"
        "# The D kinds.\n"
        "class DKind(str, Enum):\n"
        '    W = "w"\n'
    )
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})


def test_new_enum_after_the_last_class_and_its_footer_comment_stays_last() -> None:
    schema = Schema(enums=(enum("a_kind", "x"), enum("b_kind", "y")))
    before = ENUMS_HEADER + '\n\nclass AKind(str, Enum):\n    X = "x"\n\n\n# end of enums\n'
    after = (
        ENUMS_HEADER + '\n\nclass AKind(str, Enum):\n    X = "x"\n\n\n'
        'class BKind(str, Enum):\n    Y = "y"\n\n\n# end of enums\n'
    )
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})


def test_strenum_files_get_strenum_classes_and_enum_comments_become_docstrings() -> None:
    schema = Schema(enums=(enum("a_kind", "x"), enum("b_kind", comment='Say "hi" to C:\\path')))
    before = 'from enum import StrEnum\n\n\nclass AKind(StrEnum):\n    X = "x"\n'
    after = (
        "from enum import StrEnum\n\n\nclass AKind(StrEnum):\n"
        '    X = "x"\n\n\n'
        "class BKind(StrEnum):\n"
        '    """Say "hi" to C:\\\\path"""\n'
        "\n"
        "    pass\n"
    )
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})


def test_new_files_are_created_with_their_imports() -> None:
    schema = Schema(
        enums=(enum("org_type", "company", "non-profit"),),
        tables=(
            table("orgs", col("id", "uuid", null=False), col("kind", enum_type("org_type"))),
            table("users", col("id", "uuid", null=False)),
            junction("org_users", "orgs", "users"),
        ),
    )
    after = {
        "enums.py": (
            '"""Enums of the database, kept in step by schemasync."""\n\n'
            "from enum import Enum\n\n\n"
            "class OrgType(str, Enum):\n"
            '    COMPANY = "company"\n'
            '    NON_PROFIT = "non-profit"\n'
        ),
        "database/entities.py": (
            '"""Row types of the database, kept in step by schemasync."""\n\n'
            "from typing import Optional, TypedDict\n\n\n"
            "class OrgRow(TypedDict, total=False):\n"
            "    id: str\n"
            "    kind: Optional[str]\n\n\n"
            "class UserRow(TypedDict, total=False):\n"
            "    id: str\n"
        ),
        "database/relationships.py": (
            '"""Row types of the database, kept in step by schemasync."""\n\n'
            "from typing import TypedDict\n\n\n"
            "class OrgUserRow(TypedDict, total=False):\n"
            "    orgs_id: str\n"
            "    users_id: str\n"
        ),
    }
    assert_applies(schema, {}, after)


def test_keyword_and_non_identifier_columns_use_the_functional_form() -> None:
    schema = Schema(
        tables=(
            table(
                "entries",
                col("id", "int8", null=False),
                col("from", "timestamptz", null=False),
                col("class"),
                col("2fa", "bool"),
                col("ﬁle"),
                comment="Time entries.",
            ),
        )
    )
    before = "from typing import Optional, TypedDict\n"
    after = (
        "from typing import Optional, TypedDict\n\n\n"
        "# Time entries.\n"
        "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int,\n'
        '        "from": str,\n'
        '        "class": Optional[str],\n'
        '        "2fa": Optional[bool],\n'
        '        "ﬁle": Optional[str],\n'
        "    },\n"
        "    total=False,\n"
        ")\n"
    )
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})


def test_views_get_read_only_fields_and_multi_line_docstrings() -> None:
    schema = Schema(
        tables=(
            table(
                "active_items",
                col("id", "int8"),
                col("tags", "text[]"),
                kind="view",
                comment='Items still live.\n\n  Refreshed "hourly" \\ nightly."',
            ),
        )
    )
    before = "from typing import Optional, TypedDict\n"
    after = (
        "from typing import Optional, TypedDict\n\n"
        "from typing_extensions import ReadOnly\n\n\n"
        "class ActiveItemRow(TypedDict, total=False):\n"
        '    """Items still live.\n'
        "\n"
        '      Refreshed "hourly" \\\\ nightly.\\"\n'
        '    """\n'
        "\n"
        "    id: ReadOnly[Optional[int]]\n"
        "    tags: ReadOnly[Optional[list[str]]]\n"
    )
    result = assert_applies(
        schema, {"database/entities.py": before}, {"database/entities.py": after}
    )
    doc = load_module(result["database/entities.py"]).ActiveItemRow.__doc__
    assert doc.startswith("Items still live.\n")
    assert doc.rstrip().endswith('Refreshed "hourly" \\ nightly."')


@pytest.mark.parametrize(
    "comment", ['Ends in a quote "x"', '"""', "back\\", "   ", "a\r\nb", "odd \x85 \u2028 \x0c"]
)
def test_any_comment_gives_a_compiling_docstring(comment: str) -> None:
    schema = Schema(tables=(table("items", comment=comment),))
    result = apply(schema, {})
    doc = load_module(result["database/entities.py"]).ItemRow.__doc__
    expected = comment.strip() or None
    if expected is not None:
        expected = "\n    ".join(expected.splitlines()) + ("\n    " if "\n" in expected else "")
    assert doc == expected


def test_enum_columns_as_enum_classes_import_them_relatively() -> None:
    schema = Schema(
        enums=(enum("org_type", "a", "b"),),
        tables=(
            table(
                "orgs",
                col("kind", enum_type("org_type"), null=False),
                col("kinds", enum_type("org_type", array_dims=1)),
            ),
        ),
    )
    sources = {
        "enums.py": 'from enum import Enum\n\n\nclass OrgType(str, Enum):\n    A = "a"\n    B = "b"\n',
        "database/entities.py": '"""Rows."""\n\nfrom typing import TypedDict\n',
    }
    after = {
        "database/entities.py": (
            '"""Rows."""\n\nfrom typing import Optional, TypedDict\n'
            "\nfrom ..enums import OrgType\n\n\n"
            "class OrgRow(TypedDict, total=False):\n"
            "    kind: OrgType\n"
            "    kinds: Optional[list[OrgType]]\n"
        )
    }
    assert_applies(schema, sources, after, config=Config(enum_columns="enum"))


def test_enum_columns_as_literals() -> None:
    schema = Schema(
        enums=(enum("org_type", "a", "it's"),),
        tables=(table("orgs", col("kind", enum_type("org_type"), null=False)),),
    )
    sources = {
        "enums.py": 'from enum import Enum\n\n\nclass OrgType(str, Enum):\n    A = "a"\n    IT_S = "it\'s"\n',
        "database/entities.py": "from typing import TypedDict\n",
    }
    after = {
        "database/entities.py": (
            "from typing import Literal, TypedDict\n\n\n"
            "class OrgRow(TypedDict, total=False):\n"
            '    kind: Literal["a", "it\'s"]\n'  # the package's quotes (enums.py's)
        )
    }
    assert_applies(schema, sources, after, config=Config(enum_columns="literal"))


def test_new_class_into_an_empty_file_ends_with_one_newline() -> None:
    schema = Schema(enums=(enum("a_kind", "x"), enum("b_kind", "y")))
    after = 'from enum import Enum\n\n\nclass AKind(str, Enum):\n    X = "x"\n\n\nclass BKind(str, Enum):\n    Y = "y"\n'
    assert_applies(schema, {"enums.py": ""}, {"enums.py": after})


def test_union_file_gets_union_fields() -> None:
    schema = Schema(tables=(table("a_items", col("x", "int4")), table("b_items", col("y", "int4"))))
    before = "from typing import TypedDict\n\n\nclass AItemRow(TypedDict, total=False):\n    x: int | None\n"
    after = before + "\n\nclass BItemRow(TypedDict, total=False):\n    y: int | None\n"
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})


def test_render_enum_and_typeddict() -> None:
    e = enum("kind", "a", "b c")
    change = AddEnum(
        path="enums.py", class_name="Kind", enum=e, members=(("A", "a"), ("B_C", "b c")), after=None
    )
    assert render_enum(change) == 'class Kind(str, Enum):\n    A = "a"\n    B_C = "b c"\n'
    assert render_enum(change, "StrEnum") == 'class Kind(StrEnum):\n    A = "a"\n    B_C = "b c"\n'
    t = table("things", col("x", "int4"))
    row = AddTable(
        path="e.py",
        class_name="ThingRow",
        table=t,
        fields=(FieldSpec("x", "Optional[int]"),),
        after=None,
    )
    assert (
        render_typeddict(row) == "class ThingRow(TypedDict, total=False):\n    x: Optional[int]\n"
    )
    assert (
        render_typeddict(row, union_syntax=True)
        == "class ThingRow(TypedDict, total=False):\n    x: int | None\n"
    )


def test_the_file_style_comes_from_its_classes_not_from_a_comment() -> None:
    before = (
        "# TODO: move to StrEnum one day; write `X | None` then\n"
        "from enum import Enum\n\n\n"
        "class A(str, Enum):\n"
        '    X = "x"\n'
    )
    schema = Schema(enums=(enum("a", "x"), enum("b", "y")))
    after = before + '\n\nclass B(str, Enum):\n    Y = "y"\n'
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})


def test_new_classes_follow_a_tab_indented_file() -> None:
    before = 'from enum import Enum\n\n\nclass A(str, Enum):\n\tX = "x"\n'
    schema = Schema(enums=(enum("a", "x"), enum("b", "y", "z")))
    after = before + '\n\nclass B(str, Enum):\n\tY = "y"\n\tZ = "z"\n'
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})
