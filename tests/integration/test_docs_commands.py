"""Every command and example in README.md and docs/*.md runs, in order, and succeeds.

Each document gets its own state folder and session journal, and (unless it starts a cluster
itself) a local control plane with the sample app from ``dotop-nb demo``. Its ```bash blocks run
in bash with ``-euo pipefail`` (a documented non-zero exit is written into the block, e.g.
``|| test $? -eq 3``) and its ```python blocks in the project's interpreter, with KUBECONFIG
pointing at that control plane.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
# Run by CI itself (.ci/run); running it from inside the test suite would recurse.
RUN_BY_CI = "./dev test"
BLOCK = re.compile(r"```(bash|python)\n(.*?)```", flags=re.S)


def blocks(markdown: Path) -> list[tuple[str, str]]:
    return [(lang, body) for lang, body in BLOCK.findall(markdown.read_text())]


def commands(markdown: Path) -> list[str]:
    """Command lines of the ```bash blocks, comments removed."""
    found = []
    for lang, body in blocks(markdown):
        if lang != "bash":
            continue
        for raw in body.splitlines():
            line = raw.split(" #", 1)[0].strip()
            if line and not line.startswith("#"):
                found.append(line)
    return found


def documents() -> list[Path]:
    """README.md and every page of docs/ that holds a ```bash or ```python block: a page with
    none has nothing to run, and would only start a control plane for it."""
    pages = sorted((ROOT / "docs").glob("*.md"))
    return [ROOT / "README.md", *(page for page in pages if blocks(page))]


def test_a_page_left_unrun_holds_no_code_block_at_all() -> None:
    # A command in a fence of another language (```sh, ```console, or none) would go unrun.
    unrun = sorted(set((ROOT / "docs").glob("*.md")) - set(documents()))
    assert unrun, "every page has a runnable block: the filter in documents() is not needed"
    fenced = [page.name for page in unrun if "```" in page.read_text()]
    assert not fenced, f"code fences outside ```bash/```python blocks: {fenced}"


def test_readme_holds_exactly_the_two_setup_commands_and_ci_runs_the_test_one() -> None:
    assert commands(ROOT / "README.md") == ["./dev demo", RUN_BY_CI]
    assert RUN_BY_CI in (ROOT / ".ci" / "run").read_text()


def _run(argv: list[str], env: dict[str, str], what: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    assert result.returncode == 0, (
        f"{what} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
    return result


@pytest.mark.parametrize("doc", documents(), ids=lambda p: p.name)
def test_documented_examples_run(doc: Path, tmp_path: Path, kubeconfig: str) -> None:
    env = {
        **os.environ,
        "DOTOP_STATE_DIR": str(tmp_path / "state"),
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "KUBECONFIG": str(tmp_path / "state" / "clusters" / "default" / "kubeconfig"),
    }
    dotop = str(ROOT / ".venv" / "bin" / "dotop-nb")
    try:
        text = "\n".join(commands(doc))
        if not any(start in text for start in ("cluster up", "dotop-nb demo", "./dev demo")):
            demo = _run([dotop, "demo"], env, "the prelude `dotop-nb demo`")
            assert "deployment shop/my-api rolled out" in demo.stdout
        for lang, body in blocks(doc):
            script = "\n".join(
                line for line in body.splitlines() if line.split(" #", 1)[0].strip() != RUN_BY_CI
            )
            if not script.strip():
                continue
            if lang == "bash":
                result = _run(
                    ["bash", "-euo", "pipefail", "-c", script], env, f"{doc.name}:\n{script}"
                )
                if "./dev demo" in script:
                    assert "deployment shop/my-api rolled out" in result.stdout
            else:
                _run(
                    [str(ROOT / ".venv" / "bin" / "python"), "-c", script],
                    env,
                    f"{doc.name}:\n{script}",
                )
    finally:
        subprocess.run(
            [dotop, "cluster", "down"], env=env, capture_output=True, check=False, timeout=60
        )
