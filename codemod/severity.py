"""The project's one severity scale, shared by drift reports and the migration linter."""

from __future__ import annotations

import enum


class Severity(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def parse(cls, text: object) -> Severity:
        """`"high"`, `"HIGH"` -> Severity.HIGH; anything else raises ValueError."""
        if isinstance(text, str) and text.upper() in cls.__members__:
            return cls[text.upper()]
        choices = ", ".join(m.name.lower() for m in cls)
        raise ValueError(f"severity must be one of {choices}, not {text!r}")

    def __str__(self) -> str:
        return self.name
