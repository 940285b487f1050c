"""Trailing comments (flags of what the database no longer has, column comments), and
removing what it no longer has with --prune."""

from __future__ import annotations

from collections.abc import Mapping

import libcst as cst

from codemod.transform._dict_entries import remove_entries
from codemod.transform._nodes import (
    CommentEdit,
    OuterClassOnly,
    dict_key,
    edited_comment,
    statement_name,
)


class EditComments(OuterClassOnly, cst.CSTTransformer):
    """Edit the trailing comment of each member or field named in `edits`, and of the
    class line with `class_edit` (see codemod.trailing_comments for its parts): stale
    ones are flagged, flags that went are cleared, column comments are kept in step.

    Before: ``legacy_code: str``   After: ``legacy_code: str  # schemasync: not in the
    database``. A person's comment stays before what is added.

    The comment is the one at the end of the line where the member, field or
    functional TypedDict starts (the line the reader looks at): the first line break
    after its start, or the end of its statement.
    """

    DESCRIPTION = "Flag what the database no longer has; keep column comments in step."

    def __init__(
        self, edits: Mapping[str, CommentEdit], class_edit: CommentEdit | None = None
    ) -> None:
        super().__init__()
        self.edits = edits
        self.class_edit = class_edit
        self.pending: CommentEdit | None = None  # an edit waiting for the end of its line

    def visit_SimpleStatementLine(self, node: cst.SimpleStatementLine) -> bool:
        name = statement_name(node)
        if self.outer is None and self.class_edit is not None:  # X = TypedDict("X", {...})
            self.pending = self.class_edit
        elif name is not None and name in self.edits:
            self.pending = self.edits[name]
        return True

    def visit_DictElement(self, node: cst.DictElement) -> bool:
        key = dict_key(node)
        if self.outer is None and key is not None and key in self.edits:
            self.pending = self.pending or self.edits[key]
        return True

    def leave_ParenthesizedWhitespace(
        self, original_node: cst.ParenthesizedWhitespace, updated_node: cst.ParenthesizedWhitespace
    ) -> cst.ParenthesizedWhitespace:
        if self.pending is None:
            return updated_node
        edit, self.pending = self.pending, None
        return updated_node.with_changes(first_line=edited_comment(updated_node.first_line, edit))

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine:
        if self.pending is None:
            return updated_node
        edit, self.pending = self.pending, None
        return updated_node.with_changes(
            trailing_whitespace=edited_comment(updated_node.trailing_whitespace, edit)
        )

    def leave_ClassDef(
        self, original_node: cst.ClassDef, updated_node: cst.ClassDef
    ) -> cst.ClassDef:
        if self.class_edit is None or original_node is not self.outer:
            return updated_node
        body = cst.ensure_type(updated_node.body, cst.IndentedBlock)
        return updated_node.with_changes(
            body=body.with_changes(header=edited_comment(body.header, self.class_edit))
        )


class PruneStale(OuterClassOnly, cst.CSTTransformer):
    """Remove stale members and fields (``apply --prune``). A comment line right above
    one was written by a person and stays (above the next statement, or at the end of
    the class). A class left with no statements gets ``pass``, so it still parses."""

    DESCRIPTION = "Delete members and fields the database no longer has."

    def __init__(self, names: frozenset[str]) -> None:
        super().__init__()
        self.names = names

    def leave_IndentedBlock(
        self, original_node: cst.IndentedBlock, updated_node: cst.IndentedBlock
    ) -> cst.IndentedBlock:
        kept: list[cst.BaseStatement] = []
        comments: list[cst.EmptyLine] = []  # of removed statements, for the next one
        for stmt in updated_node.body:
            if statement_name(stmt) in self.names:
                removed = cst.ensure_type(stmt, cst.SimpleStatementLine)  # a member or field
                comments += [line for line in removed.leading_lines if line.comment is not None]
                continue
            if comments and isinstance(stmt, cst.SimpleStatementLine | cst.BaseCompoundStatement):
                stmt = stmt.with_changes(leading_lines=[*comments, *stmt.leading_lines])
                comments = []
            kept.append(stmt)
        footer = [*comments, *updated_node.footer]
        return updated_node.with_changes(
            body=kept or [cst.SimpleStatementLine([cst.Pass()])], footer=footer
        )

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        if self.outer is not None:  # a dict inside a class body is no functional TypedDict
            return updated_node
        return remove_entries(updated_node, self.names)
