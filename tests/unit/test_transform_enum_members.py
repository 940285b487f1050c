"""AddEnumMembers: new database values become members, in database order, and nothing
else in the class moves."""

from __future__ import annotations

import libcst as cst

from codemod.model import Schema
from codemod.plan.changes import AddEnumValue
from codemod.transform.enum_members import AddEnumMembers

from .helpers import assert_applies, enum, load_module

STATUS = Schema(enums=(enum("project_status", "draft", "on_hold", "active", "archived"),))


def test_noop() -> None:
    source = {
        "enums.py": (
            "from enum import Enum\n"
            "\n"
            "\n"
            "class ProjectStatus(str, Enum):\n"
            '    DRAFT = "draft"\n'
            '    ON_HOLD = "on_hold"\n'
            '    ACTIVE = "active"\n'
            '    ARCHIVED = "archived"\n'
        )
    }
    assert_applies(STATUS, source, source)


def test_noop_transformer_leaves_the_class_alone() -> None:
    code = 'class S(str, Enum):  # c\n    A = "a"  # d\n\n    # e\n'
    module = cst.parse_module(code)
    assert module.visit(AddEnumMembers(module.config_for_parsing, [])).code == code


def test_value_goes_after_the_member_of_the_value_before_it() -> None:
    before = (
        "from enum import Enum\n"
        "\n"
        "\n"
        "class ProjectStatus(str, Enum):\n"
        '    DRAFT = "draft"  # the first state\n'
        "\n"
        "    # live projects\n"
        '    ACTIVE = "active"\n'
        '    ARCHIVED = "archived"\n'
    )
    after = (
        "from enum import Enum\n"
        "\n"
        "\n"
        "class ProjectStatus(str, Enum):\n"
        '    DRAFT = "draft"  # the first state\n'
        '    ON_HOLD = "on_hold"\n'
        "\n"
        "    # live projects\n"
        '    ACTIVE = "active"\n'
        '    ARCHIVED = "archived"\n'
    )
    assert_applies(STATUS, {"enums.py": before}, {"enums.py": after})


def test_first_value_goes_after_the_docstring_and_last_before_the_footer_comment() -> None:
    schema = Schema(enums=(enum("project_status", "draft", "active", "archived"),))
    before = (
        "from enum import Enum\n"
        "\n"
        "\n"
        "class ProjectStatus(str, Enum):\n"
        '    """Where a project stands."""\n'
        "\n"
        '    ACTIVE = "active"\n'
        "    # more states will come\n"
        "\n"
        "\n"
        "# end of enums\n"
    )
    after = (
        "from enum import Enum\n"
        "\n"
        "\n"
        "class ProjectStatus(str, Enum):\n"
        '    """Where a project stands."""\n'
        "\n"
        '    DRAFT = "draft"\n'
        '    ACTIVE = "active"\n'
        '    ARCHIVED = "archived"\n'
        "    # more states will come\n"
        "\n"
        "\n"
        "# end of enums\n"
    )
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})


def test_new_values_that_follow_one_another_keep_database_order() -> None:
    schema = Schema(enums=(enum("level", "a", "b", "c", "d", "e"),))
    before = 'from enum import Enum\n\n\nclass Level(str, Enum):\n    A = "a"\n    E = "e"\n'
    after = (
        "from enum import Enum\n\n\nclass Level(str, Enum):\n"
        '    A = "a"\n    B = "b"\n    C = "c"\n    D = "d"\n    E = "e"\n'
    )
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})


def test_members_go_before_the_methods_and_the_methods_do_not_move() -> None:
    schema = Schema(enums=(enum("project_status", "draft", "archived", "deleted"),))
    before = (
        "from enum import Enum\n"
        "\n"
        "\n"
        "class ProjectStatus(str, Enum):\n"
        '    DRAFT = "draft"\n'
        '    ARCHIVED = "archived"\n'
        "\n"
        "    @property\n"
        "    def is_open(self) -> bool:\n"
        '        """Whether people still work on it."""\n'
        "        return self is not ProjectStatus.ARCHIVED  # archived is final\n"
    )
    after = (
        "from enum import Enum\n"
        "\n"
        "\n"
        "class ProjectStatus(str, Enum):\n"
        '    DRAFT = "draft"\n'
        '    ARCHIVED = "archived"\n'
        '    DELETED = "deleted"\n'
        "\n"
        "    @property\n"
        "    def is_open(self) -> bool:\n"
        '        """Whether people still work on it."""\n'
        "        return self is not ProjectStatus.ARCHIVED  # archived is final\n"
    )
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})


