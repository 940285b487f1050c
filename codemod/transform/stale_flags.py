"""What the database no longer has: flag it with a comment, or remove it with --prune."""

from __future__ import annotations

from collections.abc import Mapping

import libcst as cst

from codemod.transform._nodes import dict_key, statement_name, with_flag


class FlagStale(cst.CSTTransformer):
    """Append ``# schemasync: <note>`` to the line of each stale member or field, and to
    the class line when the whole class is stale. Nothing is deleted.

    Before: ``legacy_code: str``   After: ``legacy_code: str  # schemasync: no column in
    the database (run apply --prune to remove)``. A comment already there is kept before
    the flag; a line that is already flagged is left alone.
    """

    DESCRIPTION = "Flag members, fields and classes the database no longer has."

    def __init__(self, notes: Mapping[str, str], class_note: str | None = None) -> None:
        super().__init__()
        self.notes = notes
        self.class_note = class_note

    def leave_SimpleStatementLine(
        self, original_node: cst.SimpleStatementLine, updated_node: cst.SimpleStatementLine
    ) -> cst.SimpleStatementLine:
        name = statement_name(updated_node)
        if name is None or name not in self.notes:
            return updated_node
        return updated_node.with_changes(
            trailing_whitespace=with_flag(updated_node.trailing_whitespace, self.notes[name])
        )

    def leave_DictElement(
        self, original_node: cst.DictElement, updated_node: cst.DictElement
    ) -> cst.DictElement:
        key = dict_key(updated_node)
        comma = updated_node.comma
        if key is None or key not in self.notes or not isinstance(comma, cst.Comma):
            return updated_node
        after = comma.whitespace_after
        if not isinstance(after, cst.ParenthesizedWhitespace):
            return updated_node
        flagged = after.with_changes(first_line=with_flag(after.first_line, self.notes[key]))
        return updated_node.with_changes(comma=comma.with_changes(whitespace_after=flagged))

    def leave_ClassDef(
        self, original_node: cst.ClassDef, updated_node: cst.ClassDef
    ) -> cst.ClassDef:
        if self.class_note is None:
            return updated_node
        body = cst.ensure_type(updated_node.body, cst.IndentedBlock)
        return updated_node.with_changes(
            body=body.with_changes(header=with_flag(body.header, self.class_note))
        )


class PruneStale(cst.CSTTransformer):
    """Remove stale members and fields (``apply --prune``). A class left with no
    statements gets ``pass``, so it still parses."""

    DESCRIPTION = "Delete members and fields the database no longer has."

    def __init__(self, names: frozenset[str]) -> None:
        super().__init__()
        self.names = names

    def leave_IndentedBlock(
        self, original_node: cst.IndentedBlock, updated_node: cst.IndentedBlock
    ) -> cst.IndentedBlock:
        kept = [s for s in updated_node.body if statement_name(s) not in self.names]
        return updated_node.with_changes(body=kept or [cst.SimpleStatementLine([cst.Pass()])])

    def leave_Dict(self, original_node: cst.Dict, updated_node: cst.Dict) -> cst.Dict:
        kept = [e for e in updated_node.elements if dict_key(e) not in self.names]
        return updated_node.with_changes(elements=kept)
