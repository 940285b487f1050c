"""Hypothesis profiles for the unit tests, as libcst's test_fuzz.py names its own.

`ci` (the default) keeps the suite quick and reproducible; `dev` runs long fuzzing
sessions: `HYPOTHESIS_PROFILE=dev .venv/bin/pytest tests/unit`.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=2000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
