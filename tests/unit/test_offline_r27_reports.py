"""Round 27, helper reports: a report or a verdict, a wish relayed, a to-do label are asked.

The shapes (the black-box attack's "reports" family): (1) what came of a change already tried,
said after it or before it ("scale worker to 0: no effect", "… (tried, failed)", "— still 500s",
"-> fixed", "scale frontend to 10 resolved it", "already tried restart payments", "delete worker
(gone)"); (2) someone else's want or need of a workload's state relayed, or advice ("alice needs
payments restarted", "the client wants frontend on 2.2.0", "it'd be nice to scale payments to
0"); (3) a label of
work still to be done in a spelling no ticket reader claims ("to do:", "TO DO:", "TODO -",
"remaining:", "needs doing:"). The nearest orders still plan, with their values: a person's
own want, a workload's own need, a state wished, a want of a thing or a setting relayed ("my
lead wants a liveness probe on my-api"), an order with its reason, a ticket's label ("ticket
OPS-123: …", "TODO: …"): the labelled sets' decisions."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (1) What came of the change, told after it: asked, naming the verdict.
@pytest.mark.parametrize(
    ("intent", "verdict"),
    [
        ("scale worker to 0: no effect", "no effect"),
        ("scale worker to 0 (no effect)", "no effect"),
        ("scale worker to 0 (tried, failed)", "tried, failed"),
        ("scale worker to 0 - tried it", "tried it"),
        ("restart payments (already tried)", "already tried"),
        ("delete worker (gone)", "gone"),
        ("restart payments — still 500s", "still 500s"),
        ("restart payments; no dice", "no dice"),
        ("restart payments: worse", "worse"),
        ("payments restart - no effect", "no effect"),
        ("rollback frontend to 2.0.0 -> fixed", "fixed"),
        ("scale frontend to 10: latency ok now", "latency ok now"),
        # phrasings of our own
        ("restart checkout (failed)", "failed"),
        ("delete the orders pdb (removed)", "removed"),
        ("bump my-api to 1.5.0 — made it worse", "made it worse"),
        ("restart orders, no joy", "no joy"),
        ("scale checkout to 4 => back to normal", "back to normal"),
        ("restart payments: tried that twice", "tried that twice"),
        ("raise worker memory to 1Gi -- still oomkilled", "still oomkilled"),
        ("set LOG_LEVEL=debug on my-api: had no effect", "no effect"),
    ],
)
def test_a_verdict_after_the_change_is_asked(op: Operator, intent: str, verdict: str) -> None:
    question = asks(op, intent).question or ""
    assert verdict in question, question


# What the act did, told as its verb, or the act told tried before it: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 10 resolved it",
        "already tried restart payments",
        # phrasings of our own
        "restart payments did nothing",
        "restart orders had no effect",
        "rollback checkout fixed the 500s",
        "scale worker to 3 did the trick",
        "bob tried restart payments",
        "we already tried restart payments",
        "tried and failed - restart payments",
    ],
)
def test_an_outcome_or_a_try_told_of_the_act_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "changed nothing" in question or "no order" in question, question


# (2) Someone else's want or need relayed, or advice on an act: asked, saying to type the order.
@pytest.mark.parametrize(
    "intent",
    [
        "alice needs payments restarted",
        "the client wants frontend on 2.2.0",
        "the client wants payments at 4 replicas",
        "it'd be nice to scale payments to 0",
        "it would be good to restart payments",
        # phrasings of our own
        "our CEO wants frontend scaled to 10",
        "the PM would like worker deleted",
        "the payments team expects checkout scaled to 2",
        "finance needs checkout scaled to 2",
        "dana really wants my-api on 1.5.0",
        "it's best to roll back frontend to 2.0.0",
        "it might be wise to restart worker",
    ],
)
def test_a_wish_relayed_or_advice_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "order" in question, question


# (3) A label of work still to be done, in a spelling no ticket reader claims: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "to do: scale checkout to 0",
        "TODO - scale payments to 0",
        "remaining: scale checkout to 0",
        "needs doing: delete worker",
        "TO DO: delete worker",
        # phrasings of our own
        "still to do: restart payments",
        "left to do - delete worker",
        "Fix me: scale orders to 0",
        "to be done: roll back checkout",
    ],
)
def test_a_to_do_label_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "open task" in question, question


# The nearest orders still plan, with their values.
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        ("scale payments to 4", "scale deployment/payments in shop to 4 replicas"),
        ("restart payments", "restart the pods of deployment/payments in shop"),
        ("delete worker", "delete deployment/worker in shop"),
        ("ticket OPS-123: delete worker", "delete deployment/worker in shop"),
        ("ok delete worker", "delete deployment/worker in shop"),
        # a ticket's label: the labelled sets decided these plan
        ("TODO: scale checkout to 4", "scale deployment/checkout in shop to 4 replicas"),
        # a person's own want, a workload's own need, a state wished
        ("we need payments restarted", "restart the pods of deployment/payments in shop"),
        ("I need payments restarted", "restart the pods of deployment/payments in shop"),
        ("please restart payments", "restart the pods of deployment/payments in shop"),
        ("checkout needs 4 replicas", "scale deployment/checkout in shop to 4 replicas"),
        ("payments needs a restart", "restart the pods of deployment/payments in shop"),
        ("it would be nice to have a pdb on payments", "poddisruptionbudget/payments"),
        ("it'd be nice if frontend ran 4 replicas", "to 4 replicas"),
        ("The client would like frontend reverted to 2.0.0", "frontend:2.0.0"),
        # a want of a thing or a setting, relayed: the labelled sets plan it
        ("the auditors want a pdb on checkout", "poddisruptionbudget/checkout"),
        ("my lead wants LOG_LEVEL debug in my-api-config", "configmap/my-api-config"),
        # an order with its reason, an order to try
        ("restart payments, it's still throwing 500s", "deployment/payments"),
        ("scale frontend to 10, latency is bad", "to 10 replicas"),
        ("try restarting payments", "restart the pods of deployment/payments in shop"),
        ("scale frontend to 10 (the storefront)", "to 10 replicas"),
    ],
)
def test_nearest_orders_still_plan(op: Operator, intent: str, wanted: str) -> None:
    proposal, _ = plans(op, intent)
    summaries = [o.summary() for o in proposal.operations]
    assert any(wanted in s for s in summaries), summaries


def test_a_start_ahead_still_plans_with_awaits(op: Operator) -> None:
    proposal, _ = plans(op, "scale worker to 4 tomorrow")
    assert proposal.awaits
    assert "tomorrow" in proposal.awaits
