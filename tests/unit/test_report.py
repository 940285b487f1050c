"""Reports of a plan (text, markdown, json) and the unified diff of what apply changes."""

from __future__ import annotations

import difflib
import json

from hypothesis import given
from hypothesis import strategies as st

from codemod.model import Schema
from codemod.report import ReportContext, render_report
from codemod.report.diff import colorize, line_opcodes, unified_diff
from codemod.severity import Severity

from .helpers import col, enum, make_plan, table

SCHEMA = Schema(
    enums=(enum("status", "draft", "live"),),
    tables=(table("items", col("id", "int8", null=False), col("code", null=False)),),
)
SOURCES = {
    "enums.py": 'class Status(str, Enum):\n    DRAFT = "draft"\n    OLD = "old"\n',
    "database/entities.py": (
        "class ItemRow(TypedDict):\n    id: int\n    legacy: str  # schemasync: not in the database\n"
    ),
}
CONTEXT = ReportContext(source="database db.example", display_path=lambda p: f"schemas/{p}")


def test_text_report_lists_drift_by_severity_then_notes() -> None:
    the_plan, _ = make_plan(SCHEMA, SOURCES)
    assert render_report(the_plan, "text", CONTEXT) == (
        "schemasync: 3 change(s) between the package and database db.example\n"
        "  CRITICAL schemas/enums.py: Status.OLD = 'old' is not in the database\n"
        "  HIGH     schemas/database/entities.py: column items.code (text) is new: add "
        "ItemRow.code: str\n"
        "  MEDIUM   schemas/enums.py: enum value 'live' is new: add Status.LIVE\n"
    )


def test_in_sync_text_report() -> None:
    the_plan, _ = make_plan(Schema(), {})
    assert render_report(the_plan, "text", CONTEXT) == (
        "schemasync: the package is in sync with database db.example\n"
    )


def test_markdown_report_escapes_and_fences_the_diff() -> None:
    the_plan, _ = make_plan(SCHEMA, SOURCES)
    diff = '+    """Uses ``` fences | and <tags>."""\n'
    text = render_report(the_plan, "markdown", ReportContext("db <prod>", lambda p: p, diff=diff))
    assert text.startswith("# schemasync: 3 schema change(s) to sync\n\nCompared with db <prod>.\n")
    assert "| CRITICAL | 1 |\n| HIGH | 1 |\n| MEDIUM | 1 |\n" in text
    assert "## `database/entities.py`\n\n- **HIGH** column items.code" in text
    assert "Status.OLD = 'old'" in text
    assert text.endswith(
        "<details><summary>Diff</summary>\n\n````diff\n" + diff + "````\n\n</details>\n"
    )


def test_markdown_report_of_a_plain_diff() -> None:
    the_plan, _ = make_plan(SCHEMA, SOURCES)
    text = render_report(the_plan, "markdown", ReportContext("db", str, diff="+x\n"))
    assert text.endswith("```diff\n+x\n```\n\n</details>\n")
    assert "````" not in text


def test_json_report() -> None:
    the_plan, _ = make_plan(SCHEMA, SOURCES)
    body = json.loads(
        render_report(the_plan, "json", ReportContext("db", lambda p: p, fail_on=Severity.HIGH))
    )
    assert body["in_sync"] is False
    assert body["worst_severity"] == "CRITICAL"
    assert body["fails"] is True
    assert body["db_hash"] == SCHEMA.sha256
    assert [(c["kind"], c["severity"], c["subject"]) for c in body["changes"]] == [
        ("enum_value_removed", "CRITICAL", "Status.OLD"),
        ("column_added", "HIGH", "ItemRow.code"),
        ("enum_value_added", "MEDIUM", "Status.LIVE"),
    ]
    quiet = make_plan(
        Schema(enums=(enum("status", "draft", "live"),)), {"enums.py": SOURCES["enums.py"]}
    )[0]
    fails = json.loads(
        render_report(quiet, "json", ReportContext("db", str, fail_on=Severity.CRITICAL))
    )
    assert fails["worst_severity"] == "CRITICAL"
    assert fails["fails"] is True
    medium = make_plan(
        Schema(enums=(enum("status", "draft", "old", "live"),)), {"enums.py": SOURCES["enums.py"]}
    )[0]
    passes = json.loads(
        render_report(medium, "json", ReportContext("db", str, fail_on=Severity.HIGH))
    )
    assert (passes["worst_severity"], passes["fails"]) == ("MEDIUM", False)


