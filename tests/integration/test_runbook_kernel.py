"""The kernel a runbook runs in: started over IPC sockets (no TCP port, no "running over TCP
without encryption" warning in `dotop-nb runbook run`'s output), and a working record."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.client import KubeClient

pytestmark = pytest.mark.integration


@pytest.mark.skipif(os.name != "posix", reason="IPC sockets are a POSIX transport")
def test_runbook_run_prints_no_transport_warning(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    evaluation.install_shop(kube, namespace)
    out = tmp_path / "scale.ipynb"
    argv = [sys.executable, "-m", "dotop_nb.cli", "runbook", "run", "scale", "-o", str(out)]
    argv += ["-p", "workload", "my-api", "-p", "replicas", "4", "-p", "namespace", namespace]
    env = {**os.environ, "KUBECONFIG": kubeconfig, "DOTOP_SESSIONS": str(tmp_path / "s")}
    done = subprocess.run(
        argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    assert done.returncode == 3, done.stdout + done.stderr  # proposed, not executed
    assert "runbook scale: proposed" in done.stdout
    assert "without encryption" not in done.stdout + done.stderr
    assert "WARNING" not in done.stderr, done.stderr
    assert out.is_file()
