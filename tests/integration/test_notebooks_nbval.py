"""`pytest --nbval-lax` over the shipped runbooks (default parameters) and the docs notebooks,
each against a real control plane."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.demo import deploy_sample_app, sample_app
from tests.helpers import rolled_out, wait_for

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def nbval(paths: list[Path], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--nbval-lax",
            *map(str, paths),
        ],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


def test_runbooks_run_with_their_default_parameters(
    kube: KubeClient, kubeconfig: str, tmp_path: Path
) -> None:
    # The defaults name my-api in namespace default; give it a second revision for `rollback`.
    deploy_sample_app(kube, "default")
    manifest = next(m for m in sample_app("default") if m["kind"] == "Deployment")
    manifest["spec"]["template"]["spec"]["containers"][0]["image"] = "ghcr.io/dotop-nb/my-api:1.0.1"
    kube.apply(manifest)
    wait_for(lambda: rolled_out(kube, "my-api", "default"), what="second revision")
    env = {**os.environ, "KUBECONFIG": kubeconfig, "DOTOP_SESSIONS": str(tmp_path / "s")}
    books = sorted((ROOT / "runbooks").glob("*.ipynb"))
    assert len(books) == 10
    result = nbval(books, env, tmp_path)
    assert result.returncode == 0, result.stdout[-4000:]
    cells = sum(
        1
        for book in books
        for c in json.loads(book.read_text())["cells"]
        if c["cell_type"] == "code"
    )
    assert f"{cells} passed" in result.stdout  # every code cell of every runbook ran


def test_the_demo_notebook_runs(tmp_path: Path, kubeconfig: str) -> None:
    env = {
        **os.environ,
        "DOTOP_STATE_DIR": str(tmp_path / "state"),
        "DOTOP_SESSIONS": str(tmp_path / "s"),
    }
    env.pop("KUBECONFIG", None)
    try:
        result = nbval([ROOT / "docs" / "demo.ipynb"], env, tmp_path)
        assert result.returncode == 0, result.stdout[-4000:]
        assert " passed" in result.stdout
    finally:
        subprocess.run(
            [sys.executable, "-m", "dotop_nb.cli", "cluster", "down"],
            env=env,
            capture_output=True,
            check=False,
            timeout=60,
        )
