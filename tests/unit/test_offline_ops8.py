"""Availability, network and security said as outcomes, and incident verbs (helper ops,
session 8). The rule: a budget, policy or setting said by what it must achieve is that object
with that amount; what a budget holds now, said beside its relax, is the state the relax starts
from (never its new value); a symptom clause beside the request is why, never a change. Over
the in-memory shop (orders 2 replicas with a pdb of minAvailable 2, payments 2, frontend 3).
Our own phrasings."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    "intent",
    [
        "the orders budget (minAvailable 2 with 2 pods) blocks every drain, loosen it",
        "node-4 won't drain because of the orders pdb, relax it so one pod may be evicted",
        "we can't drain the node, orders has minAvailable 2 w/ 2 replicas, relax that pdb",
        "drains never finish on orders, loosen its budget so one can go",
        "orders pdb: min available 2 with 2 pods, make drains go through",
    ],
)
def test_a_relax_starts_from_the_state_said(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    (op,) = proposal.operations
    assert op.kind == "patch"
    assert op.target.name == "orders"
    assert op.patch == {"spec": {"maxUnavailable": 1, "minAvailable": None}}


@pytest.mark.parametrize(
    "intent",
    [
        # an amount that still blocks every drain is no relax
        "orders pdb (minAvailable 3) blocks drains, relax it",
        "relax the orders budget to minAvailable 2",
        # protection asked by a negation is not a relax
        "payments cannot be drained, add a pdb",
    ],
)
def test_a_relax_that_relaxes_nothing_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "name", "floor"),
    [
        (
            "node drains keep killing both payments pods at once, need a pdb so at least 1 "
            "stays up",
            "payments",
            1,
        ),
        (
            "upgrades keep evicting all the frontend pods together, add a pdb so 1 stays available",
            "frontend",
            1,
        ),
        (
            "frontend pods keep getting drained together; a budget please so that 2 remain up",
            "frontend",
            2,
        ),
        ("payments: give it a disruption budget so one is always running", "payments", 1),
    ],
)
def test_a_floor_said_as_the_purpose_of_a_budget(
    shop: Operator, intent: str, name: str, floor: int
) -> None:
    proposal, body = plans(shop, intent)
    (op,) = proposal.operations
    assert op.kind == "apply"
    assert op.target.kind == "PodDisruptionBudget"
    assert op.target.name == name
    assert json.loads(body)[0]["manifest"]["spec"]["minAvailable"] == floor


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("pentest flagged frontend running as root, fix pls", "frontend"),
        ("the scanner says payments runs as root; remediate that", "payments"),
        ("orders is running as root. please address", "orders"),
        ("can you fix my-api running as root?", "my-api"),
        ("audit finding: worker ran as root during the scan — sort it out", "worker"),
    ],
)
def test_a_root_finding_with_its_fix_is_non_root(shop: Operator, intent: str, name: str) -> None:
    proposal, body = plans(shop, intent)
    (op,) = proposal.operations
    assert op.target.name == name
    assert '"runAsNonRoot": true' in body


def test_a_root_finding_alone_is_asked(shop: Operator) -> None:
    asks(shop, "frontend running as root")


@pytest.mark.parametrize(
    ("intent", "protected", "sources", "port"),
    [
        (
            "lock down postgres, only my-api + payments + orders should reach 5432",
            "postgres",
            {"my-api", "payments", "orders"},
            5432,
        ),
        ("redis: only the cache proxy may connect to 6379", "cache-store", {"cache"}, 6379),
        (
            "restrict ingress to payments so that only frontend and checkout can reach it",
            "payments",
            {"frontend", "checkout"},
            None,
        ),
        (
            "tighten access to postgres, only my-api and payments should talk to 5432. "
            "The security assessment is next week.",
            "postgres",
            {"my-api", "payments"},
            5432,
        ),
    ],
)
def test_an_allow_list_said_as_who_reaches_what(
    shop: Operator, intent: str, protected: str, sources: set[str], port: int | None
) -> None:
    proposal, body = plans(shop, intent)
    (_op,) = proposal.operations
    spec = json.loads(body)[0]["manifest"]["spec"]
    assert spec["podSelector"]["matchLabels"]["app"] == protected
    (rule,) = spec["ingress"]
    assert {p["podSelector"]["matchLabels"]["app"] for p in rule["from"]} == sources
    assert rule.get("ports", [{}])[0].get("port") == port


def test_a_number_reached_that_is_no_port_is_not_one(shop: Operator) -> None:
    # a count of requests is never the port of a policy
    asks(shop, "only frontend should reach payments, it gets 300 requests")


@pytest.mark.parametrize(
    ("intent", "name", "replicas"),
    [
        (
            "Action item: cache proxy pods must never share a node (required, not preferred), "
            "and run 2 of them as part of this.",
            "cache",
            2,
        ),
        (
            "frontend pods should never land on the same node, hard requirement not a soft one; "
            "keep four of them",
            "frontend",
            4,
        ),
        (
            "orders replicas must be on different nodes, not best effort, and have 3 of them",
            "orders",
            3,
        ),
        ("payments must never share a node, not a preference", "payments", None),
    ],
)
def test_a_must_said_against_a_preference_is_required(
    shop: Operator, intent: str, name: str, replicas: int | None
) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} == {name}
    assert "requiredDuringScheduling" in body
    assert "preferredDuringScheduling" not in body
    scales = [o.replicas for o in proposal.operations if o.kind == "scale"]
    assert scales == ([replicas] if replicas else [])


def test_a_preference_said_against_a_must_is_preferred(shop: Operator) -> None:
    _, body = plans(shop, "spread payments over nodes, preferred not required")
    assert "preferredDuringScheduling" in body
    assert "requiredDuringScheduling" not in body


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("payments pods stuck w/ stale dns after the coredns blip, bounce em", "payments"),
        ("the orders pods have a stale token after the rotation, restart em", "orders"),
        ("frontend pods all wedged again - kick em", "frontend"),
        ("worker pods hanging since the broker restart, recycle them pls", "worker"),
        ("my-api pods holding old connections after the failover, bounce 'em", "my-api"),
    ],
)
def test_a_symptom_of_pods_is_why_and_em_is_them(shop: Operator, intent: str, name: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("rollout_restart", name)]


def test_a_workload_named_only_in_a_symptom_is_never_changed_too(shop: Operator) -> None:
    asks(shop, "restart frontend, worker pods stuck too")


@pytest.mark.parametrize(
    ("intent", "kinds"),
    [
        (
            "Ticket: after rotating the redis password, restart the redis StatefulSet and then "
            "the cache proxy.",
            ["StatefulSet/cache", "Deployment/cache"],
        ),
        (
            "bounce the postgres sts and the cache proxy",
            ["StatefulSet/postgres", "Deployment/cache"],
        ),
        (
            "restart the postgres statefulset and frontend",
            ["StatefulSet/postgres", "Deployment/frontend"],
        ),
        (
            "restart the redis sts, then the cache deployment",
            ["StatefulSet/cache", "Deployment/cache"],
        ),
        ("restart the redis, not the proxy", ["StatefulSet/cache"]),
        ("restart the cache proxy, not redis", ["Deployment/cache"]),
    ],
)
def test_each_object_of_a_list_is_the_one_its_words_say(
    shop: Operator, intent: str, kinds: list[str]
) -> None:
    proposal, _ = plans(shop, intent)
    assert [f"{o.target.kind}/{o.target.name}" for o in proposal.operations] == kinds
    assert all(o.kind == "rollout_restart" for o in proposal.operations)


@pytest.mark.parametrize(
    "intent",
    [
        # the kind said is another object's than the one named: never one of them silently
        "restart the redis sts, and the cache proxy is fine",
        "restart cache",
    ],
)
def test_two_objects_one_name_said_unclearly_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        (
            "postgres sts is replaced by managed rds as of last night, delete the sts but KEEP "
            "the headless svc for now",
            {"StatefulSet/postgres"},
        ),
        (
            "checkout-v2 took over all traffic, nuke the old checkout deploy",
            {"Deployment/checkout"},
        ),
        (
            "frontend-next became the default last week, delete the frontend deployment",
            {"Deployment/frontend"},
        ),
        ("delete the orders deployment but do NOT delete its service", {"Deployment/orders"}),
    ],
)
def test_a_delete_after_its_reason_and_with_what_it_keeps_shouted(
    shop: Operator, intent: str, gone: set[str]
) -> None:
    proposal, _ = plans(shop, intent)
    assert all(o.kind == "delete" for o in proposal.operations)
    assert {f"{o.target.kind}/{o.target.name}" for o in proposal.operations} == gone


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        (
            "restart checkout now; if it still 500s after that we roll it back, but not yet",
            "checkout",
        ),
        ("bounce payments; if the errors continue we will revert it, not yet though", "payments"),
        ("restart frontend, if that does not help we roll it back later", "frontend"),
    ],
)
def test_a_later_step_on_a_condition_is_not_planned_now(
    shop: Operator, intent: str, name: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("rollout_restart", name)]
    assert "ask for it when it is due" in proposal.analysis


def test_only_a_later_step_plans_nothing(shop: Operator) -> None:
    asks(shop, "if checkout still 500s we roll it back, but not yet")
