"""The coverage builders of the offline planner (issue 11 item 4) over the in-memory cluster:
the exact operation each phrasing produces, and the question where a guess would be needed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.models import Proposal
from dotop_nb.service import Operator
from tests import crds
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)
Json = dict[str, Any]


@pytest.fixture(scope="module")
def op(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    crds.install(cluster.client(), "keda", "prometheus-operator", "velero")
    evaluation.install_shop(cluster.client(), "shop")
    _, operator = engine(tmp_path_factory.mktemp("coverage"), cluster=cluster)
    yield operator
    operator.close()


def plan(op: Operator, intent: str) -> Proposal:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    return proposal


def body(proposal: Proposal, index: int = 0) -> Json:
    operation: Any = proposal.operations[index]
    return dict(getattr(operation, "patch", None) or operation.manifest)


def pod(patch: Json) -> Json:
    return dict(patch["spec"]["template"]["spec"])


def ask(op: Operator, intent: str) -> str:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert proposal.question
    return proposal.question


# ---------------------------------------------------------------- probes
def test_liveness_probe_http_with_period(op: Operator) -> None:
    p = plan(op, "add a liveness probe to my-api on /healthz port 8080 every 10 seconds")
    assert pod(body(p))["containers"] == [
        {
            "name": "api",
            "livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080}, "periodSeconds": 10},
        }
    ]


def test_startup_probe_tcp_on_a_statefulset(op: Operator) -> None:
    p = plan(op, "add a startup probe to postgres, tcp on port 5432 with a period of 5s")
    assert p.operations[0].target.kind == "StatefulSet"
    probe = pod(body(p))["containers"][0]["startupProbe"]
    assert probe == {"tcpSocket": {"port": 5432}, "periodSeconds": 5}


def test_probe_without_a_check_uses_the_only_port(op: Operator) -> None:
    p = plan(op, "add readiness and liveness probes to worker")
    (container,) = pod(body(p))["containers"]
    assert container["readinessProbe"] == {"tcpSocket": {"port": "http"}}
    assert container["livenessProbe"] == {"tcpSocket": {"port": "http"}}


def test_probe_removed_and_questions(op: Operator) -> None:
    p = plan(op, "remove the readiness probe from deployment cache")
    assert pod(body(p))["containers"] == [{"name": "proxy", "readinessProbe": None}]
    assert "path" in ask(op, "add an http readiness probe to worker")
    assert "Which probe" in ask(op, "add a probe to worker")
    assert "not a port" in ask(op, "add a liveness probe to worker, tcp on port 99999")


# ---------------------------------------------------------------- budgets
def test_pdb_percent_created(op: Operator) -> None:
    p = plan(op, "add a pdb to payments with minAvailable 50%")
    assert body(p)["spec"] == {
        "minAvailable": "50%",
        "selector": {"matchLabels": {"app": "payments"}},
    }


def test_pdb_in_words(op: Operator) -> None:
    p = plan(op, "make sure at most 1 pod of frontend is down at a time during drains")
    assert body(p)["spec"]["maxUnavailable"] == 1
    p = plan(op, "keep at least 2 pods of my-api running during maintenance")
    assert body(p)["spec"]["minAvailable"] == 2


def test_blocking_pdb_relaxed_and_existing_one_edited(op: Operator) -> None:
    p = plan(op, "the PDB of orders blocks node drains, relax it")
    assert p.operations[0].kind == "patch"
    assert body(p) == {"spec": {"maxUnavailable": 1, "minAvailable": None}}
    p = plan(op, "set maxUnavailable of the orders pdb to 25%")
    assert body(p) == {"spec": {"maxUnavailable": "25%", "minAvailable": None}}
    assert "no PodDisruptionBudget" in ask(op, "relax the pdb of payments")


# ---------------------------------------------------------------- placement
def test_anti_affinity_absolute_and_wish(op: Operator) -> None:
    required = pod(body(plan(op, "never run two my-api pods on the same node")))
    assert required["affinity"]["podAntiAffinity"] == {
        "requiredDuringSchedulingIgnoredDuringExecution": [
            {
                "labelSelector": {"matchLabels": {"app": "my-api"}},
                "topologyKey": "kubernetes.io/hostname",
            }
        ]
    }
    wish = pod(body(plan(op, "ideally put frontend pods on different nodes")))
    (term,) = wish["affinity"]["podAntiAffinity"]["preferredDuringSchedulingIgnoredDuringExecution"]
    assert term["weight"] == 100
    assert "must" in ask(op, "frontend must ideally be on different nodes")


def test_zone_spread_for_a_statefulset(op: Operator) -> None:
    p = plan(op, "spread postgres across zones")
    (constraint,) = pod(body(p))["topologySpreadConstraints"]
    assert constraint["topologyKey"] == "topology.kubernetes.io/zone"
    assert constraint["whenUnsatisfiable"] == "DoNotSchedule"
    assert constraint["matchLabelKeys"] == ["controller-revision-hash"]


def test_fragile_is_made_highly_available(op: Operator) -> None:
    p = plan(op, "my-api is fragile")
    kinds = [(o.kind, o.target.kind) for o in p.operations]
    # The raise is a scale of its own (the scale subresource), beside the spread and budget.
    assert kinds == [
        ("scale", "Deployment"),
        ("patch", "Deployment"),
        ("apply", "PodDisruptionBudget"),
    ]
    assert getattr(p.operations[0], "replicas", None) == 3


# ---------------------------------------------------------------- network policies
def test_default_deny_and_dns_egress(op: Operator) -> None:
    p = plan(op, "default deny ingress in this namespace")
    assert body(p)["spec"] == {"podSelector": {}, "policyTypes": ["Ingress"]}
    p = plan(op, "add a default-deny policy for all traffic")
    assert body(p)["spec"]["policyTypes"] == ["Ingress", "Egress"]
    p = plan(op, "limit worker egress to DNS only")
    assert body(p)["metadata"]["name"] == "worker-egress-dns"


def test_allow_only_from_on_a_port(op: Operator) -> None:
    p = plan(op, "only frontend may reach payments on port 8080")
    assert body(p)["spec"]["ingress"] == [
        {
            "from": [{"podSelector": {"matchLabels": {"app": "frontend", "tier": "frontend"}}}],
            "ports": [{"protocol": "TCP", "port": 8080}],
        }
    ]


# ---------------------------------------------------------------- sizing
def test_relative_resources(op: Operator) -> None:
    limits = pod(body(plan(op, "raise the memory limit of my-api by 50%")))["containers"]
    assert limits == [{"name": "api", "resources": {"limits": {"memory": "384Mi"}}}]
    cpu = pod(body(plan(op, "increase the cpu request of payments by 100m")))["containers"]
    assert cpu == [{"name": "payments", "resources": {"requests": {"cpu": "200m"}}}]
    assert "no memory limit" in ask(op, "raise the memory limit of worker by 50%")


def test_one_limit_removed_the_rest_kept(op: Operator) -> None:
    p = plan(op, "remove the cpu limit of the app container in orders")
    assert pod(body(p))["containers"] == [{"name": "app", "resources": {"limits": {"cpu": None}}}]
    assert "kept: memory=512Mi" in p.analysis


def test_guaranteed_qos(op: Operator) -> None:
    p = plan(op, "make orders Guaranteed QoS")
    assert pod(body(p))["containers"] == [
        {"name": "app", "resources": {"requests": {"cpu": "500m", "memory": "512Mi"}}},
        {"name": "envoy", "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}}},
    ]
    assert "worker cpu" in ask(op, "make worker Guaranteed QoS")


# ---------------------------------------------------------------- env and ConfigMaps
def test_env_on_every_container(op: Operator) -> None:
    p = plan(op, "set LOG_FORMAT=json on all containers of orders")
    assert [c["name"] for c in pod(body(p))["containers"]] == ["app", "envoy"]


def test_env_from_keeps_the_existing_sources(op: Operator) -> None:
    p = plan(op, "add envFrom configmap payments-config to my-api")
    assert pod(body(p))["containers"][0]["envFrom"] == [
        {"configMapRef": {"name": "my-api-config"}},
        {"configMapRef": {"name": "shared-config"}},
        {"configMapRef": {"name": "payments-config"}},
    ]


def test_configmap_key_changed_by_its_variable_name(op: Operator) -> None:
    p = plan(op, "set ORDERS_QUEUE to priority on orders")
    assert p.operations[0].target.describe() == "configmap/orders-config in shop"
    assert body(p) == {"data": {"QUEUE": "priority"}}


def test_override_of_a_referenced_variable_drops_the_reference(op: Operator) -> None:
    p = plan(op, "override ORDERS_QUEUE=urgent on orders only")
    assert pod(body(p))["containers"] == [
        {"name": "app", "env": [{"name": "ORDERS_QUEUE", "value": "urgent", "valueFrom": None}]}
    ]


def test_configmap_mounted_at_a_path(op: Operator) -> None:
    p = plan(op, "mount configmap orders-config at /etc/orders in container app of orders")
    spec = pod(body(p))
    assert spec["volumes"] == [{"name": "orders-config", "configMap": {"name": "orders-config"}}]
    assert spec["containers"] == [
        {
            "name": "app",
            "volumeMounts": [
                {"name": "orders-config", "mountPath": "/etc/orders", "readOnly": True}
            ],
        }
    ]
    # Not asked any more: envoy is a known sidecar, so the app container is the one meant
    # (tests/unit/test_offline_config13.py asks when two application containers remain).
    p = plan(op, "mount configmap orders-config at /etc/orders in orders")
    assert [c["name"] for c in pod(body(p))["containers"]] == ["app"]


# ---------------------------------------------------------------- images and strategy
def test_sidecar_image_and_pull_policy(op: Operator) -> None:
    p = plan(op, "update the orders sidecar to envoyproxy/envoy:v1.31.0")
    assert getattr(p.operations[0], "container", None) == "envoy"
    p = plan(op, "set imagePullPolicy of the envoy container in orders to Always")
    assert pod(body(p))["containers"] == [{"name": "envoy", "imagePullPolicy": "Always"}]


def test_zero_downtime_alone_and_with_a_restart(op: Operator) -> None:
    p = plan(op, "make payments zero-downtime")
    assert body(p) == {
        "spec": {
            "strategy": {
                "type": "RollingUpdate",
                "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1},
            }
        }
    }
    p = plan(op, "restart frontend without downtime")
    assert [o.kind for o in p.operations] == ["patch", "rollout_restart"]
    p = plan(op, "roll out my-api with zero downtime and maxSurge 2")
    assert body(p)["spec"]["strategy"]["rollingUpdate"] == {"maxUnavailable": 0, "maxSurge": 2}


# ---------------------------------------------------------------- autoscale and rollback
def test_hpa_on_cpu_and_memory_adds_both_requests(op: Operator) -> None:
    p = plan(op, "autoscale worker on cpu and memory with an hpa between 2 and 6 replicas")
    assert pod(body(p))["containers"] == [
        {"name": "worker", "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}}}
    ]
    metrics = body(p, 1)["spec"]["metrics"]
    assert [m["resource"]["name"] for m in metrics] == ["cpu", "memory"]


def test_rollback_by_releases_and_to_a_tag(op: Operator) -> None:
    p = plan(op, "roll back checkout by 1 release")
    assert getattr(p.operations[0], "to_revision", None) == 1
    p = plan(op, "roll back checkout to 1.0.0")
    assert getattr(p.operations[0], "to_revision", None) == 1
    assert "how many back" in ask(op, "roll back checkout by 3 releases")
    assert "No earlier revision" in ask(op, "roll back checkout to 0.9.0")
