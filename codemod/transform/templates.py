"""User templates for new classes (the original's `schemas/templates/*.j2`).

A template renders the whole class. It gets the parts (names, values, fields, comment)
and `default`, schemasync's own rendering, so the common case (a decorator, a base class,
a docstring line) is a small edit of `{{ default }}`. What it renders must parse and must
declare exactly the members or fields the database has, or later runs would see drift;
anything else is refused with a message that names the template.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from codemod.errors import SchemasyncError
from codemod.plan.changes import AddEnum, AddTable
from codemod.read import read_module
from codemod.transform._nodes import render_annotation, string_literal
from codemod.transform.new_classes import doc_comment

ENUM_TEMPLATE = "enum.py.j2"
TYPEDDICT_TEMPLATE = "typeddict.py.j2"


class TemplateError(SchemasyncError):
    title = "A class template is invalid"


@dataclass(frozen=True)
class ClassTemplates:
    """Template sources by kind; `origin` is the folder they came from, for messages."""

    enum: str | None = None
    typeddict: str | None = None
    origin: str = ""


NO_TEMPLATES = ClassTemplates()


def render_enum_template(
    templates: ClassTemplates, change: AddEnum, default: str, quote: str = '"'
) -> str:
    assert templates.enum is not None
    context = {
        "class_name": change.class_name,
        "enum_name": change.enum.name,
        "schema": change.enum.schema,
        "comment": change.enum.comment,
        "members": [
            {"name": name, "value": value, "line": f"{name} = {string_literal(value, quote)}"}
            for name, value in change.members
        ],
        "default": default.rstrip("\n"),
    }
    text = _render(templates, ENUM_TEMPLATE, templates.enum, context)
    expected = [value for _, value in change.members]
    return _checked(templates, ENUM_TEMPLATE, text, change.class_name, "enum", expected)


def render_typeddict_template(
    templates: ClassTemplates,
    change: AddTable,
    default: str,
    union_syntax: bool,
    quote: str = '"',
) -> str:
    assert templates.typeddict is not None
    fields = [(f, render_annotation(f.annotation, union_syntax, quote)) for f in change.fields]
    context = {
        "class_name": change.class_name,
        "table_name": change.table.name,
        "schema": change.table.schema,
        "kind": change.table.kind,
        "row_kind": change.row_kind,
        "comment": change.table.comment,
        "fields": [
            {
                "key": f.key,
                "annotation": a,
                "comment": f.comment,
                "line": f"{f.key}: {a}{doc_comment(f.comment)}",
            }
            for f, a in fields
        ],
        "functional": default.lstrip().startswith(f"{change.class_name} = "),
        "default": default.rstrip("\n"),
    }
    text = _render(templates, TYPEDDICT_TEMPLATE, templates.typeddict, context)
    expected = [f.key for f, _ in fields]
    return _checked(templates, TYPEDDICT_TEMPLATE, text, change.class_name, "typeddict", expected)


def _render(templates: ClassTemplates, name: str, source: str, context: dict[str, Any]) -> str:
    import jinja2  # only projects with templates pay for the import

    where = f"{templates.origin}/{name}" if templates.origin else name
    environment = jinja2.Environment(
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False
    )
    try:
        text = environment.from_string(source).render(**context)
    except jinja2.TemplateError as err:
        lineno = getattr(err, "lineno", None)  # only syntax errors carry a line
        line = f" line {lineno}" if lineno else ""
        raise TemplateError(f"{where}{line}: {err}.") from None
    return text if text.endswith("\n") else text + "\n"


def _checked(
    templates: ClassTemplates,
    name: str,
    text: str,
    class_name: str,
    kind: str,
    expected: list[str],
) -> str:
    where = f"{templates.origin}/{name}" if templates.origin else name
    try:
        ast.parse(text)
    except SyntaxError as err:
        raise TemplateError(
            f"{where} rendered invalid Python for {class_name} (line {err.lineno}: {err.msg}):"
            f" {text.strip()!r}"
        ) from None
    _, candidates = read_module(name, text)
    classes = [c.cls for c in candidates if c.cls.name == class_name]
    if len(classes) != 1:
        raise TemplateError(f"{where} must render one class named {class_name}.")
    cls = classes[0]
    found = [m.value for m in cls.members] if kind == "enum" else [f.key for f in cls.fields]
    if found != expected:
        what = "members with the values" if kind == "enum" else "fields"
        raise TemplateError(
            f"{where} rendered {class_name} with {what} {found}, but the database has "
            f"{expected}; render every one of them (e.g. with {{{{ default }}}})."
        )
    return text
