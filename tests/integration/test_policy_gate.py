"""Policies are enforced by code over the typed operations (with the shipped starter policies)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.service import ExecutionRefused
from tests.helpers import deploy, deployment
from tests.helpers import starter_operator as operator

pytestmark = pytest.mark.integration


def test_deny_blocks_the_plan_and_execution(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=6))
    with operator(kubeconfig, tmp_path) as op:
        proposal = op.analyze("scale my-api to 2", namespace=namespace)
        assert proposal.status == "blocked"
        denied = proposal.denied
        assert [d.policy_id for d in denied] == ["scaling-constraints"]
        assert "67%" in denied[0].reason
        with pytest.raises(ExecutionRefused, match="blocked by policy: scaling-constraints"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 6


def test_require_approval_needs_an_interactive_human(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": namespace, "labels": {"env": "production"}},
        }
    )
    deploy(kube, deployment("my-api", namespace, replicas=3))
    with operator(kubeconfig, tmp_path) as op:
        proposal = op.analyze("scale my-api to 4", namespace=namespace)
        assert proposal.status == "proposed"
        assert proposal.needs_interactive_approval
        with pytest.raises(ExecutionRefused, match="interactive human approval is required"):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 3
        session = op.execute(
            proposal.session_id, approve=proposal.plan_hash, interactive=True, approver="alice"
        )
    assert session.status == "executed", session.message
    assert session.approval is not None
    assert session.approval.interactive
    assert session.approval.by == "alice"
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 4


def test_warn_is_recorded_and_does_not_block(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("worker", namespace, replicas=2, probe=False))
    with operator(kubeconfig, tmp_path) as op:
        proposal = op.analyze("scale worker to 1", namespace=namespace)
        effects = {(d.policy_id, d.effect) for d in proposal.policy}
        assert ("minimum-redundancy", "warn") in effects
        assert ("workload-hygiene", "warn") in effects
        assert proposal.status == "proposed"
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "executed", session.message
    assert kube.get("apps/v1", "Deployment", "worker", namespace)["spec"]["replicas"] == 1
