"""PostgreSQL column types -> Python annotations, and annotations back to one canonical form.

Annotations are compared in a canonical spelling (`canonical_annotation`), so that
`Optional[list[str]]`, `list[str] | None` and `typing.Optional[List[str]]` are one type
and formatting never looks like drift. Values are what a Supabase client returns (JSON
over PostgREST): timestamps, intervals and bytea arrive as strings, as in the seed.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from codemod.object_keys import qualified_name

if TYPE_CHECKING:
    from codemod.model import Column, ColumnType

EnumStyle = Literal["str", "enum", "literal"]

# Internal type name -> annotation. Keys are PostgreSQL's own spellings (pg_type.typname).
BUILTIN_TYPES: Mapping[str, str] = {
    **dict.fromkeys(
        [
            "uuid",
            "text",
            "varchar",
            "bpchar",
            "char",
            "name",
            "citext",
            "money",
            "xml",
            "date",
            "time",
            "timetz",
            "timestamp",
            "timestamptz",
            "interval",
            "bytea",
            "inet",
            "cidr",
            "macaddr",
            "macaddr8",
            "tsvector",
            "tsquery",
            "bit",
            "varbit",
            "point",
            "line",
            "lseg",
            "box",
            "path",
            "polygon",
            "circle",
            "int4range",
            "int8range",
            "numrange",
            "tsrange",
            "tstzrange",
            "daterange",
            "int4multirange",
            "int8multirange",
            "nummultirange",
            "tsmultirange",
            "tstzmultirange",
            "datemultirange",
            "vector",
            "halfvec",
            "sparsevec",
            "ltree",
            "pg_lsn",
            "txid_snapshot",
            "pg_snapshot",
            "jsonpath",
            "regclass",
            "regtype",
        ],
        "str",
    ),
    **dict.fromkeys(["int2", "int4", "int8", "oid", "xid", "cid"], "int"),
    **dict.fromkeys(["float4", "float8", "numeric"], "float"),
    "bool": "bool",
    "json": "dict[str, Any]",
    "jsonb": "dict[str, Any]",
}

# What users may write in `type_map` keys, the SQL spelling, mapped to typname.
SQL_ALIASES: Mapping[str, str] = {
    "integer": "int4",
    "int": "int4",
    "smallint": "int2",
    "bigint": "int8",
    "serial": "int4",
    "smallserial": "int2",
    "bigserial": "int8",
    "serial4": "int4",
    "serial8": "int8",
    "serial2": "int2",
    "real": "float4",
    "double precision": "float8",
    "decimal": "numeric",
    "boolean": "bool",
    "character varying": "varchar",
    "character": "bpchar",
    "timestamp without time zone": "timestamp",
    "timestamp with time zone": "timestamptz",
    "time without time zone": "time",
    "time with time zone": "timetz",
    "bit varying": "varbit",
}


def type_key(sql_name: str) -> str:
    """`timestamp with time zone` -> `timestamptz`; unknown names pass through lower-cased."""
    key = " ".join(sql_name.lower().split())
    return SQL_ALIASES.get(key, key)


@dataclass(frozen=True)
class TypeMapping:
    """How columns become annotations: the user's overrides on top of BUILTIN_TYPES."""

    overrides: Mapping[str, str]
    enum_style: EnumStyle = "str"

    def annotation(
        self,
        column: Column,
        enum_classes: Mapping[str, str],
        enum_values: Mapping[str, tuple[str, ...]],
        composite_classes: Mapping[str, str] | None = None,
        *,
        read_only: bool = False,
    ) -> Annotation:
        """The annotation for a column, and whether its type was unknown. A column of a
        composite type is its class when there is one (`composite_classes`)."""
        inner, known = self._element(
            column.type, enum_classes, enum_values, composite_classes or {}
        )
        for _ in range(column.type.array_dims):
            inner = f"list[{inner}]"
        if column.nullable:
            inner = f"Optional[{inner}]"
        if read_only:
            inner = f"ReadOnly[{inner}]"
        return Annotation(inner, known)

    def _element(
        self,
        t: ColumnType,
        enum_classes: Mapping[str, str],
        enum_values: Mapping[str, tuple[str, ...]],
        composite_classes: Mapping[str, str],
    ) -> tuple[str, bool]:
        for key in (t.domain, _qualified(t), t.name):
            if key is not None and key in self.overrides:
                return _short_name(self.overrides[key]), True
        if t.kind == "enum":
            key = _qualified(t)
            if self.enum_style == "enum" and key in enum_classes:
                return enum_classes[key], True
            if self.enum_style == "literal" and enum_values.get(key):  # `Literal[]` is no type
                return "Literal[" + ", ".join(repr(v) for v in enum_values[key]) + "]", True
            return "str", True
        if t.kind == "composite":
            return composite_classes.get(_qualified(t), "dict[str, Any]"), True
        if t.name in BUILTIN_TYPES:
            return BUILTIN_TYPES[t.name], True
        return "Any", False


