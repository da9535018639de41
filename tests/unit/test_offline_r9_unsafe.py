"""Round 9, helper unsafe. A time, window, event or signal said beside a change is kept as the
plan's ``awaits`` (waits.MORE_OPENS), or asked, never dropped; a change the message does not ask
for now (done, on hold, withdrawn, out of scope, past, someone else's, a how-to, a recurrence) and
a number or object said in no one form are asked (unsafe, guard, sanity). The phrasings are our
own, none from a scored set."""

from __future__ import annotations

import pytest

from dotop_nb.models import Proposal
from dotop_nb.service import Operator

pytestmark = pytest.mark.timeout(120)


def asks(op: Operator, intent: str) -> Proposal:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert proposal.operations == []
    return proposal


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("bounce checkout overnight", "restart the pods of deployment/checkout", "overnight"),
        (
            "roll checkout back should the smoke test fail",
            "roll deployment/checkout",
            "should the smoke test fail",
        ),
        ("post-upgrade, restart worker", "restart the pods of deployment/worker", "post-upgrade"),
        (
            "following the deploy, scale my-api to 4",
            "deployment/my-api in shop to 4 replicas",
            "following the deploy",
        ),
        (
            "restart worker during the maintenance window",
            "restart the pods of deployment/worker",
            "during the maintenance window",
        ),
        ("scale orders to 6 on my go", "deployment/orders in shop to 6 replicas", "on my go"),
        ("restart my-api tonite", "restart the pods of deployment/my-api", "tonite"),
        ("restart worker @ midnight", "restart the pods of deployment/worker", "@ midnight"),
        (
            "scale orders to 5 by end of day",
            "deployment/orders in shop to 5 replicas",
            "by end of day",
        ),
        ("scale my-api to 4 by EOD", "deployment/my-api in shop to 4 replicas", "by EOD"),
        (
            "restart checkout, but wait for the ok from QA",
            "restart the pods of deployment/checkout",
            "wait for the ok",
        ),
        (
            "scale worker to 6 pending sign-off from ops",
            "deployment/worker in shop to 6 replicas",
            "pending sign-off from ops",
        ),
        (
            "restart orders assuming the migration went fine",
            "restart the pods of deployment/orders",
            "assuming the migration went fine",
        ),
        ("restart my-api over the weekend", "restart the pods of deployment/my-api", "weekend"),
        ("restart orders in a while", "restart the pods of deployment/orders", "in a while"),
        (
            "Restart worker. Only after the backfill completes.",
            "restart the pods of deployment/worker",
            "Only after the backfill completes",
        ),
        (
            "in the event of a failover, restart orders",
            "restart the pods of deployment/orders",
            "in the event of a failover",
        ),
        ("restart my-api this morning", "restart the pods of deployment/my-api", "this morning"),
        ("scale worker to 5 next sprint", "deployment/worker in shop to 5 replicas", "next sprint"),
        (
            "scale worker to 4 in case the backlog grows",
            "deployment/worker in shop to 4 replicas",
            "in case the backlog grows",
        ),
        ("restart checkout off-peak", "restart the pods of deployment/checkout", "off-peak"),
    ],
)
def test_a_time_or_condition_said_is_awaited(
    shop: Operator, intent: str, summary: str, awaits: str
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status in ("proposed", "satisfied"), proposal.question
    assert any(summary in o.summary() for o in proposal.operations), proposal.operations
    assert awaits.lower() in (proposal.awaits or "").lower(), proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        # A recurrence, a clock time said bare, a condition on what is measured.
        "scale orders to 5 every night",
        "restart my-api daily",
        "schedule a restart of worker",
        "restart checkout 21:30",
        "restart orders 7pm",
        "scale worker to 4 in case the queue grows",
        # Done, on hold, withdrawn, out of scope, a past change, someone else's, a how-to.
        "scope excludes checkout\nscale checkout to 4",
        "- [x] scale orders to 5",
        "[DONE] bounce checkout",
        "scale my-api to 3 (closed)",
        "restart frontend and ~~orders~~",
        "restart my-api and worker — scratch worker",
        "scale worker to 3 — on hold",
        "there's no need to restart orders",
        "checkout doesn't need a restart",
        "why did orders get scaled to 5",
        "remind me to restart worker",
        "what's the command to bounce orders",
        # A number, a version or an object said in no one form.
        "drop the checkout config",
        "remove orders' settings",
        "scale worker to three five",
        "scale orders to two per node",
        "orders x5",
        "scale checkout to 4, the pdb needs maxUnavailable+1",
        "update orders to 1.2.x",
        "update checkout to 1.1.1 um 1.1.0",
        "restart the older one: orders, worker",
        # A fact said beside the request lends it nothing.
        "the restore broke at 02:30, set up a nightly backup of postgres",
        "set periodSeconds 20 on the liveness probe of orders — it is slow at startup",
        "rolling back checkout is risky; scale it to 4 instead",
        # An autoscaler said as existing when none does.
        "let the worker hpa go up to 10 instead of whatever it is now",
        # The attacker's shapes, in our words: a question, a hedge, a mark, a report, a subset.
        "drop worker, should I?",
        "restart orders I guess",
        "\u26d4 bounce orders",
        "orders restart postponed",
        "orders restarted 3 times, add a pdb",
        "delete the orders logs",
        "scale orders to 5 in the us cluster",
        "restart the canary checkout",
        "deploy checkout 1.1.0 to 3 replicas",
        "roll back the orders config",
        "restart worker each time it crashes",
        # Tonight once, or every night? A scale runs once: asked (scope.planned).
        "scale orders to 5 at night",
        "bounce checkout soon, then delete worker",
    ],
)
def test_what_is_not_asked_for_now_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # Near misses: a purpose, a value time, a later remark, both objects named.
        ("scale worker to 5 for the flash sale", "deployment/worker in shop to 5 replicas"),
        ("back up postgres nightly at 2", "schedule/postgres-shop"),
        ("restart my-api, the postmortem comes later", "restart the pods of deployment/my-api"),
        ("get rid of worker and its config", "delete deployment/worker"),
        ("worker +2 replicas", "deployment/worker in shop to 3 replicas"),
        ("orders x2 for the campaign", "deployment/orders in shop to 4 replicas"),
        ("restart orders now", "restart the pods of deployment/orders"),
    ],
)
def test_near_misses_plan_without_waiting(shop: Operator, intent: str, summary: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status in ("proposed", "satisfied"), proposal.question
    assert any(summary in o.summary() for o in proposal.operations), proposal.operations
    assert proposal.awaits is None
