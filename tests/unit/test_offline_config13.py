"""Config, probe, security, rollback and restart readings the second blind set missed (issue
11), tested with other words than the blind cases on the evaluation shop in memory: a key "set
to" or "pointed at" a value, a key of a sidecar pod's own ConfigMap, a mount into the app
container, a destructive word inside an existing key's value, probe fields said by name, an
allow-list said of the workload that receives, and rollbacks said as steps or versions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.models import Proposal
from dotop_nb.service import Operator
from tests import crds
from tests.helpers import deployment
from tests.memory import engine

pytestmark = pytest.mark.timeout(60)
Json = dict[str, Any]


def _two_apps() -> Json:
    """A pod of two application containers (no known sidecar): a mount there is asked."""
    duo = deployment("duo", "shop", image="ghcr.io/x/duo:1")
    spec = duo["spec"]["template"]["spec"]
    spec["containers"].append({"name": "helper", "image": "ghcr.io/x/helper:1"})
    return duo


@pytest.fixture(scope="module")
def op(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    crds.install(cluster.client(), "keda", "prometheus-operator", "velero")
    evaluation.install_shop(cluster.client(), "shop")
    _, operator = engine(tmp_path_factory.mktemp("config13"), _two_apps(), cluster=cluster)
    yield operator
    operator.close()


def plan(op: Operator, intent: str) -> Proposal:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    return proposal


def ask(op: Operator, intent: str) -> str:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    return proposal.question or ""


def body(proposal: Proposal, index: int = 0) -> Json:
    operation: Any = proposal.operations[index]
    return dict(getattr(operation, "patch", None) or operation.manifest)


def containers(proposal: Proposal) -> list[Json]:
    return list(body(proposal)["spec"]["template"]["spec"]["containers"])


# ---------------------------------------------------------------- config
@pytest.mark.parametrize(
    ("intent", "name", "value"),
    [
        ("worker needs RETRY_COUNT set to 7", "RETRY_COUNT", "7"),
        (
            "frontend wants API_BASE changed to https://api.example.com",
            "API_BASE",
            "https://api.example.com",
        ),
        ("point UPSTREAM_HOST for worker at queue-b", "UPSTREAM_HOST", "queue-b"),
    ],
)
def test_a_key_set_to_or_pointed_at_a_value(
    op: Operator, intent: str, name: str, value: str
) -> None:
    (container,) = containers(plan(op, intent))
    assert container["env"] == [{"name": name, "value": value}]


def test_a_key_of_the_sidecar_pods_own_configmap_is_changed_there(op: Operator) -> None:
    p = plan(op, "set BATCH_SIZE to 40 on orders")
    assert p.operations[0].target.describe() == "configmap/orders-config in shop"
    assert body(p) == {"data": {"BATCH_SIZE": "40"}}
    # A new variable on that pod still names no container: asked.
    assert "which one" in ask(op, "orders FLUSH_EVERY should be 5")


def test_a_two_letter_key_on_every_container_sidecar_included(op: Operator) -> None:
    p = plan(op, "put LANG=C.UTF-8 on orders including the sidecar")
    assert [c["name"] for c in containers(p)] == ["app", "envoy"]
    p = plan(op, "set TZ=Europe/Paris in all containers of orders")
    assert all(c["env"] == [{"name": "TZ", "value": "Europe/Paris"}] for c in containers(p))


def test_a_configmap_mount_goes_to_the_app_container(op: Operator) -> None:
    p = plan(op, "give the orders pods orders-config as files under /srv/conf")
    assert [c["name"] for c in containers(p)] == ["app"]
    assert containers(p)[0]["volumeMounts"][0]["mountPath"] == "/srv/conf"
    p = plan(op, "mount orders-config at /etc/o in every container of orders")
    assert [c["name"] for c in containers(p)] == ["app", "envoy"]
    # Two application containers: which one is asked, nothing guessed.
    assert "which one" in ask(op, "mount payments-config at /cfg in duo")


def test_a_destructive_word_in_an_existing_keys_value_is_a_value(op: Operator) -> None:
    p = plan(op, "set LOG_LEVEL in my-api-config to drop-debug")
    assert body(p) == {"data": {"LOG_LEVEL": "drop-debug"}}
    assert not [o for o in p.operations if o.kind == "delete"]
    # A new key named in capitals with its value after "to" is fully parsed: the value is set
    # as said (this asked before; the key is explicit, so it cannot be a misread).
    p = plan(op, "set CLEANUP in my-api-config to purge-old")
    assert body(p) == {"data": {"CLEANUP": "purge-old"}}
    # No key at all, or a value that is only the word: still a question, nothing deleted.
    assert "'purge'" in ask(op, "set CLEANUP in my-api-config to 'purge'")
    assert "'delete-on-expiry'" in ask(op, "set cart cache mode to delete-on-expiry")
    assert "delete" in ask(op, "set LOG_LEVEL in my-api-config to delete")


# ---------------------------------------------------------------- probes
def test_probe_fields_said_by_name_and_the_port_before_its_word(op: Operator) -> None:
    p = plan(op, "add a readiness probe to payments: GET /ready on the http port every 15s")
    probe = containers(p)[0]["readinessProbe"]
    assert probe == {"httpGet": {"path": "/ready", "port": "http"}, "periodSeconds": 15}
    p = plan(op, "add a startup probe to worker: http /up, period 5, failureThreshold 60")
    probe = containers(p)[0]["startupProbe"]
    assert probe["periodSeconds"] == 5
    assert probe["failureThreshold"] == 60
    assert "'60'" in ask(op, "add a startup probe to worker: http /up, period 5, 60")


# ---------------------------------------------------------------- security
def test_an_allow_list_said_of_the_workload_that_receives(op: Operator) -> None:
    p = plan(op, "my-api should accept connections only from frontend on port 8080")
    spec = body(p)["spec"]
    assert spec["podSelector"] == {"matchLabels": {"app": "my-api"}}
    assert spec["ingress"][0]["ports"] == [{"protocol": "TCP", "port": 8080}]
    p = plan(op, "postgres must only be reachable by worker and payments")
    sources = [
        f["podSelector"]["matchLabels"]["app"] for f in body(p)["spec"]["ingress"][0]["from"]
    ]
    assert sorted(sources) == ["payments", "worker"]


# ---------------------------------------------------------------- rollback and restart
def test_rollback_said_as_a_step_or_as_the_broken_version(op: Operator) -> None:
    for intent in ("bring checkout back one release", "take checkout back a single version"):
        (operation,) = plan(op, intent).operations
        assert "revision 1" in operation.summary()
    (operation,) = plan(op, "1.1.0 of checkout is bad, revert to 1.0.0").operations
    assert "revision 1" in operation.summary()


def test_a_restart_with_a_symptom_said_beside_it(op: Operator) -> None:
    (operation,) = plan(op, "bounce worker, the pods seem hung").operations
    assert operation.summary().startswith("restart")


# ---------------------------------------------------------------- monitoring
def test_a_pod_monitor_when_asked_or_at_a_port_said_with_its_path(op: Operator) -> None:
    p = plan(op, "set up a pod monitor for my-api on port http every 15s")
    manifest = body(p)
    assert manifest["kind"] == "PodMonitor"
    endpoints = manifest["spec"]["podMetricsEndpoints"]
    assert endpoints == [{"port": "http", "path": "/metrics", "interval": "15s"}]
    # ":9901/stats/prometheus" is the envoy container's admin port and a path; no Service
    # exposes it, so a PodMonitor scrapes it.
    p = plan(op, "scrape orders on its envoy admin endpoint at :9901/stats/prometheus")
    endpoint = body(p)["spec"]["podMetricsEndpoints"][0]
    assert endpoint == {"port": "admin", "path": "/stats/prometheus", "interval": "30s"}
    # A Service exposes the port: a ServiceMonitor, with the path said beside the port.
    p = plan(op, "have prometheus scrape payments at :8080/internal/metrics every 30s")
    assert body(p)["kind"] == "ServiceMonitor"
    assert body(p)["spec"]["endpoints"][0]["path"] == "/internal/metrics"


def test_kubectl_annotate_with_scrape_keys_only(op: Operator) -> None:
    p = plan(
        op,
        "kubectl annotate deployment worker prometheus.io/scrape=true "
        "prometheus.io/port=9102 prometheus.io/path=/stats --overwrite",
    )
    annotations = body(p)["spec"]["template"]["metadata"]["annotations"]
    assert annotations == {
        "prometheus.io/scrape": "true",
        "prometheus.io/port": "9102",
        "prometheus.io/path": "/stats",
    }
    assert "team=payments" in ask(op, "kubectl annotate deploy/worker team=payments")
    assert "scrape=true" in ask(op, "kubectl annotate deploy/worker prometheus.io/scrape=false")
    assert "not a port" in ask(
        op, "kubectl annotate deploy/worker prometheus.io/scrape=true prometheus.io/port=http"
    )


# ---------------------------------------------------------------- pod security and egress
def test_several_pod_security_settings_in_one_sentence_are_one_patch(op: Operator) -> None:
    p = plan(op, "on worker: read-only root fs, drop its caps, forbid privilege escalation")
    (container,) = containers(p)
    assert container["securityContext"] == {
        "readOnlyRootFilesystem": True,
        "capabilities": {"drop": ["ALL"]},
        "allowPrivilegeEscalation": False,
    }
    # A delete of the same workload beside the settings is still asked (one of another
    # workload, said as its own order, is planned with them: test_offline_deletes7.py).
    assert "delete" in ask(op, "drop all capabilities of worker and delete it")


def test_egress_limited_to_named_workloads_and_dns(op: Operator) -> None:
    p = plan(op, "worker should only connect out to postgres on port 5432 and DNS")
    spec = body(p)["spec"]
    assert spec["podSelector"] == {"matchLabels": {"app": "worker"}}
    assert spec["egress"][1] == {
        "to": [{"podSelector": {"matchLabels": {"app": "postgres"}}}],
        "ports": [{"protocol": "TCP", "port": 5432}],
    }


def test_ingress_between_two_sets_of_pods_said_by_label(op: Operator) -> None:
    p = plan(op, "let only app=frontend pods reach tier=backend pods on port 8080")
    spec = body(p)["spec"]
    assert spec["podSelector"] == {"matchLabels": {"tier": "backend"}}
    assert spec["ingress"] == [
        {
            "from": [{"podSelector": {"matchLabels": {"app": "frontend"}}}],
            "ports": [{"protocol": "TCP", "port": 8080}],
        }
    ]
    p = plan(op, "only tier=backend pods may access the data tier on 5432")
    assert body(p)["spec"]["podSelector"] == {"matchLabels": {"tier": "data"}}
    assert "tier=nope" in ask(op, "network policy: tier=nope pods into the backend tier")


def test_a_mount_word_without_a_path_is_not_a_configmap_mount(op: Operator) -> None:
    # The mount cue needs its path: a service-account token is pod security (regression).
    p = plan(op, "do not mount the service account token in payments pods")
    assert body(p)["spec"]["template"]["spec"] == {"automountServiceAccountToken": False}
