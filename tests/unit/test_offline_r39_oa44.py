"""Round 39, helper oa44: attack44's over-asks on numbers in reasons, number words and
permissions, as shapes.

- A leave for a disruption the change may bring, said in a clause of its own after the order
  ("…, fine if it drops some requests", "…, don't mind a few errors", "…, fine to drop a few
  requests"): a permission, never a condition (:mod:`dotop_nb.planner.offline.constraints`).
  Without a word of leave, "if"/"when"/"unless" stays a condition, asked.
- A count of no pod said as what we have, run, lost or got, or as what happened to it ("we lost
  2 nodes", "two servers died", "we have 40 customers waiting"): the order's reason
  (:mod:`dotop_nb.planner.offline.statements`, :mod:`dotop_nb.planner.offline.direction`).
  A count that may be the pods' ("we run 3 pods", "we have 3 workers"), a time ("we have 2
  hours") or a bare one ("we have 10") is still asked.
- Where the pods sit now ("it's all on one machine"): how things are, never a part of the pods
  to change; "restart my-api on one pod" is still asked.
- "scale the X on N" (Jamaican "scale di X pon N") is the count N, exact values only.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart worker, fine if it drops some requests", "restart the pods of deployment/worker"),
        (
            "restart orders, okay if it drops a couple of connections",
            "restart the pods of deployment/orders",
        ),
        (
            "restart checkout; no problem if users see a few errors",
            "restart the pods of deployment/checkout",
        ),
        ("scale frontend to 5, fine if they're slow", "scale deployment/frontend in shop to 5"),
        ("restart checkout, don't mind a few errors", "restart the pods of deployment/checkout"),
        ("scale payments to 4, no worries if it hiccups", "scale deployment/payments in shop to 4"),
        ("scale worker to 3, fine to drop a few requests", "scale deployment/worker in shop to 3"),
        ("scale orders to 5, ok if it blips", "scale deployment/orders in shop to 5"),
        (
            "restart worker, no big deal if it drops traffic",
            "restart the pods of deployment/worker",
        ),
        ("restart payments, ok if it's briefly down", "restart the pods of deployment/payments"),
        ("restart orders, it's fine if it is offline", "restart the pods of deployment/orders"),
        (
            "restart checkout, alright if they get a few 5xx",
            "restart the pods of deployment/checkout",
        ),
        ("scale my-api to 4, fine if it loses a few calls", "scale deployment/my-api in shop to 4"),
        (
            "restart frontend, we don't mind a little disruption",
            "restart the pods of deployment/frontend",
        ),
        ("restart worker, fine if it is unavailable", "restart the pods of deployment/worker"),
        (
            "restart orders, no problem if it is unreachable",
            "restart the pods of deployment/orders",
        ),
    ],
)
def test_leave_for_a_disruption_is_no_condition(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent)[0].startswith(summary)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker if it drops requests",
        "restart orders, if it's briefly down",
        "if it goes down, restart checkout",
        "restart payments when it drops requests",
        "restart my-api unless it drops connections",
        "scale worker to 3, once it drops a few requests",
        "restart orders, fine if it drops a few requests and scale it down if it's slow",
        "restart checkout, ok to lose a pod",
    ],
)
def test_condition_without_leave_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale payments to 5, we lost 2 nodes", "scale deployment/payments in shop to 5"),
        ("we just added 3 nodes, so scale frontend to 6", "scale deployment/frontend in shop to 6"),
        ("scale my-api to 6, we gained 2 new racks", "scale deployment/my-api in shop to 6"),
        ("two servers died, scale worker to 4", "scale deployment/worker in shop to 4"),
        ("we have 40 customers waiting, scale checkout to 5", "scale deployment/checkout in shop"),
        ("there are 8 tickets open, so scale payments to 4", "scale deployment/payments in shop"),
        ("we have 3 regions, so scale worker to 5", "scale deployment/worker in shop to 5"),
        ("restart payments, we got 3 extra nodes", "restart the pods of deployment/payments"),
        ("scale worker to 2, we saw 3 new tenants", "scale deployment/worker in shop to 2"),
        ("we have 6 users, scale frontend to 5", "scale deployment/frontend in shop to 5"),
    ],
)
def test_count_of_no_pod_in_a_reason_is_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent)[0].startswith(summary)


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 4, we run 3 pods",
        "scale worker to 4, we have 10",
        "scale worker to 4, we have 3 workers",
        "scale worker to 4, we have 2 hours",
        "scale frontend, we lost 1 node",
        "restart my-api on one pod",
        "I don't want my-api on one box",
        "scale orders to 5, we have 4 replicas",
    ],
)
def test_count_that_may_be_the_orders_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale worker to 3, it's on one box", "scale deployment/worker in shop to 3"),
        ("scale orders to 4, it is on one server", "scale deployment/orders in shop to 4"),
    ],
)
def test_where_the_pods_sit_is_how_things_are(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent)[0].startswith(summary)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale di worker pon four", "scale deployment/worker in shop to 4"),
        ("scale di checkout pon six pls", "scale deployment/checkout in shop to 6"),
        ("scale the payments on 5", "scale deployment/payments in shop to 5"),
        ("scale the orders on three", "scale deployment/orders in shop to 3"),
        ("scale the frontend on twelve", "scale deployment/frontend in shop to 12"),
        ("scale di my-api pon a dozen", "scale deployment/my-api in shop to 12"),
        ("scale di orders pon twenty-four", "scale deployment/orders in shop to 24"),
        ("scale the worker on 6, thanks", "scale deployment/worker in shop to 6"),
        ("scale di payments pon half a dozen", "scale deployment/payments in shop to 6"),
        ("scale the checkout on eleven", "scale deployment/checkout in shop to 11"),
    ],
)
def test_scale_the_workload_on_a_count(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent)[0].startswith(summary)


@pytest.mark.parametrize(
    "intent",
    [
        "scale di worker pon a few",
        "scale the orders on several",
        "scale the frontend on some",
        "scale the worker on node 3",
        "scale the worker on 3 nodes",
        "scale di checkout pon a couple",
    ],
)
def test_vague_count_or_another_on_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# Neighbours of the shapes above that main already planned: kept planned.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale orders to 4, 1 node went down", "scale deployment/orders in shop to 4"),
        ("restart worker, three hosts crashed", "restart the pods of deployment/worker"),
        ("scale checkout to 5, we run 4 clusters", "scale deployment/checkout in shop to 5"),
        ("we lost two hosts, so scale orders to 3", "scale deployment/orders in shop to 3"),
        ("scale frontend to 4, two racks are down", "scale deployment/frontend in shop to 4"),
        ("it's all on one machine - scale checkout to 3", "scale deployment/checkout in shop to 3"),
        ("it's on one node, so scale payments to 4", "scale deployment/payments in shop to 4"),
        ("they're on one host - restart orders pls", "restart the pods of deployment/orders"),
        ("restart frontend, it's on a single node", "restart the pods of deployment/frontend"),
    ],
)
def test_neighbours_still_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent)[0].startswith(summary)


# "pending" before a dash is a state ("2 pods are pending - restart frontend"), never a wait.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("2 pods are pending - restart frontend pls", "restart the pods of deployment/frontend"),
        ("3 jobs are pending - restart worker", "restart the pods of deployment/worker"),
        ("a pod is pending - scale orders to 4", "scale deployment/orders in shop to 4"),
    ],
)
def test_pending_before_a_dash_is_a_state(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent)[0].startswith(summary)


# A workload's name said alone, then again with another kind: two objects, never one silently.
@pytest.mark.parametrize(
    "intent",
    [
        "tear down checkout plus checkout Service",
        "delete payments and payments service",
        "remove orders along with orders service",
        "delete my-api as well as my-api service",
        "scale payments to 4 pending the fix",
    ],
)
def test_name_twice_in_a_delete_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question
