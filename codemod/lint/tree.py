"""libpg_query's JSON parse tree -> pglast.ast nodes, built only when a rule asks.

pglast builds its nodes through constructors that validate and coerce every attribute
in Python, which cost 80 % of a lint run. The JSON that libpg_query writes holds the
same tree, leaving out what is false, zero or null, and writing locations (-1: unknown)
as byte offsets, which pglast turns into characters. We build each node as an instance
of a subclass of pglast's class (same name, so `isinstance` and dispatch see pglast's
class) whose class attributes hold those defaults: only the attributes the JSON has
are stored, in the instance's dict, with nothing to validate.
`tests/lint/test_lint_tree.py` checks that both trees are equal, locations included.
"""

from __future__ import annotations

import enum
import json
import keyword
from collections.abc import Callable, Sequence
from typing import Any

from pglast import ast, enums

# How one attribute is read from the JSON (its C type decides).
_CONST, _LIST, _NODE, _STRUCT, _ENUM, _LOCATION = range(6)
_INTEGERS = frozenset(
    {"AclMode", "AttrNumber", "Index", "RelFileNumber", "SubTransactionId", "bits32", "int"}
    | {"int16", "int32", "long", "uint32", "uint64"}
)

#: JSON key -> (attribute, how, what: the enum or class)
Reading = dict[str, tuple[str, int, Any]]
_CLASSES: dict[type[ast.Node], tuple[type[ast.Node], Reading]] = {}
_NAMED: dict[str, tuple[type[ast.Node], Reading]] = {}  # the same, by the class's name


def build_statement(text: str, tree: str, offset: int = 0) -> ast.Node:
    """The statement `text` as pglast would parse it alone, from libpg_query's JSON of its
    tree (`{"CreateStmt":{...}}`), read where it was parsed: locations in that JSON count
    bytes from `offset` before the statement (its place in the file)."""
    ((name, body),) = json.loads(tree).items()
    builder = _Builder(offset, None if text.isascii() else _byte_to_char(text))
    return builder.struct(getattr(ast, name), body)


def _byte_to_char(text: str) -> Sequence[int]:
    """For each byte offset of the UTF-8 text (and its end), the character offset."""
    table: list[int] = []
    for index, char in enumerate(text):
        table.extend([index] * len(char.encode("utf-8")))
    table.append(len(text))
    return table


class _Builder:
    def __init__(self, offset: int, chars: Sequence[int] | None) -> None:
        self._offset = offset
        self._chars = chars

    def node(self, value: dict[str, Any]) -> object:
        """A `{"ClassName": {...}}` wrapper (a Node* slot, a list item)."""
        ((name, body),) = value.items()
        if name == "List":
            return tuple([self.node(item) for item in body.get("items", ())])
        if name == "A_Const":
            return self._constant(body)
        return self._build(_NAMED.get(name) or _named_class(name), body)

    def struct(self, cls: type[ast.Node], body: dict[str, Any]) -> ast.Node:
        return self._build(_CLASSES.get(cls) or _light_class(cls), body)

    def _build(self, plan: tuple[type[ast.Node], Reading], body: dict[str, Any]) -> ast.Node:
        light, reading = plan
        node = object.__new__(light)
        values = node.__dict__
        # Locations are most of what is not a constant: in ASCII text, a subtraction.
        offset = self._offset if self._chars is None else None
        for key, value in body.items():
            name, how, what = reading[key]  # test_lint_tree: every key has its slot
            if how == _CONST:
                values[name] = value
            elif how == _LOCATION:
                if offset is not None and value >= 0:
                    values[name] = value - offset
                else:
                    values[name] = self._location(value)
            elif how == _NODE:
                values[name] = self.node(value)
            elif how == _LIST:
                values[name] = tuple([self.node(item) for item in value])
            elif how == _STRUCT:
                values[name] = self.struct(what, value)
            else:
                values[name] = what[value]
        return node

    def _constant(self, body: dict[str, Any]) -> ast.Node:
        """A_Const holds its value as a union of one kind (`{"ival": {"ival": 1}}`); pglast
        gives it as the Integer, Float, Boolean, String or BitString node in `val`."""
        light, _ = _CLASSES.get(ast.A_Const) or _light_class(ast.A_Const)
        node = object.__new__(light)
        for key, cls in _CONSTANT_KINDS:
            if key in body:
                node.__dict__["val"] = self.struct(cls, body[key])
                break
        if body.get("isnull"):
            node.__dict__["isnull"] = True
        return node

    def _location(self, offset: int) -> int | None:
        if offset < 0:
            return None  # "unknown", as pglast gives it
        offset -= self._offset
        chars = self._chars
        if chars is None:
            return offset
        return chars[min(offset, len(chars) - 1)]


_CONSTANT_KINDS = (
    ("ival", ast.Integer),
    ("fval", ast.Float),
    ("boolval", ast.Boolean),
    ("sval", ast.String),
    ("bsval", ast.BitString),
)


def _named_class(name: str) -> tuple[type[ast.Node], Reading]:
    """The light class of pglast's class `name`, and its reading."""
    found = _NAMED[name] = _CLASSES.get(getattr(ast, name)) or _light_class(getattr(ast, name))
    return found


def _light_class(cls: type[ast.Node]) -> tuple[type[ast.Node], Reading]:
    """pglast's class with the defaults as class attributes (found before pglast's empty
    slots), and how to read each of its JSON keys."""
    slots: dict[str, Any] = vars(cls)["__slots__"]
    defaults: dict[str, Any] = {}
    reading: Reading = {}
    for name, info in slots.items():
        key, how, what, default = _slot_plan(name, info.c_type)
        defaults[name] = default
        reading[key] = (name, how, what)
    light = type(cls.__name__, (cls,), {**defaults, "__module__": cls.__module__})
    _CLASSES[cls] = (light, reading)
    return light, reading


def _slot_plan(name: str, ctype: str) -> tuple[str, int, Any, Any]:
    """(JSON key, how, what, default) of one slot."""
    # pglast renames slots that are Python keywords: `def` is `def_`.
    key = name[:-1] if name.endswith("_") and keyword.iskeyword(name[:-1]) else name
    how, what, default = _slot_kind(name, ctype)
    return key, how, what, default


def _slot_kind(name: str, ctype: str) -> tuple[int, Any, Any]:
    if ctype == "List*":
        return _LIST, None, None
    if ctype in ("Node*", "Expr*", "ValUnion", "JsonTablePlan"):
        return _NODE, None, None
    if ctype == "bool":
        return _CONST, None, False
    if ctype == "char":
        return _CONST, None, "\x00"
    if ctype in ("char*", "Bitmapset*"):
        return _CONST, None, None
    if ctype in _INTEGERS:
        return _CONST, None, 0
    if ctype in ("Cardinality", "Cost"):
        return _CONST, None, 0.0
    if ctype == "ParseLoc":
        return _LOCATION, None, 0
    found: Any = getattr(enums, ctype, None)
    if isinstance(found, type) and issubclass(found, enum.Enum):
        return _ENUM, found, _first_member(found)
    cls = getattr(ast, ctype.rstrip("*"), None)
    if isinstance(cls, type) and issubclass(cls, ast.Node):
        return _STRUCT, cls, None
    raise NotImplementedError(f"{name}: C type {ctype} has no JSON reading")


def _first_member(kind: type[enum.Enum]) -> enum.Enum | None:
    """libpg_query writes every enum, but pglast would give value 0 for a missing one."""
    lookup: Callable[[int], enum.Enum] = kind
    try:
        return lookup(0)
    except ValueError:
        return None
