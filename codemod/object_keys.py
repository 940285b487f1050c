"""Objects' keys: how config, reports and records name a table or a type, and back.

Its own module, with nothing imported: reading the config and the lint rules need the
keys, and neither needs the model's dataclasses (whose classes cost 7 ms to make).
"""

from __future__ import annotations


def qualified_name(schema: str, name: str) -> str:
    """How objects are named in config and reports: bare in `public`, qualified elsewhere.
    A part that holds a dot or a double quote is quoted as SQL quotes it, so that every
    object has its own key: schema `a`'s table `b` is `a.b`, the public table `a.b` is
    `"a.b"`."""
    return _part(name) if schema == "public" else f"{_part(schema)}.{_part(name)}"


def split_key(key: str) -> tuple[str, str]:
    """(schema, name) of a key `qualified_name` made: `a.b` -> (a, b), `"a.b"` ->
    (public, a.b), `items` -> (public, items)."""
    parts: list[str] = []
    rest = key
    while rest:
        if rest.startswith('"'):
            end = 1
            while True:
                end = rest.index('"', end)
                if rest[end + 1 : end + 2] == '"':
                    end += 2
                    continue
                break
            parts.append(rest[1:end].replace('""', '"'))
            rest = rest[end + 1 :].removeprefix(".")
        else:
            part, _, rest = rest.partition(".")
            parts.append(part)
    return ("public", parts[0]) if len(parts) == 1 else (parts[0], ".".join(parts[1:]))


def _part(identifier: str) -> str:
    if "." in identifier or '"' in identifier:
        return '"' + identifier.replace('"', '""') + '"'
    return identifier
