"""Rewrite a class-syntax TypedDict in the functional form, so that it can hold a column
whose name is not an identifier (`from`, `class`, `2fa`)."""

from __future__ import annotations

import inspect

import libcst as cst

from codemod.transform._nodes import string_literal


class ConvertToFunctional(cst.CSTTransformer):
    """Turn the snippet's TypedDict class into `X = TypedDict("X", {...})`, keeping every
    comment: trailing comments stay on their field's line, comment lines stay where they
    were, and the docstring becomes comment lines above the assignment.

    Before::

        class EntryRow(TypedDict, total=False):
            \"\"\"One time entry.\"\"\"

            id: int  # identity

    After (``AddFields`` then adds ``"from"``)::

        # One time entry.
        EntryRow = TypedDict(
            "EntryRow",
            {
                "id": int,  # identity
            },
            total=False,
        )

    A class with decorators, other bases, or statements other than fields is left alone.
    """

    DESCRIPTION = "Rewrite a TypedDict class in the functional form."

    def __init__(self, config: cst.PartialParserConfig, quote: str = '"') -> None:
        super().__init__()
        self.config = config
        self.quote = quote
        self.depth = 0

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        self.depth += 1
        return False  # the class is rebuilt whole in leave_ClassDef

    def leave_ClassDef(
        self, original_node: cst.ClassDef, updated_node: cst.ClassDef
    ) -> cst.BaseStatement:
        self.depth -= 1
        text = _functional_source(updated_node, self.quote)
        if self.depth or text is None:
            return updated_node
        statement = cst.parse_statement(text, config=self.config)
        return statement.with_changes(
            leading_lines=[*updated_node.leading_lines, *statement.leading_lines]
        )


def _functional_source(node: cst.ClassDef, quote: str) -> str | None:
    if node.decorators or not _only_typeddict_base(node):
        return None
    module = cst.Module(body=[])  # only renders nodes back to code
    body = cst.ensure_type(node.body, cst.IndentedBlock)
    # The class line's own comment (a note, a pragma) goes above the assignment.
    above = [body.header.comment.value] if body.header.comment else []
    entries: list[str] = []
    for stmt in body.body:
        if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
            return None
        entries += [f"        {line.comment.value}" for line in stmt.leading_lines if line.comment]
        small = stmt.body[0]
        comment = stmt.trailing_whitespace.comment
        after = f"  {comment.value}" if comment else ""
        if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
            if small.value is not None:
                return None
            annotation = module.code_for_node(small.annotation.annotation)
            key = string_literal(small.target.value, quote)
            entries.append(f"        {key}: {annotation},{after}")
        elif isinstance(small, cst.Expr) and isinstance(
            small.value, cst.SimpleString | cst.ConcatenatedString
        ):
            docstring = small.value.evaluated_value
            if not isinstance(docstring, str):
                return None
            above += [f"# {line}".rstrip() for line in inspect.cleandoc(docstring).splitlines()]
            above += [comment.value] if comment else []
        elif isinstance(small, cst.Pass) or (
            isinstance(small, cst.Expr) and isinstance(small.value, cst.Ellipsis)
        ):
            entries += [f"        {comment.value}"] if comment else []
        else:
            return None
    entries += [f"        {line.comment.value}" for line in body.footer if line.comment]
    keywords = [
        f"    {k.keyword.value}={module.code_for_node(k.value)},"
        for k in node.keywords
        if k.keyword is not None
    ]
    lines = [
        *above,
        f"{node.name.value} = TypedDict(",
        f"    {string_literal(node.name.value, quote)},",
        "    {",
        *entries,
        "    },",
        *keywords,
        ")",
    ]
    return "\n".join(lines) + "\n"


def _only_typeddict_base(node: cst.ClassDef) -> bool:
    if len(node.bases) != 1 or any(k.keyword is None for k in node.keywords):
        return False
    base = node.bases[0].value
    name = base.attr if isinstance(base, cst.Attribute) else base
    return isinstance(name, cst.Name) and name.value == "TypedDict"
