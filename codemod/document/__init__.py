"""Schema -> documentation: markdown (with the Mermaid diagram), JSON or the Mermaid
diagram alone. One renderer per format, chosen by name; pure, like the reports."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

from codemod.document.markdown import render_markdown
from codemod.document.mermaid import render_mermaid
from codemod.document.metrics import measure
from codemod.formats import InspectFormat
from codemod.model import Schema

__all__ = ["render_document"]


def render_document(schema: Schema, fmt: InspectFormat, source: str) -> str:
    """The document of `schema`; `source` says where it was read (no password)."""
    return _RENDERERS[fmt](schema, source)


def _json(schema: Schema, source: str) -> str:
    """The canonical form of the schema (what a snapshot holds) with the metrics."""
    body = {
        "source": source,
        "db_hash": schema.sha256,
        "metrics": dataclasses.asdict(measure(schema)),
        **schema.to_data(),
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


_RENDERERS: dict[InspectFormat, Callable[[Schema, str], str]] = {
    "markdown": render_markdown,
    "json": _json,
    "mermaid": lambda schema, _source: render_mermaid(schema),
}
