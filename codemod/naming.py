"""Database names -> Python names.

Names only ever go forward (database -> Python). A class is matched to its database
object by computing the names the database's objects produce, never by turning a class
name back into a plural: `PropertyRow` is `properties` because `properties` produces it.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Iterable

# Splits `userProfiles`, `APIKeys`, `user_profiles`, `order2items` into words.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CASE_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+|[^\W\d_a-zA-Z]+", re.UNICODE)

_IRREGULAR_PLURALS = {
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
    if lower in _UNCOUNTABLE or len(lower) < 3 or not lower.endswith("s"):
        return lower
    rules = (
        ("yses", "ysis"),  # analyses, catalyses
        ("ises", "isis"),  # crises, theses (thesis via "ses" below is wrong)
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
    """`organization_members` -> [organization, members]; camelCase and digits split too."""
    words: list[str] = []
    for chunk in _WORD.findall(name):
        words.extend(_CASE_WORD.findall(chunk) or [chunk])
    return words


def pascal_case(words: Iterable[str]) -> str:
    return "".join(w[:1].upper() + w[1:].lower() for w in words)


def _safe_class_name(name: str, fallback: str) -> str:
    if not name:
        name = fallback
    if not name[0].isalpha():
        name = "_" + name  # sqlacodegen's rule for a leading digit
    if keyword.iskeyword(name):
        name += "_"
    return name if name.isidentifier() else fallback


def enum_class_name(enum_name: str) -> str:
    """`organization_type` -> `OrganizationType`."""
    return _safe_class_name(pascal_case(split_words(enum_name)), "UnnamedEnum")


def table_class_name(table_name: str, suffix: str = "Row") -> str:
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
    return _safe_class_name(pascal_case(words) + suffix, "UnnamedTable" + suffix)


_SIGNS = {"+": "PLUS", "-": "MINUS", "%": "PERCENT", "&": "AND", "@": "AT", "#": "HASH"}


def enum_member_name(value: str) -> str:
    """A valid upper-case identifier for an enum value (the value itself stays exact).

    `non-profit` -> NON_PROFIT, `in progress` -> IN_PROGRESS, `2fa` -> _2FA,
    `+5000` -> PLUS_5000, `1-10` -> _1_10, `In Review` -> IN_REVIEW, `class` -> CLASS.
    """
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
    name = "_".join(w.upper() for w in words)
    name = unicodedata.normalize("NFKC", name)
    if not name[:1].isalpha():
        name = "_" + name
    if not name.isidentifier() or keyword.iskeyword(name) or _is_reserved_enum_name(name):
        name = "V_" + re.sub(r"\W", "_", name.strip("_")) if name.strip("_") else "VALUE"
    return name


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
    """Whether a column can be a TypedDict field in class syntax."""
    return column_name.isidentifier() and not keyword.iskeyword(column_name)
