"""The picture of a scale on the real control plane (issue 12, item 5): the kwok nodes of the
local cluster sit in three zones (``topology.kubernetes.io/zone``: zone-a, zone-b, zone-c; see
dotop_nb.localcluster.launcher); the session records where the pods ran before (2) and, once
validated, where they run after (4) — exactly as the apiserver reports them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from dotop_nb import Operator, report, topology
from dotop_nb.cluster.client import KubeClient
from dotop_nb.ui import html
from tests.helpers import deploy, deployment

pytestmark = pytest.mark.integration


def where(kube: KubeClient, namespace: str) -> dict[tuple[str, str], int]:
    """(zone, node) → pods of app=web, read straight from the apiserver."""
    zones = topology.zones(kube.list("v1", "Node"))
    pods = kube.list("v1", "Pod", namespace, label_selector="app=web")
    placed = Counter(
        (zones[p["spec"]["nodeName"]], p["spec"]["nodeName"])
        for p in pods
        if not p["metadata"].get("deletionTimestamp")
    )
    return dict(placed)


def test_a_scale_from_2_to_4_pictures_the_pods_per_zone_and_node_before_and_after(
    kube: KubeClient, kubeconfig: str, namespace: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("web", namespace, replicas=2))
    policies = tmp_path / "policies"
    policies.mkdir()
    op = Operator(
        kubeconfig=kubeconfig,
        planner="offline",
        sessions=tmp_path / "s",
        policies=policies,
        validation_timeout=60,
    )
    before_now = where(kube, namespace)
    p = op.analyze("scale web to 4 replicas", namespace=namespace)
    assert p.status == "proposed"
    (before,) = p.pictures
    assert (before.target.describe(), before.kind) == (
        f"deployment/web in {namespace}",
        "placement",
    )
    # Every kwok node is a row (the empty ones too), in its zone.
    assert {(r.zone, r.node) for r in before.nodes} == {
        ("zone-a", "kwok-node-0"),
        ("zone-b", "kwok-node-1"),
        ("zone-c", "kwok-node-2"),
    }
    assert {(r.zone, r.node): r.pods for r in before.nodes if r.pods} == before_now
    assert sum(r.pods for r in before.nodes) == 2
    assert sum(r.ready for r in before.nodes) == 2

    session = op.execute(p.session_id, approve=p.plan_hash)
    assert session.status == "executed", session.message
    (after,) = session.after
    counted = {(r.zone, r.node): r.pods for r in after.nodes if r.pods}
    assert counted == where(kube, namespace)
    assert sum(r.pods for r in after.nodes) == 4
    assert sum(r.ready for r in after.nodes) == 4

    page = html.session(session)
    assert page.count('class="dotop-placement"') == 2
    text = report.session_text(session)
    assert f"Pods of deployment/web in {namespace} by zone and node (before → after;" in text
    for r in after.nodes:
        assert f"{r.zone:<10} {r.node}" in text
