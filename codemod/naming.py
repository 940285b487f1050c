"""Database names -> Python names.

Names only ever go forward (database -> Python). A class is matched to its database
object by computing the names the database's objects produce, never by turning a class
name back into a plural: `PropertyRow` is `properties` because `properties` produces it.
"""

from __future__ import annotations

import json
import keyword
import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

# Runs of letters and digits; `_case_words` splits them further by case and digits.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

_IRREGULAR_PLURALS = {
    "crises": "crisis",
    "theses": "thesis",
    "hypotheses": "hypothesis",
    "diagnoses": "diagnosis",
    "prognoses": "prognosis",
    "gases": "gas",
    "aliases": "alias",
    "biases": "bias",
    "canvases": "canvas",
    "atlases": "atlas",
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "mice": "mouse",
    "geese": "goose",
    "feet": "foot",
    "teeth": "tooth",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "indices": "index",
    "matrices": "matrix",
    "vertices": "vertex",
    "leaves": "leaf",
    "knives": "knife",
    "lives": "life",
    "wives": "wife",
    "halves": "half",
    "shelves": "shelf",
    "wolves": "wolf",
    "heroes": "hero",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "echoes": "echo",
    "quizzes": "quiz",
    "axes": "axis",
}
# Words whose plural is themselves, or that only look plural.
_UNCOUNTABLE = frozenset(
    {
        "data",
        "metadata",
        "media",
        "series",
        "species",
        "news",
        "information",
        "equipment",
        "feedback",
        "analytics",
        "sheep",
        "fish",
        "deer",
        "aircraft",
        "status",
        "campus",
        "bus",
        "virus",
        "bonus",
        "census",
        "corpus",
        "alias",
        "canvas",
        "gas",
        "atlas",
        "chaos",
        "cosmos",
        "ethos",
        "pathos",
        "kudos",
        "access",
        "business",
        "process",
    }
)


def singularize(word: str) -> str:
    """The singular of one lower-case English word, by rule; plural-looking words stay."""
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if lower in _IE_PLURALS:  # movies -> movie, not movy
        return lower[:-1]
    if lower in _UNCOUNTABLE or len(lower) < 3 or not lower.endswith("s"):
        return lower
    rules = (
        ("yses", "ysis"),  # analyses, catalyses
        ("ies", "y"),  # properties, entries
        ("sses", "ss"),  # addresses, classes
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
        ("zzes", "z"),
        ("uses", "us"),  # statuses, bonuses (houses/causes fall through below)
        ("ss", "ss"),
        ("us", "us"),
        ("is", "is"),
    )
    if lower in _USE_WORDS:
        return lower[:-1]
    for suffix, replacement in rules:
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return lower[: -len(suffix)] + replacement
    return lower[:-1]


_IE_PLURALS = frozenset(
    {
        "movies",
        "cookies",
        "ties",
        "pies",
        "lies",
        "calories",
        "zombies",
        "rookies",
        "selfies",
        "brownies",
        "freebies",
        "smoothies",
        "goalies",
        "genies",
        "hoodies",
        "sorties",
        "aunties",
        "eyries",
        "prairies",
        "reveries",
        "lingeries",
        "walkies",
    }
)
_USE_WORDS = frozenset(
    {
        "uses",
        "houses",
        "warehouses",
        "causes",
        "clauses",
        "pauses",
        "excuses",
        "fuses",
        "abuses",
        "courthouses",
        "greenhouses",
        "spouses",
        "blouses",
        "mouses",
        "muses",
        "refuses",
    }
)


def split_words(name: str) -> list[str]:
    """`organization_members` -> [organization, members]; camelCase and digits split too,
    in any script (`donnéesBrutes` -> [données, Brutes])."""
    words: list[str] = []
    for chunk in _WORD.findall(unicodedata.normalize("NFKC", name)):
        words.extend(_case_words(chunk))
    return words


