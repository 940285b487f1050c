"""The names PostgreSQL gives indexes and constraints that are not named, so that the
naming rules accept them when a migration spells them out (`supabase db dump` writes
every constraint and index with the name PostgreSQL chose).

PostgreSQL: ChooseRelationName and ChooseConstraintName (indexcmds.c, pg_constraint.c)
call makeObjectName(table, columns, label): `<table>_<columns>_<label>`, the longer of
table and columns cut first so that the whole fits NAMEDATALEN - 1 (63) bytes, never in
the middle of a character; on a clash the label gets a number (`items_code_key1`).
Columns are joined by `_` until 63 bytes are reached (ChooseIndexNameAddition); an
expression is named by its function or column (FigureIndexColname), else `expr`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from pglast import ast
from pglast.enums.parsenodes import ConstrType

from codemod.lint.nodes import walk

NAMEDATALEN = 64

_DIGITS = re.compile(r"(\d+)$")


def make_object_name(name1: str, name2: str | None, label: str | None) -> str:
    """makeObjectName: `name1_name2_label` in at most NAMEDATALEN - 1 bytes."""
    first, second = name1.encode(), (name2 or "").encode()
    overhead = (1 if name2 is not None else 0) + (len(label.encode()) + 1 if label else 0)
    available = NAMEDATALEN - 1 - overhead
    first_len, second_len = len(first), len(second)
    while first_len + second_len > available:
        if first_len > second_len:
            first_len -= 1
        else:
            second_len -= 1
    parts = [_clip(first, first_len)]
    if name2 is not None:
        parts.append(_clip(second, second_len))
    if label:
        parts.append(label)
    return "_".join(parts)


def is_chosen_name(name: str, table: str, columns: Sequence[str] | None, label: str) -> bool:
    """Whether PostgreSQL would name this index or constraint `name` itself, with or
    without the number it adds on a clash."""
    addition = name_addition(columns) if columns is not None else None
    labels = [label]
    if (digits := _DIGITS.search(name)) is not None:
        labels.append(label + digits[1])
    return any(name == make_object_name(table, addition, each) for each in labels)


def name_addition(columns: Iterable[str]) -> str:
    """ChooseIndexNameAddition: the names joined by `_`, stopping once 63 bytes are
    reached (the name is cut to size later)."""
    joined = ""
    for column in columns:
        joined = f"{joined}_{column}" if joined else column
        if len(joined.encode()) >= NAMEDATALEN:
            break
    return joined


def index_columns(node: ast.IndexStmt) -> list[str]:
    """ChooseIndexColumnNames: each key's name, a repeated one numbered (`a`, `a1`)."""
    names: list[str] = []
    for element in node.indexParams or ():
        if not isinstance(element, ast.IndexElem):
            continue
        original = element.indexcolname or element.name or _expression_name(element.expr)
        name, number = original, 0
        while name in names:
            number += 1
            suffix = str(number)
            name = _clip(original.encode(), NAMEDATALEN - 1 - len(suffix)) + suffix
        names.append(name)
    return names


def index_labels(node: ast.IndexStmt) -> Iterator[tuple[str, bool]]:
    """(label, with columns) of the names PostgreSQL would give this index (ChooseIndexName:
    `idx` for CREATE INDEX, unique or not). A unique index may also be the one of a
    unique constraint or primary key, built first and attached with USING INDEX."""
    yield "idx", True
    if node.unique:
        yield "key", True
        yield "pkey", False


def constraint_name_parts(
    constraint: ast.Constraint, column: str | None
) -> tuple[Sequence[str] | None, str] | None:
    """(columns or None, label) of the name PostgreSQL gives this kind of constraint."""
    kind = constraint.contype
    if kind == ConstrType.CONSTR_PRIMARY:
        return None, "pkey"
    keys = [column] if column is not None else None
    if kind in (ConstrType.CONSTR_UNIQUE, ConstrType.CONSTR_EXCLUSION):
        return keys or _strings(
            constraint.keys
        ), "key" if kind == ConstrType.CONSTR_UNIQUE else "excl"
    if kind == ConstrType.CONSTR_FOREIGN:
        return keys or _strings(constraint.fk_attrs), "fkey"
    if kind == ConstrType.CONSTR_CHECK:
        # AddRelationNewConstraints: the column when the expression reads exactly one.
        used = sorted({*_column_refs(constraint.raw_expr)})
        return (used if len(used) == 1 else None), "check"
    if kind == ConstrType.CONSTR_NOTNULL:
        return keys or _strings(constraint.keys), "not_null"
    return None


def _expression_name(expr: object) -> str:
    """FigureIndexColname: a function call is named by its function, a cast by what it
    casts, a column by itself; anything else is `expr`."""
    while isinstance(expr, ast.TypeCast):
        expr = expr.arg
    if isinstance(expr, ast.FuncCall) and expr.funcname:
        last = expr.funcname[-1]
        return last.sval if isinstance(last, ast.String) and last.sval else "expr"
    if isinstance(expr, ast.ColumnRef) and expr.fields:
        last = expr.fields[-1]
        return last.sval if isinstance(last, ast.String) and last.sval else "expr"
    return "expr"


def _column_refs(expr: object) -> Iterator[str]:
    for node in walk(expr):
        if isinstance(node, ast.ColumnRef) and node.fields:
            last = node.fields[-1]
            if isinstance(last, ast.String) and last.sval:
                yield last.sval


def _strings(names: tuple[object, ...] | None) -> list[str]:
    return [n.sval or "" for n in names or () if isinstance(n, ast.String)]


def _clip(data: bytes, size: int) -> str:
    """pg_mbcliplen: the first `size` bytes, less a character cut in two."""
    return data[:size].decode("utf-8", "ignore")
