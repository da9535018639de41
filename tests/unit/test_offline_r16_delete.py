"""Round 16, helper delete: a delete said with what goes and what stays deletes exactly the first.

What stays may be said after a dash, by a longer description ("the cache proxy deployment"),
or as a list of kinds and named objects ("keep its service and payments-config for the
cutover"); a named kept object must exist and is never deleted. A reason said before a colon,
a key said dead before a delete of a workload, a protocol ("over http"), what flows now
("traffic goes through …") and an aside in parentheses are context, never objects or bounds.
A budget dropped to an amount of its field is lowered, never deleted. Nearby phrasings that
name something else, or nothing, stay questions."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes

pytestmark = pytest.mark.timeout(300)


def _keys(shop: Operator, intent: str) -> list[str]:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    return sorted(f"{op.kind}:{op.target.kind}/{op.target.name}" for op in proposal.operations)


def _names(keys: list[str]) -> list[str]:
    return sorted(k.split("/", 1)[1] for k in keys)


# What stays, after a dash or described at length: only the object said to go is deleted.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("remove the cache deployment \u2014 leave the redis sts running", "Deployment/cache"),
        ("drop the cache statefulset - keep the cache deployment as is", "StatefulSet/cache"),
        ("get rid of the cache deployment \u2013 keep the redis statefulset", "Deployment/cache"),
        ("delete the redis sts. leave the cache proxy deployment alone", "StatefulSet/cache"),
        ("remove the orders budget, keep the big orders deployment", "PodDisruptionBudget/orders"),
        ("delete the orders pdb; keep the insertion orders deploy", "PodDisruptionBudget/orders"),
    ],
)
def test_kept_after_a_dash_or_described(shop: Operator, intent: str, gone: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert [f"{o.target.kind}/{o.target.name}" for o in proposal.operations] == [gone]
    assert proposal.operations[0].kind == "delete"


# Said both ways, or keeping something that is not here: asked, nothing deleted.
@pytest.mark.parametrize(
    "intent",
    [
        "delete the cache \u2014 keep the redis statefulset",
        "delete the cache deployment \u2014 keep the cache deployment",
        "delete orders \u2014 keep the ingress controller alone",
    ],
)
def test_kept_clause_that_cannot_hold_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A kept list of kinds and named objects, with why: the workload alone goes.
@pytest.mark.parametrize(
    "intent",
    [
        "delete the payments deployment, keep its service and payments-config for the migration",
        "remove the payments deployment but keep its svc and payments-config",
        "drop the payments deployment but keep its service for the rollback window",
    ],
)
def test_kept_list_with_named_objects(shop: Operator, intent: str) -> None:
    assert _names(sorted(deletes(shop, intent))) == ["payments"]
    proposal = shop.analyze(intent, namespace="shop")
    assert [o.target.kind for o in proposal.operations] == ["Deployment"]


@pytest.mark.parametrize(
    "intent",
    [
        # A kept name that names nothing here: what was meant to stay cannot be checked.
        "delete the payments deployment but keep its service and payments-cfg",
        # The stack would take the kept ConfigMap: said both ways.
        "delete payments but keep its service and payments-config",
        "delete orders but keep its pdb and orders-config",
    ],
)
def test_kept_named_object_never_deleted(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A workload's name glued to its one container, in apposition: the workload itself.
@pytest.mark.parametrize(
    "intent",
    [
        "remove the cache deployment (aka cache-proxy)",
        "delete the cache deployment (cache-proxy); laravel talks to redis directly now",
        "tear down the cache deployment (the cache-proxy) but leave the redis sts",
    ],
)
def test_container_gloss_names_the_workload(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert [f"{o.target.kind}/{o.target.name}" for o in proposal.operations] == ["Deployment/cache"]


@pytest.mark.parametrize(
    "intent",
    ["delete cache-proxy from cache", "remove the proxy from the cache deployment"],
)
def test_container_taken_out_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A statement before a colon is the delete's reason; a heading is not.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        (
            "the status page moved to statuspage.io: delete the frontend deployment",
            ["frontend"],
        ),
        (
            "the old storefront moved to the cdn: remove the frontend deployment",
            ["frontend"],
        ),
        ("the old storefront is gone: delete the frontend deployment and its service", None),
    ],
)
def test_statement_before_colon(shop: Operator, intent: str, gone: list[str] | None) -> None:
    keys = sorted(deletes(shop, intent))
    if gone is not None:
        assert _names(keys) == gone
        assert all(k.startswith("Deployment/") for k in keys)
    else:
        assert keys == ["Deployment/frontend", "Service/frontend"]


@pytest.mark.parametrize(
    "intent", ["Handover: delete the frontend deployment", "Withdrawn: delete frontend"]
)
def test_heading_before_colon_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A key said dead before a delete naming a workload: that delete's reason.
@pytest.mark.parametrize(
    "intent",
    [
        "PPV is dead: tear down orders",
        "SSO is obsolete: tear down orders",
        "MVP is over; delete orders",
    ],
)
def test_dead_key_is_the_reason(shop: Operator, intent: str) -> None:
    keys = sorted(deletes(shop, intent))
    assert "Deployment/orders" in keys
    assert all(k.split("/")[1].startswith("orders") for k in keys)


def test_dead_key_with_its_removal_is_still_a_variable(shop: Operator) -> None:
    # "… drop it": the key itself goes (and here it is asked: no workload named).
    asks(shop, "FEATURE_FLAG is dead, drop it")


# A budget dropped to an amount is lowered; dropped alone it is deleted.
@pytest.mark.parametrize(
    "intent",
    [
        "drop the orders budget to minAvailable 1",
        "drop the orders pdb down to maxUnavailable 1",
        "orders can't be drained because of its pdb; drop its budget to minAvailable: 1",
    ],
)
def test_budget_dropped_to_an_amount(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert [(o.kind, o.target.kind) for o in proposal.operations] == [
        ("patch", "PodDisruptionBudget")
    ]


def test_budget_dropped_alone_is_deleted(shop: Operator) -> None:
    assert _keys(shop, "drop the orders pdb") == ["delete:PodDisruptionBudget/orders"]


# A budget that blocks drains, with its values in an aside: the fact, not a change.
@pytest.mark.parametrize(
    "intent",
    [
        "the orders budget (min 2, two pods) blocked the drain last night; scale orders to 3 "
        "instead of relaxing the pdb",
        "The orders PDB blocks every drain. Scale orders to 3 instead of touching the budget.",
        "the orders budget (minAvailable 2 on 2 replicas) blocks node drains, so scale orders to 3 "
        "instead",
    ],
)
def test_blocking_budget_is_a_fact(shop: Operator, intent: str) -> None:
    assert _keys(shop, intent) == ["scale:Deployment/orders"]


def test_aside_value_inside_a_fact_is_no_count(shop: Operator) -> None:
    assert _keys(shop, "orders (2 pods) is slow, scale it to 4") == ["scale:Deployment/orders"]


# How a thing is reached, and what flows now: never a bound or a second object.
@pytest.mark.parametrize(
    "intent",
    [
        "delete the payments svc, no one talks to it over grpc now",
        "remove the payments service, checkout requests go via the new mesh service these days",
        "drop the payments service; user traffic goes through the new gateway service now",
    ],
)
def test_reached_and_flows_are_context(shop: Operator, intent: str) -> None:
    assert _keys(shop, intent) == ["delete:Service/payments"]


@pytest.mark.parametrize(
    "intent",
    [
        # Another Service of the namespace named in the fact: which one goes is asked.
        "delete the frontend service; traffic goes through the payments service now",
        # A bound said with "over" and a number stays a bound.
        "delete the payments service, nothing calls it over 3 times a day",
    ],
)
def test_near_phrasings_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
