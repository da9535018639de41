from __future__ import annotations

from pathlib import Path

import pytest

from dotop_nb import __version__, cli
from dotop_nb.errors import ComponentFailed, DotopError


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"dotop-nb {__version__}"


def test_cluster_env_without_a_cluster_says_how_to_start_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DOTOP_STATE_DIR", str(tmp_path))
    assert cli.main(["cluster", "env"]) == 10
    err = capsys.readouterr().err
    assert "not running" in err
    assert "dotop-nb cluster up" in err


def test_unknown_subcommand_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["clusterr"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_errors_render_short_in_ipython_and_cut_long_payloads() -> None:
    err = ComponentFailed("etcd", "x" * 5000, hint="look at the log")
    lines = err._render_traceback_()
    assert lines[0].startswith("ComponentFailed: etcd: ")
    assert "→ look at the log" in lines[0]
    assert len(err.message) <= 2000
    assert "more characters" in err.message
    assert isinstance(err, DotopError)
