"""The edits the plan makes inside one existing class, in the order they run.

Each entry looks at the class's changes and returns the transformer that carries out
its share of them, or None. The order matters, and is why this is a list:

1. the functional form first: a field no class attribute can hold (`from`) is added to
   the dict the rewrite makes, not to the class it replaces;
2. stale entries pruned, then flagged, before anything is added, so that an entry added
   after a stale one is neither pruned nor flagged with it (a flag that went, because
   the database has the entry again, is cleared by the same transformer that flags);
3. retypes before additions, so that only fields that were there are rewritten;
4. new fields and new members, after the entry of the column or value before them;
5. column comments last, so that new fields get theirs too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

import libcst as cst

from codemod.plan.changes import (
    AddColumn,
    AddEnumValue,
    Change,
    ChangeFieldDoc,
    ClearFlag,
    ConvertToFunctional,
    RemoveClass,
    RemoveColumn,
    RemoveEnumValue,
    RetypeColumn,
)
from codemod.trailing_comments import TrailingComment
from codemod.transform._nodes import CommentEdit
from codemod.transform.enum_members import AddEnumMembers
from codemod.transform.functional_form import ConvertToFunctional as ToFunctionalForm
from codemod.transform.stale_flags import EditComments, PruneStale
from codemod.transform.typeddict_fields import AddFields, UpdateFieldTypes

FLAG_NOTE = "not in the database"


@dataclass(frozen=True)
class ClassEdit:
    """What every edit of one class needs: the snippet's parser config, whether the
    class writes `X | None` rather than `Optional[X]`, and the file's quote."""

    config: cst.PartialParserConfig
    union_syntax: bool
    quote: str = '"'


Make = Callable[[ClassEdit, Sequence[Change], bool], cst.CSTTransformer | None]


def _functional_form(
    edit: ClassEdit, changes: Sequence[Change], prune: bool
) -> ToFunctionalForm | None:
    return ToFunctionalForm(edit.config, edit.quote) if _of(changes, ConvertToFunctional) else None


def _stale_entries(changes: Sequence[Change]) -> frozenset[str]:
    return frozenset(
        c.key if isinstance(c, RemoveColumn) else c.member_name
        for c in changes
        if isinstance(c, RemoveColumn | RemoveEnumValue)
    )


def _prune(edit: ClassEdit, changes: Sequence[Change], prune: bool) -> PruneStale | None:
    stale = _stale_entries(changes)
    return PruneStale(stale) if prune and stale else None


def _flags(edit: ClassEdit, changes: Sequence[Change], prune: bool) -> EditComments | None:
    # An empty note clears a flag: the same transformer finds the same line.
    notes = {c.name: "" for c in _of(changes, ClearFlag) if c.name}
    if not prune:
        notes.update(dict.fromkeys(_stale_entries(changes), FLAG_NOTE))
    class_note: str | None = None
    if any(isinstance(c, RemoveClass) for c in changes):
        class_note = FLAG_NOTE
    elif any(not c.name for c in _of(changes, ClearFlag)):
        class_note = ""
    if not notes and class_note is None:
        return None
    return EditComments(
        {name: _flagged(note) for name, note in notes.items()},
        None if class_note is None else _flagged(class_note),
    )


def _flagged(note: str) -> CommentEdit:
    return partial(TrailingComment.with_flag, note=note)


def _docs(edit: ClassEdit, changes: Sequence[Change], prune: bool) -> EditComments | None:
    docs = {c.key: c.new for c in _of(changes, ChangeFieldDoc)}
    docs.update({c.field.key: c.field.comment for c in _of(changes, AddColumn) if c.field.comment})
    if not docs:
        return None
    return EditComments(
        {key: partial(TrailingComment.with_doc, doc=doc) for key, doc in docs.items()}
    )


def _retypes(edit: ClassEdit, changes: Sequence[Change], prune: bool) -> UpdateFieldTypes | None:
    retypes = _of(changes, RetypeColumn)
    return (
        UpdateFieldTypes(edit.config, retypes, edit.union_syntax, edit.quote) if retypes else None
    )


def _fields(edit: ClassEdit, changes: Sequence[Change], prune: bool) -> AddFields | None:
    columns = _of(changes, AddColumn)
    return AddFields(edit.config, columns, edit.union_syntax, edit.quote) if columns else None


def _members(edit: ClassEdit, changes: Sequence[Change], prune: bool) -> AddEnumMembers | None:
    values = _of(changes, AddEnumValue)
    return AddEnumMembers(edit.config, values, edit.quote) if values else None


C = TypeVar("C", bound=Change)


def _of(changes: Sequence[Change], kind: type[C]) -> list[C]:
    return [c for c in changes if isinstance(c, kind)]


CLASS_EDITS: tuple[Make, ...] = (
    _functional_form,
    _prune,
    _flags,
    _retypes,
    _fields,
    _members,
    _docs,
)
#: every change a class edit carries out
CLASS_CHANGES = (
    ConvertToFunctional,
    RemoveColumn,
    RemoveEnumValue,
    RemoveClass,
    ClearFlag,
    RetypeColumn,
    AddColumn,
    AddEnumValue,
    ChangeFieldDoc,
)