def _case_words(chunk: str) -> list[str]:
    """`userProfiles` -> [user, Profiles], `APIKeys` -> [API, Keys], `order2items` ->
    [order, 2, items]: a word starts at an upper-case letter after a lower-case one, at
    the last capital of a run followed by lower case, and where digits start or stop."""
    if (chunk.isalpha() and chunk.islower()) or chunk.isdigit():
        return [chunk]  # no capital, no digit next to a letter: one word (most names)
    words: list[str] = []
    for index, char in enumerate(chunk):
        prev, after = chunk[index - 1 : index], chunk[index + 1 : index + 2]
        starts = bool(prev) and (
            char.isdigit() != prev.isdigit()
            or (char.isupper() and not prev.isupper())
            or (char.isupper() and prev.isupper() and after.islower())
        )
        if starts or not words:
            words.append(char)
        else:
            words[-1] += char
    return words


def pascal_case(words: Iterable[str]) -> str:
    return "".join(w[:1].upper() + w[1:].lower() for w in words)


# Names the generated modules import, or may: a class named like one would hide it, and
# the module would no longer import (`class Enum(str, Enum)` after `from enum import Enum`).
IMPORTED_NAMES = frozenset(
    {
        "Enum",
        "StrEnum",
        "IntEnum",
        "TypedDict",
        "Optional",
        "Union",
        "Any",
        "Literal",
        "ReadOnly",
        "NotRequired",
        "Required",
        "Annotated",
    }
)
# What annotations use without an import.
BUILTIN_TYPE_NAMES = frozenset({"str", "int", "float", "bool", "dict", "list", "None"})


def free_name(name: str, avoid: AbstractSet[str], suffix: str = "_") -> str:
    """`name`, or if it would hide one of `avoid`, `name + suffix` (then `_` added until
    it hides nothing)."""
    if name not in avoid:
        return name
    name += suffix
    while name in avoid:
        name += "_"
    return name


def _safe_class_name(name: str, fallback: str) -> str:
    # Python reads identifiers NFKC-normalized: `class ﬁle` declares `file`.
    name = unicodedata.normalize("NFKC", name)
    if not name:
        name = fallback
    if not name[0].isalpha():
        name = "_" + name  # sqlacodegen's rule for a leading digit
    if keyword.iskeyword(name):
        name += "_"
    return name if name.isidentifier() else fallback


def enum_class_name(enum_name: str, avoid: AbstractSet[str] = IMPORTED_NAMES) -> str:
    """`organization_type` -> `OrganizationType`; `enum` -> `EnumType`, since `Enum` is
    imported by the module the class goes to (so are the names in `avoid`)."""
    name = _safe_class_name(pascal_case(split_words(enum_name)), "UnnamedEnum")
    return free_name(name, avoid, "Type")


def table_class_name(
    table_name: str, suffix: str = "Row", avoid: AbstractSet[str] = IMPORTED_NAMES
) -> str:
    """`organizations` -> `OrganizationRow`, `analyses` -> `AnalysisRow`,
    `organization_members` -> `OrganizationMemberRow`, `table_rows` -> `TableRowsRow`.

    Only the last word is singularized. When the singular would end in the suffix's own
    word (`table_row` + `Row`), the plural is kept, as the seed does for `table_rows`.
    """
    words = split_words(table_name)
    if words:
        singular = singularize(words[-1])
        if singular.lower() != suffix.lower():
            words[-1] = singular
    return free_name(_safe_class_name(pascal_case(words) + suffix, "UnnamedTable" + suffix), avoid)


def class_name_from_template(
    template: str, table_name: str, prefix: str = "", avoid: AbstractSet[str] = IMPORTED_NAMES
) -> str:
    """`{singular}Insert` -> `ProjectInsert` for `projects`: `{singular}` is the name with
    its last word singular, `{name}` the whole name, `{schema}` the schema's prefix, all
    in PascalCase."""
    words = split_words(table_name)
    singular = [*words[:-1], singularize(words[-1])] if words else []
    name = template.format(
        singular=pascal_case(singular),
        name=pascal_case(words),
        schema=pascal_case(split_words(prefix)),
    )
    return free_name(_safe_class_name(name, "UnnamedTable"), avoid)


