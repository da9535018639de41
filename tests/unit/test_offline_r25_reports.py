"""Round 25, helper reports: words that tell of a change, or order it of someone else, are asked.

The shapes (the fourth attack of round 23, shape D): a tracker's STATUS TAG after the order
("restart payments (suggestion) / (TODO) / (next sprint) / (reverted)") or a HOLD after it
("…: pending", "…: waiting on alice"); a STATUS OR RESULT of the change ("payments restart
succeeded", "… is pending approval", "… is on the runbook", "payments now has a
servicemonitor"); SOMEONE ELSE'S suggestion or decision ("the SRE team recommends restarting
payments", "the team decided to …", "consensus is to …"); a NEED FOR LATER ("we will need to
restart payments"); a PERMISSION ("we can delete frontend now"); a VOTE OR AN OPINION said as a
label ("my vote: …", "my 2 cents: …"); a HOW-TO or a GOAL ("how-to: restart payments", "sprint
goal: harden payments"); an order ADDRESSED TO SOMEONE ELSE ("alice, restart payments", "bob to
scale checkout to 4", "team-payments: restart payments"). Each is asked, naming the words and
saying what to type. The nearest orders — polite, with a short reason, a ticket's heading, a
to-do or a checklist item, as the labelled sets read them — still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)

_RESTART = "restart the pods of deployment/payments in shop"


# A tracker's status tag or a hold after the order: asked, naming the tag.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("restart payments (suggestion)", "(suggestion)"),
        ("restart payments (TODO)", "(todo)"),
        ("restart payments (future)", "(future)"),
        ("restart payments (next sprint)", "(next sprint)"),
        ("delete worker (next sprint)", "(next sprint)"),
        ("restart payments (reverted)", "(reverted)"),
        ("scale checkout to 4 (rolled back)", "(rolled back)"),
        ("bump frontend to 2.2.0 [to do]", "[to do]"),
        ("scale worker to 3 (suggested)", "(suggested)"),
        ("restart payments: pending", "pending"),
        ("restart payments: waiting on alice", "waiting on alice"),
        ("scale worker to 3 - waiting for the cab", "waiting for the cab"),
    ],
)
def test_a_status_tag_or_a_hold_after_the_order_is_asked(
    op: Operator, intent: str, said: str
) -> None:
    assert said in (asks(op, intent).question or "")


# A status or a result of the change, a fact it is made already: asked, with what to type.
@pytest.mark.parametrize(
    ("intent", "example"),
    [
        ("payments restart succeeded", "restart payments"),
        ("payments restart is pending approval", "restart payments"),
        ("payments restart is on the runbook", "restart payments"),
        ("the payments restart failed", "restart payments"),
        ("restart of payments succeeded", "restart payments"),
        ("payments now has a servicemonitor", "monitor payments"),
        ("payments has a podmonitor", "monitor payments"),
    ],
)
def test_a_status_or_a_result_of_the_change_is_asked(
    op: Operator, intent: str, example: str
) -> None:
    question = asks(op, intent).question or ""
    assert "changed nothing" in question
    assert example in question


# Someone else's suggestion or decision, a need said for later, a permission, a vote or an
# opinion as a label, a how-to: asked, naming the words read.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("the SRE team recommends restarting payments", "the sre team recommends"),
        ("our platform team suggested a pdb for payments", "platform team suggested"),
        ("the team decided to scale checkout to 4", "decided to scale"),
        ("alice agreed to restart payments", "alice agreed to restart"),
        ("consensus is to scale checkout to 4", "consensus is to scale"),
        ("the consensus was to add a pdb to payments", "consensus was to add"),
        ("we will need to restart payments", "will need to restart"),
        ("we'll also need to scale worker to 3", "need to scale"),
        ("we can delete frontend now", "'delete frontend now'"),
        ("we can restart payments", "'restart payments'"),
        ("we can now scale worker to 3", "'scale worker to 3'"),
        ("my vote: scale checkout to 4", "my vote"),
        ("my 2 cents: add a pdb to payments", "my 2 cents"),
        ("two cents - restart payments", "two cents"),
        ("my vote is to scale checkout to 4", "my vote is to scale"),
        ("I'd vote for restarting payments", "vote for restarting"),
        ("howto: scale worker to 3", "howto"),
        ("how-to: restart payments", "how-to"),
        ("FAQ: scale worker to 3", "faq"),
        ("sprint goal: harden payments", "sprint goal"),
        ("Q3 objective - autoscale checkout", "q3 objective"),
    ],
)
def test_a_report_an_opinion_or_a_permission_is_asked(op: Operator, intent: str, said: str) -> None:
    assert said in (asks(op, intent).question or "").lower()


# An order addressed to someone else: asked, naming the addressee.
@pytest.mark.parametrize(
    ("intent", "who"),
    [
        ("alice, restart payments", "alice"),
        ("dana - scale worker to 3", "dana"),
        ("alice to restart payments", "alice"),
        ("bob to scale checkout to 4", "bob"),
        ("priya to roll back checkout", "priya"),
        ("team-payments: restart payments", "team-payments"),
        ("payments team: restart payments", "payments team"),
        ("sre-team: scale worker to 3", "sre-team"),
    ],
)
def test_an_order_addressed_to_someone_else_is_asked(op: Operator, intent: str, who: str) -> None:
    assert f"addressed to {who}" in (asks(op, intent).question or "")


# The nearest orders still plan: polite, with a short reason, a filler or the reader addressed,
# a ticket's heading (a ticket reference heads the person's own order), a to-do and a checklist
# item (the labelled sets plan them), a need said now, a time said with the need.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale worker to 3 please", "scale deployment/worker in shop to 3 replicas"),
        ("could you restart payments", _RESTART),
        ("restart payments, it's stuck", _RESTART),
        ("Ticket OPS-12: restart payments", _RESTART),
        ("ticket: restart payments", _RESTART),
        ("TODO: restart payments", _RESTART),
        ("- [ ] scale worker to 3", "scale deployment/worker in shop to 3 replicas"),
        ("step 1: restart payments", _RESTART),
        ("we need to scale worker to 3", "scale deployment/worker in shop to 3 replicas"),
        ("we need 3 worker replicas", "scale deployment/worker in shop to 3 replicas"),
        ("worker needs 3 replicas now, scale it", "scale deployment/worker in shop to 3 replicas"),
        ("ok, restart payments", _RESTART),
        ("bot, restart payments", _RESTART),
        ("shop, restart payments", _RESTART),
        ("need to restart payments", _RESTART),
        ("try to restart payments", _RESTART),
        ("payments, restart it", _RESTART),
        ("checkout to 4", "scale deployment/checkout in shop to 4 replicas"),
        ("you can restart payments now", _RESTART),
        ("we can restart payments now, go ahead", _RESTART),
        ("scale checkout to 4, the team agreed", "scale deployment/checkout in shop to 4 replicas"),
        ("restart payments, the last restart failed", _RESTART),
        ("restart payments (it's stuck)", _RESTART),
        ("monitor payments with a servicemonitor", "apply servicemonitor/payments in shop"),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, summary: str) -> None:
    assert summary in [o.summary() for o in plans(op, intent)[0].operations]


@pytest.mark.parametrize(
    "intent",
    [
        "pls bump frontend to 2.2.0",
        "can we get an hpa on checkout",
        "Recommendation: add a pdb to payments",
    ],
)
def test_polite_or_recommended_orders_still_plan(op: Operator, intent: str) -> None:
    plans(op, intent)


def test_a_time_said_with_a_permission_is_carried(op: Operator) -> None:
    proposal, _ = plans(op, "we can restart payments tonight")
    assert [o.summary() for o in proposal.operations] == [_RESTART]
    assert "tonight" in (proposal.awaits or "")
