"""Round 27, helper parts: a part, a value or an item said is acted on as said, or asked.

The shapes (black-box attack of round 26, family "parts"):

- O: one container of a pod of several named as what is restarted ("restart the orders envoy",
  "bounce envoy on orders", "restart app in orders", "restart orders app only") or kept up
  beside the restart ("restart orders but keep envoy running"): a rollout restart replaces every
  container of orders' pods, so it is asked, saying 'restart orders' for that;
- V: a value other than said: "default deny all" applied ingress only (now ingress and egress);
  "a liveness probe … on port 8080" used the named port "http" (now 8080 as said); a way back
  said in other words ("return frontend to 2.3.0", "restore …", "undo …") to a version newer than
  what runs (asked, as "rollback frontend to 2.2.0" is);
- L: an item of a restart's list that no restart acts on ("restart frontend and the checkout
  pdb" made a PDB, "… and its service" was dropped): asked;
- X: one field taken out of an object ("remove minAvailable from orders pdb") deleted the whole
  PDB: asked;
- a feature switched off ("switch off payments' rate limiter", "disable the autoscaler on
  worker") never builds it: asked.

The nearest orders still plan."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# O: one container restarted, or kept up beside the restart: asked, naming the whole restart.
@pytest.mark.parametrize(
    "intent",
    [
        # The attack's.
        "restart orders app only",
        # Our own.
        "restart just the app in orders",
        "restart orders envoy only",
        "bounce orders' envoy only",
    ],
)
def test_one_container_restarted_is_asked(shop: Operator, intent: str) -> None:
    question = asks(shop, intent).question or ""
    assert "cannot be restarted on its own" in question
    assert "(app, envoy)" in question
    assert "'restart orders'" in question


@pytest.mark.parametrize(
    "intent",
    [
        "restart orders but keep envoy running",
        "restart orders, keep envoy up",
        "restart orders but envoy stays up",
        "restart orders and keep the envoy sidecar running",
        "bounce orders, leave the envoy container running",
    ],
)
def test_a_container_kept_up_beside_a_restart_is_asked(shop: Operator, intent: str) -> None:
    question = asks(shop, intent).question or ""
    assert "container envoy included" in question
    assert "'restart orders'" in question


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("restart orders", "orders"),
        ("restart the orders app", "orders"),
        ("restart the orders deployment", "orders"),
        ("restart orders pods", "orders"),
        ("restart orders, envoy keeps dropping connections", "orders"),
        ("restart orders, envoy keeps running out of memory", "orders"),
        ("bounce orders, envoy crashed twice", "orders"),
        ("restart orders, envoy included", "orders"),
        ("restart orders so envoy picks up the new config", "orders"),
        # a container alone in its pod is the pod
        ("bounce the proxy on cache", "cache"),
        ("restart the cache proxy", "cache"),
        ("restart the api on my-api", "my-api"),
    ],
)
def test_the_whole_workload_restarted_still_plans(shop: Operator, intent: str, name: str) -> None:
    assert summaries(shop, intent) == [f"restart the pods of deployment/{name} in shop"]


# V: "default deny all" is ingress and egress; "default deny" alone stays ingress.
@pytest.mark.parametrize(
    ("intent", "policy", "types"),
    [
        ("default deny all", "default-deny-all", ["Ingress", "Egress"]),
        ("default-deny all", "default-deny-all", ["Ingress", "Egress"]),
        ("default deny everything", "default-deny-all", ["Ingress", "Egress"]),
        ("add a default deny all policy", "default-deny-all", ["Ingress", "Egress"]),
        ("deny all by default", "default-deny-all", ["Ingress", "Egress"]),
        ("default deny", "default-deny-ingress", ["Ingress"]),
        ("default deny ingress in this namespace", "default-deny-ingress", ["Ingress"]),
        ("default deny all ingress", "default-deny-ingress", ["Ingress"]),
        ("default deny all egress", "default-deny-egress", ["Egress"]),
        ("add a default-deny policy for all traffic", "default-deny-all", ["Ingress", "Egress"]),
    ],
)
def test_default_deny_all_denies_both_ways(
    shop: Operator, intent: str, policy: str, types: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert [(o.target.kind, o.target.name) for o in proposal.operations] == [
        ("NetworkPolicy", policy)
    ]
    assert json.loads(body)[0]["manifest"]["spec"]["policyTypes"] == types


# V: the probe's port as said, by number or by name.
@pytest.mark.parametrize(
    ("intent", "port"),
    [
        ("add a liveness probe to payments on port 8080", 8080),
        ("add a liveness probe to payments on 8080", 8080),
        ("give my-api a liveness probe on port 8080", 8080),
        ("add a liveness probe to payments on port http", "http"),
        ("add a liveness probe to payments", "http"),
    ],
)
def test_a_probe_checks_the_port_as_said(shop: Operator, intent: str, port: int | str) -> None:
    _, body = plans(shop, intent)
    probe = json.loads(body)[0]["patch"]["spec"]["template"]["spec"]["containers"][0]
    assert probe["livenessProbe"]["httpGet"]["port"] == port


# V: a way back said in other words to a newer version than what runs: asked.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # The attack's (frontend runs 2.1.0, my-api 1.4.0).
        ("return frontend to 2.3.0", "return frontend to"),
        ("restore frontend to 2.9", "restore frontend to"),
        ("undo my-api to 1.4.1", "undo my-api to"),
        # Our own.
        ("put frontend back to 2.3.0", "put frontend back to"),
        ("move frontend back on 2.4", "move frontend back on"),
        ("please restore my-api to version 1.5.0", "restore my-api to"),
        ("switch my-api back to 1.5.0", "switch my-api back to"),
    ],
)
def test_a_way_back_to_a_newer_version_is_asked(shop: Operator, intent: str, said: str) -> None:
    question = asks(shop, intent).question or ""
    assert repr(said) in question
    assert "newer" in question


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("restore frontend to 2.0.0", "ghcr.io/acme/frontend:2.0.0"),
        ("return frontend to 2.0", "ghcr.io/acme/frontend:2.0"),
        ("undo my-api to 1.3.9", "ghcr.io/acme/my-api:1.3.9"),
        ("set frontend image to 2.3.0", "ghcr.io/acme/frontend:2.3.0"),
        ("update frontend to 2.3.0", "ghcr.io/acme/frontend:2.3.0"),
        ("bump frontend to 2.2.0", "ghcr.io/acme/frontend:2.2.0"),
    ],
)
def test_a_way_back_to_an_older_version_still_plans(
    shop: Operator, intent: str, image: str
) -> None:
    _, body = plans(shop, intent)
    assert [(o["kind"], o["image"]) for o in json.loads(body)] == [("set_image", image)]


def test_a_count_returned_to_still_scales(shop: Operator) -> None:
    assert summaries(shop, "return frontend to 2 replicas") == [
        "scale deployment/frontend in shop to 2 replicas"
    ]


# L: an item of a restart's list that no restart acts on: asked, never made or dropped.
@pytest.mark.parametrize(
    ("intent", "item"),
    [
        # The attack's.
        ("restart frontend and the checkout pdb", "the checkout pdb"),
        ("restart frontend and its service", "its service"),
        # Our own.
        ("restart checkout and the payments pdb", "the payments pdb"),
        ("bounce frontend and its service", "its service"),
        ("restart the frontend deployment and its ingress", "its ingress"),
        ("restart frontend & its secrets", "its secrets"),
        ("restart frontend and the service", "the service"),
        ("restart my-api and its secret", "its secret"),
    ],
)
def test_a_restart_list_item_no_restart_acts_on_is_asked(
    shop: Operator, intent: str, item: str
) -> None:
    question = asks(shop, intent).question or ""
    assert repr(item) in question
    assert "restart" in question


@pytest.mark.parametrize(
    ("intent", "names"),
    [
        ("restart frontend and checkout", ["frontend", "checkout"]),
        ("restart frontend and the payments service", ["frontend", "payments"]),
        ("restart frontend and the checkout deployment", ["frontend", "checkout"]),
        ("restart frontend and its pods", ["frontend"]),
        ("restart frontend and its replicas", ["frontend"]),
    ],
)
def test_a_restart_list_of_workloads_still_plans(
    shop: Operator, intent: str, names: list[str]
) -> None:
    assert summaries(shop, intent) == [f"restart the pods of deployment/{n} in shop" for n in names]


def test_a_delete_list_with_its_service_still_plans(shop: Operator) -> None:
    assert sorted(summaries(shop, "delete frontend and its service")) == [
        "delete deployment/frontend in shop",
        "delete service/frontend in shop",
    ]


# X: one field taken out of an object: asked, never the object deleted.
@pytest.mark.parametrize(
    ("intent", "field"),
    [
        ("remove minAvailable from orders pdb", "minAvailable"),
        ("remove minAvailable from the orders pdb", "minAvailable"),
        ("drop the minAvailable from orders' pdb", "minAvailable"),
        ("remove min available from orders pdb", "min available"),
        ("delete the selector from the orders pdb", "selector"),
        ("get rid of maxUnavailable on the orders pdb", "maxUnavailable"),
    ],
)
def test_one_field_removed_is_asked(shop: Operator, intent: str, field: str) -> None:
    question = asks(shop, intent).question or ""
    assert repr(field) in question
    assert "one field" in question


@pytest.mark.parametrize(
    "intent",
    ["delete orders pdb", "remove the orders pdb", "delete the orders pdb, it blocks drains"],
)
def test_the_whole_budget_deleted_still_plans(shop: Operator, intent: str) -> None:
    assert summaries(shop, intent) == ["delete poddisruptionbudget/orders in shop"]


def test_a_budget_field_set_still_plans(shop: Operator) -> None:
    proposal, body = plans(shop, "set the orders pdb to maxUnavailable 1")
    assert [o.kind for o in proposal.operations] == ["patch"]
    assert '"maxUnavailable": 1' in body


# A feature switched off never builds it.
@pytest.mark.parametrize(
    "intent",
    [
        "switch off payments' rate limiter",
        "switch off the payments rate limiter",
        "disable the rate limiter on payments",
        "turn off rate limiting for payments",
        "switch payments rate limiting off",
        "turn off the circuit breaker on checkout",
        "disable the autoscaler on worker",
        "turn off autoscaling for worker",
        "turn the worker autoscaler off",
        "switch off the worker hpa",
        "turn off monitoring for frontend",
        "stop monitoring frontend",
        "switch off the orders pdb",
        "turn off the disruption budget for orders",
        "disable liveness probe on payments",
        "switch off health checks on payments",
        "turn off the nightly backup of postgres",
        "pause backups for postgres",
        "disable the network policy for payments",
    ],
)
def test_a_feature_switched_off_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("scale payments to 4", "scale"),
        ("make payments HA", None),
        ("back up postgres nightly", None),
        ("run payments as non-root", "patch"),
        ("rollback checkout", "rollout_undo"),
        ("set cpu limit of payments to 500m", "patch"),
        ("limit payments to 500m cpu", "patch"),
    ],
)
def test_nearest_orders_still_plan(shop: Operator, intent: str, kind: str | None) -> None:
    proposal, _ = plans(shop, intent)
    assert proposal.operations
    if kind:
        assert proposal.operations[0].kind == kind


def test_a_later_scale_still_plans_with_awaits(shop: Operator) -> None:
    proposal, _ = plans(shop, "scale worker to 4 tomorrow")
    assert [o.kind for o in proposal.operations] == ["scale"]
    assert proposal.awaits
