"""Round 25, helper anteced: a destructive action reaches a workload through a PART of it named
elsewhere in the request (the fifth attack's shapes 0, 0a, 0b, 1, 2, 3;
:mod:`dotop_nb.planner.offline.anteced`).

"postgres latency alert is noisy; delete it" deleted the database; "please remove the noisy
postgres latency alert", "the checkout latency alert should be deleted", "remove: checkout
latency alert" deleted the workload; "postgres replica is broken; turn it off", "orders has
envoy; turn it off" scaled it to 0. Every mention of the workload must end its noun phrase
(after a kind word), else the part is asked, naming its words and what to type instead."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# 0, 0a, 0b, 1, 2: a part named in another clause, after an adjective, in a passive or after a
# colon is asked, naming the part's words and what to type for the workload itself.
@pytest.mark.parametrize(
    ("intent", "words", "type_instead"),
    [
        # the attack's samples
        ("postgres latency alert is noisy; delete it", "latency alert", "delete the postgres"),
        ("my-api latency alert is noisy; delete it", "latency alert", "delete the my-api"),
        ("the frontend cpu alert is noisy; remove it", "cpu alert", "delete the frontend"),
        ("please remove the noisy postgres latency alert", "latency alert", "delete the postgres"),
        ("delete the noisy my-api error alert", "error alert", "delete the my-api"),
        ("the checkout latency alert should be deleted", "latency alert", "delete the checkout"),
        ("the checkout latency alert needs to be removed", "latency alert", "delete the checkout"),
        ("remove: checkout latency alert", "latency alert", "delete the checkout"),
        ("delete: the checkout latency alert", "latency alert", "delete the checkout"),
        ("remove it: the checkout latency alert", "latency alert", "delete the checkout"),
        ("postgres replica is broken; turn it off", "replica", "scale postgres to 0"),
        ("the postgres standby is broken; turn it off", "standby", "scale postgres to 0"),
        ("postgres standby is broken, shut it down", "standby", "scale postgres to 0"),
        ("the postgres replica: turn it off", "replica", "scale postgres to 0"),
        ("checkout's latency alert keeps firing. remove it.", "latency alert", "delete the"),
        ("the orders sidecar is broken, scale it to 0", "sidecar", "scale orders to 0"),
        ("orders' envoy is eating memory; shut it down", "envoy", "scale orders to 0"),
        ("the checkout alert is noisy, roll it back", "alert", "rollback checkout"),
        ("the checkout alert is noisy, restart it", "alert", "restart checkout"),
        ("turn off checkout (latency alert)", "latency alert", "scale checkout to 0"),
        ("turn off checkout [alert]", "alert", "scale checkout to 0"),
        ("scale worker and the orders envoy to 0", "envoy", "scale orders to 0"),
        # phrasings of our own
        ("delete: the noisy frontend cpu alert", "cpu alert", "delete the frontend"),
        ("the checkout error alert is noisy, roll it back", "error alert", "rollback checkout"),
        ("turn off checkout (beta flag)", "beta flag", "scale checkout to 0"),
        ("the postgres standby is lagging; shut it down", "standby", "scale postgres to 0"),
        # the attack's samples still planned at the merge: a particle, "A/B", a check
        ("the frontend down alert is noisy; remove it", "down alert", "delete the frontend"),
        ("the frontend A/B test is done; remove it", "a/b test", "delete the frontend"),
        ("the payments latency check is flaky; remove it", "latency check", "delete the"),
    ],
)
def test_a_part_named_elsewhere_is_asked(
    op: Operator, intent: str, words: str, type_instead: str
) -> None:
    question = asks(op, intent).question or ""
    assert repr(words) in question or f"'{words} " in question, question
    assert f"'{type_instead}" in question, question


# 1: "W has / runs / is in <something>; turn it off", "<something> in / on W": "it" may be
# that something, so a delete or switch-off of W is asked (other readers may ask first).
@pytest.mark.parametrize(
    "intent",
    [
        "orders has envoy; turn it off",
        "orders has a sidecar; switch it off",
        "the envoy in orders is broken; turn it off",
        "the envoy on orders is broken, turn it off",
        "turn it off on orders",
        "payments has root access on, turn it off",
        "frontend has caching on, turn it off",
        "frontend is in maintenance mode; switch it off",
        "checkout still has DEBUG set; delete it",
        "worker's memory limit kills it; remove it",
        "the frontend maintenance page is still up, remove it",
        "frontend has a maintenance page on, turn it off",
        "the worker queue dashboard is stale; delete it",
        "the postgres replica should be removed",
        "frontend maintenance page should go away, take it down",
        "turn off orders envoy",
        "in orders, scale envoy to 0",
        "the worker queue metrics are wrong, so delete them",
        "the postgres standby should be turned off",
        "the my-api swagger page: delete it",
        "the checkout p99 alert keeps firing; delete it",
        "the frontend banner is stale, remove it",
    ],
)
def test_what_a_workload_has_is_not_the_workload(op: Operator, intent: str) -> None:
    asks(op, intent)


# The nearest orders still plan, on the workload said.
@pytest.mark.parametrize(
    ("intent", "kind", "names"),
    [
        ("delete checkout", "delete", {"checkout"}),
        ("delete the checkout deployment", "delete", {"checkout"}),
        ("delete the payments service", "delete", {"payments"}),
        ("scale frontend to 0", "scale", {"frontend"}),
        ("shut down worker", "scale", {"worker"}),
        ("turn off worker", "scale", {"worker"}),
        ("restart payments and checkout", "rollout_restart", {"payments", "checkout"}),
        ("checkout is unused, delete it", "delete", {"checkout"}),
        ("checkout is unused; delete it", "delete", {"checkout"}),
        ("checkout is no longer used; delete it", "delete", {"checkout"}),
        ("the checkout deployment is unused, delete it", "delete", {"checkout"}),
        ("checkout has been replaced; delete it", "delete", {"checkout"}),
        ("worker is stuck, restart it", "rollout_restart", {"worker"}),
        ("worker keeps crashing, restart it", "rollout_restart", {"worker"}),
        ("worker crashed; restart it", "rollout_restart", {"worker"}),
        ("frontend pods are stuck, restart them", "rollout_restart", {"frontend"}),
        ("frontend's pods are stuck, restart them", "rollout_restart", {"frontend"}),
        ("no longer need worker, delete it", "delete", {"worker"}),
        ("worker is broken, turn it off", "scale", {"worker"}),
        ("delete worker, it is unused", "delete", {"worker"}),
        ("delete worker, its queue is empty", "delete", {"worker"}),
        ("delete worker completely", "delete", {"worker"}),
        ("delete the postgres statefulset", "delete", {"postgres"}),
        ("the worker deployment should be deleted", "delete", {"worker"}),
        ("remove the unused worker deployment", "delete", {"worker"}),
        ("rollback checkout", "rollout_undo", {"checkout"}),
        ("frontend is down, restart it", "rollout_restart", {"frontend"}),
        ("worker is down; delete it", "delete", {"worker"}),
        ("checkout went down, roll it back", "rollout_undo", {"checkout"}),
        ("scale worker down to 0", "scale", {"worker"}),
        (
            "payments-v2 took over the traffic, remove the payments deployment but KEEP its "
            "service",
            "delete",
            {"payments"},
        ),
    ],
)
def test_the_nearest_orders_still_plan(
    op: Operator, intent: str, kind: str, names: set[str]
) -> None:
    proposal, _ = plans(op, intent)
    acted = {o.target.name for o in proposal.operations if o.kind == kind}
    assert names <= acted, [o.summary() for o in proposal.operations]


def test_delete_two_workloads_plans_both(op: Operator) -> None:
    proposal, _ = plans(op, "delete checkout and payments")
    deleted = {o.target.name for o in proposal.operations if o.kind == "delete"}
    assert {"checkout", "payments"} <= deleted


def test_a_timed_switch_off_still_awaits(op: Operator) -> None:
    proposal, _ = plans(op, "scale worker to 0 tonight")
    assert proposal.awaits
    assert [o.target.name for o in proposal.operations] == ["worker"]


# 3: a switch-off scoped to some pods, users or places ("for beta users", "on spot nodes") is
# asked, naming the scope; a time or this namespace after it still plans.
@pytest.mark.parametrize(
    ("intent", "scope"),
    [
        # the attack's samples
        ("turn off checkout for beta users", "for beta users"),
        ("turn off checkout for tenant acme", "for tenant acme"),
        ("turn off checkout on spot", "on spot"),
        ("turn off checkout in us", "in us"),
        ("turn off checkout on arm nodes", "on arm nodes"),
        ("scale frontend to 0 on spot nodes", "on spot nodes"),
        # phrasings of our own
        ("switch off payments for premium customers", "for premium customers"),
        ("shut down frontend on the gpu pool", "on the gpu pool"),
    ],
)
def test_a_switch_off_for_some_of_it_is_asked(op: Operator, intent: str, scope: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(scope) in question, question
    assert "scale " in question


@pytest.mark.parametrize(
    "intent",
    [
        "turn off worker for good",
        "shut down worker in shop",
        "turn off worker in the shop namespace",
        "turn off worker now",
    ],
)
def test_a_switch_off_for_a_time_or_here_still_plans(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("scale", "worker")]


def test_a_switch_off_on_a_day_still_awaits(op: Operator) -> None:
    proposal, _ = plans(op, "turn off worker on friday")
    assert proposal.awaits