def test_unified_diff_of_changed_and_new_files() -> None:
    before = {"enums.py": "a\nb", "new.py": None}
    after = {"enums.py": "a\nc", "new.py": "x\n"}
    assert unified_diff(before, after, lambda p: f"schemas/{p}") == (
        "--- a/schemas/enums.py\n"
        "+++ b/schemas/enums.py\n"
        "@@ -1,2 +1,2 @@\n"
        " a\n"
        "-b\n"
        "\\ No newline at end of file\n"
        "+c\n"
        "\\ No newline at end of file\n"
        "--- /dev/null\n"
        "+++ b/schemas/new.py\n"
        "@@ -0,0 +1 @@\n"
        "+x\n"
    )


def test_unified_diff_counts_lines_as_python_does() -> None:
    before = {"enums.py": 'A = "\x85"\nB = 1\n'}
    after = {"enums.py": 'A = "\x85"\nB = 2\n'}
    diff = unified_diff(before, after, str)
    assert "No newline" not in diff
    assert diff.endswith('@@ -1,2 +1,2 @@\n A = "\x85"\n-B = 1\n+B = 2\n')


LINES = st.lists(st.sampled_from(["class A:\n", "    x: int\n", "    y: str\n", "\n", "z\n"]))


def patched(old: list[str], new: list[str]) -> list[str]:
    """`old` with the opcodes of (old, new) carried out: every line of `new` must come from
    an equal run of `old` or from an insert or replace."""
    out: list[str] = []
    for tag, i1, i2, j1, j2 in line_opcodes(old, new):
        assert (tag == "equal") == (old[i1:i2] == new[j1:j2])
        out += old[i1:i2] if tag == "equal" else new[j1:j2]
    return out


@given(LINES, LINES)
def test_the_diff_turns_the_old_lines_into_the_new(old: list[str], new: list[str]) -> None:
    assert patched(old, new) == new


def classes(count: int, extra: dict[int, str]) -> str:
    """A long module of TypedDicts, with `extra` fields added to some of them."""
    return "".join(
        f"class Row{i}(TypedDict):\n    id: int\n    name: str\n{extra.get(i, '')}\n\n"
        for i in range(count)
    )


def test_a_few_changes_in_a_long_file_match_as_difflib_matches_the_lines() -> None:
    """Block by block, the same opcodes as difflib over every line (without its
    heuristic that takes lines seen in more than 1% of a file for junk)."""
    old = classes(400, {}).splitlines(keepends=True)
    added = {3: "    added: str\n", 200: "    a: int\n    b: int\n", 399: "    c: int\n"}
    retyped = classes(400, added).replace(
        "Row100(TypedDict):\n    id: int", "Row100(TypedDict):\n    id: str"
    )
    new = retyped.splitlines(keepends=True)
    expected = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    assert line_opcodes(old, new) == expected
    diff = unified_diff({"e.py": "".join(old)}, {"e.py": "".join(new)}, str)
    assert diff.count("\n@@ -") + diff.startswith("@@") == 4


def test_colorize() -> None:
    assert colorize("--- a\n+x\n-y\n@@ h\n z\n") == (
        "\x1b[1m--- a\x1b[0m\n\x1b[32m+x\x1b[0m\n\x1b[31m-y\x1b[0m\n\x1b[36m@@ h\x1b[0m\n z\n"
    )
