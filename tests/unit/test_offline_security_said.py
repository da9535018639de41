"""NetworkPolicies and securityContext as engineers say them.

Workloads said by what they run ("redis", "the db", "the cache proxy"), the pods of the own
namespace as the one source, egress said as "nothing except DNS", a default deny said "by default
for every pod here", a user id said "as user N", root forbidden in any words, a setting for every
container ("both app and envoy") or for all but one ("envoy keeps its own user"), and capabilities
"to be dropped" (never a delete). Misreadings stay questions.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(90)


def _policy(op: Operator, intent: str) -> dict[str, Any]:
    proposal, _ = plans(op, intent)
    [operation] = proposal.operations
    assert operation.target.kind == "NetworkPolicy"
    spec: dict[str, Any] = operation.manifest["spec"]
    return spec


def _patch(op: Operator, intent: str, kind: str, name: str) -> dict[str, Any]:
    proposal, _ = plans(op, intent)
    [operation] = proposal.operations
    assert (operation.target.kind, operation.target.name) == (kind, name)
    spec: dict[str, Any] = operation.patch["spec"]["template"]["spec"]
    return spec


@pytest.mark.parametrize(
    ("intent", "protected", "sources", "port"),
    [
        # Workloads said by what they run: the StatefulSet running redis, the Deployment
        # running the proxy (both are called "cache"), the one workload running a database.
        (
            "the redis pods should only accept traffic from the cache proxy on 6379",
            "cache-store",
            ["cache"],
            6379,
        ),
        ("only the cache proxy may connect to redis", "cache-store", ["cache"], None),
        (
            "netpol: the database should accept connections only from my-api and orders",
            "postgres",
            ["my-api", "orders"],
            None,
        ),
        (
            "lock the db down so that only payments can reach it, port 5432",
            "postgres",
            ["payments"],
            5432,
        ),
    ],
)
def test_workloads_said_by_what_they_run(
    shop: Operator, intent: str, protected: str, sources: list[str], port: int | None
) -> None:
    spec = _policy(shop, intent)
    assert spec["podSelector"]["matchLabels"]["app"] == protected
    rule = spec["ingress"][0]
    assert [p["podSelector"]["matchLabels"]["app"] for p in rule["from"]] == sources
    assert rule.get("ports", [{}])[0].get("port") == port


@pytest.mark.parametrize(
    ("intent", "protected", "source"),
    [
        (
            "payments shouldn't accept connections from anyone except checkout",
            "payments",
            "checkout",
        ),
        ("postgres must not be reachable by anything other than payments", "postgres", "payments"),
        ("payments shouldn't be reachable by anything but checkout", "payments", "checkout"),
    ],
)
def test_an_allow_list_said_with_its_negation(
    shop: Operator, intent: str, protected: str, source: str
) -> None:
    spec = _policy(shop, intent)
    assert spec["podSelector"]["matchLabels"]["app"] == protected
    [rule] = spec["ingress"]
    assert [p["podSelector"]["matchLabels"]["app"] for p in rule["from"]] == [source]


@pytest.mark.parametrize(
    ("intent", "protected", "port"),
    [
        ("only pods in this namespace may reach payments", "payments", None),
        ("redis must be reachable only from within our own namespace on 6379", "cache-store", 6379),
        ("lock payments down so only pods within this namespace can call it", "payments", None),
        ("pods in other namespaces shouldn't be able to reach postgres", "postgres", None),
        ("only same-namespace pods may connect to redis, port 6379", "cache-store", 6379),
        ("only this namespace's pods may reach orders", "orders", None),
        ("keep other namespaces out of payments", "payments", None),
        ("cross-namespace traffic to postgres should be blocked", "postgres", None),
        ("restrict redis to callers in the same namespace on 6379", "cache-store", 6379),
    ],
)
def test_the_own_namespace_as_the_source(
    shop: Operator, intent: str, protected: str, port: int | None
) -> None:
    spec = _policy(shop, intent)
    assert spec["podSelector"]["matchLabels"]["app"] == protected
    [rule] = spec["ingress"]
    assert rule["from"] == [{"podSelector": {}}]  # every pod of the namespace, no other
    assert rule.get("ports", [{}])[0].get("port") == port


@pytest.mark.parametrize(
    "intent",
    [
        "postgres: inbound only from tier=backend pods, 5432",
        # (5432 on payments, which serves 8080, is asked since round 15)
        "orders: inbound traffic only from tier=backend pods on 8080",
        # The label's value alone: only tier carries "backend" here.
        "postgres should only be reachable from the backend pods on 5432",
    ],
)
def test_ingress_only_from_a_label(shop: Operator, intent: str) -> None:
    spec = _policy(shop, intent)
    rule = spec["ingress"][0]
    assert rule["from"] == [{"podSelector": {"matchLabels": {"tier": "backend"}}}]
    assert rule["ports"][0]["port"] in (5432, 8080)


@pytest.mark.parametrize(
    ("intent", "source", "to"),
    [
        ("worker shouldn't reach anything except coredns", "worker", []),
        ("my-api must never call out anywhere besides kube-dns", "my-api", []),
        ("the frontend pods: no egress besides coredns", "frontend", []),
        (
            "no outbound traffic from payments other than dns and postgres:5432",
            "payments",
            [("postgres", 5432)],
        ),
        ("orders egress - nothing except dns and postgres on 5432", "orders", [("postgres", 5432)]),
    ],
)
def test_egress_said_as_nothing_but_dns(
    shop: Operator, intent: str, source: str, to: list[tuple[str, int]]
) -> None:
    spec = _policy(shop, intent)
    assert spec["podSelector"]["matchLabels"]["app"] == source
    assert spec["policyTypes"] == ["Egress"]
    dns, *rest = spec["egress"]
    assert {p["port"] for p in dns["ports"]} == {53}
    assert [
        (r["to"][0]["podSelector"]["matchLabels"]["app"], r["ports"][0]["port"]) for r in rest
    ] == to


@pytest.mark.parametrize(
    ("intent", "source", "to"),
    [
        ("payments egress: only dns and redis", "payments", "cache-store"),
        ("payments may only talk out to the db on 5432 and dns", "payments", "postgres"),
        ("the cache proxy may only call out to redis and kube-dns", "cache", "cache-store"),
        ("worker pods may only reach postgres and dns", "worker", "postgres"),
    ],
)
def test_egress_to_a_workload_said_by_what_it_runs(
    shop: Operator, intent: str, source: str, to: str
) -> None:
    spec = _policy(shop, intent)
    assert spec["podSelector"]["matchLabels"]["app"] == source
    _, rule = spec["egress"]
    assert rule["to"][0]["podSelector"]["matchLabels"]["app"] == to


@pytest.mark.parametrize(
    "intent",
    [
        "block all inbound connections to every pod in this namespace",
        "ingress should be denied by default across the whole namespace",
        "deny ingress namespace-wide",
        "isolate every pod in this namespace",
        "a netpol with a default deny on all ingress of the namespace",
    ],
)
def test_a_default_deny_in_other_words(shop: Operator, intent: str) -> None:
    spec = _policy(shop, intent)
    assert spec == {"podSelector": {}, "policyTypes": ["Ingress"]}


@pytest.mark.parametrize(
    ("intent", "kind", "name", "uid"),
    [
        ("run the payments container as user 1001", "Deployment", "payments", 1001),
        ("frontend should run as uid 3000", "Deployment", "frontend", 3000),
        ("make postgres run under user 999 instead of root", "StatefulSet", "postgres", 999),
        ("database pods: uid 999", "StatefulSet", "postgres", 999),
    ],
)
def test_a_user_id_said_in_words(
    shop: Operator, intent: str, kind: str, name: str, uid: int
) -> None:
    spec = _patch(shop, intent, kind, name)
    assert spec["securityContext"]["runAsUser"] == uid


@pytest.mark.parametrize(
    ("intent", "kind", "name"),
    [
        ("no container of payments may run as root", "Deployment", "payments"),
        ("nothing in worker should ever be running as root", "Deployment", "worker"),
        ("my-api must stop running as root", "Deployment", "my-api"),
        ("the db should run as non-root", "StatefulSet", "postgres"),
        ("make worker rootless", "Deployment", "worker"),
        ("forbid running as root in payments", "Deployment", "payments"),
    ],
)
def test_root_forbidden_in_any_words(shop: Operator, intent: str, kind: str, name: str) -> None:
    spec = _patch(shop, intent, kind, name)
    assert spec["securityContext"]["runAsNonRoot"] is True


@pytest.mark.parametrize(
    "intent",
    [
        "the pods of worker shouldn't be able to escalate privileges",
        "worker mustnt escalate privileges",
        "my-api can't be allowed privilege escalation",
    ],
)
def test_escalation_forbidden_in_any_words(shop: Operator, intent: str) -> None:
    _, body = plans(shop, intent)
    assert '"allowPrivilegeEscalation": false' in body


def _boxes(spec: dict[str, Any]) -> dict[str, Any]:
    return {c["name"]: c["securityContext"] for c in spec["containers"]}


@pytest.mark.parametrize(
    ("intent", "field", "value"),
    [
        (
            "no privilege escalation for orders, app and envoy both",
            "allowPrivilegeEscalation",
            False,
        ),
        ("drop all caps in orders for each container", "capabilities", {"drop": ["ALL"]}),
        (
            "orders: disallow privilege escalation in both of its containers",
            "allowPrivilegeEscalation",
            False,
        ),
    ],
)
def test_a_setting_for_every_container(
    shop: Operator, intent: str, field: str, value: object
) -> None:
    boxes = _boxes(_patch(shop, intent, "Deployment", "orders"))
    assert boxes == {"app": {field: value}, "envoy": {field: value}}


@pytest.mark.parametrize(
    ("intent", "changed", "box"),
    [
        (
            "orders: uid 2000 for the app container, leave envoy alone",
            "app",
            {"runAsUser": 2000, "runAsNonRoot": True},
        ),
        (
            "orders: drop all caps on envoy, app stays as is",
            "envoy",
            {"capabilities": {"drop": ["ALL"]}},
        ),
        (
            "orders must run as non-root, but the envoy container is not to be touched",
            "app",
            {"runAsNonRoot": True},
        ),
    ],
)
def test_a_container_kept_as_it_is(
    shop: Operator, intent: str, changed: str, box: dict[str, Any]
) -> None:
    spec = _patch(shop, intent, "Deployment", "orders")
    # The user goes on the container said: a pod-level one would change envoy too.
    assert "securityContext" not in spec
    assert _boxes(spec) == {changed: box}


@pytest.mark.parametrize(
    "intent",
    [
        "every linux capability of worker should be dropped",
        "worker: all capabilities are to be dropped for its container",
        "the caps of the worker container must all be dropped",
    ],
)
def test_capabilities_to_be_dropped_are_no_delete(shop: Operator, intent: str) -> None:
    spec = _patch(shop, intent, "Deployment", "worker")
    assert _boxes(spec) == {"worker": {"capabilities": {"drop": ["ALL"]}}}


@pytest.mark.parametrize(
    "intent",
    [
        "payments never talks to the kubernetes api, disable the sa token automount",
        "checkout doesn't use the k8s api; don't automount its service account token",
        "my-api doesnt need k8s access, stop mounting the sa token",
        "don't give worker a service account token",
        "remove the service account token from checkout",
        "payments doesn't call kubernetes at all - no sa token please",
        "checkout has no business talking to the apiserver, unmount the token",
    ],
)
def test_the_reason_for_no_token_is_no_negation_to_ask(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    assert '"automountServiceAccountToken": false' in body
    assert len(proposal.operations) == 1


@pytest.mark.parametrize(
    "intent",
    [
        # One source kept out: the allow-list would let in only it.
        "payments should not be reachable from frontend",
        # Two workloads, neither said as a source: which is guarded?
        "isolate payments and orders",
        # "cache" names the Deployment and the StatefulSet: which may connect?
        "only the cache may reach postgres",
        # Both containers with an image: which image for envoy?
        "update orders to 1.1.0, both app and envoy",
        # A source said that names nothing here: never a deny-all in its place.
        "redis should only be reachable from the queue workers",
        "postgres: ingress only from the reporting service",
        # Nothing says the token is switched off: the planner only tightens.
        "mount the service account token in worker",
        "privilege escalation for worker",
        # A restriction taken back loosens (or keeps): never the restriction itself.
        "don't disallow privilege escalation on worker",
        "don't forbid running as root in worker",
        "drop all caps on my-api, don't remove NET_BIND_SERVICE",
        # Every container kept: nothing left to change.
        "orders: read-only root filesystem, but app and envoy stay as is",
    ],
)
def test_misreadings_stay_questions(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_no_traffic_word_is_never_a_deny_all(shop: Operator) -> None:
    """A sentence read as security by its nearest examples alone names no traffic: the rule
    asks instead of denying all ingress to the workload it names."""
    from dotop_nb.planner.offline import addons  # noqa: PLC0415 - the gate itself

    assert addons._TRAFFIC.search("only frontend may reach payments")
    assert not addons._TRAFFIC.search("payments: every linux capability should be dropped")
    _, body = plans(shop, "payments: every linux capability should be dropped")
    assert "NetworkPolicy" not in body
    assert json.loads(body)[0]["target"]["name"] == "payments"
