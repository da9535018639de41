"""The demo indexes patterns and policies in an embedded Qdrant folder of its own."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from dotop_nb import demo
from dotop_nb.knowledge.location import PATH_VARIABLE, Location


def test_the_demo_runs_on_a_local_qdrant_folder_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PATH_VARIABLE, raising=False)
    monkeypatch.delenv("DOTOP_QDRANT_URL", raising=False)
    out = io.StringIO()
    with demo._local_qdrant(out):
        inside = Location.from_env()
        assert inside.path is not None
        assert inside.path.is_dir()
        folder = inside.path
    assert f"local Qdrant (embedded) at {folder}" in out.getvalue()
    assert PATH_VARIABLE not in os.environ
    assert not folder.exists()  # the run's own folder, removed with it


def test_a_configured_qdrant_location_is_left_as_it_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(PATH_VARIABLE, str(tmp_path))
    out = io.StringIO()
    with demo._local_qdrant(out):
        assert Location.from_env().path == tmp_path
    assert os.environ[PATH_VARIABLE] == str(tmp_path)
    assert out.getvalue() == ""
