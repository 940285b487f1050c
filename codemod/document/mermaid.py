"""A Mermaid `erDiagram` of the tables and their foreign keys, which GitHub draws where
markdown holds it in a ```mermaid block.

Mermaid's grammar takes only plain words for entity names, attribute types and
attribute names, so anything else is spelled safely: an entity whose name is not a
plain word gets a plain id and its real name as its label (`_crm_accounts["crm.accounts"]`),
and a type or column name keeps only the characters Mermaid accepts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from codemod.document.keys import KeyMark, column_keys
from codemod.document.metrics import is_table
from codemod.model import Column, ForeignKey, Schema, Table
from codemod.object_keys import qualified_name

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_UNSAFE = re.compile(r"[^A-Za-z0-9_]")


def render_mermaid(schema: Schema) -> str:
    """The diagram: every table once (with its columns), every foreign key once."""
    tables = sorted((t for t in schema.tables if is_table(t)), key=lambda t: t.key)
    documented = {t.key for t in tables}
    # Tables elsewhere that foreign keys point to (auth.users): named, without columns.
    outside = sorted(
        {qualified_name(fk.target_schema, fk.target_table) for t in tables for fk in t.foreign_keys}
        - documented
    )
    ids = _entity_ids([*(t.key for t in tables), *outside])
    lines = ["erDiagram"]
    for table in tables:
        lines += _entity(table, ids[table.key])
    lines += (f"    {_head(key, ids[key])}" for key in outside)
    for table in tables:
        lines += (_relationship(table, fk, ids) for fk in table.foreign_keys)
    return "\n".join(lines) + "\n"


def _entity_ids(keys: list[str]) -> dict[str, str]:
    """A distinct Mermaid id for each key (in order): the key itself when it is a plain
    word, else its plain spelling, numbered when two would meet."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for key in dict.fromkeys(keys):
        base = key if _PLAIN.fullmatch(key) else "_" + _UNSAFE.sub("_", key)
        candidate, number = base, 1
        while candidate.lower() in taken:  # Mermaid's ids are not case-sensitive
            number += 1
            candidate = f"{base}_{number}"
        taken.add(candidate.lower())
        ids[key] = candidate
    return ids


def _entity(table: Table, entity_id: str) -> Iterator[str]:
    head = _head(table.key, entity_id)
    if not table.columns:
        yield f"    {head}"
        return
    yield f"    {head} {{"
    keys = column_keys(table)
    yield from (f"        {_attribute(c, keys.get(c.name, ()))}" for c in table.columns)
    yield "    }"


def _head(key: str, entity_id: str) -> str:
    return entity_id if entity_id == key else f'{entity_id}["{_label(key)}"]'


def _attribute(column: Column, marks: tuple[KeyMark, ...]) -> str:
    """`uuid team_id PK, FK`: the type, the name, the keys (each kind once)."""
    kind = _word(column.type.name) + "[]" * column.type.array_dims
    keys = ", ".join(dict.fromkeys(m.kind for m in marks))
    return " ".join(part for part in (kind, _word(column.name), keys) if part)


def _relationship(table: Table, fk: ForeignKey, ids: dict[str, str]) -> str:
    """`child }o--|| parent : "fk_name"`: many (or, when the key's columns are unique,
    one) child rows to one parent row, or to at most one when the columns may be null."""
    unique = set(fk.columns) == set(table.primary_key) or any(
        c.kind == "unique" and set(c.columns) == set(fk.columns) for c in table.constraints
    )
    nullable = {c.name for c in table.columns if c.nullable}
    required = not nullable.intersection(fk.columns)
    child = "|o" if unique else "}o"
    parent = "||" if required else "o|"
    target = ids[qualified_name(fk.target_schema, fk.target_table)]
    return f'    {ids[table.key]} {child}--{parent} {target} : "{_label(fk.name)}"'


def _word(text: str) -> str:
    """`text` as a word Mermaid takes for an attribute's type or name."""
    word = _UNSAFE.sub("_", text)
    return word if _PLAIN.fullmatch(word) else "_" + word


def _label(text: str) -> str:
    """`text` inside Mermaid's double quotes, which cannot hold one."""
    return text.replace('"', "'")
