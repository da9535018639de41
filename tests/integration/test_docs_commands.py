"""Every command in README.md and docs/*.md runs, in order, and does what the text says."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
# Run by CI itself (.ci/run); running it from inside the test suite would recurse.
RUN_BY_CI = "./dev test"


def commands(markdown: Path) -> list[str]:
    """Command lines of the ```bash blocks, comments removed."""
    found = []
    for block in re.findall(r"```bash\n(.*?)```", markdown.read_text(), flags=re.S):
        for raw in block.splitlines():
            line = raw.split(" #", 1)[0].strip()
            if line and not line.startswith("#"):
                found.append(line)
    return found


def documents() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_ci_runs_the_readme_test_command() -> None:
    assert RUN_BY_CI in commands(ROOT / "README.md")
    ci = (ROOT / ".ci" / "run").read_text()
    assert RUN_BY_CI in ci


@pytest.mark.parametrize("doc", documents(), ids=lambda p: p.name)
def test_documented_commands_run(doc: Path, tmp_path: Path, kubeconfig: str) -> None:
    lines = [c for c in commands(doc) if c != RUN_BY_CI]
    if doc.name == "README.md":
        assert lines == ["./dev demo"], "README must hold exactly the two set-up commands"
    env = {**os.environ, "DOTOP_STATE_DIR": str(tmp_path / "state")}
    env.pop("KUBECONFIG", None)
    try:
        for line in lines:
            result = subprocess.run(
                shlex.split(line),
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            assert result.returncode == 0, f"`{line}` failed:\n{result.stdout}\n{result.stderr}"
            if line == "./dev demo":
                assert "deployment shop/my-api rolled out" in result.stdout
                assert "2/2 ready" in result.stdout
    finally:
        subprocess.run(
            [str(ROOT / ".venv/bin/dotop-nb"), "cluster", "down"],
            env=env,
            capture_output=True,
            check=False,
            timeout=60,
        )