_SIGNS = {"+": "PLUS", "-": "MINUS", "%": "PERCENT", "&": "AND", "@": "AT", "#": "HASH"}


def enum_member_name(value: str) -> str:
    """A valid upper-case identifier for an enum value (the value itself stays exact).

    `non-profit` -> NON_PROFIT, `in progress` -> IN_PROGRESS, `2fa` -> _2FA,
    `+5000` -> PLUS_5000, `1-10` -> _1_10, `In Review` -> IN_REVIEW, `class` -> CLASS,
    `` (the empty string) -> EMPTY.
    """
    if not value:
        return "EMPTY"
    parts: list[str] = []
    for index, char in enumerate(value):
        if (char.isalnum() and char.isidentifier()) or char.isdigit():
            if (parts and parts[-1] == "_") or not parts:
                parts.append("")
            parts[-1] += char
        elif char in "+%&@#" or (char == "-" and index == 0):
            parts.extend([_SIGNS[char], "_"])
        elif parts and parts[-1] != "_":
            parts.append("_")
    words = [p for p in parts if p != "_"]
    if not words:  # only symbols: spell them (`✓` -> CHECK_MARK)
        words = [unicodedata.name(c, "VALUE").replace(" ", "_").replace("-", "_") for c in value]
    # NFKC first: `ᵃ` is `a` to Python, and only then becomes `A`.
    name = "_".join(
        unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", w).upper()) for w in words
    )
    if not name[:1].isalpha():
        name = "_" + name
    if not name.isidentifier() or keyword.iskeyword(name) or _is_reserved_enum_name(name):
        body = re.sub(r"_+", "_", "".join(_spelled(c) for c in name)).strip("_")
        name = "V_" + body if body else "VALUE"
    return name


def _spelled(char: str) -> str:
    """A character as it may stand in an identifier: itself, or its Unicode name."""
    if ("A" + char).isidentifier():
        return char
    return "_" + re.sub(r"\W", "_", unicodedata.name(char, "CHAR").upper()) + "_"


def is_member_name(name: str) -> bool:
    """Whether `NAME = "value"` in an Enum body makes a member named NAME: an identifier,
    not a keyword, not `_sunder_` or `__dunder__` (the enum module's), not a private
    `__name` (mangled)."""
    return (
        name.isidentifier()
        and not keyword.iskeyword(name)
        and not _is_reserved_enum_name(name)
        and not name.startswith("__")
    )


def _is_reserved_enum_name(name: str) -> bool:
    # `_sunder_` and `__dunder__` names are reserved by the enum module.
    return len(name) > 2 and name.startswith("_") and name.endswith("_")


def enum_member_names(values: Iterable[str], taken: Iterable[str] = ()) -> dict[str, str]:
    """Distinct member names for values, in order; later clashes get `_2`, `_3`...

    `taken` holds names already used in the class, so that an existing member keeps its
    name and a new value never steals it.
    """
    used = {unicodedata.normalize("NFKC", t) for t in taken}
    names: dict[str, str] = {}
    for value in values:
        base = enum_member_name(value)
        name, n = base, 1
        while unicodedata.normalize("NFKC", name) in used:
            n += 1
            name = f"{base}_{n}"
        used.add(unicodedata.normalize("NFKC", name))
        names[value] = name
    return names


def is_field_name(column_name: str) -> bool:
    """Whether a column can be a TypedDict field in class syntax: an identifier, not a
    keyword, and one that Python reads back as itself (it NFKC-normalizes identifiers,
    so a field `ﬁle` would be the key `file`, and it mangles `__secret` in a class body
    to `_ProjectRow__secret`)."""
    return (
        column_name.isidentifier()
        and not keyword.iskeyword(column_name)
        and not column_name.startswith("__")
        and unicodedata.normalize("NFKC", column_name) == column_name
    )


def toml_key(key: str) -> str:
    """A config key as TOML spells it: `items` bare, `billing.items` quoted (bare, the
    dot would open a nested table)."""
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key)
