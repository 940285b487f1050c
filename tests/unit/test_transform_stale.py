"""EditComments (flags) and PruneStale: what the database no longer has is flagged with a comment on
its own line (never deleted) unless pruning is asked for."""

from __future__ import annotations

import libcst as cst

from codemod.model import Schema
from codemod.transform import FLAG_NOTE
from codemod.transform.stale_flags import EditComments, PruneStale

from .helpers import assert_applies, col, enum, make_plan, table

FLAG = f"# schemasync: {FLAG_NOTE}"
STATUS = Schema(enums=(enum("status", "active"),))
ITEMS = Schema(tables=(table("items", col("id", "int8", null=False)),))


def test_noop() -> None:
    source = {
        "enums.py": 'from enum import Enum\n\n\nclass Status(str, Enum):\n    ACTIVE = "active"\n'
    }
    assert_applies(STATUS, source, source)
    assert_applies(STATUS, source, source, prune=True)


def test_noop_transformers() -> None:
    code = 'class S(str, Enum):  # c\n    A = "a"  # d\n\n\nX = TypedDict("X", {"a": int})\n'
    module = cst.parse_module(code)
    assert module.visit(EditComments({}, None)).code == code
    assert module.visit(PruneStale(frozenset())).code == code


def test_stale_member_is_flagged_after_its_comment() -> None:
    before = (
        "from enum import Enum\n\n\n"
        "class Status(str, Enum):\n"
        '    ACTIVE = "active"\n'
        '    LEGACY = "legacy"  # used by v1 clients\n'
        '    OLD = "old"\n'
    )
    after = (
        "from enum import Enum\n\n\n"
        "class Status(str, Enum):\n"
        '    ACTIVE = "active"\n'
        f'    LEGACY = "legacy"  # used by v1 clients  {FLAG}\n'
        f'    OLD = "old"  {FLAG}\n'
    )
    assert_applies(STATUS, {"enums.py": before}, {"enums.py": after})
    the_plan, _ = make_plan(STATUS, {"enums.py": after})
    assert [c.kind for c in the_plan.changes] == ["enum_value_removed", "enum_value_removed"]
    assert the_plan.drift == ()


def test_already_flagged_line_is_left_alone() -> None:
    before = (
        "from enum import Enum\n\n\n"
        "class Status(str, Enum):\n"
        '    ACTIVE = "active"\n'
        '    OLD = "old"  # schemasync: gone since March\n'
    )
    assert_applies(STATUS, {"enums.py": before}, {"enums.py": before})


def test_stale_class_is_flagged_on_its_class_line() -> None:
    before = (
        "from enum import Enum\n\n\n"
        "class Status(str, Enum):\n"
        '    ACTIVE = "active"\n\n\n'
        "# Kept for the old API.\n"
        "@unique\n"
        "class Legacy(str, Enum):  # v1\n"
        '    A = "a"\n'
    )
    after = before.replace(
        "class Legacy(str, Enum):  # v1\n", f"class Legacy(str, Enum):  # v1  {FLAG}\n"
    )
    assert_applies(STATUS, {"enums.py": before}, {"enums.py": after})


def test_stale_fields_and_functional_classes() -> None:
    before = (
        "from typing import TypedDict\n\n\n"
        "class ItemRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    legacy_code: str\n"
        "    # end of columns\n\n\n"
        "OldRow = TypedDict(\n"
        '    "OldRow",\n'
        "    {\n"
        '        "from": str,\n'
        "    },\n"
        ")\n\n\n"
        'TinyRow = TypedDict("TinyRow", {"a": int})\n'
    )
    after = (
        "from typing import TypedDict\n\n\n"
        "class ItemRow(TypedDict, total=False):\n"
        "    id: int\n"
        f"    legacy_code: str  {FLAG}\n"
        "    # end of columns\n\n\n"
        f"OldRow = TypedDict(  {FLAG}\n"
        '    "OldRow",\n'
        "    {\n"
        '        "from": str,\n'
        "    },\n"
        ")\n\n\n"
        f'TinyRow = TypedDict("TinyRow", {{"a": int}})  {FLAG}\n'
    )
    assert_applies(ITEMS, {"database/entities.py": before}, {"database/entities.py": after})
    the_plan, _ = make_plan(ITEMS, {"database/entities.py": after})
    assert the_plan.drift == ()


