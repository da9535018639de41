"""Round 26, helper holds: a hold or a time said AFTER the order, an end said FIRST, "before X".

The shapes (the fifth black-box attack): (1) a HOLD said after the order in a clause of its own
("scale frontend to 5 - wait for the release", "… but hold until QA", "… — hold for approval from
bob") was dropped and the change planned for now; (2) a MONTH, a release or a sprint said as when
("delete worker in january", "restart checkout in release 2.3") was dropped; (3) an END said
first ("til monday: scale my-api to 0", "to monday: …", "…, restore at 6am") was waited on as
the START, and the change kept for good; (4) "before X" opening the request ("before the release
scale frontend to 5", "prior to cutover …", "ahead of cutover: …") was dropped, while the same
words after the order are carried. Each is now carried in ``awaits`` (shown to the approver) or
asked; the nearest plain orders still plan as they did."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _awaits(op: Operator, intent: str) -> tuple[str, list[str]]:
    proposal, _ = plans(op, intent)
    return proposal.awaits or "", [o.summary() for o in proposal.operations]


# (1) A hold said after the order: carried as what the approval waits on.
@pytest.mark.parametrize(
    ("intent", "hold", "change"),
    [
        ("scale frontend to 5 - wait for the release", "wait for the release", "5 replicas"),
        ("scale frontend to 5 but wait for bob", "wait for bob", "5 replicas"),
        ("scale frontend to 5, wait for the sale to start", "wait for the sale to start", "5"),
        ("scale frontend to 5, but hold until the release", "hold until the release", "5"),
        ("scale frontend to 5 — hold for approval from bob", "hold for approval from bob", "5"),
        ("update frontend to 2.2.0 but hold until QA", "hold until QA", "frontend:2.2.0"),
        ("give worker 1Gi, hold until the backfill", "hold until the backfill", "worker"),
        ("roll back frontend to 2.0.0 but hold for bob", "hold for bob", "frontend:2.0.0"),
        ("restart checkout - wait for the release", "wait for the release", "checkout"),
        ("restart checkout but wait for bob", "wait for bob", "checkout"),
        ("scale worker to 0 - wait for the queue to drain", "wait for the queue to drain", "0"),
        ("update frontend to 2.2.0, wait for bob", "wait for bob", "frontend:2.2.0"),
        # phrasings of our own
        ("scale payments to 4; wait for the migration", "wait for the migration", "4 replicas"),
        ("restart worker, hold until the standup", "hold until the standup", "worker"),
        ("scale frontend to 5. wait for the release", "wait for the release", "5 replicas"),
        ("scale frontend to 5 -- wait for the release", "wait for the release", "5 replicas"),
        ("scale frontend to 5! wait for bob", "wait for bob", "5 replicas"),
        ("scale frontend to 5, wait for the change window", "wait for the change window", "5"),
        ("set LOG_LEVEL=debug on my-api - wait for the change window", "wait for the", "my-api"),
    ],
)
def test_a_hold_said_after_the_order_is_waited_on(
    op: Operator, intent: str, hold: str, change: str
) -> None:
    awaits, changes = _awaits(op, intent)
    assert hold.lower() in awaits.lower()
    assert any(change in c for c in changes)


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker - wait for the queue to drain",
        "delete worker but wait for bob",
        "add a pdb to payments - wait for the upgrade window",
        "back up postgres — wait for the nightly window",
    ],
)
def test_a_hold_that_cannot_be_waited_on_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "'wait for " in question
    assert "wait for  " not in question


# A wait for the change's own result, a filler "wait," and "hold" meaning keep are no hold.
@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 0 and wait for it to finish",
        "update frontend to 2.2.0 and wait for the rollout",
        "update frontend to 2.2.0, wait for the rollout",
        "update frontend to 2.2.0. wait for the rollout",
        "scale frontend to 5, wait for the change to land",
        "wait. scale frontend to 5",
        "scale payments to 4, wait for the pods to be ready",
        "wait, scale frontend to 5",
        "scale frontend to 5, hold it there",
        "delete worker",
    ],
)
def test_a_wait_for_the_change_itself_still_plans_now(op: Operator, intent: str) -> None:
    awaits, changes = _awaits(op, intent)
    assert awaits == ""
    assert changes


@pytest.mark.parametrize(
    ("intent", "wait"),
    [
        ("scale worker to 0 after the queue drains", "after the queue drains"),
        ("restart checkout once bob approves", "once bob approves"),
        ("scale worker to 4 tomorrow", "tomorrow"),
    ],
)
def test_a_wait_said_before_still_plans_with_it(op: Operator, intent: str, wait: str) -> None:
    assert _awaits(op, intent)[0] == wait


@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("wait for bob, then scale frontend to 5", "wait for bob"),
        ("hold frontend at 5 replicas", "keeping is no change"),
        ("keep frontend at 5", "keeping is no change"),
    ],
)
def test_the_nearest_that_asked_still_ask(op: Operator, intent: str, words: str) -> None:
    assert words in (asks(op, intent).question or "")


# (2) A month, a release or a sprint said as when: waited on, or asked.
@pytest.mark.parametrize(
    ("intent", "when"),
    [
        ("scale worker to 0 in january", "in january"),
        ("restart checkout in january", "in january"),
        ("update frontend to 2.2.0 in january", "in january"),
        ("scale payments to 4 in march", "in march"),
        ("restart orders during december", "during december"),
        ("scale frontend to 5 in the next release", "in the next release"),
        ("restart checkout in Jan", "in Jan"),
        ("scale frontend to 5 in early january", "in early january"),
    ],
)
def test_a_month_or_a_release_said_as_when_is_waited_on(
    op: Operator, intent: str, when: str
) -> None:
    assert _awaits(op, intent)[0] == when


@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("delete worker in january", "in january"),
        ("delete worker in february", "in february"),
        ("delete worker in december", "in december"),
        ("delete worker in the release", "in the release"),
        ("delete worker in release 2.3", "in release 2.3"),
        ("delete worker for release 2.3", "for release 2.3"),
        ("delete worker for the 2.3 release", "for the 2.3 release"),
        ("scale worker to 0 for release 2.3", "for release 2.3"),
        ("remove checkout in may", "in may"),
        ("delete worker in sept", "in sept"),
    ],
)
def test_a_month_or_a_release_that_cannot_be_waited_on_is_asked(
    op: Operator, intent: str, words: str
) -> None:
    assert repr(words) in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 5 for the release",
        "scale frontend to 5 for black friday",
        "update payments in version 3.1.0",
        "Decommission step for release 51: delete the worker deployment",
    ],
)
def test_a_purpose_with_no_time_still_plans(op: Operator, intent: str) -> None:
    assert _awaits(op, intent)[1]


# (3) An end said first, or the way back said with a time: a change for a while, asked.
@pytest.mark.parametrize(
    ("intent", "end"),
    [
        ("til monday: scale my-api to 0", "til monday"),
        ("til monday: scale frontend to 5", "til monday"),
        ("til friday: update frontend to 2.2.0", "til friday"),
        ("till monday - scale frontend to 5", "till monday"),
        ("thru monday: scale frontend to 5", "thru monday"),
        ("to monday: scale worker to 0", "to monday"),
        ("til tmrw: worker to 0", "til tmrw"),
        ("scale worker to 0, restore at 6am", "restore at 6am"),
        # phrasings of our own
        ("until friday — scale payments to 2", "until friday"),
        ("till the weekend: scale worker to 0", "till the weekend"),
        ("to friday - scale orders to 1", "to friday"),
        ("scale worker to 0 and bring it back at 6am", "bring it back at 6am"),
        ("scale worker to 0, restore it on monday", "restore it on monday"),
    ],
)
def test_an_end_said_first_is_asked_never_waited_on(op: Operator, intent: str, end: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(end) in question
    assert "only for a while" in question
    assert "permanently now" in question
    assert "yours to run" in question


# (4) "before X" opening the request: carried, as it is said after the order.
@pytest.mark.parametrize(
    ("intent", "deadline"),
    [
        ("before the release scale frontend to 5", "before the release"),
        ("before the deploy restart checkout", "before the deploy"),
        ("before you deploy, scale frontend to 5", "before you deploy"),
        ("prior to cutover scale worker to 0", "prior to cutover"),
        ("ahead of cutover: scale worker to 0", "ahead of cutover"),
        ("autoscale frontend 3-10 before black friday", "before black friday"),
        ("spread payments across zones before the DR drill", "before the DR drill"),
        ("pre-scale frontend to 5 for black friday", "for black friday"),
        # phrasings of our own, and the twins said after the order
        ("before the migration restart worker", "before the migration"),
        ("ahead of the launch - scale frontend to 6", "ahead of the launch"),
        ("scale frontend to 5 before you deploy", "before you deploy"),
        ("scale frontend to 5 before the release", "before the release"),
        ("pre-scale checkout to 4 for the sale", "for the sale"),
    ],
)
def test_a_deadline_said_first_is_carried(op: Operator, intent: str, deadline: str) -> None:
    awaits, changes = _awaits(op, intent)
    assert deadline.lower() in awaits.lower()
    assert changes


@pytest.mark.parametrize(
    "intent",
    ["scale payments to 4", "make payments HA", "back up postgres nightly", "rollback checkout"],
)
def test_plain_orders_still_plan_now(op: Operator, intent: str) -> None:
    assert _awaits(op, intent)[0] == ""
