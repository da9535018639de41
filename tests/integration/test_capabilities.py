"""Capability discovery on the real control plane, with faithful operator CRDs installed.

CRDs are cluster-scoped and never deleted (other tests reuse them), so no test here may depend on
whether a CRD was installed earlier in the session. The bare-cluster expectations are therefore
checked on discovery with every CRD-backed resource filtered out: that is what any cluster serves
before operators are installed, whatever ran before.
"""

from __future__ import annotations

from typing import Any

import pytest

from dotop_nb.cluster.capabilities import detect, discover
from dotop_nb.cluster.client import KubeClient, Resource
from dotop_nb.errors import Invalid
from tests import crds

pytestmark = pytest.mark.integration

Json = dict[str, Any]


def without_crds(kube: KubeClient) -> dict[tuple[str, str], Resource]:
    """The served resources minus everything a CRD provides: the cluster as it was bare."""
    from_crds = {
        (crd["spec"]["group"], crd["spec"]["names"]["kind"])
        for crd in kube.list(crds.CRD_API_VERSION, "CustomResourceDefinition")
    }
    return {
        key: res
        for key, res in kube.resources(refresh=True).items()
        if (res.group, res.kind) not in from_crds
    }


def test_a_bare_cluster_has_the_builtins_and_no_operators(kube: KubeClient) -> None:
    caps = {c.name: c for c in detect(without_crds(kube))}
    for name in ("hpa", "pdb", "network-policy", "cronjob"):
        assert caps[name].present, name
    assert caps["hpa"].evidence == ("autoscaling/v2 HorizontalPodAutoscaler",)
    for name in ("keda", "velero", "prometheus-operator"):
        assert not caps[name].present, name

    # The built-ins are there on the live report too, whatever CRDs other tests left behind.
    report = discover(kube, refresh=True)
    assert {"hpa", "pdb", "network-policy", "cronjob"} <= set(report.names)
    assert report.server == kube.identity.server


def test_installed_operators_are_discovered_in_one_round_and_then_cached(
    kube: KubeClient,
) -> None:
    crds.install(kube, "keda", "prometheus-operator", "velero")
    # What one discovery round costs with this client, measured rather than assumed.
    before = kube.requests_made
    kube.resources(refresh=True)
    one_round = kube.requests_made - before

    before = kube.requests_made
    report = discover(kube, refresh=True)
    assert kube.requests_made - before == one_round  # no per-CRD or per-group requests

    assert {"keda", "prometheus-operator", "velero"} <= set(report.names)
    assert report.get("keda").evidence == ("keda.sh/v1alpha1 ScaledObject",)
    # The test CRDs install what the Prometheus Operator serves: PodMonitor, PrometheusRule (the
    # alerts the planner writes) and ServiceMonitor.
    assert report.get("prometheus-operator").evidence == (
        "monitoring.coreos.com/v1 PodMonitor",
        "monitoring.coreos.com/v1 PrometheusRule",
        "monitoring.coreos.com/v1 ServiceMonitor",
    )
    # The test CRDs install what Velero does: Schedule, Backup and Restore (the restore runbook).
    assert report.get("velero").evidence == (
        "velero.io/v1 Backup",
        "velero.io/v1 Restore",
        "velero.io/v1 Schedule",
    )
    assert report.get("velero").versions == ("velero.io/v1",)

    before = kube.requests_made
    assert discover(kube) is report
    assert kube.requests_made == before


def test_install_is_idempotent(kube: KubeClient) -> None:
    first = crds.install(kube, "velero")
    again = crds.install(kube, "velero")
    assert first == again
    served = kube.resources()
    assert crds.served_key(again[0]) in served


def test_test_crds_validate_like_upstream(kube: KubeClient, namespace: str) -> None:
    crds.install(kube, *crds.NAMES)

    def obj(api_version: str, kind: str, spec: Json) -> Json:
        return {
            "apiVersion": api_version,
            "kind": kind,
            "metadata": {"name": "x", "namespace": namespace},
            "spec": spec,
        }

    def scaledobject(spec: Json) -> Json:
        return obj("keda.sh/v1alpha1", "ScaledObject", spec)

    cpu = {"type": "cpu", "metricType": "Utilization", "metadata": {"value": "60"}}
    not_a_string = {"type": "cpu", "metadata": {"value": 60}}  # metadata is a map of strings
    with pytest.raises(Invalid, match=r"spec\.triggers: Required"):
        kube.apply(scaledobject({"scaleTargetRef": {"name": "api"}}))
    with pytest.raises(Invalid, match=r"spec\.scaleTargetRef\.name: Required"):
        kube.apply(scaledobject({"scaleTargetRef": {}, "triggers": [cpu]}))
    with pytest.raises(Invalid, match=r"triggers\[0\]\.metadata\.value: expected string"):
        kube.apply(scaledobject({"scaleTargetRef": {"name": "api"}, "triggers": [not_a_string]}))
    so = kube.apply(
        scaledobject(
            {
                "scaleTargetRef": {"name": "api"},
                "minReplicaCount": 1,
                "maxReplicaCount": 5,
                "triggers": [cpu],
            }
        )
    )
    assert so["spec"]["maxReplicaCount"] == 5

    with pytest.raises(Invalid, match=r"spec\.endpoints\[0\]\.interval: Invalid value"):
        kube.apply(
            obj(
                "monitoring.coreos.com/v1",
                "ServiceMonitor",
                {"selector": {}, "endpoints": [{"port": "web", "interval": "often"}]},
            )
        )
    monitor = {
        "selector": {"matchLabels": {"app": "api"}},
        "endpoints": [{"port": "web", "path": "/metrics", "interval": "30s"}],
    }
    assert kube.apply(obj("monitoring.coreos.com/v1", "ServiceMonitor", monitor))["spec"]

    with pytest.raises(Invalid, match=r"spec\.schedule: Required"):
        kube.apply(obj("velero.io/v1", "Schedule", {"template": {}}))
    schedule = {
        "schedule": "0 2 * * *",
        "template": {"includedNamespaces": [namespace], "ttl": "720h0m0s"},
    }
    created = kube.apply(obj("velero.io/v1", "Schedule", schedule))
    assert created["spec"]["template"]["ttl"] == "720h0m0s"
