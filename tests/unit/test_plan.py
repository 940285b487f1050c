"""The planner: (Schema, LocalSchema, Config) -> Plan. Each kind of change with its
default severity, matching classes to database objects, naming conflicts, and order."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest

from codemod.config import Config
from codemod.errors import NamingConflictError
from codemod.model import Schema
from codemod.plan.changes import (
    CHANGE_KINDS,
    AddColumn,
    AddEnum,
    AddEnumValue,
    AddTable,
    ChangeDetails,
    ChangeNullability,
    FieldSpec,
    RemoveColumn,
    RemoveEnum,
    RemoveEnumValue,
    RemoveTable,
    RetypeColumn,
)
from codemod.plan.planner import assign_class_names, plan
from codemod.read import read_local_schema
from codemod.severity import Severity

from .helpers import col, enum, enum_type, junction, make_plan, table

ENUMS = (
    'from enum import Enum\n\n\nclass Status(str, Enum):\n    DRAFT = "draft"\n    OLD = "old"\n'
)
ROWS = (
    "from typing import Optional, TypedDict\n\n\n"
    "class ItemRow(TypedDict, total=False):\n"
    "    id: int\n"
    "    score: int\n"
    "    note: str\n"
    "    title: Optional[str]\n"
    "    legacy: str\n\n\n"
    "class GoneRow(TypedDict):\n"
    "    x: int\n"
)
SOURCES = {"enums.py": ENUMS, "database/entities.py": ROWS}
SCHEMA = Schema(
    enums=(enum("status", "draft", "live"), enum("kind", "a")),
    tables=(
        table(
            "items",
            col("id", "int8", null=False),
            col("score", "numeric", null=False),
            col("note"),
            col("title", null=False),
            col("code", null=False),
            col("rank", "int4", null=False, default="0"),
            col("extra", "jsonb"),
        ),
        table("tags", col("id", "int8", null=False)),
    ),
)


def by_kind(changes: tuple[object, ...]) -> dict[str, object]:
    return {type(c).kind: c for c in changes}  # type: ignore[attr-defined]


def test_every_kind_of_change_and_its_default_severity() -> None:
    the_plan, _ = make_plan(SCHEMA, SOURCES)
    found = [(c.kind, c.subject, the_plan.severity_of(c)) for c in the_plan.changes]
    assert found == [
        ("enum_added", "Kind", Severity.MEDIUM),
        ("enum_value_added", "Status.LIVE", Severity.MEDIUM),
        ("enum_value_removed", "Status.OLD", Severity.CRITICAL),
        ("column_type_changed", "ItemRow.score", Severity.HIGH),
        ("column_nullability_changed", "ItemRow.note", Severity.HIGH),
        ("column_nullability_changed", "ItemRow.title", Severity.LOW),
        ("column_added", "ItemRow.code", Severity.HIGH),
        ("column_added", "ItemRow.rank", Severity.MEDIUM),
        ("column_added", "ItemRow.extra", Severity.MEDIUM),
        ("column_removed", "ItemRow.legacy", Severity.CRITICAL),
        ("table_added", "TagRow", Severity.MEDIUM),
        ("table_removed", "GoneRow", Severity.CRITICAL),
    ]
    assert the_plan.worst() is Severity.CRITICAL
    assert the_plan.counts == (2, 2, 8)
    assert the_plan.db_hash == SCHEMA.sha256


def test_change_details() -> None:
    changes = by_kind(make_plan(SCHEMA, SOURCES)[0].changes)
    note = changes["column_nullability_changed"]
    assert isinstance(note, ChangeNullability)
    retype = changes["column_type_changed"]
    assert isinstance(retype, RetypeColumn)
    assert (retype.line, retype.key, retype.old, retype.new, retype.sql_type) == (
        6,
        "score",
        "int",
        FieldSpec("score", "float"),
        "numeric",
    )
    added = changes["column_added"]
    assert isinstance(added, AddColumn)
    assert (added.field, added.after) == (
        FieldSpec(
            "extra",
            "Optional[dict[str, Any]]",
            frozenset({("typing", "Any"), ("typing", "Optional")}),
        ),
        "rank",
    )
    value = changes["enum_value_added"]
    assert isinstance(value, AddEnumValue)
    assert (value.value, value.member_name, value.after, value.path) == (
        "live",
        "LIVE",
        "DRAFT",
        "enums.py",
    )
    stale = changes["enum_value_removed"]
    assert isinstance(stale, RemoveEnumValue)
    assert (stale.line, stale.member_name, stale.value, stale.already_flagged) == (
        6,
        "OLD",
        "old",
        False,
    )
    new_enum = changes["enum_added"]
    assert isinstance(new_enum, AddEnum)
    assert (new_enum.members, new_enum.after, new_enum.path) == ((("A", "a"),), None, "enums.py")
    new_table = changes["table_added"]
    assert isinstance(new_table, AddTable)
    assert (new_table.after, new_table.path, new_table.imports) == (
        "ItemRow",
        "database/entities.py",
        frozenset({("typing", "TypedDict")}),
    )
    gone = changes["table_removed"]
    assert isinstance(gone, RemoveTable)
    assert (gone.line, gone.path) == (12, "database/entities.py")
    assert isinstance(changes["column_removed"], RemoveColumn)


def test_descriptions_name_what_changed() -> None:
    the_plan, _ = make_plan(SCHEMA, SOURCES)
    described = [c.describe() for c in the_plan.changes]
    assert "enum value 'live' is new: add Status.LIVE" in described
    assert "ItemRow.score: int -> float (numeric)" in described
    assert "ItemRow.note became nullable: str -> Optional[str]" in described
    assert "column items.code (text) is new: add ItemRow.code: str" in described
    assert "GoneRow has no table or view in the database" in described


def test_severity_overrides_from_config() -> None:
    config = Config(severity={"table_removed": Severity.LOW, "column_added": Severity.CRITICAL})
    the_plan, _ = make_plan(SCHEMA, SOURCES, config)
    severities = {(c.kind, c.subject): the_plan.severity_of(c) for c in the_plan.changes}
    assert severities[("table_removed", "GoneRow")] is Severity.LOW
    assert severities[("column_added", "ItemRow.rank")] is Severity.CRITICAL
    assert severities[("enum_value_removed", "Status.OLD")] is Severity.CRITICAL
    assert set(config.severity) <= set(CHANGE_KINDS)


def test_details_only_change_is_low_when_the_hash_differs() -> None:
    schema = Schema(tables=(table("tags", col("id", "int8", null=False)),))
    sources = {"database/entities.py": "class TagRow(TypedDict):\n    id: int\n"}
    local = read_local_schema(sources)
    assert plan(schema, local, Config(), recorded_hash=schema.sha256).changes == ()
    assert plan(schema, local, Config()).changes == ()
    changed = plan(schema, local, Config(), recorded_hash="0" * 64)
    assert len(changed.changes) == 1
    details = changed.changes[0]
    assert isinstance(details, ChangeDetails)
    assert changed.severity_of(details) is Severity.LOW
    assert (details.old_hash, details.new_hash, details.path) == (
        "0" * 64,
        schema.sha256,
        "schema_version.py",
    )
    # With real drift, the hash says nothing more.
    assert "schema_details_changed" not in {
        c.kind
        for c in plan(SCHEMA, read_local_schema(SOURCES), Config(), recorded_hash="x").changes
    }


def test_hand_named_enum_is_matched_by_its_values_with_a_note() -> None:
    schema = Schema(enums=(enum("req_priority", "low", "high"),))
    sources = {
        "enums.py": 'class RequirementPriority(str, Enum):\n    HIGH = "high"\n    LOW = "low"\n'
    }
    the_plan, _ = make_plan(schema, sources)
    assert the_plan.changes == ()
    assert the_plan.notes == (
        (
            "enums.py: RequirementPriority matched to req_priority by its content (the name "
            'ReqPriority was expected); set class_names.req_priority = "RequirementPriority" '
            "to make this explicit."
        ),
    )
    explicit = Config(class_names={"req_priority": "RequirementPriority"})
    assert make_plan(schema, sources, explicit)[0].notes == ()
    # A new value is added to the matched class, not to a new one.
    grown = Schema(enums=(enum("req_priority", "low", "medium", "high"),))
    changes = make_plan(grown, sources, explicit)[0].changes
    assert [(c.kind, c.subject) for c in changes] == [
        ("enum_value_added", "RequirementPriority.MEDIUM")
    ]


def test_hand_named_typeddict_is_matched_by_its_fields() -> None:
    schema = Schema(
        tables=(table("req_items", col("id", "int8", null=False), col("label", null=False)),)
    )
    sources = {
        "database/entities.py": "class Requirement(TypedDict):\n    label: str\n    id: int\n"
    }
    the_plan, _ = make_plan(schema, sources)
    assert the_plan.changes == ()
    assert [n.split(" by ")[0] for n in the_plan.notes] == [
        "database/entities.py: Requirement matched to req_items"
    ]


def test_content_matching_needs_exactly_one_candidate() -> None:
    schema = Schema(enums=(enum("level_a", "x", "y"),))
    sources = {
        "enums.py": 'class One(Enum):\n    X = "x"\n    Y = "y"\n\nclass Two(Enum):\n    X = "x"\n    Y = "y"\n'
    }
    the_plan, _ = make_plan(schema, sources)
    assert [(c.kind, c.subject) for c in the_plan.changes] == [
        ("enum_added", "LevelA"),
        ("enum_removed", "One"),
        ("enum_removed", "Two"),
    ]
    assert the_plan.notes == ()


def test_class_names_override() -> None:
    schema = Schema(
        enums=(enum("billing_plan", "free"),), tables=(table("people", col("id", "int8")),)
    )
    config = Config(class_names={"billing_plan": "BillingPlanType", "people": "Person"})
    the_plan, _ = make_plan(schema, {}, config)
    assert [c.class_name for c in the_plan.changes] == ["BillingPlanType", "Person"]


@pytest.mark.parametrize(
    ("schema", "config", "message"),
    [
        (
            Schema(tables=(table("users", col("id")), table("user", col("id")))),
            Config(),
            "Table user and table users would both become class UserRow",
        ),
        (
            Schema(enums=(enum("item_row", "a"),), tables=(table("items", col("id")),)),
            Config(),
            "Enum item_row and table items would both become class ItemRow",
        ),
        (
            Schema(tables=(table("items", col("id")), table("items", col("id"), schema="billing"))),
            Config(schema_prefixes={"billing": ""}),  # without its prefix
            "Table billing.items and table items would both become class ItemRow",
        ),
        (
            Schema(tables=(table("items", col("id")), table("things", col("id")))),
            Config(class_names={"things": "ItemRow"}),
            "Table items and table things would both become class ItemRow",
        ),
    ],
)
def test_two_objects_with_one_class_name_are_an_error(
    schema: Schema, config: Config, message: str
) -> None:
    with pytest.raises(NamingConflictError) as info:
        plan(schema, read_local_schema({}), config)
    assert message in info.value.message
    with pytest.raises(NamingConflictError):
        assign_class_names(schema, config)


def test_other_schemas_are_told_apart_by_a_prefix() -> None:
    schema = Schema(
        enums=(enum("status", "a"), enum("status", "b", schema="billing")),
        tables=(table("items", col("id")), table("items", col("id"), schema="billing")),
    )
    names = assign_class_names(schema, Config())
    assert names.tables == {"items": "ItemRow", "billing.items": "BillingItemRow"}
    assert names.enums == {"status": "Status", "billing.status": "BillingStatus"}
    shorter = assign_class_names(schema, Config(schema_prefixes={"billing": "Bill"}))
    assert shorter.tables["billing.items"] == "BillItemRow"


def test_every_clash_is_reported_at_once() -> None:
    schema = Schema(
        enums=(enum("item_row", "a"),),
        tables=(table("items", col("id")), table("users", col("id")), table("user", col("id"))),
    )
    with pytest.raises(NamingConflictError) as info:
        plan(schema, read_local_schema({}), Config())
    message = info.value.message
    assert "Enum item_row and table items would both become class ItemRow." in message
    assert "Table user and table users would both become class UserRow." in message


def test_hints_are_valid_toml_for_a_qualified_name() -> None:
    schema = Schema(tables=(table("items", col("id")), table("items", col("id"), schema="zeta")))
    with pytest.raises(NamingConflictError) as info:
        plan(schema, read_local_schema({}), Config(schema_prefixes={"zeta": ""}))
    assert info.value.message.endswith('for example "zeta.items" = "ItemRow2".')
    renamed = Schema(tables=(table("things", col("id"), schema="zeta"),))
    sources = {"database/entities.py": "class Thing(TypedDict):\n    id: str\n"}
    assert (
        make_plan(renamed, sources)[0]
        .notes[0]
        .endswith('set class_names."zeta.things" = "Thing" to make this explicit.')
    )


def test_order_does_not_depend_on_input_order() -> None:
    sources = {
        **SOURCES,
        "database/relationships.py": "class OldLinkRow(TypedDict):\n    a: int\n",
        "database/views.py": "class OldViewRow(TypedDict):\n    a: int\n",
    }
    config = Config(views_file="database/views.py")
    expected = make_plan(SCHEMA, sources, config)[0]
    assert [c.subject for c in expected.changes if c.kind == "table_removed"] == [
        "GoneRow",
        "OldLinkRow",
        "OldViewRow",
    ]
    rng = random.Random(7)
    for _ in range(10):
        enums = list(SCHEMA.enums)
        tables = list(SCHEMA.tables)
        rng.shuffle(enums)
        rng.shuffle(tables)
        items = list(sources.items())
        rng.shuffle(items)
        shuffled = make_plan(Schema(tuple(enums), tuple(tables)), dict(items), config)[0]
        assert shuffled.changes == expected.changes
        assert shuffled.notes == expected.notes


def test_flagged_stale_items_are_not_drift_until_pruned() -> None:
    flagged = {
        "enums.py": ENUMS.replace('OLD = "old"', 'OLD = "old"  # schemasync: not in the database'),
        "database/entities.py": ROWS.replace(
            "legacy: str", "legacy: str  # schemasync: not in the database"
        ).replace(
            "class GoneRow(TypedDict):",
            "class GoneRow(TypedDict):  # schemasync: not in the database",
        ),
    }
    the_plan, _ = make_plan(SCHEMA, flagged)
    stale = [c for c in the_plan.changes if c.is_stale]
    assert [c.kind for c in stale] == ["enum_value_removed", "column_removed", "table_removed"]
    assert all(c.already_flagged for c in stale)  # type: ignore[attr-defined]
    assert not {c.kind for c in the_plan.drift} & {
        "enum_value_removed",
        "column_removed",
        "table_removed",
    }
    assert len(the_plan.drift) == len(the_plan.changes) - 3


def test_keep_pragmas_give_notes_not_changes() -> None:
    kept = {
        "enums.py": ENUMS.replace('OLD = "old"', 'OLD = "old"  # schemasync: keep'),
        "database/entities.py": ROWS.replace(
            "score: int", "score: int  # schemasync: keep"
        ).replace("class GoneRow(TypedDict):", "class GoneRow(TypedDict):  # schemasync: keep"),
    }
    the_plan, _ = make_plan(SCHEMA, kept)
    assert not {c.subject for c in the_plan.changes} & {"Status.OLD", "ItemRow.score", "GoneRow"}
    assert [n.split(": ", 1)[0] for n in the_plan.notes] == [
        "enums.py:6",
        "database/entities.py:6",
        "database/entities.py:12",
    ]


def test_files_junctions_views_and_class_files() -> None:
    schema = Schema(
        tables=(
            junction("project_members", "project", "user"),
            table("projects", col("id", "uuid", null=False)),
            table("active_projects", col("id", "uuid"), kind="view"),
            table("audit_log", col("id", "int8", null=False), schema="audit"),
        )
    )
    the_plan, _ = make_plan(schema, {})
    assert [(c.class_name, c.path) for c in the_plan.changes] == [
        ("ActiveProjectRow", "database/entities.py"),
        ("AuditLogRow", "database/entities.py"),
        ("ProjectMemberRow", "database/relationships.py"),
        ("ProjectRow", "database/entities.py"),
    ]
    config = Config(views_file="database/views.py", class_files={"audit.audit_log": "audit.py"})
    paths = {c.class_name: c.path for c in make_plan(schema, {}, config)[0].changes}
    assert paths["ActiveProjectRow"] == "database/views.py"
    assert paths["AuditLogRow"] == "audit.py"
    views = [c for c in the_plan.changes if isinstance(c, AddTable) and c.table.is_view]
    assert [f.annotation for f in views[0].fields] == ["ReadOnly[Optional[str]]"]
    assert ("typing_extensions", "ReadOnly") in views[0].imports


@pytest.mark.parametrize(
    ("style", "annotation", "imports"),
    [
        ("str", "Optional[str]", {("typing", "Optional")}),
        ("enum", "Optional[OrgType]", {("typing", "Optional"), ("enums.py", "OrgType")}),
        (
            "literal",
            "Optional[Literal['a', 'b c']]",
            {("typing", "Optional"), ("typing", "Literal")},
        ),
    ],
)
def test_enum_column_styles(style: str, annotation: str, imports: set[tuple[str, str]]) -> None:
    schema = Schema(
        enums=(enum("org_type", "a", "b c"),),
        tables=(table("orgs", col("kind", enum_type("org_type"))),),
    )
    config = Config(enum_columns=style)  # type: ignore[arg-type]
    sources = {
        "enums.py": 'class OrgType(str, Enum):\n    A = "a"\n    B_C = "b c"\n',
        "database/entities.py": "",
    }
    changes = make_plan(schema, sources, config)[0].changes
    assert len(changes) == 1
    new = changes[0]
    assert isinstance(new, AddTable)
    assert new.fields[0].annotation == annotation
    assert new.imports == frozenset({*imports, ("typing", "TypedDict")})


def test_enum_style_uses_the_hand_written_class_name() -> None:
    schema = Schema(
        enums=(enum("req_priority", "low"),),
        tables=(table("reqs", col("p", enum_type("req_priority"), null=False)),),
    )
    sources = {"enums.py": 'class RequirementPriority(str, Enum):\n    LOW = "low"\n'}
    changes = make_plan(schema, sources, Config(enum_columns="enum"))[0].changes
    new = changes[0]
    assert isinstance(new, AddTable)
    assert new.fields[0].annotation == "RequirementPriority"


def test_new_values_get_names_that_no_member_has() -> None:
    schema = Schema(enums=(enum("mode", "x", "X", "x!", "y"),))
    sources = {
        "enums.py": 'class Mode(str, Enum):\n    X = "X"\n    X_2 = "legacy"  # schemasync: keep\n'
    }
    changes = make_plan(schema, sources)[0].changes
    assert [(c.value, c.member_name, c.after) for c in changes if isinstance(c, AddEnumValue)] == [
        ("x", "X_3", None),
        ("x!", "X_4", "X"),
        ("y", "Y", "X_4"),
    ]


def test_member_name_overrides_win_and_generated_names_avoid_them() -> None:
    schema = Schema(enums=(enum("mode", "x", "y", "z"),))
    config = Config(member_names={"mode": {"y": "X", "z": "OLD"}})
    new = make_plan(schema, {}, config)[0].changes[0]
    assert isinstance(new, AddEnum)
    assert new.members == (("X_2", "x"), ("X", "y"), ("OLD", "z"))
    sources = {"enums.py": 'class Mode(str, Enum):\n    OLD = "x"\n'}
    the_plan, _ = make_plan(schema, sources, config)
    added = [(c.value, c.member_name) for c in the_plan.changes if isinstance(c, AddEnumValue)]
    assert added == [("y", "X"), ("z", "Z")]
    assert the_plan.notes == (
        (
            "enums.py: member_names gives mode value 'z' the name OLD, which Mode already "
            "uses; it is written as Z"
        ),
    )


def test_stale_enum_classes_are_only_looked_for_in_the_enums_file() -> None:
    sources = {"enums.py": "", "database/entities.py": 'class Helper(str, Enum):\n    A = "a"\n'}
    the_plan, _ = make_plan(Schema(), sources)
    assert the_plan.changes == ()


def test_plan_is_pure() -> None:
    local = read_local_schema(SOURCES)
    first = plan(SCHEMA, local, Config())
    assert plan(SCHEMA, local, Config()) == first
    assert isinstance(first.changes[0], AddEnum)
    assert RemoveEnum.severity is Severity.CRITICAL


def test_the_advice_works_when_followed_on_an_existing_package() -> None:
    # billing.items and items would both be ItemRow without billing's prefix; the
    # advice names the key to set, and setting it settles the clash on the next run.
    schema = Schema(tables=(table("items", col("id")), table("items", col("id"), schema="billing")))
    config = Config(schema_prefixes={"billing": ""}, row_kinds=("row", "insert"))
    sources = {"database/entities.py": "class ItemRow(TypedDict, total=False):\n    id: str\n"}
    with pytest.raises(NamingConflictError) as info:
        make_plan(schema, sources, config)
    message = info.value.message
    assert "Table billing.items and table items would both become class ItemRow." in message
    assert "database/entities.py has ItemRow for table items;" in message
    assert "The insert row of table billing.items and the insert row of table items" in message
    hints = dict(re.findall(r'"?([\w./]+)"? = "(\w+)"', message))
    assert set(hints) == {"billing.items", "billing.items/insert"}
    the_plan, _ = make_plan(schema, sources, replace(config, class_names=hints))
    added = sorted(c.class_name for c in the_plan.changes if isinstance(c, AddTable))
    assert added == sorted([*hints.values(), "ItemInsert"])
