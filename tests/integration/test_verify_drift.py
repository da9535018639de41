"""``%operate verify`` (:func:`dotop_nb.audit.verify`) judges drift on the fields the plan set.

Issue 9 §3: an HPA the session had created, untouched since, was reported drifted on its uid (the
create's dry-run shows another uid than the real create). Drift is judged on the fields the plan
set — never on server-managed fields, never on fields nobody planned.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dotop_nb import audit
from dotop_nb.cluster.client import KubeClient
from dotop_nb.models import Session
from dotop_nb.service import Operator
from dotop_nb.ui.views import DriftView
from tests.helpers import deploy, deployment

pytestmark = pytest.mark.integration

HPA = ("autoscaling/v2", "HorizontalPodAutoscaler", "my-api")


@pytest.fixture
def operator(kubeconfig: str, tmp_path: Path) -> Iterator[Operator]:
    (tmp_path / "policies").mkdir()
    op = Operator(
        kubeconfig=kubeconfig,
        planner="offline",
        sessions=tmp_path / "sessions",
        policies=tmp_path / "policies",
        validation_timeout=45,
    )
    try:
        yield op
    finally:
        op.close()


def _merge(kube: KubeClient, namespace: str, body: dict[str, Any], *, sub: str = "") -> None:
    kube.request(
        "PATCH",
        f"/apis/autoscaling/v2/namespaces/{namespace}/horizontalpodautoscalers/my-api{sub}",
        body=body,
        content_type="application/merge-patch+json",
    )


def _created_hpa(op: Operator, kube: KubeClient, namespace: str) -> Session:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    # An HPA by name: other tests may have installed KEDA's CRDs in the shared cluster.
    proposal = op.analyze("enable autoscaling for my-api with an HPA", namespace=namespace)
    assert [(o.kind, o.target.kind) for o in proposal.operations] == [
        ("apply", "HorizontalPodAutoscaler")
    ]
    assert proposal.dry_run[0].action == "create"
    session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "executed", session.message
    return session


def test_a_created_hpa_nobody_touched_is_in_sync(
    operator: Operator, kube: KubeClient, namespace: str
) -> None:
    session = _created_hpa(operator, kube, namespace)
    # A write nobody planned bumps the resourceVersion, so the fields are really compared.
    _merge(kube, namespace, {"metadata": {"annotations": {"team": "payments"}}})

    drift = audit.verify(operator, session)

    assert [(i.state, i.details) for i in drift.items] == [("in_sync", [])]
    assert DriftView(drift).verdict().startswith("in sync")


def test_a_field_the_plan_set_drifts_server_and_unrelated_fields_do_not(
    operator: Operator, kube: KubeClient, namespace: str
) -> None:
    session = _created_hpa(operator, kube, namespace)
    planned = kube.get(*HPA, namespace)
    assert planned["spec"]["maxReplicas"] != 7

    # Server-managed (status, written by controllers) and unrelated (a label, a spec field the
    # manifest never named): no drift.
    manifest = operator.session(session.id).proposal.operations[0].model_dump()["manifest"]
    assert "behavior" not in manifest["spec"]
    _merge(kube, namespace, {"status": {"currentReplicas": 2, "desiredReplicas": 2}}, sub="/status")
    _merge(kube, namespace, {"metadata": {"labels": {"owner": "someone-else"}}})
    _merge(kube, namespace, {"spec": {"behavior": {"scaleDown": {"selectPolicy": "Min"}}}})
    assert kube.get(*HPA, namespace)["spec"]["behavior"]["scaleDown"]["selectPolicy"] == "Min"
    drift = audit.verify(operator, session)
    assert [(i.state, i.details) for i in drift.items] == [("in_sync", [])]

    # A field the plan set: drift, named by its path.
    _merge(kube, namespace, {"spec": {"maxReplicas": 7}})
    drift = audit.verify(operator, session)
    [item] = drift.items
    assert item.state == "drifted"
    assert item.details == [f"spec.maxReplicas: applied {planned['spec']['maxReplicas']}, now 7"]
    assert not drift.in_sync
    assert DriftView(drift).verdict().startswith("DRIFT: 1 of 1 changes")
