"""Node helpers shared by the transformers: names of body statements, flag comments,
annotation style, and building statements with the file's own parsing config."""

from __future__ import annotations

import ast
import io
import itertools
import tokenize
from collections.abc import Callable, Sequence
from typing import cast

import libcst as cst

from codemod.trailing_comments import TrailingComment

BodyItem = cst.BaseStatement | cst.BaseSmallStatement


class OuterClassOnly:
    """Mixin for the transformers: they edit the class being synced, never a method body
    or a nested class (an Enum may hold both), so neither is visited. A `leave_ClassDef`
    checks `original_node is self.outer`."""

    outer: cst.ClassDef | None = None

    def visit_ClassDef(self, node: cst.ClassDef) -> bool:
        if self.outer is None:
            self.outer = node
        return node is self.outer

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False


def statement_name(stmt: cst.CSTNode) -> str | None:
    """The member or field a body statement declares: `X = "x"` -> X, `x: int` -> x."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target = small.targets[0].target
        return target.value if isinstance(target, cst.Name) else None
    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
        return small.target.value
    return None


def dict_key(element: cst.BaseDictElement) -> str | None:
    """The string key of a functional TypedDict's dict element."""
    if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString):
        value = element.key.evaluated_value
        return value if isinstance(value, str) else None
    return None


def insert_after(
    items: Sequence[cst.CSTNodeT],
    additions: Sequence[tuple[str | None, cst.CSTNodeT]],
    name_of: Callable[[cst.CSTNodeT], str | None],
) -> list[cst.CSTNodeT]:
    """Insert each node after the item named by its anchor; anchor None means before the
    first named item (after a docstring), a missing anchor means at the end.

    Additions may anchor on one another, so they are placed one at a time.
    """
    result = list(items)
    names = [name_of(item) for item in result]
    for anchor, node in additions:
        if anchor is None:
            index = next((i for i, n in enumerate(names) if n is not None), len(result))
            if index < len(result):
                # The blank lines that open the first item (after a docstring) open the
                # new one instead; the comments right above the old first item stay its own.
                node, result[index] = _move_leading_blank_lines(result[index], node)
        elif anchor in names:
            index = names.index(anchor) + 1
        else:
            index = len(result)
        result.insert(index, node)
        names.insert(index, name_of(node))
    return result


def _move_leading_blank_lines(
    source: cst.CSTNodeT, target: cst.CSTNodeT
) -> tuple[cst.CSTNodeT, cst.CSTNodeT]:
    """(target, source) with the blank lines at the top of `source`'s leading lines moved
    to `target`; nodes without leading lines (dict elements) are returned as they are."""
    if not isinstance(source, cst.SimpleStatementLine | cst.BaseCompoundStatement) or not (
        isinstance(target, cst.SimpleStatementLine | cst.BaseCompoundStatement)
    ):
        return target, source
    lines = list(source.leading_lines)
    blank = 0
    while blank < len(lines) and lines[blank].comment is None:
        blank += 1
    if not blank:
        return target, source
    moved = target.with_changes(leading_lines=[*lines[:blank], *target.leading_lines])
    kept = source.with_changes(leading_lines=lines[blank:])
    return cast(cst.CSTNodeT, moved), cast(cst.CSTNodeT, kept)


def _is_ellipsis(node: cst.BaseSmallStatement) -> bool:
    return isinstance(node, cst.Expr) and isinstance(node.value, cst.Ellipsis)


def is_placeholder(stmt: cst.CSTNode) -> bool:
    """`pass` or `...` without a comment, which a class that gets a member no longer needs."""
    return (
        isinstance(stmt, cst.SimpleStatementLine)
        and len(stmt.body) == 1
        and (isinstance(stmt.body[0], cst.Pass) or _is_ellipsis(stmt.body[0]))
        and stmt.trailing_whitespace.comment is None
        and all(line.comment is None for line in stmt.leading_lines)
    )


def without_placeholders(statements: list[cst.BaseStatement]) -> list[cst.BaseStatement]:
    """The statements without placeholders (unless nothing else is left); the blank lines
    above a placeholder go to the statement that took its place."""
    kept: list[cst.BaseStatement] = []
    carried: list[cst.EmptyLine] = []
    for stmt in statements:
        if is_placeholder(stmt):
            carried.extend(cst.ensure_type(stmt, cst.SimpleStatementLine).leading_lines)
            continue
        if carried and isinstance(stmt, cst.SimpleStatementLine | cst.BaseCompoundStatement):
            stmt = stmt.with_changes(leading_lines=[*carried, *stmt.leading_lines])
        carried = []
        kept.append(stmt)
    return kept or statements


