"""Fixtures of the integration tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from .sandbox import clean_env


@pytest.fixture
def runner_env(tmp_path: Path) -> dict[str, str]:
    """The files a GitHub runner provides, and an empty secret (as in a fork's PR)."""
    for name in ("output", "summary"):
        (tmp_path / name).touch()
    (tmp_path / "runner-temp").mkdir()
    return clean_env(
        tmp_path,
        {
            "GITHUB_OUTPUT": str(tmp_path / "output"),
            "GITHUB_STEP_SUMMARY": str(tmp_path / "summary"),
            "RUNNER_TEMP": str(tmp_path / "runner-temp"),
            "SUPABASE_DB_URL": "",
        },
    )