def test_members_follow_the_quote_style_of_the_class() -> None:
    """As ruff and black quote: the class's quote, unless the value holds more of it than
    of the other (then the other, and no escape)."""
    schema = Schema(enums=(enum("kind", "a", "it's", 'say "x"'),))
    before = "from enum import StrEnum\n\n\nclass Kind(StrEnum):\n    A = 'a'\n"
    after = (
        "from enum import StrEnum\n\n\nclass Kind(StrEnum):\n"
        "    A = 'a'\n"
        '    IT_S = "it\'s"\n'
        "    SAY_X = 'say \"x\"'\n"
    )
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})


def test_values_are_written_exactly() -> None:
    values = ("back\\slash", "tab\there", "ünï ✓", "new\nline", "2fa", "+5000")
    schema = Schema(enums=(enum("odd", *values),))
    before = "import enum\n\n\nclass Odd(enum.Enum):\n    pass\n"
    after = (
        "import enum\n\n\nclass Odd(enum.Enum):\n"
        '    BACK_SLASH = "back\\\\slash"\n'
        '    TAB_HERE = "tab\\there"\n'
        '    ÜNÏ = "ünï ✓"\n'
        '    NEW_LINE = "new\\nline"\n'
        '    _2FA = "2fa"\n'
        '    PLUS_5000 = "+5000"\n'
    )
    result = assert_applies(schema, {"enums.py": before}, {"enums.py": after})
    assert [m.value for m in load_module(result["enums.py"]).Odd] == list(values)


def test_invisible_line_breaks_in_values_are_escaped() -> None:
    schema = Schema(enums=(enum("odd", "a", "next\x85line", "para\u2028graph", "feed\x0c"),))
    before = 'from enum import Enum\n\n\nclass Odd(str, Enum):\n    A = "a"  # first\n'
    after = before + (
        '    NEXT_LINE = "next\\x85line"\n'
        '    PARA_GRAPH = "para\\u2028graph"\n'
        '    FEED = "feed\\x0c"\n'
    )
    result = assert_applies(schema, {"enums.py": before}, {"enums.py": after})
    assert [m.value for m in load_module(result["enums.py"]).Odd] == list(schema.enums[0].values)


def test_transformer_inserts_after_the_named_member() -> None:
    code = 'class S(str, Enum):\n    A = "a"\n    C = "c"\n'
    module = cst.parse_module(code)
    additions = [
        AddEnumValue(path="enums.py", class_name="S", value="b", member_name="B", after="A"),
        AddEnumValue(path="enums.py", class_name="S", value="z", member_name="Z", after="MISSING"),
    ]
    result = module.visit(AddEnumMembers(module.config_for_parsing, additions)).code
    assert result == 'class S(str, Enum):\n    A = "a"\n    B = "b"\n    C = "c"\n    Z = "z"\n'


def test_nested_classes_and_method_bodies_are_not_edited() -> None:
    schema = Schema(enums=(enum("mode", "a", "b"),))
    before = (
        "from enum import Enum\n"
        "\n"
        "\n"
        "class Mode(str, Enum):\n"
        '    A = "a"\n'
        "\n"
        "    class Labels:\n"
        '        A = "Alpha"\n'
        "\n"
        "    def label(self) -> str:\n"
        '        A = "fallback"\n'
        "        return getattr(self.Labels, self.name, A)\n"
    )
    after = before.replace('    A = "a"\n', '    A = "a"\n    B = "b"\n', 1)
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})


def test_a_class_written_on_one_line_gets_an_indented_body() -> None:
    before = 'from enum import Enum\n\n\nclass S(str, Enum): A = "a"; B = "b"  # letters\n'
    after = (
        "from enum import Enum\n\n\n"
        "class S(str, Enum):  # letters\n"
        '    A = "a"\n'
        '    B = "b"\n'
        '    C = "c"\n'
    )
    schema = Schema(enums=(enum("s", "a", "b", "c"),))
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})
