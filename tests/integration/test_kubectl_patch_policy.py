"""A pasted ``kubectl patch`` meets the same server-side dry-run and policy checks as the request
said in words (the shipped starter policies): refused as that request is, or made exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.service import ExecutionRefused
from tests.helpers import deploy, deployment
from tests.helpers import starter_operator as operator

pytestmark = pytest.mark.integration


def pasted(kind: str, name: str, body: object, kind_of: str = "") -> str:
    flag = f" --type {kind_of}" if kind_of else ""
    return f"kubectl patch {kind} {name}{flag} -p '{json.dumps(body)}'"


def test_a_pasted_scale_down_is_refused_as_the_request_in_words_is(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=6))
    with operator(kubeconfig, tmp_path) as op:
        said = op.analyze("scale my-api to 2", namespace=namespace)
        for intent in (
            pasted("deploy", "my-api", {"spec": {"replicas": 2}}),
            pasted(
                "deployment",
                "my-api",
                [{"op": "replace", "path": "/spec/replicas", "value": 2}],
                "json",
            ),
        ):
            patched = op.analyze(intent, namespace=namespace)
            assert patched.status == said.status == "blocked", patched.question
            assert [d.policy_id for d in patched.denied] == [d.policy_id for d in said.denied]
            with pytest.raises(ExecutionRefused, match="blocked by policy: scaling-constraints"):
                op.execute(patched.session_id, approve=patched.plan_hash, interactive=True)
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 6


def test_a_pasted_privileged_container_is_refused_by_pod_security(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("payments", namespace, replicas=2))
    body = {
        "spec": {
            "template": {
                "spec": {"containers": [{"name": "app", "securityContext": {"privileged": True}}]}
            }
        }
    }
    with operator(kubeconfig, tmp_path) as op:
        patched = op.analyze(pasted("deploy", "payments", body), namespace=namespace)
        assert patched.status == "blocked", patched.question
        assert [d.policy_id for d in patched.denied] == ["pod-security"]
    live = kube.get("apps/v1", "Deployment", "payments", namespace)
    assert "securityContext" not in live["spec"]["template"]["spec"]["containers"][0]


def test_a_pasted_patch_within_policy_is_made_exactly(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("frontend", namespace, replicas=2))
    body = {
        "spec": {
            "template": {"spec": {"containers": [{"name": "app", "imagePullPolicy": "Always"}]}}
        }
    }
    with operator(kubeconfig, tmp_path) as op:
        proposal = op.analyze(pasted("deploy", "frontend", body), namespace=namespace)
        assert proposal.status == "proposed", proposal.question
        assert [(o.kind, o.target.name) for o in proposal.operations] == [("patch", "frontend")]
        session = op.execute(
            proposal.session_id, approve=proposal.plan_hash, interactive=True, approver="alice"
        )
    assert session.status == "executed", session.message
    container = kube.get("apps/v1", "Deployment", "frontend", namespace)["spec"]["template"][
        "spec"
    ]["containers"][0]
    assert container["imagePullPolicy"] == "Always"
    assert container["image"] == "nginx:1.25"  # nothing the patch did not give
