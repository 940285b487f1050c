"""Fields rows inherit from a local base TypedDict (a `Timestamps` mixin).

Each row compares an inherited field as if it were its own and proposes the edit for
the base that declares it (`via` the row). Here the proposals for one base field are
settled: when every class that has the field wants the same edit, the base gets it
once, reported on all of them; when they disagree, no edit suits them all and the
field is reported with what each one wants.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from codemod.local_model import LocalClass, LocalField
from codemod.plan.changes import Change, InheritedFieldConflict, RemoveColumn, RetypeColumn

FieldChange = RetypeColumn | RemoveColumn
_Field = tuple[str, str, str]  # (path, class, key) of the base field
_AS_IS = "as is"


def settle_inherited(changes: Sequence[Change], classes: Iterable[LocalClass]) -> list[Change]:
    """`changes` with the proposals for each inherited field replaced by one edit of the
    base, or by an InheritedFieldConflict. `classes` are the classes paired with a
    database object: those whose proposals count."""
    users: dict[_Field, list[LocalClass]] = defaultdict(list)
    declared: dict[_Field, LocalField] = {}
    paired = list(classes)
    for cls in paired:
        for got in cls.inherited:
            base_field = (got.base.path, got.base.name, got.field.key)
            users[base_field].append(cls)
            declared[base_field] = got.field
    proposals: dict[_Field, dict[str, FieldChange]] = defaultdict(dict)
    for change in changes:
        where = _target(change)
        if where is not None and where in users:
            # A base that is itself a row proposes for its own field, without `via`.
            assert isinstance(change, RetypeColumn | RemoveColumn)
            proposals[where][change.via[0] if change.via else change.class_name] = change
    settled: list[Change] = []
    done: set[_Field] = set()
    for change in changes:
        where = _target(change)
        if where is None or where not in proposals:
            settled.append(change)
        elif where not in done:  # in the place of the first proposal
            done.add(where)
            voters = [c.name for c in users[where]]
            if any(c.name == where[1] for c in paired):
                voters.insert(0, where[1])
            settled.append(_settle(where, declared[where], voters, proposals[where]))
    return settled


def _target(change: Change) -> _Field | None:
    if isinstance(change, RetypeColumn | RemoveColumn):
        return (change.path, change.class_name, change.key)
    return None


def _settle(
    where: _Field, base_field: LocalField, voters: Sequence[str], proposed: dict[str, FieldChange]
) -> Change:
    wants = {voter: _want(proposed.get(voter)) for voter in voters}
    first = next(iter(proposed.values()))
    if len(set(wants.values())) == 1:
        rows = tuple(v for v in voters if v != where[1])
        return replace(first, via=rows)
    path, base, key = where
    return InheritedFieldConflict(
        path=path,
        class_name=base,
        line=base_field.line,
        key=key,
        wants=tuple(
            (voter, f"{base_field.annotation} ({_AS_IS})" if want == _AS_IS else want)
            for voter, want in wants.items()
        ),
    )


def _want(change: FieldChange | None) -> str:
    if change is None:
        return _AS_IS
    if isinstance(change, RemoveColumn):
        return "no such column"
    return change.new.annotation
