"""Positions (1-based line and column, from the parser's cursor), statement splitting
and suppression comments."""

from __future__ import annotations

from codemod.lint.rules.syntax_error import InvalidSyntax
from lint.lint_support import lint_sql, rule_ids

SYNTAX = [InvalidSyntax()]


def test_syntax_error_reports_the_parsers_line_and_column() -> None:
    sql = (
        "create table public.notes (id bigint primary key);\n"
        "\n"
        "select id\n"
        "  from public.notes\n"
        "  wher id = 1;\n"
    )
    (finding,) = lint_sql(sql, rules=SYNTAX)
    assert (finding.line, finding.column) == (5, 8)
    assert finding.message == 'syntax error at or near "id"'
    assert finding.rule == "syntax-error"


def test_every_syntax_error_in_a_file_is_reported() -> None:
    sql = "select frm from;\nselect 1;\ncreate table (id int);\n"
    findings = lint_sql(sql, rules=SYNTAX)
    assert [(f.line, f.column) for f in findings] == [(1, 16), (3, 14)]


def test_error_at_end_of_input_points_past_the_statement() -> None:
    (finding,) = lint_sql("select 1;\ncreate table public.notes (", rules=SYNTAX)
    assert finding.message == "syntax error at end of input"
    assert (finding.line, finding.column) == (2, 28)


def test_unterminated_string_is_reported_where_it_starts() -> None:
    sql = "select 1;\nupdate public.notes set body = 'open;\nselect 2;\n"
    (finding,) = lint_sql(sql, rules=SYNTAX)
    assert finding.message.startswith("unterminated quoted string")
    assert (finding.line, finding.column) == (2, 32)


def test_columns_count_characters_not_bytes() -> None:
    (finding,) = lint_sql("select 'héllo wörld' as greeting where;", rules=SYNTAX)
    assert finding.message == 'syntax error at or near ";"'
    assert (finding.line, finding.column) == (1, 39)  # byte 41


def test_a_thousand_statements_keep_positions_right_at_the_end() -> None:
    lines = [f"insert into public.notes (id) values ({n});" for n in range(999)]
    lines.append("  alter table public.notes drop column body;")
    findings = lint_sql("\n".join(lines) + "\n", config={"disable": ["missing-lock-timeout"]})
    assert [(f.rule, f.line, f.column) for f in findings] == [("drop-column", 1000, 3)]


def test_a_thousand_statements_with_a_syntax_error_at_the_end() -> None:
    lines = [f"insert into public.notes (id) values ({n});" for n in range(999)]
    lines.append("insert into public.notes (id) values (1000) returning;")
    (finding,) = lint_sql("\n".join(lines), rules=SYNTAX)
    assert finding.message == 'syntax error at or near ";"'
    assert (finding.line, finding.column) == (1000, 54)


def test_begin_atomic_bodies_are_one_statement() -> None:
    sql = (
        "create function public.two() returns int language sql\n"
        "begin atomic\n"
        "  select 1;\n"
        "  select case when true then 2 end;\n"
        "end;\n"
        "select frm from;\n"
    )
    (finding,) = lint_sql(sql, rules=SYNTAX)
    assert finding.line == 6


def test_suppression_on_the_line_before_a_statement() -> None:
    sql = (
        "set lock_timeout = '5s';\n"
        "-- schemasync-lint: disable=drop-column\n"
        "alter table public.notes drop column body;\n"
        "alter table public.notes drop column title;\n"
    )
    findings = lint_sql(sql)
    assert [(f.rule, f.line) for f in findings] == [("drop-column", 4)]


def test_suppression_names_several_rules_and_may_sit_above_other_comments() -> None:
    sql = (
        "-- schemasync-lint: disable=drop-column, missing-lock-timeout\n"
        "-- Reviewed: the column was never written.\n"
        "alter table public.notes drop column body;\n"
    )
    assert lint_sql(sql) == ()


def test_suppression_at_the_top_of_a_file_covers_the_whole_file() -> None:
    sql = (
        "-- schemasync-lint: disable=missing-lock-timeout\n"
        "\n"
        "alter table public.notes add column body text;\n"
        "alter table public.notes add column title text;\n"
    )
    assert lint_sql(sql) == ()


def test_a_suppression_separated_by_a_blank_line_inside_a_file_does_nothing() -> None:
    sql = (
        "set lock_timeout = '5s';\n"
        "-- schemasync-lint: disable=drop-column\n"
        "\n"
        "alter table public.notes drop column body;\n"
    )
    assert rule_ids(lint_sql(sql)) == {"drop-column"}


def test_a_trailing_comment_does_not_suppress_the_next_statement() -> None:
    sql = (
        "set lock_timeout = '5s'; -- schemasync-lint: disable=drop-column\n"
        "alter table public.notes drop column body;\n"
    )
    assert rule_ids(lint_sql(sql)) == {"drop-column"}


def test_a_finding_is_one_line_even_when_the_token_spans_lines() -> None:
    (finding,) = lint_sql("create function f() returns int as $$\nselect 1;\n")
    assert finding.rule == "syntax-error"
    assert "\n" not in finding.message
    assert '"$$\\nselect 1;\\n"' in finding.message


def test_python_impact_skips_what_the_package_keeps_or_has_flagged() -> None:
    from codemod.config import Config
    from codemod.lint.python_index import python_index

    sources = {
        "database/entities.py": (
            "from typing import TypedDict\n\n\n"
            "class NoteRow(TypedDict):\n"
            "    body: str\n"
            "    old: str  # schemasync: not in the database\n"
            "    tag: str  # schemasync: keep\n"
        )
    }
    index = python_index(sources, Config(), "schemas")
    sql = (
        "set lock_timeout = '1s';\n"
        "alter table notes drop column body;\n"
        "alter table notes drop column old;\n"
        "alter table notes drop column tag;\n"
    )
    impact = [f for f in lint_sql(sql, python=index) if f.rule == "python-impact"]
    assert [f.message.split(" breaks ")[1] for f in impact] == [
        "schemas/database/entities.py:5 NoteRow.body, which still declares it"
    ]


def test_python_impact_finds_classes_as_the_planner_does() -> None:
    # Names that do not follow the convention are found by content, when the migrations
    # read so far say what the object holds (as `schemasync apply` would find them).
    from codemod.config import Config
    from codemod.lint.python_index import python_index

    sources = {
        "enums.py": (
            "from enum import Enum\n\n\n"
            "class RequirementPriority(str, Enum):\n"
            '    LOW = "low"\n'
            '    HIGH = "high"\n'
        ),
        "database/entities.py": (
            "from typing import TypedDict\n\n\nclass Note(TypedDict):\n    id: int\n    body: str\n"
        ),
    }
    index = python_index(sources, Config(), "schemas")
    sql = (
        "create type req_priority as enum ('low', 'high');\n"
        "create table notes (id int primary key, body text);\n"
        "set lock_timeout = '1s';\n"
        "alter type req_priority rename value 'low' to 'minor';\n"
        "alter table notes drop column body;\n"
    )
    impact = [f.message for f in lint_sql(sql, python=index) if f.rule == "python-impact"]
    assert [m.split(" breaks ")[1] for m in impact] == [
        "schemas/enums.py:5 RequirementPriority.LOW, which still declares it",
        "schemas/database/entities.py:6 Note.body, which still declares it",
    ]
    # Without the CREATE statements, nothing says what they hold: only names are matched.
    unknown = lint_sql(sql.split("set ", 1)[1], python=index)
    assert [f.rule for f in unknown if f.rule == "python-impact"] == []
