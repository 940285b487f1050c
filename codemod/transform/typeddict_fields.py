"""Insert new TypedDict fields and update annotations whose type or nullability changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import libcst as cst
import libcst.matchers as m

from codemod.plan.changes import AddColumn, RetypeColumn
from codemod.transform._nodes import (
    dict_key,
    insert_after,
    render_annotation,
    statement_name,
    string_literal,
)

FUNCTIONAL_TYPEDDICT = m.Call(func=m.Name("TypedDict") | m.Attribute(attr=m.Name("TypedDict")))


class AddFields(m.MatcherDecoratableTransformer):
    """Add a field for each new column, after the field of the column before it.

    Before::

        class ProjectRow(TypedDict, total=False):
            id: str
            name: str  # shown in the UI

    After (``budget numeric`` was added after ``id``)::

        class ProjectRow(TypedDict, total=False):
            id: str
            budget: Optional[float]
            name: str  # shown in the UI

    The functional form (``TypedDict("EntryRow", {"from": ...})``) gets dict entries.
    """

    DESCRIPTION = "Insert new TypedDict fields after the field of the preceding column."

    def __init__(
        self, config: cst.PartialParserConfig, additions: Sequence[AddColumn], union_syntax: bool
    ) -> None:
        super().__init__()
        self.config = config
        self.additions = additions
        self.union_syntax = union_syntax

    def _annotation(self, addition: AddColumn) -> str:
        return render_annotation(addition.field.annotation, self.union_syntax)

    def leave_ClassDef(
        self, original_node: cst.ClassDef, updated_node: cst.ClassDef
    ) -> cst.ClassDef:
        body = cst.ensure_type(updated_node.body, cst.IndentedBlock)
        new = [
            (
                a.after,
                cst.parse_statement(f"{a.field.key}: {self._annotation(a)}\n", config=self.config),
            )
            for a in self.additions
        ]
        statements = insert_after(body.body, new, statement_name)
        # A class that held only `pass` or `...` no longer needs it.
        statements = [s for s in statements if not _is_placeholder(s)] or statements
        return updated_node.with_changes(body=body.with_changes(body=statements))

    @m.leave(FUNCTIONAL_TYPEDDICT)
    def leave_functional(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        fields = cst.ensure_type(updated_node.args[1].value, cst.Dict)
        elements = list(fields.elements)
        template = next(
            (
                e
                for e in elements
                if isinstance(e, cst.DictElement) and isinstance(e.comma, cst.Comma)
            ),
            None,
        )
        new: list[tuple[str | None, cst.BaseDictElement]] = []
        for a in self.additions:
            element = cst.DictElement(
                cst.SimpleString(string_literal(a.field.key)),
                cst.parse_expression(self._annotation(a), config=self.config),
            )
            if template is not None:
                element = element.with_changes(
                    comma=template.comma,
                    whitespace_before_colon=template.whitespace_before_colon,
                    whitespace_after_colon=template.whitespace_after_colon,
                )
            new.append((a.after, element))
        if template is not None and elements and not isinstance(elements[-1].comma, cst.Comma):
            # The old last entry is no longer last: it needs a comma.
            elements[-1] = elements[-1].with_changes(comma=template.comma)
        merged = insert_after(elements, new, dict_key)
        return updated_node.with_deep_changes(fields, elements=merged)


def _is_placeholder(stmt: cst.BaseStatement) -> bool:
    return (
        isinstance(stmt, cst.SimpleStatementLine)
        and len(stmt.body) == 1
        and (isinstance(stmt.body[0], cst.Pass) or m.matches(stmt.body[0], m.Expr(m.Ellipsis())))
    )


class UpdateFieldTypes(m.MatcherDecoratableTransformer):
    """Rewrite the annotation of fields whose column changed type or nullability.

    Before: ``score: int  # 0-100``   After (column became numeric, nullable):
    ``score: Optional[float]  # 0-100``. Only the annotation changes; comments stay.
    """

    DESCRIPTION = "Update annotations whose type or nullability changed."

    def __init__(
        self, config: cst.PartialParserConfig, retypes: Sequence[RetypeColumn], union_syntax: bool
    ) -> None:
        super().__init__()
        self.config = config
        self.new: Mapping[str, str] = {
            r.key: render_annotation(r.new.annotation, union_syntax or "| None" in r.old)
            for r in retypes
        }

    def leave_AnnAssign(
        self, original_node: cst.AnnAssign, updated_node: cst.AnnAssign
    ) -> cst.AnnAssign:
        name = updated_node.target
        if not isinstance(name, cst.Name) or name.value not in self.new:
            return updated_node
        expression = cst.parse_expression(self.new[name.value], config=self.config)
        return updated_node.with_changes(
            annotation=updated_node.annotation.with_changes(annotation=expression)
        )

    def leave_DictElement(
        self, original_node: cst.DictElement, updated_node: cst.DictElement
    ) -> cst.DictElement:
        key = dict_key(updated_node)
        if key is None or key not in self.new:
            return updated_node
        return updated_node.with_changes(
            value=cst.parse_expression(self.new[key], config=self.config)
        )
