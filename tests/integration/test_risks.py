"""Risks on the real control plane (issue 12 §4): the apiserver's dry-run answer for a pod
template change, PodDisruptionBudgets and workloads listed from the namespace, and the
namespace's own labels."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.service import Operator
from tests.helpers import deploy, deployment

pytestmark = pytest.mark.integration


def _operator(kubeconfig: str, tmp_path: Path) -> Operator:
    (tmp_path / "policies").mkdir()
    return Operator(
        kubeconfig=kubeconfig,
        planner="offline",
        sessions=tmp_path / "sessions",
        policies=tmp_path / "policies",
    )


def test_scaling_below_a_pdb_and_a_new_registry_and_a_restart(
    kube: KubeClient, kubeconfig: str, namespace: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=3))
    kube.apply(
        {
            "apiVersion": "policy/v1",
            "kind": "PodDisruptionBudget",
            "metadata": {"name": "my-api", "namespace": namespace},
            "spec": {"minAvailable": 2, "selector": {"matchLabels": {"app": "my-api"}}},
        }
    )
    with _operator(kubeconfig, tmp_path) as op:
        down = op.analyze("scale my-api to 1 replica", namespace=namespace)
        assert (
            "operation 1 (deployment/my-api): scaling to 1 goes below PodDisruptionBudget my-api "
            "(minAvailable 2): it can never be met, so every voluntary eviction (a node drain) "
            "is blocked"
        ) in down.risks
        image = op.analyze("set image of my-api to quay.io/team/api:2", namespace=namespace)
        assert image.status == "proposed", image.question
        assert (
            "operation 1 (deployment/my-api) changes the pod template: all 3 pods restart, "
            "rolling update with maxUnavailable 25% and maxSurge 25%"
        ) in image.risks
        assert (
            "operation 1 (deployment/my-api): image quay.io/team/api:2 comes from registry "
            "quay.io, which no workload in the namespace uses today"
        ) in image.risks
        assert image.confirm_namespace is False
    # Nothing was written by proposing.
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 3


def test_a_production_label_asks_for_confirmation(
    kube: KubeClient, kubeconfig: str, namespace: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": namespace, "labels": {"environment": "production"}},
        }
    )
    with _operator(kubeconfig, tmp_path) as op:
        p = op.analyze("scale my-api to 3 replicas", namespace=namespace)
    assert p.confirm_namespace is True
    assert (
        f"namespace {namespace} is a production namespace (label environment=production): "
        f"approving needs its name typed to confirm (the widget's box; --confirm-namespace "
        f"{namespace} on %operate approve and the CLI; the runbook parameter confirm_namespace)"
    ) in p.risks


def test_the_same_intent_again_is_nothing_to_do(
    kube: KubeClient, kubeconfig: str, namespace: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=3))
    with _operator(kubeconfig, tmp_path) as op:
        p = op.analyze("scale my-api to 3 replicas", namespace=namespace)
        assert p.status == "satisfied"
        assert op.session(p.session_id).message == (
            f"nothing to do: deployment/my-api in {namespace} is already in the requested state"
        )


def test_a_production_namespace_runs_only_with_its_name_typed_on_the_cli(
    kube: KubeClient, kubeconfig: str, namespace: str, tmp_path: Path
) -> None:
    """attack12 1: `operate --approve` and `session approve` are refused (exit 5, nothing
    changed) without --confirm-namespace, and run with it."""
    from tests.integration.test_cli_operate import run  # noqa: PLC0415

    deploy(kube, deployment("my-api", namespace, replicas=2))
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": namespace, "labels": {"environment": "production"}},
        }
    )
    argv = ("operate", "scale my-api to 3", "-n", namespace, "--approve", "--output", "json")
    code, out, err = run(*argv, kubeconfig=kubeconfig, tmp_path=tmp_path)
    assert code == 5, (out, err)
    assert out["outcome"] == "refused"
    assert f"--confirm-namespace {namespace}" in err + json.dumps(out)
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 2
    sid, plan = out["session_id"], out["plan_hash"]
    approve = ("session", "approve", sid, "--hash", plan, "-n", namespace)
    code, out, err = run(*approve, kubeconfig=kubeconfig, tmp_path=tmp_path)
    assert code == 5, (out, err)
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 2
    typed = (*approve, "--confirm-namespace", namespace)
    code, out, err = run(*typed, kubeconfig=kubeconfig, tmp_path=tmp_path)
    assert code == 0, (out, err)
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 3
