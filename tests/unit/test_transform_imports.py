"""Imports that new code needs: merged into the line that already imports from the
module, or a new line in its isort group; the package's own files relatively."""

from __future__ import annotations

import pytest

from codemod.transform.imports import add_imports, relative_module, render_imports

LOCAL = ["enums.py"]


def test_noop() -> None:
    header = '"""Rows."""\n\nfrom typing import (  # types\n    TypedDict,\n)\n'
    assert add_imports(header, [], "database/entities.py", LOCAL) == header
    assert add_imports(header, [("typing", "TypedDict")], "database/entities.py", LOCAL) == header


def test_names_join_the_existing_line_in_sorted_place() -> None:
    header = "from typing import Any, TypedDict  # the basics\n"
    result = add_imports(header, [("typing", "Optional"), ("typing", "cast")], "e.py", LOCAL)
    assert result == "from typing import Any, Optional, TypedDict, cast  # the basics\n"


def test_names_join_a_parenthesized_import_one_per_line() -> None:
    header = "from typing import (\n    Any,  # for json\n    TypedDict\n)\n"
    result = add_imports(header, [("typing", "Optional"), ("typing", "Union")], "e.py", LOCAL)
    assert result == (
        "from typing import (\n    Any,  # for json\n    Optional,\n    TypedDict,\n    Union\n)\n"
    )


def test_new_modules_go_in_their_groups() -> None:
    header = (
        '"""Rows."""\n\n'
        "from __future__ import annotations\n\n"
        "from typing import TypedDict\n\n"
        "from pydantic import BaseModel\n\n"
        "from .helpers import helper\n"
    )
    imports = [
        ("decimal", "Decimal"),
        ("typing_extensions", "ReadOnly"),
        ("enums.py", "Status"),
        ("typing", "Optional"),
    ]
    assert add_imports(header, imports, "database/entities.py", LOCAL) == (
        '"""Rows."""\n\n'
        "from __future__ import annotations\n\n"
        "from decimal import Decimal\n"
        "from typing import Optional, TypedDict\n\n"
        "from pydantic import BaseModel\n"
        "from typing_extensions import ReadOnly\n\n"
        "from ..enums import Status\n"
        "from .helpers import helper\n"
    )


def test_a_missing_group_is_opened_after_the_one_before_it() -> None:
    header = "from typing import TypedDict\n"
    result = add_imports(
        header, [("enums.py", "A"), ("typing_extensions", "ReadOnly")], "entities.py", LOCAL
    )
    assert result == (
        "from typing import TypedDict\n\nfrom typing_extensions import ReadOnly\n\nfrom .enums import A\n"
    )


def test_a_first_group_is_opened_before_the_later_ones() -> None:
    header = '"""Rows."""\n\nfrom ..enums import A\n'
    result = add_imports(
        header, [("typing", "TypedDict"), ("enums.py", "B")], "database/entities.py", LOCAL
    )
    assert result == '"""Rows."""\n\nfrom typing import TypedDict\n\nfrom ..enums import A, B\n'


def test_a_docstring_only_header_gets_a_blank_line() -> None:
    assert add_imports('"""Enums."""\n', [("enum", "Enum")], "enums.py", LOCAL) == (
        '"""Enums."""\n\nfrom enum import Enum\n'
    )


def test_render_imports_for_a_new_file() -> None:
    imports = [
        ("typing", "TypedDict"),
        ("typing", "Optional"),
        ("typing_extensions", "ReadOnly"),
        ("enums.py", "Kind"),
    ]
    assert render_imports(imports, "database/entities.py", LOCAL) == (
        "from typing import Optional, TypedDict\n\nfrom typing_extensions import ReadOnly\n\nfrom ..enums import Kind\n"
    )


@pytest.mark.parametrize(
    ("path", "target", "expected"),
    [
        ("database/entities.py", "enums.py", (2, "enums")),
        ("entities.py", "enums.py", (1, "enums")),
        ("database/entities.py", "database/enums.py", (1, "enums")),
        ("a/b/c.py", "a/x/enums.py", (2, "x.enums")),
    ],
)
def test_relative_module(path: str, target: str, expected: tuple[int, str]) -> None:
    assert relative_module(path, target) == expected
