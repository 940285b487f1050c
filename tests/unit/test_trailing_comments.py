"""A line's trailing comment in its three parts: a person's text, the column's `#:`
comment, and the `# schemasync:` flag or pragma. Each is changed without touching the
others."""

from __future__ import annotations

import libcst as cst
from hypothesis import given
from hypothesis import strategies as st

from codemod.trailing_comments import TrailingComment, comment_of, doc_text
from codemod.transform._nodes import edited_comment


def test_the_parts_of_a_comment() -> None:
    assert TrailingComment.parse("# shown in the UI  #: Where it is  # schemasync: keep") == (
        TrailingComment("# shown in the UI", "Where it is", "# schemasync: keep")
    )
    assert TrailingComment.parse("#: Where it is") == TrailingComment("", "Where it is")
    assert TrailingComment.parse("# schemasync: not in the database") == TrailingComment(
        flag="# schemasync: not in the database"
    )
    assert TrailingComment.parse("") == TrailingComment()
    assert TrailingComment.parse("# note # schemasync: gone").flag == "# schemasync: gone"


def test_a_person_s_comment_after_a_doc_or_flag_is_still_theirs() -> None:
    parts = TrailingComment.parse("#: The name  # schemasync: not in the database  # mine")
    assert parts == TrailingComment("# mine", "The name", "# schemasync: not in the database")
    assert parts.with_flag("").with_doc(None).render() == "# mine"


def test_flags_are_added_once_and_cleared() -> None:
    note = TrailingComment("# note")
    flagged = note.with_flag("gone")
    assert flagged.render() == "# note  # schemasync: gone"
    assert flagged.with_flag("again") == flagged  # never flagged twice
    assert flagged.with_flag("") == note
    assert TrailingComment(flag="# schemasync: keep").with_flag("gone").flag == (
        "# schemasync: keep"
    )


def test_a_doc_goes_between_a_person_s_text_and_the_flag() -> None:
    parts = TrailingComment("# mine", flag="# schemasync: keep").with_doc("The name")
    assert parts.render() == "# mine  #: The name  # schemasync: keep"
    assert parts.with_doc(None).render() == "# mine  # schemasync: keep"


_text = st.text(st.characters(blacklist_characters="#\r\n", blacklist_categories=["Cs"]))


@given(
    own=_text,
    doc=st.none() | _text,
    flag=st.none() | _text,
)
def test_what_is_rendered_parses_back(own: str, doc: str | None, flag: str | None) -> None:
    parts = TrailingComment(
        f"# {own.strip()}" if own.strip() else "",
        doc_text(doc),
        f"# schemasync: {flag.strip()}" if flag is not None and flag.strip() else None,
    )
    assert TrailingComment.parse(parts.render()) == parts


def test_column_comments_become_one_line_of_text() -> None:
    assert doc_text("When it was\n  made.\t") == "When it was made."
    assert doc_text(" \n ") is None
    assert doc_text(None) is None
    assert doc_text("a \x00 b") == "a b"
    assert doc_text("see # schemasync: keep") == "see # schemasync - keep"  # never a pragma


def test_the_comment_of_a_line_is_outside_its_strings() -> None:
    assert comment_of("    kind: Literal[\"#1\", '#2']  # the kind") == "# the kind"
    assert comment_of('    "a#b": str,') == ""
    assert comment_of('    x: Literal["say \\"#\\""]  #: doc') == "#: doc"
    assert comment_of("    x: int") == ""


def test_the_end_of_a_line_is_edited_part_by_part() -> None:
    bare = cst.TrailingWhitespace()
    commented = cst.TrailingWhitespace(cst.SimpleWhitespace(" "), cst.Comment("# note"))
    flagged = edited_comment(commented, lambda c: c.with_flag("gone"))
    assert flagged.comment is not None
    assert flagged.comment.value == "# note  # schemasync: gone"
    assert flagged.whitespace.value == " "  # the person's spacing stays
    assert edited_comment(bare, lambda c: c) is bare
    only = edited_comment(bare, lambda c: c.with_doc("The name"))
    assert only.comment is not None
    assert only.comment.value == "#: The name"
    assert only.whitespace.value == "  "
    assert edited_comment(only, lambda c: c.with_doc(None)).comment is None