CommentEdit = Callable[[TrailingComment], TrailingComment]


def edited_comment(whitespace: cst.TrailingWhitespace, edit: CommentEdit) -> cst.TrailingWhitespace:
    """The end of a line with its trailing comment edited part by part (see
    codemod.trailing_comments); a line whose comment does not change is left as it is."""
    old = whitespace.comment.value if whitespace.comment else ""
    parts = TrailingComment.parse(old)
    new = edit(parts)
    if new == parts:
        return whitespace
    text = new.render()
    if not text:
        return whitespace.with_changes(whitespace=cst.SimpleWhitespace(""), comment=None)
    # A comment that stays keeps its spacing; a new one is two spaces off the code.
    spacing = whitespace.whitespace if old else cst.SimpleWhitespace("  ")
    return whitespace.with_changes(whitespace=spacing, comment=cst.Comment(text))


def string_literal(value: str, quote: str = '"') -> str:
    """A Python string literal for an exact database value, quoted as ruff and black
    quote it in a file whose style is `quote`: with the other quote only when the value
    holds more of the preferred one (`'say "hi"'`, `"it's"`), so that a formatter run
    after schemasync changes nothing. Characters that are not printable (`\\n`, `\\x85`,
    `\\u2028`) are escaped, so that the literal stays on its line."""
    other = "'" if quote == '"' else '"'
    if value.count(quote) > value.count(other):
        quote = other
    return quote + "".join(_escaped(char, quote) for char in value) + quote


def _escaped(char: str, quote: str) -> str:
    if char in ("\\", quote):
        return "\\" + char
    if char.isprintable():
        return char
    return repr(char)[1:-1]  # \\n, \\t, \\x85, \\u2028


def uses_union_syntax(annotations: Sequence[str]) -> bool:
    """Whether a class already writes `T | None` rather than `Optional[T]`."""
    return any("| None" in a or "None |" in a for a in annotations)


def render_annotation(canonical: str, union_syntax: bool, quote: str = '"') -> str:
    """`Optional[list[str]]` as written in a file that prefers `list[str] | None`, and
    `Literal['a']` as written in a file that prefers double quotes."""
    text = canonical
    if union_syntax and "Optional[" in canonical:
        text = ast.unparse(_to_union(ast.parse(canonical, mode="eval").body))
    if "'" in text or '"' in text:
        text = _requoted(text, quote)
    return text


def _requoted(expression: str, quote: str) -> str:
    """The expression with each string literal written by `string_literal`: canonical
    annotations come from `ast.unparse`, which quotes as `repr` does (single quotes)."""
    lines = expression.splitlines(keepends=True)
    line_starts = list(itertools.accumulate(map(len, lines), initial=0))
    parts: list[str] = []
    done = 0
    for token in tokenize.generate_tokens(io.StringIO(expression).readline):
        if token.type != tokenize.STRING:
            continue
        value = ast.literal_eval(token.string)
        if isinstance(value, str):  # bytes keep their spelling
            start = line_starts[token.start[0] - 1] + token.start[1]
            parts += [expression[done:start], string_literal(value, quote)]
            done = line_starts[token.end[0] - 1] + token.end[1]
    return "".join(parts) + expression[done:]


def _to_union(node: ast.expr) -> ast.expr:
    if isinstance(node, ast.Subscript):
        inner = _to_union(node.slice)
        if isinstance(node.value, ast.Name) and node.value.id == "Optional":
            return ast.BinOp(inner, ast.BitOr(), ast.Constant(None))
        return ast.Subscript(_to_union(node.value), inner)
    if isinstance(node, ast.Tuple):
        return ast.Tuple([_to_union(e) for e in node.elts])
    return node


def expand_one_line_class(module: cst.Module) -> cst.Module:
    """`class S(str, Enum): A = "a"` written on one line gets an indented body, one
    statement a line, so that members and fields can be inserted; its comment stays on
    the class line."""
    body = list(module.body)
    for index, stmt in enumerate(body):
        if isinstance(stmt, cst.ClassDef) and isinstance(stmt.body, cst.SimpleStatementSuite):
            suite = stmt.body
            lines = [
                cst.SimpleStatementLine([small.with_changes(semicolon=cst.MaybeSentinel.DEFAULT)])
                for small in suite.body
            ]
            header = suite.trailing_whitespace
            body[index] = stmt.with_changes(
                whitespace_before_colon=stmt.whitespace_before_colon,
                body=cst.IndentedBlock(body=lines, header=header),
            )
    return module.with_changes(body=body)
