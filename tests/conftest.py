"""Settings every test shares."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dotop_nb.evaluation.model import JUDGED_ON
from dotop_nb.planner.offline.misreads import as_of
from dotop_nb.settings import CI_USER_VARIABLES

AMBIENT = ("CI", "DOTOP_UNATTENDED", "DOTOP_USER", "JUPYTERHUB_USER", *CI_USER_VARIABLES)
"""Variables of the machine running the suite that change who approves and whether a person is
present: a CI runner sets ``CI=true`` (so every approval would be unattended) and its user
variables. Tests of those rules set them explicitly; everything else runs as on a workstation."""


def pytest_configure(config: pytest.Config) -> None:
    # Before any fixture starts a kernel, a JupyterLab server or a CLI process: they inherit this.
    for name in AMBIENT:
        os.environ.pop(name, None)


@pytest.fixture(autouse=True)
def _judged_on() -> Iterator[None]:
    # The dates in the tests' words ("not before 2026-12-10") were ahead when written: judged as
    # of that day, as the shipped scenario sets are, so a test does not change with the calendar.
    with as_of(JUDGED_ON):
        yield


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