def test_stale_functional_entries_are_flagged_on_their_own_line() -> None:
    schema = Schema(tables=(table("entries", col("id", "int8", null=False)),))
    before = (
        "from typing import TypedDict\n\n"
        "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int,\n'
        '        "from": str,  # start\n'
        '        "to": str\n'
        "    },\n"
        ")\n"
        'PairRow = TypedDict("PairRow", {"id": int, "x": int})\n'
    )
    after = (
        "from typing import TypedDict\n\n"
        "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int,\n'
        f'        "from": str,  # start  {FLAG}\n'
        f'        "to": str  {FLAG}\n'
        "    },\n"
        ")\n"
        f'PairRow = TypedDict("PairRow", {{"id": int, "x": int}})  {FLAG}\n'
    )
    schema = Schema(
        tables=(
            table("entries", col("id", "int8", null=False)),
            table("pairs", col("id", "int8", null=False)),
        )
    )
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})
    the_plan, _ = make_plan(schema, {"database/entities.py": after})
    assert the_plan.drift == ()


def test_multi_line_member_is_flagged_on_its_first_line() -> None:
    before = (
        "from enum import Enum\n\n\n"
        "class Status(str, Enum):\n"
        '    ACTIVE = "active"\n'
        "    OLD = (\n"
        '        "old"\n'
        "    )\n"
    )
    after = before.replace("    OLD = (\n", f"    OLD = (  {FLAG}\n")
    assert_applies(STATUS, {"enums.py": before}, {"enums.py": after})


def test_method_bodies_are_not_flagged() -> None:
    before = (
        "from enum import Enum\n\n\n"
        "class Status(str, Enum):\n"
        '    ACTIVE = "active"\n'
        '    OLD = "old"\n'
        "\n"
        "    def fallback(self) -> str:\n"
        '        OLD = "x"\n'
        "        return OLD\n"
    )
    after = before.replace('    OLD = "old"\n', f'    OLD = "old"  {FLAG}\n')
    assert_applies(STATUS, {"enums.py": before}, {"enums.py": after})
    pruned = before.replace('    OLD = "old"\n', "")
    assert_applies(STATUS, {"enums.py": before}, {"enums.py": pruned}, prune=True)


def test_keep_pragma_is_never_rewritten_only_noted() -> None:
    before = (
        "from enum import Enum\n\n\n"
        "class Status(str, Enum):\n"
        '    ACTIVE = "active"\n'
        '    OLD = "old"  # schemasync: keep\n'
        '    OLDER = "older"  # schemasync: keep (v1 clients still send it)\n'
        '    OLDEST = "oldest"  # schemasync: keep  # until 2027\n'
        "\n\n"
        "class Gone(str, Enum):  # schemasync: keep\n"
        '    X = "x"\n'
    )
    assert_applies(STATUS, {"enums.py": before}, {"enums.py": before})
    assert_applies(STATUS, {"enums.py": before}, {"enums.py": before}, prune=True)
    the_plan, _ = make_plan(STATUS, {"enums.py": before})
    assert the_plan.changes == ()
    assert the_plan.notes == (
        "enums.py:6: Status.OLD = 'old' is not in the database (kept)",
        "enums.py:7: Status.OLDER = 'older' is not in the database (kept)",
        "enums.py:8: Status.OLDEST = 'oldest' is not in the database (kept)",
        "enums.py:11: Gone has no enum in the database (kept)",
    )


# --- pruning -----------------------------------------------------------------------------


def test_prune_removes_members_and_classes_and_keeps_the_comments_above_members() -> None:
    before = {
        "enums.py": (
            "from enum import Enum\n\n\n"
            "class Status(str, Enum):\n"
            '    ACTIVE = "active"  # live\n'
            "    # retired in v2\n"
            '    OLD = "old"  # schemasync: not in the database\n'
            '    OLDER = "older"\n'
            "    # end of values\n\n\n"
            "# Kept for the old API.\n"
            "class Legacy(str, Enum):\n"
            '    A = "a"\n\n\n'
            "# end of file\n"
        ),
    }
    after = {
        "enums.py": (
            "from enum import Enum\n\n\n"
            "class Status(str, Enum):\n"
            '    ACTIVE = "active"  # live\n'
            "    # retired in v2\n"
            "    # end of values\n\n\n"
            "# end of file\n"
        ),
    }
    assert_applies(STATUS, before, after, prune=True)


def test_prune_leaves_pass_in_an_emptied_class() -> None:
    schema = Schema(tables=(table("items"),))
    before = "from typing import TypedDict\n\n\nclass ItemRow(TypedDict):\n    legacy: int\n    old: str\n"
    after = "from typing import TypedDict\n\n\nclass ItemRow(TypedDict):\n    pass\n"
    assert_applies(
        schema, {"database/entities.py": before}, {"database/entities.py": after}, prune=True
    )


