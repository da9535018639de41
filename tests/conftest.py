"""Settings every test shares."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _no_real_model(monkeypatch: pytest.MonkeyPatch) -> None:
    # `planner="auto"` uses the real Anthropic API when a key is set: tests never do. Tests of
    # the AI planner point the SDK at the loopback Messages-API server explicitly.
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)


@pytest.fixture(autouse=True)
def _signing_key_in_tmp(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # Records are signed with the user's key, created on first use: never the real user's key in
    # ~/.local/share. One key for the whole test run (subprocesses inherit the variable); tests of
    # the default location point XDG_DATA_HOME / HOME at a tmp folder and unset this.
    monkeypatch.setenv("DOTOP_SIGNING_KEY_FILE", str(_key_dir(tmp_path_factory) / "signing_key"))
    monkeypatch.delenv("DOTOP_TEAM_KEY", raising=False)
    monkeypatch.delenv("DOTOP_TEAM_KEY_FILE", raising=False)


def _key_dir(factory: pytest.TempPathFactory) -> Path:
    folder = factory.getbasetemp() / "signing"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder
