"""Settings every test shares."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_real_model(monkeypatch: pytest.MonkeyPatch) -> None:
    # `planner="auto"` uses the real Anthropic API when a key is set: tests never do. Tests of
    # the AI planner point the SDK at the loopback Messages-API server explicitly.
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