def test_prune_keeps_a_docstring_as_the_body() -> None:
    schema = Schema(tables=(table("items"),))
    before = 'from typing import TypedDict\n\n\nclass ItemRow(TypedDict):\n    """Items."""\n\n    legacy: int\n'
    after = 'from typing import TypedDict\n\n\nclass ItemRow(TypedDict):\n    """Items."""\n'
    assert_applies(
        schema, {"database/entities.py": before}, {"database/entities.py": after}, prune=True
    )


def test_prune_functional_entries() -> None:
    schema = Schema(
        tables=(
            table("entries", col("id", "int8", null=False), col("to", "int8", null=False)),
            table("pairs", col("id", "int8", null=False)),
        )
    )
    before = (
        "from typing import TypedDict\n\n"
        "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        "        # the old span start\n"
        '        "from": str,  # start\n'
        '        "id": int,  # identity\n'
        '        "to": int,\n'
        '        "gone": str,  # last\n'
        "    },\n"
        "    total=False,\n"
        ")\n"
        'PairRow = TypedDict("PairRow", {"x": int, "id": int, "y": int})\n'
    )
    after = (
        "from typing import TypedDict\n\n"
        "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        "        # the old span start\n"
        '        "id": int,  # identity\n'
        '        "to": int,\n'
        "    },\n"
        "    total=False,\n"
        ")\n"
        'PairRow = TypedDict("PairRow", {"id": int})\n'
    )
    assert_applies(
        schema, {"database/entities.py": before}, {"database/entities.py": after}, prune=True
    )


def test_prune_last_functional_entry_without_a_trailing_comma() -> None:
    schema = Schema(tables=(table("entries", col("id", "int8", null=False)),))
    before = (
        "from typing import TypedDict\n\n"
        "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int,  # identity\n'
        '        "gone": str\n'
        "    },\n"
        ")\n"
    )
    after = (
        "from typing import TypedDict\n\n"
        "EntryRow = TypedDict(\n"
        '    "EntryRow",\n'
        "    {\n"
        '        "id": int  # identity\n'
        "    },\n"
        ")\n"
    )
    assert_applies(
        schema, {"database/entities.py": before}, {"database/entities.py": after}, prune=True
    )


def test_prune_a_stale_functional_class() -> None:
    before = (
        "from typing import TypedDict\n\n\n"
        "class ItemRow(TypedDict):\n"
        "    id: int\n\n\n"
        "# Old rows.\n"
        'OldRow = TypedDict("OldRow", {"a": int})\n'
    )
    after = "from typing import TypedDict\n\n\nclass ItemRow(TypedDict):\n    id: int\n"
    assert_applies(
        ITEMS, {"database/entities.py": before}, {"database/entities.py": after}, prune=True
    )


# --- flags go when the database has the entry again -----------------------------------


def test_a_flag_is_cleared_when_the_column_comes_back() -> None:
    schema = Schema(
        tables=(table("notes", col("id", "int8", null=False), col("body"), col("tag")),)
    )
    before = (
        "from typing import Optional, TypedDict\n\n\n"
        f"class NoteRow(TypedDict, total=False):  {FLAG}\n"
        "    id: int\n"
        f"    body: Optional[str]  # markdown  {FLAG}\n"
        f"    tag: Optional[str]  {FLAG}\n"
    )
    after = (
        "from typing import Optional, TypedDict\n\n\n"
        "class NoteRow(TypedDict, total=False):\n"
        "    id: int\n"
        "    body: Optional[str]  # markdown\n"
        "    tag: Optional[str]\n"
    )
    assert_applies(schema, {"database/entities.py": before}, {"database/entities.py": after})
    the_plan, _ = make_plan(schema, {"database/entities.py": before})
    assert [c.kind for c in the_plan.drift] == ["flag_cleared"] * 3


def test_a_member_flag_is_cleared_and_a_kept_line_is_not_touched() -> None:
    schema = Schema(enums=(enum("mood", "happy", "sad"),))
    before = (
        "from enum import Enum\n\n\n"
        "class Mood(str, Enum):\n"
        f'    HAPPY = "happy"  {FLAG}\n'
        '    SAD = "sad"  # schemasync: keep\n'
    )
    after = (
        "from enum import Enum\n\n\n"
        "class Mood(str, Enum):\n"
        '    HAPPY = "happy"\n'
        '    SAD = "sad"  # schemasync: keep\n'
    )
    assert_applies(schema, {"enums.py": before}, {"enums.py": after})
