"""Attack 12 defects 6 and 8: a runbook about a namespace that does not exist is bad input
(exit 2, said before any step), and bad input reads "refused", not "failed"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dotop_nb.cluster.client import KubeClient
from tests.helpers import deploy, deployment

pytestmark = pytest.mark.integration


def _run(tmp_path: Path, kubeconfig: str, *args: str) -> subprocess.CompletedProcess[str]:
    argv = [sys.executable, "-m", "dotop_nb.cli", "runbook", "run", *args]
    env = {**os.environ, "KUBECONFIG": kubeconfig, "DOTOP_SESSIONS": str(tmp_path / "s")}
    return subprocess.run(
        argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False
    )


@pytest.mark.parametrize("runbook", ["pre-maintenance", "scale"])
def test_a_namespace_that_does_not_exist_exits_2(
    kube: KubeClient, kubeconfig: str, tmp_path: Path, runbook: str
) -> None:
    out = tmp_path / "x.ipynb"
    done = _run(tmp_path, kubeconfig, runbook, "-p", "namespace", "nosuchns", "-o", str(out))
    said = done.stdout + done.stderr
    assert done.returncode == 2, said
    assert f"runbook {runbook}: refused" in done.stdout
    assert "namespace 'nosuchns' does not exist" in said
    assert "failed" not in done.stdout


def test_a_refused_parameter_says_refused(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    args = ["scale", "-p", "namespace", namespace, "-p", "replicas", "-3"]
    done = _run(tmp_path, kubeconfig, *args, "-o", str(tmp_path / "x.ipynb"))
    assert done.returncode == 2, done.stdout + done.stderr
    assert "runbook scale: refused" in done.stdout
    assert "failed" not in done.stdout + done.stderr


def test_a_runbook_approves_in_production_only_with_confirm_namespace(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    """attack12 1: `-p approve true` in a production namespace is refused (exit 5, nothing
    changed) until `-p confirm_namespace NS` names it."""
    deploy(kube, deployment("my-api", namespace, replicas=2))
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": namespace, "labels": {"environment": "production"}},
        }
    )
    args = ["scale", "-p", "namespace", namespace, "-p", "workload", "my-api"]
    args += ["-p", "replicas", "3", "-p", "approve", "true"]
    done = _run(tmp_path, kubeconfig, *args, "-o", str(tmp_path / "a.ipynb"))
    assert done.returncode == 5, done.stdout + done.stderr
    assert "runbook scale: refused" in done.stdout
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 2
    confirmed = [*args, "-p", "confirm_namespace", namespace]
    done = _run(tmp_path, kubeconfig, *confirmed, "-o", str(tmp_path / "b.ipynb"))
    assert done.returncode == 0, done.stdout + done.stderr
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 3
