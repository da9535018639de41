"""The coverage builders of the offline planner (issue 11 item 4), one representative per group,
end to end on the real control plane: planned, dry-run by the apiserver, executed, validated,
and the exact effect read back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.client import KubeClient
from dotop_nb.service import Operator

pytestmark = pytest.mark.integration
Json = dict[str, Any]


def _containers(kube: KubeClient, kind: str, name: str, ns: str) -> dict[str, Json]:
    obj = kube.get("apps/v1", kind, name, ns)
    return {c["name"]: c for c in obj["spec"]["template"]["spec"]["containers"]}


def _probe(kube: KubeClient, ns: str) -> None:
    probe = _containers(kube, "Deployment", "my-api", ns)["api"]["livenessProbe"]
    assert probe["httpGet"] == {"path": "/healthz", "port": 8080, "scheme": "HTTP"}
    assert probe["periodSeconds"] == 10


def _relaxed(kube: KubeClient, ns: str) -> None:
    spec = kube.get("policy/v1", "PodDisruptionBudget", "orders", ns)["spec"]
    assert spec["maxUnavailable"] == 1
    assert "minAvailable" not in spec


def _preferred(kube: KubeClient, ns: str) -> None:
    obj = kube.get("apps/v1", "Deployment", "frontend", ns)
    anti = obj["spec"]["template"]["spec"]["affinity"]["podAntiAffinity"]
    (term,) = anti["preferredDuringSchedulingIgnoredDuringExecution"]
    assert term["podAffinityTerm"]["topologyKey"] == "kubernetes.io/hostname"
    assert "requiredDuringSchedulingIgnoredDuringExecution" not in anti


def _dns(kube: KubeClient, ns: str) -> None:
    spec = kube.get("networking.k8s.io/v1", "NetworkPolicy", "worker-egress-dns", ns)["spec"]
    assert spec["policyTypes"] == ["Egress"]
    assert spec["podSelector"] == {"matchLabels": {"app": "worker"}}
    assert spec["egress"][0]["ports"] == [
        {"protocol": "UDP", "port": 53},
        {"protocol": "TCP", "port": 53},
    ]


def _memory_limit(kube: KubeClient, ns: str) -> None:
    resources = _containers(kube, "Deployment", "my-api", ns)["api"]["resources"]
    assert resources == {
        "requests": {"cpu": "100m", "memory": "128Mi"},
        "limits": {"memory": "384Mi"},
    }


def _cpu_limit_removed(kube: KubeClient, ns: str) -> None:
    pods = _containers(kube, "Deployment", "orders", ns)
    assert pods["app"]["resources"]["limits"] == {"memory": "512Mi"}
    assert pods["envoy"]["resources"]["limits"] == {"cpu": "100m", "memory": "128Mi"}


def _key_by_variable(kube: KubeClient, ns: str) -> None:
    data = kube.get("v1", "ConfigMap", "orders-config", ns)["data"]
    assert data == {"QUEUE": "priority", "BATCH_SIZE": "10"}


def _env_from(kube: KubeClient, ns: str) -> None:
    worker = _containers(kube, "Deployment", "worker", ns)["worker"]
    assert worker["envFrom"] == [{"configMapRef": {"name": "payments-config"}}]


def _zero_downtime(kube: KubeClient, ns: str) -> None:
    strategy = kube.get("apps/v1", "Deployment", "payments", ns)["spec"]["strategy"]
    assert strategy == {
        "type": "RollingUpdate",
        "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1},
    }


def _pull_policy(kube: KubeClient, ns: str) -> None:
    pods = _containers(kube, "Deployment", "orders", ns)
    assert pods["envoy"]["imagePullPolicy"] == "Always"
    assert pods["app"]["imagePullPolicy"] == "IfNotPresent"


def _hpa_two_metrics(kube: KubeClient, ns: str) -> None:
    hpa = kube.get("autoscaling/v2", "HorizontalPodAutoscaler", "worker", ns)["spec"]
    assert [m["resource"]["name"] for m in hpa["metrics"]] == ["cpu", "memory"]
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (2, 6)
    requests = _containers(kube, "Deployment", "worker", ns)["worker"]["resources"]["requests"]
    assert requests == {"cpu": "100m", "memory": "128Mi"}


CASES: list[tuple[str, Callable[[KubeClient, str], None]]] = [
    ("add a liveness probe to my-api on /healthz port 8080 every 10 seconds", _probe),
    ("the PDB of orders blocks node drains, relax it", _relaxed),
    ("ideally put frontend pods on different nodes", _preferred),
    ("limit worker egress to DNS only", _dns),
    ("raise the memory limit of my-api by 50%", _memory_limit),
    ("remove the cpu limit of the app container in orders", _cpu_limit_removed),
    ("set ORDERS_QUEUE to priority on orders", _key_by_variable),
    ("load payments-config into the environment of worker", _env_from),
    ("make payments zero-downtime", _zero_downtime),
    ("set imagePullPolicy of the envoy container in orders to Always", _pull_policy),
    ("autoscale worker on cpu and memory with an hpa between 2 and 6 replicas", _hpa_two_metrics),
]


@pytest.mark.parametrize(("intent", "check"), CASES, ids=[c[0][:40] for c in CASES])
def test_coverage_executes(
    intent: str,
    check: Callable[[KubeClient, str], None],
    kube: KubeClient,
    kubeconfig: str,
    namespace: str,
    tmp_path: Path,
) -> None:
    evaluation.install_shop(kube, namespace)
    (tmp_path / "policies").mkdir()
    op = Operator(
        kubeconfig=kubeconfig,
        planner="offline",
        sessions=tmp_path / "sessions",
        policies=tmp_path / "policies",
        validation_timeout=45,
    )
    try:
        proposal = op.analyze(intent, namespace=namespace)
        assert proposal.status == "proposed", (proposal.question, proposal.dry_run)
        assert all(d.ok for d in proposal.dry_run), proposal.dry_run
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert session.status == "executed", (session.message, session.validation)
    finally:
        op.close()
    check(kube, namespace)
