"""Where the version history lives in the package: its folder and its records' file
names. Its own module, with nothing imported: every sync recovers an interrupted write
of the first record, and reading the model's history format is not needed for that.
"""

from __future__ import annotations

HISTORY_DIR = "schema_history"  # beside schema_version.py, in the package folder


def record_name(number: int) -> str:
    """The record's file name, in HISTORY_DIR: `v0003.json`."""
    return f"v{number:04d}.json"


def record_number(name: str) -> int | None:
    """The version a record's file name gives (`v0003.json` -> 3), None for other files."""
    stem = name.removeprefix("v").removesuffix(".json")
    if name.startswith("v") and name.endswith(".json") and stem.isdigit():
        return int(stem)
    return None
