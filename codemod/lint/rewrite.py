"""Whether ALTER COLUMN ... TYPE rewrites the table: PostgreSQL's own rules.

ATColumnChangeRequiresRewrite (tablecmds.c) skips the rewrite when the conversion from
the old type to the new one is a relabelling: a binary-coercible cast (pg_cast,
castmethod 'b': varchar and text) or a length coercion that the type's support function
simplifies away because no stored value can change (varchar_support: a longer or no
limit; numeric_support: the same scale and no less precision; timestamp_support and
its kin: no less fractional precision). timestamp <-> timestamptz is also skipped since
PostgreSQL 12 when the session's TimeZone is UTC, Supabase's default. Anything else, or
a USING expression other than the column itself, rewrites the table and its indexes.
"""

from __future__ import annotations

from pglast import ast

from codemod.lint.nodes import type_name

# Binary-coercible casts between different types (pg_cast, castmethod 'b'), as
# (old, new): the values are stored alike.
_BINARY = frozenset(
    {
        ("varchar", "text"),
        ("text", "varchar"),
        ("cidr", "inet"),
        ("timestamp", "timestamptz"),  # with TimeZone = UTC, see the module's doc
        ("timestamptz", "timestamp"),
    }
)
# Types whose typmod only limits values: a new limit that admits every old value needs
# no rewrite. timestamp and its kin keep at most 6 fractional digits.
_LIMITED = frozenset({"varchar", "varbit"})
_PRECISION = frozenset({"timestamp", "timestamptz", "time", "timetz", "interval"})
_MAX_PRECISION = 6


def rewrites(old: ast.TypeName | None, new: ast.TypeName) -> bool | None:
    """True: the change rewrites the table; False: it does not; None: the old type is
    not known (the column was created before the migrations read)."""
    if old is None:
        return None
    if _is_array(old) or _is_array(new):
        # ArrayCoerceExpr is not a relabelling to ATColumnChangeRequiresRewrite.
        return not (_is_array(old) and _is_array(new) and _same(old, new))
    before, after = type_name(old), type_name(new)
    old_mods, new_mods = _typmods(old), _typmods(new)
    if before == after:
        return not _widens(before, old_mods, new_mods)
    if (before, after) not in _BINARY:
        return True
    # text -> varchar(n) must check every value's length: the new limit must admit them all.
    return not _widens(after, old_mods, new_mods)


def _widens(kind: str, old: tuple[int, ...], new: tuple[int, ...]) -> bool:
    """Whether every value of `kind(old)` is a value of `kind(new)` unchanged."""
    if old == new or not new:
        return True
    if kind in _LIMITED:
        return bool(old) and new[0] >= old[0]
    if kind in _PRECISION:
        return new[0] >= _MAX_PRECISION or (bool(old) and new[0] >= old[0])
    if kind == "numeric":
        if not old:
            return False
        old_scale = old[1] if len(old) > 1 else 0
        new_scale = new[1] if len(new) > 1 else 0
        return new_scale == old_scale and new[0] >= old[0]
    return False


def _typmods(type_: ast.TypeName) -> tuple[int, ...]:
    return tuple(
        mod.val.ival or 0
        for mod in type_.typmods or ()
        if isinstance(mod, ast.A_Const) and isinstance(mod.val, ast.Integer)
    )


def _is_array(type_: ast.TypeName) -> bool:
    return bool(type_.arrayBounds)


def _same(old: ast.TypeName, new: ast.TypeName) -> bool:
    return type_name(old) == type_name(new) and _typmods(old) == _typmods(new)
