"""Reading single classes without parsing their file (codemod.read.slices): a class and
a module read from their slices equal what reading the whole file gives; where that is
not certain, the index says so (None) and the whole package is read instead."""

from __future__ import annotations

from hypothesis import assume, given

from codemod.config import Config
from codemod.errors import NamingConflictError
from codemod.model import Schema
from codemod.read import read_local_schema
from codemod.read.slices import PackageIndex
from codemod.transform import apply_plan

from .helpers import make_plan
from .test_idempotence import MODULES, SCHEMAS_AND_CONFIGS

# What people write around schema classes: docstrings whose lines start at column 0,
# comments, decorators, a functional form with its keys at column 0, a guard, a helper.
HAND_WRITTEN = '''"""Rows of the database.
class NotAClass(TypedDict):
it is only text"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from uuid import UUID
else:
    UUID = str

# A comment at column 0.
LIMIT = 3


class Settings(Base):  # no schema class (its base is no TypedDict); its quote counts
    mode: Literal["fast"]


@final
@other
class ProjectRow(TypedDict, total=False):
    """A project.
with a line at column 0
"""

    id: int  # schemasync: keep
    name: 'str | None'

TaskRow = TypedDict(
    "TaskRow",
{"from": int,
"to": "int | None"},
    total=False,
)


def helper() -> None:
    pass


class Plain:
    x = 1
'''


def assert_reads_as_whole(sources: dict[str, str]) -> None:
    whole = read_local_schema(sources)
    index = PackageIndex.build(sources)
    assert index is not None
    for path in sources:
        assert index.module(path) == whole.module(path)
    for cls in whole.classes:
        assert index.read_class(cls.path, cls.name) == cls
    for path in sources:
        union = index.union_classes(path)
        assert union is not None
        expected = [c for c in whole.classes if c.path == path and _writes_union(c)]
        assert sorted(union, key=lambda c: c.start) == expected


def _writes_union(cls: object) -> bool:
    from codemod.local_model import LocalClass
    from codemod.transform._nodes import uses_union_syntax

    assert isinstance(cls, LocalClass)
    return uses_union_syntax([f.annotation for f in cls.fields])


def test_hand_written_classes_read_as_in_the_whole_file() -> None:
    assert_reads_as_whole({"database/entities.py": HAND_WRITTEN})
    crlf = HAND_WRITTEN.replace("\n", "\r\n")
    assert_reads_as_whole({"database/entities.py": crlf})


@given(SCHEMAS_AND_CONFIGS)
def test_generated_packages_read_as_in_the_whole_file(case: tuple[Schema, Config]) -> None:
    schema, config = case
    try:
        the_plan, local = make_plan(schema, {}, config)
    except NamingConflictError:
        assume(False)
        raise
    package = apply_plan({}, the_plan, local, local_modules=MODULES(config))
    assert_reads_as_whole(package)


def test_a_name_bound_twice_is_not_read() -> None:
    index = PackageIndex.build({"m.py": "class A(TypedDict):\n    x: int\n\nA = 1\n"})
    assert index is not None
    assert index.read_class("m.py", "A") is None


def test_a_class_with_a_local_base_is_not_read() -> None:
    text = "class Base(TypedDict):\n    x: int\n\n\nclass A(Base):\n    y: int\n"
    index = PackageIndex.build({"m.py": text})
    assert index is not None
    assert index.read_class("m.py", "A") is None  # its inherited fields need Base
    assert index.read_class("m.py", "Base") is not None


def test_old_mac_line_ends_are_not_indexed() -> None:
    assert PackageIndex.build({"m.py": "class A(TypedDict):\r    x: int\r"}) is None
