from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from dotop_nb.commands.knowledge import register
from dotop_nb.errors import DotopError

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = ROOT / "patterns"
POLICIES = ROOT / "dotop_nb" / "policy" / "starter"


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOTOP_PATTERNS", str(PATTERNS))
    monkeypatch.setenv("DOTOP_POLICIES", str(POLICIES))
    for name in ("DOTOP_EMBEDDER", "DOTOP_QDRANT_PATH", "DOTOP_QDRANT_URL"):
        monkeypatch.delenv(name, raising=False)


def run(*argv: str) -> int:
    """Parse with a parser that only has our subcommands, run the handler, map errors to codes
    as ``dotop_nb.cli.main`` does."""
    parser = argparse.ArgumentParser(prog="dotop-nb")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except DotopError as err:
        print(f"error: {err}")
        return err.exit_code
    return code


def test_patterns_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("patterns", "list") == 0
    out = capsys.readouterr().out
    assert "autoscaling" in out
    assert "zero-downtime-update" in out
    assert "production-approval" not in out  # a policy

    assert run("patterns", "list", "--output", "json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["kind"] for r in rows} == {"pattern"}

    assert run("patterns", "show", "autoscaling") == 0
    out = capsys.readouterr().out
    assert out.startswith(f"# {PATTERNS / 'autoscaling.yaml'}\nid: autoscaling\n")
    assert "prefer:\n  - hpa\n  - keda" in out

    assert run("patterns", "show", "nope") == 2
    assert "no pattern with id 'nope'" in capsys.readouterr().out


def test_patterns_search(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("patterns", "search", "make", "checkout", "survive", "a", "node", "failure") == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "stateless-ha" in first
    assert run("patterns", "search", "nightly backups", "-k", "2", "--output", "json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert next(h["id"] for h in hits) == "scheduled-backups"
    assert len(hits) == 2
    assert set(hits[0]["scores"]) == {"vector", "keyword", "trigger"}
    assert run("patterns", "search", " ") == 2


def test_patterns_validate_and_add(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("patterns", "validate") == 0
    assert "14 patterns valid" in capsys.readouterr().out

    folder = tmp_path / "patterns"
    folder.mkdir()
    draft = tmp_path / "draft.yaml"
    draft.write_text((PATTERNS / "autoscaling.yaml").read_text().replace("autoscale\n", "auto\n"))
    assert run("patterns", "add", str(draft), "--patterns-dir", str(folder)) == 2
    assert "category: Input should be" in capsys.readouterr().out
    assert list(folder.iterdir()) == []

    draft.write_text((PATTERNS / "autoscaling.yaml").read_text())
    assert run("patterns", "add", str(draft), "--patterns-dir", str(folder)) == 0
    assert "added pattern autoscaling" in capsys.readouterr().out
    assert (folder / "draft.yaml").exists()

    (folder / "broken.yaml").write_text("id: broken\nname: Broken\n")
    assert run("patterns", "validate", "--patterns-dir", str(folder)) == 2
    err = capsys.readouterr().err
    assert f"invalid: {folder / 'broken.yaml'} (document 1): description: missing" in err
    assert "problems in the pattern files" in err


def test_policies_list_show_search_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("policies", "list") == 0
    out = capsys.readouterr().out
    assert "production-approval" in out
    assert "require_approval" in out
    assert run("policies", "show", "no-cluster-admin") == 0
    assert "forbidden_kinds" in capsys.readouterr().out
    assert run("policies", "search", "who approves changes in production", "-k", "1") == 0
    assert "production-approval" in capsys.readouterr().out
    assert run("policies", "validate") == 0
    assert "8 policies valid" in capsys.readouterr().out

    # Readable as a document, but the policy engine rejects it: validate says so, exit 2.
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "p.yaml").write_text("id: p\nname: P\neffect: block\nrules: {min_replicas: 2}\n")
    assert run("policies", "validate", "--policies-dir", str(folder)) == 2
    assert "effect: Input should be 'deny', 'require_approval' or 'warn'" in capsys.readouterr().err
