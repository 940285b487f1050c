"""Insert new TypedDict fields and update annotations whose type or nullability changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import libcst as cst

from codemod.naming import is_field_name
from codemod.plan.changes import AddColumn, RetypeColumn
from codemod.transform._dict_entries import insert_entries
from codemod.transform._nodes import (
    OuterClassOnly,
    dict_key,
    insert_after,
    render_annotation,
    statement_name,
    string_literal,
    without_placeholders,
)


def is_typeddict_call(node: cst.Call) -> bool:
    """`TypedDict(...)` or `typing.TypedDict(...)`. (Plain isinstance checks rather than
    libcst.matchers, whose import alone costs 200 ms on every apply.)"""
    func = node.func
    name = func.attr if isinstance(func, cst.Attribute) else func
    return isinstance(name, cst.Name) and name.value == "TypedDict"


class AddFields(OuterClassOnly, cst.CSTTransformer):
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
        self,
        config: cst.PartialParserConfig,
        additions: Sequence[AddColumn],
        union_syntax: bool,
        quote: str = '"',
    ) -> None:
        super().__init__()
        self.config = config
        self.additions = additions
        self.union_syntax = union_syntax
        self.quote = quote

    def _annotation(self, addition: AddColumn) -> str:
        return render_annotation(addition.field.annotation, self.union_syntax, self.quote)

    def leave_ClassDef(
        self, original_node: cst.ClassDef, updated_node: cst.ClassDef
    ) -> cst.ClassDef:
        if original_node is not self.outer:
            return updated_node
        body = cst.ensure_type(updated_node.body, cst.IndentedBlock)
        new = [
            (
                a.after,
                cst.parse_statement(f"{a.field.key}: {self._annotation(a)}\n", config=self.config),
            )
            for a in self.additions
            if is_field_name(a.field.key)  # `from` cannot be one; the plan notes it
        ]
        # A class that held only `pass` or `...` no longer needs it.
        statements = without_placeholders(insert_after(body.body, new, statement_name))
        return updated_node.with_changes(body=body.with_changes(body=statements))

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if not is_typeddict_call(updated_node):
            return updated_node
        fields = cst.ensure_type(updated_node.args[1].value, cst.Dict)
        template = next((e for e in fields.elements if isinstance(e, cst.DictElement)), None)
        new: list[tuple[str | None, cst.DictElement]] = []
        for a in self.additions:
            element = cst.DictElement(
                cst.SimpleString(string_literal(a.field.key, self.quote)),
                cst.parse_expression(self._annotation(a), config=self.config),
            )
            if template is not None:
                element = element.with_changes(
                    whitespace_before_colon=template.whitespace_before_colon,
                    whitespace_after_colon=template.whitespace_after_colon,
                )
            new.append((a.after, element))
        return cst.ensure_type(
            updated_node.deep_replace(fields, insert_entries(fields, new)), cst.Call
        )


class UpdateFieldTypes(OuterClassOnly, cst.CSTTransformer):
    """Rewrite the annotation of fields whose column changed type or nullability.

    Before: ``score: int  # 0-100``   After (column became numeric, nullable):
    ``score: Optional[float]  # 0-100``. Only the annotation changes; comments stay,
    and so do wrappers the user wrote: ``NotRequired[int]`` becomes
    ``NotRequired[Optional[float]]``, ``Annotated[int, "pct"]`` keeps its metadata.
    """

    DESCRIPTION = "Update annotations whose type or nullability changed."

    def __init__(
        self,
        config: cst.PartialParserConfig,
        retypes: Sequence[RetypeColumn],
        union_syntax: bool,
        quote: str = '"',
    ) -> None:
        super().__init__()
        self.config = config
        self.new: Mapping[str, str] = {
            r.key: render_annotation(r.new.annotation, union_syntax or "| None" in r.old, quote)
            for r in retypes
        }
        # Whose NotRequired it is: an insert row's is the plan's, a row's the user's.
        self.owned = frozenset(r.key for r in retypes if r.sets_requiredness)

    def leave_AnnAssign(
        self, original_node: cst.AnnAssign, updated_node: cst.AnnAssign
    ) -> cst.AnnAssign:
        name = updated_node.target
        if not isinstance(name, cst.Name) or name.value not in self.new:
            return updated_node
        expression = cst.parse_expression(self.new[name.value], config=self.config)
        old = updated_node.annotation.annotation
        new = _rewrap(old, expression, name.value in self.owned)
        return updated_node.with_changes(
            annotation=updated_node.annotation.with_changes(annotation=new)
        )

    def leave_DictElement(
        self, original_node: cst.DictElement, updated_node: cst.DictElement
    ) -> cst.DictElement:
        key = dict_key(updated_node)
        if self.outer is not None or key is None or key not in self.new:
            return updated_node
        expression = cst.parse_expression(self.new[key], config=self.config)
        new = _rewrap(updated_node.value, expression, key in self.owned)
        return updated_node.with_changes(value=new)


# Wrappers that say something about the key, not the type: the reader looks through
# them, and a retype keeps them.
_WRAPPERS = frozenset({"NotRequired", "Required", "ReadOnly", "Annotated"})


def _wrapper(node: cst.BaseExpression) -> str | None:
    if not isinstance(node, cst.Subscript) or not node.slice:
        return None
    value = node.value
    name = value.attr if isinstance(value, cst.Attribute) else value
    return name.value if isinstance(name, cst.Name) and name.value in _WRAPPERS else None


def _rewrap(
    old: cst.BaseExpression, new: cst.BaseExpression, owns_requiredness: bool = False
) -> cst.BaseExpression:
    """`new` inside the wrappers of `old` (a view's own ReadOnly is not doubled; with
    `owns_requiredness`, `new` says whether it is NotRequired and the old one's goes)."""
    while _wrapper(new) == "ReadOnly" and _wrapper(old) is not None:
        new = cst.ensure_type(cst.ensure_type(new, cst.Subscript).slice[0].slice, cst.Index).value
    if owns_requiredness and _wrapper(old) in ("NotRequired", "Required"):
        return _rewrap(_inner(old), new, owns_requiredness)
    if _wrapper(old) is None:
        return new
    subscript = cst.ensure_type(old, cst.Subscript)
    first = subscript.slice[0]
    index = cst.ensure_type(first.slice, cst.Index)
    rewrapped = _rewrap(index.value, new, owns_requiredness)
    inner = first.with_changes(slice=index.with_changes(value=rewrapped))
    return subscript.with_changes(slice=[inner, *subscript.slice[1:]])


def _inner(wrapped: cst.BaseExpression) -> cst.BaseExpression:
    """`X` of `Wrapper[X, ...]`."""
    first = cst.ensure_type(wrapped, cst.Subscript).slice[0]
    return cst.ensure_type(first.slice, cst.Index).value
