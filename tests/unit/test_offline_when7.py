"""A time or condition said beside a request (planner/offline/waits.py): the plan is made as
said and waits on it (``Proposal.awaits``); what a person cannot simply wait for stays a question.
The phrasings are this round's own, sharing only their kind with the misses of the gap lists."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    ("said", "summaries", "awaits"),
    [
        (
            "bump payments to 3.1.0 after the code freeze ends",
            [
                "set image of container payments in deployment/payments in shop to "
                "ghcr.io/acme/payments:3.1.0"
            ],
            "after the code freeze ends",
        ),
        (
            "once the load test finishes, scale orders to 3",
            ["scale deployment/orders in shop to 3 replicas"],
            "once the load test finishes",
        ),
        (
            "restart worker tomorrow morning",
            ["restart the pods of deployment/worker in shop"],
            "tomorrow morning",
        ),
        (
            "scale frontend to 6 on friday",
            ["scale deployment/frontend in shop to 6 replicas"],
            "on friday",
        ),
        (
            "roll back checkout if the canary looks bad",
            ["roll deployment/checkout in shop back to revision 1"],
            "if the canary looks bad",
        ),
        (
            "when the release is approved, update frontend to 2.2.0",
            [
                "set image of container web in deployment/frontend in shop to "
                "ghcr.io/acme/frontend:2.2.0"
            ],
            "when the release is approved",
        ),
        (
            "set REGION=eu in payments-config after the cutover",
            ["patch configmap/payments-config in shop (merge)"],
            "after the cutover",
        ),
        (
            "next week: increase worker replicas to 3",
            ["scale deployment/worker in shop to 3 replicas"],
            "next week",
        ),
        (
            "provided QA signs off, deploy ghcr.io/acme/orders:1.1.0 to orders",
            [
                "set image of container app in deployment/orders in shop to "
                "ghcr.io/acme/orders:1.1.0"
            ],
            "provided QA signs off",
        ),
        (
            "give frontend two more replicas tonight",
            ["scale deployment/frontend in shop to 5 replicas"],
            "tonight",
        ),
        (
            "step 3 (after the freeze): restart payments",
            ["restart the pods of deployment/payments in shop"],
            "after the freeze",
        ),
        (
            "once the maintenance window is over bounce the payments and orders pods",
            [
                "restart the pods of deployment/payments in shop",
                "restart the pods of deployment/orders in shop",
            ],
            "once the maintenance window is over",
        ),
        (
            "# step 4 (only if the smoke tests fail): kubectl rollout undo deployment/checkout",
            ["roll deployment/checkout in shop back to revision 1"],
            "only if the smoke tests fail",
        ),
    ],
)
def test_a_time_or_condition_is_planned_and_waited_on(
    shop: Operator, said: str, summaries: list[str], awaits: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == summaries
    assert p.awaits == awaits
    assert f"Said with {awaits!r}: this runs when you approve it" in p.analysis


@pytest.mark.parametrize(
    "said",
    [
        # a deletion is made when approved, never later (hazards)
        "delete worker tomorrow",
        "remove the orders deployment after the migration",
        # a condition that negates: what the plan must leave out
        "restart payments unless the queue is empty",
        "scale frontend to 4 tonight but not before the backup",
        # a number inside the condition: the accounting must see it used in its role
        "scale frontend to 5 if payments goes over 3",
        # (a clock time said of the change is planned and waits: test_offline_r9_clock)
        "restart frontend in 10 minutes",
        # another workload named in the condition: it may be the change's target
        "scale frontend to 4 once payments is healthy",
        "update my-api to 1.6.0 after worker is restarted",
        # what the workload does or what is measured: it may ask for automation
        "scale frontend to 6 when cpu is high",
        "roll back checkout if errors rise",
        # a time inside a value, or a value that may run on into the condition
        "set FEATURE_X=remove-after-launch on my-api",
        "change CACHE_MODE in my-api-config to refresh before expiry",
        "set MODE to drain when idle in my-api-config",
    ],
)
def test_what_a_person_cannot_simply_wait_for_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        # "fail after 3": the liveness probe's failureThreshold, not a time.
        (
            "liveness probe on payments /healthz every 10s, fail after 3",
            "patch deployment/payments in shop (strategic)",
        ),
        # "not all at once": how a rolling restart replaces pods anyway.
        (
            "swap the worker pods for fresh ones bit by bit, not all at once",
            "restart the pods of deployment/worker in shop",
        ),
        # "when someone gets a sec": the requester's time.
        (
            "orders → ghcr.io/acme/orders:1.0.1 when somebody has a moment",
            "set image of container app in deployment/orders in shop to ghcr.io/acme/orders:1.0.1",
        ),
        # "the request is to …": a request, not a statement of how things are.
        (
            "the ask is to scale payments to 4 replicas",
            "scale deployment/payments in shop to 4 replicas",
        ),
        # "should be reduced by one": the count goes down, whatever form of the verb.
        (
            "the frontend replica count should be reduced by one",
            "scale deployment/frontend in shop to 2 replicas",
        ),
    ],
)
def test_words_that_are_no_time_are_read(shop: Operator, said: str, summary: str) -> None:
    p, _ = plans(shop, said)
    assert summary in [o.summary() for o in p.operations]
    assert p.awaits is None


def test_the_probe_reads_fail_after_as_its_threshold(shop: Operator) -> None:
    _, body = plans(shop, "readiness probe on frontend /ready every 5s, give up after 4 tries")
    assert '"failureThreshold": 4' in body


def test_the_pull_policy_reads_when_a_pod_starts(shop: Operator) -> None:
    p, body = plans(shop, "make worker always pull its image whenever a pod starts")
    assert '"imagePullPolicy": "Always"' in body
    assert p.awaits is None


@pytest.mark.parametrize(
    "said",
    [
        "servicemonitor for payments, scraped once a minute",
        "have prometheus scrape my-api once per minute on /metrics (we run the operator)",
    ],
)
def test_once_a_minute_is_an_interval_never_a_wait(shop: Operator, said: str) -> None:
    """Only a word the guard would ask about opens a phrase: "once a minute" is no wait (it was
    taken for one mid-round, and the monitor lost its interval)."""
    p, body = plans(shop, said)
    assert p.awaits is None
    assert '"1m"' in body
