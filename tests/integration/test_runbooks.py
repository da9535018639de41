"""Runbooks run headless through papermill against the real control plane: exit codes, the
executed notebook as the change record, no secrets in it; nbval re-runs of the shipped notebooks;
the CronJob example validated by server-side dry-run."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from dotop_nb import audit, evaluation
from dotop_nb.cluster.client import KubeClient
from dotop_nb.runbooks import available
from dotop_nb.ui import SANITIZE_FILE

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "dotop_nb" / "policy" / "starter"


def runbook(
    tmp_path: Path, kubeconfig: str, name: str, *params: str, policies: Path | None = None
) -> tuple[int, str, Path]:
    out = tmp_path / f"{name}-{len(list(tmp_path.glob('*.ipynb')))}.ipynb"
    argv = [sys.executable, "-m", "dotop_nb.cli", "runbook", "run", name, "-o", str(out)]
    for i in range(0, len(params), 2):
        argv += ["-p", params[i], params[i + 1]]
    env = {
        **os.environ,
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_USER": "ci-runner",  # the approver of a headless run: a real identity
    }
    if policies is not None:
        env["DOTOP_POLICIES"] = str(policies)
    result = subprocess.run(
        argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    return result.returncode, result.stdout + result.stderr, out


@pytest.fixture
def shop(kube: KubeClient, namespace: str) -> str:
    evaluation.install_shop(kube, namespace)
    return namespace


def table(notebook: Path) -> Any:
    """The audit of an executed runbook: whatever the outcome, what the product wrote audits
    clean (no forged-looking output, no record missing, no unbacked session id)."""
    rows = audit.read([notebook])
    assert not rows["tampered"].any(), rows[rows["tampered"]]["problems"].tolist()
    return rows


def test_the_shipped_runbooks_and_their_parameters() -> None:
    books = {b.name: b for b in available()}
    assert set(books) == {
        "operate",
        "update-image",
        "scale",
        "autoscale",
        "make-ha",
        "rollback",
        "fleet-audit",
    }
    for book in books.values():
        if book.name != "fleet-audit":
            assert book.parameters["approve"] is False, book.name  # safe default


def test_propose_only_then_approved_runs(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    code, out, nb = runbook(
        tmp_path, kubeconfig, "scale", "workload", "my-api", "replicas", "4", "namespace", shop
    )
    assert code == 3, out
    assert kube.get("apps/v1", "Deployment", "my-api", shop)["spec"]["replicas"] == 2
    row = table(nb).iloc[0]
    assert (row["outcome"], row["decision"], row["tampered"]) == ("proposed", "none", False)

    cases = [
        ("scale", ("workload", "my-api", "replicas", "4")),
        ("update-image", ("workload", "payments", "image", "3.1.0")),
        ("autoscale", ("workload", "frontend", "min_replicas", "3", "max_replicas", "6")),
        ("make-ha", ("workload", "postgres")),
        ("rollback", ("workload", "checkout")),
        ("operate", ("intent", "restart worker")),
    ]
    for name, params in cases:
        code, out, nb = runbook(
            tmp_path, kubeconfig, name, *params, "namespace", shop, "approve", "true"
        )
        assert code == 0, (name, out)
        row = table(nb).iloc[0]
        assert row["outcome"] == "executed", (name, row.to_dict())
        assert row["decision"] == "approved"
        assert row["approved_by"] == "ci-runner"
        assert bool(row["validation_ok"])
        assert not bool(row["tampered"])
    assert kube.get("apps/v1", "Deployment", "my-api", shop)["spec"]["replicas"] == 4
    assert (
        kube.get("apps/v1", "Deployment", "payments", shop)["spec"]["template"]["spec"][
            "containers"
        ][0]["image"]
        == "ghcr.io/acme/payments:3.1.0"
    )
    # Other tests may have installed the KEDA CRD: the planner then picks a ScaledObject.
    if ("keda.sh/v1alpha1", "ScaledObject") in kube.resources(refresh=True):
        scaled = kube.get("keda.sh/v1alpha1", "ScaledObject", "frontend", shop)["spec"]
        assert (scaled["minReplicaCount"], scaled["maxReplicaCount"]) == (3, 6)
    else:
        hpa = kube.get("autoscaling/v2", "HorizontalPodAutoscaler", "frontend", shop)["spec"]
        assert (hpa["minReplicas"], hpa["maxReplicas"]) == (3, 6)
    assert kube.get("apps/v1", "StatefulSet", "postgres", shop)["spec"]["replicas"] == 3
    assert (
        kube.get("apps/v1", "Deployment", "checkout", shop)["spec"]["template"]["spec"][
            "containers"
        ][0]["image"]
        == "ghcr.io/acme/checkout:1.0.0"
    )


def test_failures_exit_non_zero_with_the_reason_in_the_notebook(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    code, out, nb = runbook(
        tmp_path, kubeconfig, "operate", "intent", "scale my-api", "namespace", shop
    )
    assert code == 4, out
    assert "needs_clarification" in out
    text = nb.read_text()
    assert "How many replicas" in text

    starter = STARTER
    code, out, nb = runbook(
        tmp_path,
        kubeconfig,
        "scale",
        "workload",
        "frontend",
        "replicas",
        "1",
        "namespace",
        shop,
        "approve",
        "true",
        policies=starter,
    )
    assert code == 5, out
    assert table(nb).iloc[0]["outcome"] == "blocked"

    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": shop, "labels": {"env": "production"}},
        }
    )
    code, out, nb = runbook(
        tmp_path,
        kubeconfig,
        "scale",
        "workload",
        "my-api",
        "replicas",
        "3",
        "namespace",
        shop,
        "approve",
        "true",
        policies=starter,
    )
    assert code == 5, out
    assert "interactive human approval is required" in nb.read_text()
    assert kube.get("apps/v1", "Deployment", "my-api", shop)["spec"]["replicas"] == 2

    code, out, _ = runbook(
        tmp_path, kubeconfig, "scale", "workload", "my-api", "api_token", "abc", "namespace", shop
    )
    assert code == 2
    assert "look like secrets" in out


def test_fleet_audit_reports_findings_and_no_secret_leaks(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "db", "namespace": shop},
            "stringData": {"password": "runbook-s3cret-77"},
        }
    )
    code, out, nb = runbook(
        tmp_path,
        kubeconfig,
        "fleet-audit",
        "namespace",
        shop,
        policies=STARTER,
    )
    assert code == 0, out
    text = nb.read_text()
    assert "Policy findings" in text
    assert "workload-hygiene" in text  # worker has no requests and no probe
    assert "deployment/worker" in text
    for secret in ("runbook-s3cret-77", base64.b64encode(b"runbook-s3cret-77").decode()):
        assert secret not in text


def test_nbval_replays_an_executed_runbook(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    """nbval re-executes a recorded runbook and compares its outputs with the record (the
    volatile parts sanitized): the record is an executable change record."""
    code, out, nb = runbook(
        tmp_path, kubeconfig, "operate", "intent", "scale my-api to 3", "namespace", shop
    )
    assert code == 3, out
    env = {
        **os.environ,
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_USER": "ci-runner",  # the approver of a headless run: a real identity
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--nbval",
            "--nbval-sanitize-with",
            str(SANITIZE_FILE),
            str(nb),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_cronjob_example_passes_a_server_side_dry_run(kube: KubeClient, namespace: str) -> None:
    documents = list(yaml.safe_load_all((ROOT / "docs/examples/runbook-cronjob.yaml").read_text()))
    assert [d["kind"] for d in documents] == [
        "ServiceAccount",
        "Role",
        "RoleBinding",
        "PersistentVolumeClaim",
        "CronJob",
    ]
    for document in documents:
        document["metadata"]["namespace"] = namespace
        for subject in document.get("subjects", []):
            subject["namespace"] = namespace
        answer = kube.apply(document, dry_run=True)
        assert answer["metadata"]["name"] == document["metadata"]["name"]
    role = next(d for d in documents if d["kind"] == "Role")
    verbs = {v for rule in role["rules"] for v in rule["verbs"]}
    assert verbs == {"get", "list"}, "the audit runbook's account must be read-only"
    assert json.dumps(documents).count("ClusterRole") == 0
