"""Round 20 (times): times and conditions said beside a request.

- a window written "MW", with its clock time and day ("in tonight's 01:00 UTC MW"), is waited on
  as said, like "the maintenance window";
- a deadline is no wait: "before the 02:00 UTC MW" makes a one-off backup now (never a schedule
  at 02:00), and "must be live / needs to be in place before …" makes the change now, a number
  in it ("at block 21,400,000") naming the moment, no value;
- "alarm when …" is an alert, its window ("in 10 minutes") the rule's own;
- "reinitiate" and "relaunch" restart (what is waited on, "when finish the batch of the night",
  is said as the person said it);
- a count said with no verb, "X back down to N once …", scales and waits;
- a failure said with what it would cost ("if the node fall we lose all") is the risk the change
  is asked against, never a wait;
- the drain a budget blocks, with its time ("the node drain in tonight's MW"), is what a PDB
  change is for; "X is gone after the migration:" says how things are now.

Each has its near variants that still ask: a negation, a second workload or a deletion beside
it, a state still to come before a deletion, a failure that is the condition of the change.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, plans_awaiting

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("said", "summary", "awaits"),
    [
        (
            "orders envoy sidecar to envoyproxy/envoy:v1.31.2 in tonight's 01:00 UTC MW, app "
            "container NOT to be touched",
            "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.31.2",
            "01:00 UTC MW",
        ),
        (
            "set my-api image to ghcr.io/acme/my-api:1.4.1 in tonight's 01:00 UTC MW",
            "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:1.4.1",
            "01:00 UTC MW",
        ),
        (
            "scale payments to 4 during the 23:00 MW",
            "scale deployment/payments in shop to 4 replicas",
            "23:00 MW",
        ),
        (
            "reinitiate the postgres when finish the batch of the night",
            "restart the pods of statefulset/postgres in shop",
            "when finish the batch of the night",
        ),
        ("relaunch the payments please", "restart the pods of deployment/payments in shop", None),
        (
            "reinitiate the orders after the backup of the night",
            "restart the pods of deployment/orders in shop",
            "after the backup of the night",
        ),
        (
            "box office frontend back down to 2 once the waiting room drains",
            "scale deployment/frontend in shop to 2 replicas",
            "once the waiting room drains",
        ),
        (
            "seat-map API my-api back up to 4 after the presale closes",
            "scale deployment/my-api in shop to 4 replicas",
            "after the presale closes",
        ),
        ("frontend back down to 2", "scale deployment/frontend in shop to 2 replicas", None),
    ],
)
def test_a_window_or_event_said_beside_the_change_is_waited_on(
    shop: Operator, said: str, summary: str, awaits: str | None
) -> None:
    plans_awaiting(shop, said, summary, awaits)


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        (
            "take a backup of the rating DB (postgres) before the 02:00 UTC MW",
            "apply backup/postgres-shop-once in shop",
        ),
        (
            "take a backup of postgres before the 02:00 maintenance window",
            "apply backup/postgres-shop-once in shop",
        ),
        ("back up postgres before the 22:30 CET deploy", "apply backup/postgres-shop-once in shop"),
        (
            "RPC gateway to ghcr.io/acme/my-api:1.4.1, must be live before the hard fork at "
            "block 21,400,000",
            "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:1.4.1",
        ),
        (
            "scale payments to 4, needs to be in place ahead of the airdrop",
            "scale deployment/payments in shop to 4 replicas",
        ),
        (
            "orders to ghcr.io/acme/orders:1.1.0, has to be deployed before the cutover of "
            "batch 3,000",
            "set image of container app in deployment/orders in shop to ghcr.io/acme/orders:1.1.0",
        ),
    ],
)
def test_a_deadline_is_met_by_the_change_made_now(shop: Operator, said: str, summary: str) -> None:
    p, _ = plans(shop, said)
    assert any(summary in o.summary() for o in p.operations)
    # Round 23 (holds): a deadline said as an event is carried as the plan's awaits, for the
    # approver; a backup before a window, or a state said as a deadline, is taken now.
    assert p.awaits == _CARRIED.get(said), p.awaits


_CARRIED = {
    "scale payments to 4, needs to be in place ahead of the airdrop": "ahead of the airdrop",
    "orders to ghcr.io/acme/orders:1.1.0, has to be deployed before the cutover of batch 3,000": (
        "before the cutover of batch 3,000"
    ),
}


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        (
            "alarm when the CDR worker restarts more than 3 times in 10 minutes",
            "apply prometheusrule/worker-restarts in shop",
        ),
        (
            "alarm when payments restarts more than 5 times in 15 minutes",
            "apply prometheusrule/payments-restarts in shop",
        ),
        (
            "alarm me if checkout has fewer than 2 ready pods",
            "apply prometheusrule/checkout-availability in shop",
        ),
    ],
)
def test_an_alarm_is_an_alert(shop: Operator, said: str, summary: str) -> None:
    plans_awaiting(shop, said, summary, None)


def test_an_alarm_window_keeps_its_values(shop: Operator) -> None:
    _, body = plans(shop, "alarm when the CDR worker restarts more than 3 times in 10 minutes")
    assert "[10m]" in body
    assert "> 3" in body


@pytest.mark.parametrize(
    "said",
    [
        "the worker is only one pod, if the node fall we lose all. put 2 replicas and distribute "
        "them in different nodes",
        "payments is one pod, if the node dies we lose payments. scale payments to 2",
    ],
)
def test_a_failure_said_with_its_cost_is_a_reason(shop: Operator, said: str) -> None:
    p, _ = plans(shop, said)
    assert not p.awaits
    assert any("scale deployment/" in o.summary() for o in p.operations)


def test_the_spread_asked_beside_the_risk_is_planned(shop: Operator) -> None:
    _, body = plans(
        shop,
        "the worker is only one pod, if the node fall we lose all. put 2 replicas and "
        "distribute them in different nodes",
    )
    assert "topologySpreadConstraints" in body or "podAntiAffinity" in body


@pytest.mark.parametrize(
    "said",
    [
        "orders PDB blocks the node drain in tonight's MW. relax the orders PDB to minAvailable 1",
        "the orders budget blocks the node drain tonight, set the orders PDB to maxUnavailable 1",
    ],
)
def test_the_drain_a_budget_blocks_is_what_it_is_changed_for(shop: Operator, said: str) -> None:
    plans_awaiting(shop, said, "patch poddisruptionbudget/orders in shop (merge)", None)


@pytest.mark.parametrize(
    ("said", "gone"),
    [
        (
            "the old basket is gone after the migration: delete the checkout deployment",
            "Deployment/checkout",
        ),
        (
            "worker is obsolete after the migration: delete the worker deployment",
            "Deployment/worker",
        ),
    ],
)
def test_a_thing_of_no_more_use_since_an_event_is_deleted_now(
    shop: Operator, said: str, gone: str
) -> None:
    assert deletes(shop, said) == {gone}


@pytest.mark.parametrize(
    "said",
    [
        # A negation, a second change or a deletion beside the wait.
        "orders envoy sidecar to envoyproxy/envoy:v1.31.2 in tonight's 01:00 UTC MW unless "
        "payments is down",
        "frontend back down to 2 unless the queue is still long",
        "frontend back down to 2 once the waiting room drains and delete worker",
        "reinitiate the postgres when finish the batch of the night unless it fails",
        "scale payments to 4, must be live before the drop unless the sale is cancelled",
        # A failure that is the condition of the change, not its cost.
        "payments is one pod, if the node dies scale payments to 2",
        "relax the orders PDB to minAvailable 1 tonight",
        # A state still to come, or a time to come, beside a deletion.
        "worker is obsolete once the migration finishes: delete the worker deployment",
        "worker is gone when the migration is done: delete the worker deployment",
        "the old basket is gone after the migration tonight: delete the checkout deployment",
        "delete the checkout deployment after the migration",
        # "reinitialise" may mean wiping data: left as said.
        "reinitialise the postgres",
    ],
)
def test_a_near_variant_that_is_not_safe_still_asks(shop: Operator, said: str) -> None:
    asks(shop, said)
