"""Generated code is right whatever the database calls things: private names take the
functional form, no class hides a name its module imports, every clash of class names is
caught, and the advice for a clash works when followed on an existing package."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codemod.config import Config
from codemod.errors import NamingConflictError
from codemod.model import Schema
from codemod.naming import is_field_name
from codemod.plan.changes import AddTable, RemoveColumn, RetypeColumn
from codemod.plan.planner import assign_class_names, plan
from codemod.read import read_local_schema
from codemod.typemap import EnumStyle

from .helpers import apply, assert_applies, col, enum, enum_type, load_module, table
from .strategies import ANY_TEXT, SQL_IDENTIFIERS


def test_a_private_column_name_takes_the_functional_form() -> None:
    """In a class body `__secret` would be the key `_TRow__secret`."""
    assert not is_field_name("__secret")
    files = apply(Schema(tables=(table("t", col("id"), col("__secret")),)), {})
    module = load_module(files["database/entities.py"])
    assert set(module.TRow.__annotations__) == {"id", "__secret"}


def test_an_existing_class_gaining_a_private_column_is_rewritten_functional() -> None:
    before = {
        "database/entities.py": "from typing import TypedDict\n\n\nclass TRow(TypedDict, total=False):\n    id: str\n"
    }
    schema = Schema(tables=(table("t", col("id", null=False), col("__secret")),))
    files = assert_applies(
        schema,
        before,
        {
            **before,
            "database/entities.py": (
                "from typing import Optional, TypedDict\n\n\n"
                'TRow = TypedDict(\n    "TRow",\n    {\n        "id": str,\n        "__secret": Optional[str],\n    },\n    total=False,\n)\n'
            ),
        },
    )
    assert set(load_module(files["database/entities.py"]).TRow.__annotations__) == {
        "id",
        "__secret",
    }


@pytest.mark.parametrize("style", ["str", "enum", "literal"])
def test_generated_names_never_hide_what_the_modules_import(
    tmp_path: Path, style: EnumStyle
) -> None:
    names = ["enum", "optional", "any", "literal", "typed_dict", "str_enum", "read_only", "decimal"]
    schema = Schema(
        enums=tuple(enum(n, "a") for n in names),
        tables=(
            table("things", *(col(n, enum_type(n)) for n in names), col("price", "numeric")),
            table("thing_view", col("o", enum_type("optional")), kind="view"),
        ),
    )
    config = Config(enum_columns=style, type_map={"numeric": "decimal.Decimal"})
    names_found = assign_class_names(schema, config).enums
    assert names_found["enum"] == "EnumType"
    assert names_found["optional"] == "OptionalType"
    assert names_found["decimal"] == "DecimalType"  # Decimal comes from type_map
    files = apply(schema, {}, config)
    package = tmp_path / "pkg"
    for path, text in {**files, "__init__.py": "", "database/__init__.py": ""}.items():
        (package / path).parent.mkdir(parents=True, exist_ok=True)
        (package / path).write_text(text)
    imported = subprocess.run(
        [
            sys.executable,
            "-c",
            "import pkg.enums, pkg.database.entities as e; print(e.ThingRow.__annotations__['price'])",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "typing.Optional[decimal.Decimal]\n"


def test_a_public_table_with_a_dot_in_its_name_is_not_another_schemas_table() -> None:
    schema = Schema(tables=(table("b", col("x"), schema="a"), table("a.b", col("y"))))
    assert [t.key for t in schema.tables] == ["a.b", '"a.b"']
    # Schema a's prefix makes its b ABRow too: the clash is caught, with advice.
    with pytest.raises(NamingConflictError, match=r'Table "a\.b" and table a\.b would both'):
        assign_class_names(schema, Config())
    config = Config(schema_prefixes={"a": ""})
    assert assign_class_names(schema, config).tables == {"a.b": "BRow", '"a.b"': "ABRow"}
    entities = (
        '"""Row types of the database, kept in step by schemasync."""\n\n'
        "from typing import Optional, TypedDict\n\n\n"
        "class ABRow(TypedDict, total=False):\n    y: Optional[str]\n\n\n"
        "class BRow(TypedDict, total=False):\n    x: Optional[str]\n"
    )
    assert_applies(schema, {}, {"database/entities.py": entities}, config)


def test_tables_that_produce_one_class_name_in_any_script_are_an_error() -> None:
    schema = Schema(tables=(table("files", col("x")), table("ﬁles", col("y"))))
    with pytest.raises(NamingConflictError, match="would both become class FileRow"):
        assign_class_names(schema, Config())
    overridden = Schema(tables=(table("a", col("x")), table("b", col("y"))))
    with pytest.raises(NamingConflictError, match="would both become class"):
        assign_class_names(overridden, Config(class_names={"a": "fileRow", "b": "ﬁleRow"}))


@given(
    st.lists(
        st.tuples(st.sampled_from(["public", "a", "a.b", 'q"s']), SQL_IDENTIFIERS | ANY_TEXT),
        min_size=2,
        max_size=6,
        unique=True,
    )
)
def test_every_clash_of_class_names_is_caught(objects: list[tuple[str, str]]) -> None:
    schema = Schema(tables=tuple(table(name, col("x"), schema=s) for s, name in objects))
    assert len({t.key for t in schema.tables}) == len(objects)  # every object its own key
    try:
        names = assign_class_names(schema, Config()).tables
    except NamingConflictError:
        return
    assert len(names) == len(objects)
    assert len({unicodedata.normalize("NFKC", n) for n in names.values()}) == len(objects)


ITEMS = "from typing import TypedDict\n\n\nclass ItemRow(TypedDict, total=False):\n    id: str\n    price: int\n"


def test_the_advice_for_a_clash_renames_the_newcomer_and_works_when_followed() -> None:
    """The package has ItemRow for the table items; a view item arrives."""
    sources = {"database/entities.py": ITEMS}
    schema = Schema(
        tables=(
            table("item", col("id"), col("label"), kind="view"),
            table("items", col("id", null=False), col("price", "int4", null=False)),
        )
    )
    with pytest.raises(NamingConflictError) as info:
        plan(schema, read_local_schema(sources), Config())
    assert info.value.message == (
        "View item and table items would both become class ItemRow. database/entities.py "
        "has ItemRow for table items; give view item another name in "
        '[tool.schemasync.class_names], for example item = "ItemRow2".'
    )
    followed = Config(class_names={"item": "ItemRow2"})
    the_plan = plan(schema, read_local_schema(sources), followed)
    assert [type(c) for c in the_plan.changes] == [AddTable]
    assert not any(isinstance(c, RemoveColumn | RetypeColumn) for c in the_plan.changes)
    assert the_plan.changes[0].class_name == "ItemRow2"