@dataclass(frozen=True)
class Annotation:
    source: str
    known: bool = True


def _qualified(t: ColumnType) -> str:
    """The key of the type's enum or domain in config (`type_map`, enum classes)."""
    return t.name if t.schema == "pg_catalog" else qualified_name(t.schema, t.name)


@functools.lru_cache(maxsize=256)
def _short_name(target: str) -> str:
    """`decimal.Decimal` -> `Decimal` (imported from `decimal`), wherever it stands
    (`dict[str, decimal.Decimal]`); `dict[str, Any]` as is."""
    if "." not in target:
        return target
    return ast.unparse(_Dotted().visit(ast.parse(target.strip(), mode="eval")))


def override_imports(overrides: Mapping[str, str]) -> dict[str, str]:
    """Names that type_map values bring in from a module: {"Decimal": "decimal"}."""
    found: dict[str, str] = {}
    for target in overrides.values():
        if "." in target:
            dotted = _Dotted()
            dotted.visit(ast.parse(target.strip(), mode="eval"))
            found.update(dotted.found)
    return found


class _Dotted(ast.NodeTransformer):
    """Replaces each dotted name `a.b.C` by `C`, and records that C comes from `a.b`."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        dotted = _dotted_name(node)
        if dotted is None:
            return self.generic_visit(node)
        module, _, name = dotted.rpartition(".")
        self.found[name] = module
        return ast.Name(name)


def _dotted_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = _dotted_name(node.value)
        return f"{head}.{node.attr}" if head else None
    return None


# Names a type_map value may use without a module: builtins, and what schemasync
# imports from typing itself.
_PLAIN_TYPES = frozenset(
    {"str", "int", "float", "bool", "bytes", "dict", "list", "set", "frozenset", "tuple"}
    | {"object", "complex", "Any", "Optional", "Union", "Literal"}
)


def type_expression_problem(source: str) -> str:
    """What keeps `source` from being a type expression that schemasync can write into an
    annotation ("" when nothing does): names, dotted names, subscripts of them, `|`,
    `None`, and constants inside `Literal[...]`. Anything else (a call, arithmetic)
    would run when the module is imported, or mean nothing to a type checker."""
    try:
        tree = ast.parse(source.strip(), mode="eval").body
    except SyntaxError:
        return "it does not parse"
    return _problem(tree)


def _problem(node: ast.expr, in_literal: bool = False) -> str:
    if isinstance(node, ast.Constant):
        ok = node.value is None or (in_literal and isinstance(node.value, str | int | bool))
        return "" if ok else f"{ast.unparse(node)} is a value"
    if isinstance(node, ast.Name):
        if node.id in _PLAIN_TYPES:
            return ""
        return f"{node.id} is not a builtin; name its module, as in decimal.Decimal"
    if isinstance(node, ast.Attribute):
        return "" if _dotted_name(node) else f"{ast.unparse(node)} is not a dotted name"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _problem(node.left) or _problem(node.right)
    if isinstance(node, ast.Subscript):
        literal = _dotted_name(node.value) in ("Literal", "typing.Literal")
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        problems = [_problem(node.value), *(_problem(i, literal) for i in items)]
        return next((p for p in problems if p), "")
    return f"{ast.unparse(node)} is an expression, not a type"


# --- reading annotations back ------------------------------------------------------

_TYPING_ALIASES = {
    "List": "list",
    "Dict": "dict",
    "Set": "set",
    "Tuple": "tuple",
    "FrozenSet": "frozenset",
    "Type": "type",
}
_TRANSPARENT = {"ReadOnly", "Required", "NotRequired", "Final"}


@functools.lru_cache(maxsize=8192)  # a package repeats a few annotations 40,000 times
def canonical_annotation(source: str) -> str:
    """One spelling per type: `list[str] | None` -> `Optional[list[str]]`.

    `ReadOnly[...]`, `Required[...]`, `NotRequired[...]` and `Annotated[T, ...]` reduce
    to `T`; `typing.`/`t.` prefixes go; `List`/`Dict` become `list`/`dict`; string
    annotations are read as the expression they hold. Raises SyntaxError on bad input.
    """
    tree = ast.parse(source.strip(), mode="eval").body
    return ast.unparse(_normalize(tree))


def is_read_only(source: str) -> bool:
    return source.strip().startswith(
        ("ReadOnly[", "typing_extensions.ReadOnly[", "typing.ReadOnly[")
    )


def _normalize(node: ast.expr) -> ast.expr:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        try:
            return _normalize(ast.parse(node.value, mode="eval").body)
        except SyntaxError:
            return node
    if isinstance(node, ast.Attribute):  # typing.Optional -> Optional
        return _normalize(ast.Name(node.attr)) if isinstance(node.value, ast.Name) else node
    if isinstance(node, ast.Name):
        return ast.Name(_TYPING_ALIASES.get(node.id, node.id))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _union([_normalize(node.left), _normalize(node.right)])
    if isinstance(node, ast.Subscript):
        head = _normalize(node.value)
        head_name = head.id if isinstance(head, ast.Name) else ""
        args = list(node.slice.elts) if isinstance(node.slice, ast.Tuple) else [node.slice]
        if head_name == "Literal":
            return ast.Subscript(head, _tuple_or_one([ast.Constant(_literal(a)) for a in args]))
        if head_name in _TRANSPARENT or head_name == "Annotated":
            return _normalize(args[0])
        if head_name == "Optional":
            return _union([_normalize(args[0]), ast.Constant(None)])
        if head_name == "Union":
            return _union([_normalize(a) for a in args])
        return ast.Subscript(head, _tuple_or_one([_normalize(a) for a in args]))
    return node


def _literal(node: ast.expr) -> Any:
    return node.value if isinstance(node, ast.Constant) else ast.unparse(node)


def _tuple_or_one(items: list[ast.expr]) -> ast.expr:
    return items[0] if len(items) == 1 else ast.Tuple(items)


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _union(members: list[ast.expr]) -> ast.expr:
    flat: list[ast.expr] = []
    for member in members:
        head = (
            member.value.id
            if isinstance(member, ast.Subscript) and isinstance(member.value, ast.Name)
            else ""
        )
        if head == "Optional":
            assert isinstance(member, ast.Subscript)
            flat.extend([member.slice, ast.Constant(None)])
        elif head == "Union":
            assert isinstance(member, ast.Subscript)
            inner = member.slice
            flat.extend(inner.elts if isinstance(inner, ast.Tuple) else [inner])
        else:
            flat.append(member)
    nullable = any(_is_none(m) for m in flat)
    rest: list[ast.expr] = []
    for member in flat:
        if not _is_none(member) and ast.dump(member) not in {ast.dump(r) for r in rest}:
            rest.append(member)
    body = rest[0] if len(rest) == 1 else ast.Subscript(ast.Name("Union"), ast.Tuple(rest))
    return ast.Subscript(ast.Name("Optional"), body) if nullable else body
