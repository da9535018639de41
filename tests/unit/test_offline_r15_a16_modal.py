"""Round 15, attack16, helper modal: the mood of the clause that carries the order.

One table of frames (:data:`dotop_nb.planner.offline.moods.FRAMES`), read by one check
(:func:`~dotop_nb.planner.offline.moods.framed`, from :func:`.doubts.held`): an inspection, work
for someone else, a simulation, another cluster, a question without "?", a capability, an
opinion or counterfactual, a suspicion or possibility, an avoidance — the plan is asked about.
Polite orders ("can you …", "could you …", "would you mind …", "please double …") still plan;
a double/triple said only inside a compound ("double-check") never scales."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import moods
from dotop_nb.service import Operator
from tests.memory import asks

pytestmark = pytest.mark.timeout(180)


# Each of these was planned before this round (own phrasings, not the attacker's lines).
@pytest.mark.parametrize(
    ("intent", "read"),
    [
        ("in a perfect world orders would run 6 replicas", "perfect world"),
        ("orders would be nicer with 3 replicas", "would be nicer"),
        ("orders must steer clear of 5 replicas", "steer clear of"),
        ("frontend 2.2.0 should be skipped for now", "should be skipped"),
        ("three replicas are enough for orders", "enough for"),
        ("checkout could get by with 1 replica", "could get by"),
        ("frontend works just fine with 2 replicas", "works just fine with"),
        ("might payments cope with 1 replica", "might payments"),
        ("can orders run with 1 replica", "can orders"),
        ("could frontend 2.3.0 fix the safari bug", "could frontend"),
        ("will payments 3.1.0 break the webhook", "will payments"),
        ("I suspect MAX_CONNS=5 on my-api", "suspect"),
        ("my hunch is that frontend 2.2.0 would break login", "hunch"),
        ("i bet frontend 2.3.0 fixes it", "bet"),
        ("sanity-check the orders restart", "sanity-check"),
        ("have a quick look at the orders restart", "have a quick look at"),
        ("cross-check frontend 2.3.0", "cross-check"),
        ("please review: restart orders", "review"),
        ("triple-check orders", "triple-check"),
        ("double-tap orders in the UI", "double-tap"),
        ("orders is double-posting", "double-posting"),
        ("get the platform team to restart orders", "platform team to"),
        ("ask the orders owners to restart orders", "owners to"),
        ("let the data team know we restart orders", "know"),
        ("file a jira to scale orders to 5", "file a jira"),
        ("raise a ticket to restart orders", "raise a ticket"),
        ("write a runbook: scale orders to 5", "write a runbook"),
        ("simulate scaling frontend to 6", "simulat"),
        ("rehearse scaling orders to 0", "rehears"),
        ("on minikube, restart orders", "minikube"),
        ("on k3d, restart orders", "k3d"),
        ("in our dr environment, scale orders to 3", "dr environment"),
        ("in our other region, restart frontend", "other region"),
        ("worker could be removed", "could be removed"),
        ("frontend could safely be scaled to 5", "could safely be scaled"),
        ("orders might be scaled to 5", "might be scaled"),
    ],
)
def test_a_framed_order_is_asked(shop: Operator, intent: str, read: str) -> None:
    assert read.lower() in (asks(shop, intent).question or "").lower()


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart payments", "restart the pods of deployment/payments in shop"),
        ("can you scale payments to 4", "scale deployment/payments in shop to 4 replicas"),
        ("could you restart orders", "restart the pods of deployment/orders in shop"),
        ("would you mind restarting payments", "restart the pods of deployment/payments in shop"),
        ("please double payments", "scale deployment/payments in shop to 4 replicas"),
        ("double frontend", "scale deployment/frontend in shop to 6 replicas"),
        ("can we restart payments", "restart the pods of deployment/payments in shop"),
        (
            "would it be possible to scale payments to 4",
            "scale deployment/payments in shop to 4 replicas",
        ),
        ("could payments be scaled to 4 please", "scale deployment/payments in shop to 4 replicas"),
        ("scale orders to 5, that should fix the latency", "scale deployment/orders in shop to 5"),
        ("restart orders since it might fix the leak", "restart the pods of deployment/orders"),
        ("scale payments to 3 so it could cope with the sale", "scale deployment/payments"),
        ("orders is slow, could you scale it to 5", "scale deployment/orders in shop to 5"),
        ("i'd like you to restart orders", "restart the pods of deployment/orders in shop"),
        ("have frontend run 2.2.0", "ghcr.io/acme/frontend:2.2.0"),
        ("go ahead and scale orders to 4", "scale deployment/orders in shop to 4 replicas"),
        (
            "please restart orders, then double-check it came up",
            "restart the pods of deployment/orders",
        ),
        ("Can frontend run 8 pods?", "scale deployment/frontend in shop to 8 replicas"),
        ("it would be great if payments had a pdb", "poddisruptionbudget/payments"),
    ],
)
def test_a_polite_or_plain_order_still_plans(shop: Operator, intent: str, summary: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert any(summary in o.summary() for o in proposal.operations)


@pytest.mark.parametrize(
    ("words", "frame"),
    [
        ("frontend 2.2.0 should be avoided", "avoidance"),
        ("restarting orders is off the table", "avoidance"),
        ("take a look at orders 1.4.0", "inspection"),
        ("give me the kubectl command to restart orders", "someone else's work"),
        ("in the staging cluster restart orders", "another cluster"),
        ("can orders run with 1 replica", "question"),
        ("checkout can run on just 1 replica", "capability"),
        ("orders should have had 3 replicas last week", "opinion"),
    ],
)
def test_the_frame_read(words: str, frame: str) -> None:
    assert (moods.framed(words) or ("",))[0] == frame


@pytest.mark.parametrize(
    "words",
    [
        "frontend 2.2.0 should be avoided, roll back frontend to 2.1.0",
        "could payments be scaled to 4 please",
        "frontend must stay at least at 2 but can go up to 10 when cpu is high",
        "audit wants the worker off root, ta",
        "page the on-call when payments returns 5xx errors for 5 minutes",
        "could frontend be set to runAsNonRoot?",
        "I think I'm meant to deploy checkout 1.2.0 today?",
        "my-api can run with readOnlyRootFilesystem, django doesn't write to disk",
        "payments can tolerate 1 pod evicted at once",
        "email me when orders uses more than 90% of its RAM",
        "Audit finding 4: payments runs as root. Enforce runAsNonRoot on it.",
    ],
)
def test_no_frame_governs_an_order(words: str) -> None:
    assert moods.framed(words) is None


def test_a_double_only_in_a_compound() -> None:
    assert moods.doubled("double-check payments") == "double-check"
    assert moods.doubled("double frontend, it is double-charging") is None
