"""Round 27, ways: the time of the WAY BACK is never the time to start the change.

The shape (the black-box attack of round 27): a change said with its way back and the way
back's time ("scale worker to 0 (back at 8am)", "restore worker at 6am; scale it to 0",
"back to normal at midnight: scale frontend to 10", "…, re-enable tomorrow", "(roll forward
monday)", "… from now to friday", "…, and turn it off at midnight"): the plan waited on the way
back's time and then made the change — the opposite of what was asked — and dropped the way
back. Nothing here reverts a change on a timer, so it is asked (:mod:`.durations`), quoting the
words and saying how to make the change now and that the way back is the writer's to run. The
nearest plain orders still plan (a start time waited on, a way back said as the change itself)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# The way back said with its time, beside the change: asked, naming the way back.
@pytest.mark.parametrize(
    ("intent", "named"),
    [
        # the attack's samples
        ("restore worker at 6am; scale it to 0", "restore worker at 6am"),
        ("bring worker back at 6am; scale it to 0 now", "bring worker back at 6am"),
        ("re-enable at 7am, scale worker to 0", "re-enable at 7am"),
        ("back to normal at midnight: scale frontend to 10", "back to normal at midnight"),
        ("scale payments to 0 (restore after)", "restore after"),
        ("scale payments to 0 (put back later)", "put back later"),
        ("scale worker to 0 (back at 8am)", "back at 8am"),
        ("scale worker to 0 (up again at 8am)", "up again at 8am"),
        ("scale worker to 0, re-enable at 8am", "re-enable at 8am"),
        ("scale worker to 0; re-enable tomorrow", "re-enable tomorrow"),
        ("scale worker to 0 (restore: monday)", "restore: monday"),
        ("turn worker back on monday; for now scale it to 0", "turn worker back on monday"),
        ("monday we restore; scale worker to 0", "monday we restore"),
        ("restore on monday. scale worker to 0", "restore on monday"),
        ("rollback frontend to 2.0.0, re-deploy 2.1.0 on monday", "re-deploy 2.1.0 on monday"),
        ("rollback frontend to 2.0.0 (roll forward monday)", "roll forward monday"),
        # phrasings of our own
        ("scale worker to 0. It comes back at 8am.", "It comes back at 8am"),
        ("scale worker to 0 (restored monday)", "restored monday"),
        ("scale worker to 0, it'll be re-enabled tomorrow", "it'll be re-enabled tomorrow"),
        ("scale worker to 0; it gets back on at 8am", "it gets back on at 8am"),
        ("scale worker to 0, we restore it monday", "we restore it monday"),
        ("scale worker to 0. Put it back at 6pm.", "Put it back at 6pm"),
        ("scale checkout to 1; we'll turn it back on tomorrow", "turn it back on tomorrow"),
        ("tomorrow we restore; scale checkout to 1", "tomorrow we restore"),
        ("scale worker to 0 (resume at 9am)", "resume at 9am"),
        ("scale worker to 0 (on again tomorrow)", "on again tomorrow"),
        ("rollback checkout, redeploy 1.3.0 tomorrow", "redeploy 1.3.0 tomorrow"),
        ("scale checkout to 1 - reset at 7am", "reset at 7am"),
        ("scale checkout to 1 (switch it back on friday)", "switch it back on friday"),
        ("scale checkout to 2 \u2014 reactivate it on friday", "reactivate it on friday"),
        ("at noon we re-enable; scale checkout to 1", "at noon we re-enable"),
        # two orders: the change now, the way back later (the same setting, another value)
        ("set LOG_LEVEL=debug on payments, and set it back to info at 6pm", "back to info"),
        ("set LOG_LEVEL=debug on payments and switch it to info at 6pm", "switch it to info"),
        ("set LOG_LEVEL=debug on payments now; at 6pm set it to info", "at 6pm set it to info"),
        ("set LOG_LEVEL=warn on payments now, info again tomorrow", "info again tomorrow"),
        ("set MAINTENANCE=true on frontend and turn it off at midnight", "turn it off"),
        ("set MAINTENANCE=true on frontend. Turn it off at midnight.", "Turn it off"),
        ("set MAINTENANCE=on on frontend, flip it off at 6pm", "flip it off at 6pm"),
    ],
)
def test_the_way_back_with_its_time_is_asked(op: Operator, intent: str, named: str) -> None:
    question = asks(op, intent).question or ""
    assert named in question
    assert "undone, not when to make it" in question
    assert "would wait for" in question
    assert "going back is yours to run" in question


# A window from now to its end ("from now to friday"): asked, as "until friday" is.
@pytest.mark.parametrize(
    ("intent", "named"),
    [
        ("scale payments to 0 from now to friday", "from now to friday"),
        ("scale worker to 0 from today till friday", "from today till friday"),
        ("scale checkout to 6 from tonight to monday", "from tonight to monday"),
    ],
)
def test_a_window_from_now_to_its_end_is_asked(op: Operator, intent: str, named: str) -> None:
    question = asks(op, intent).question or ""
    assert named in question
    assert "Nothing here reverts a change on a timer" in question


# Two halves said as two orders, however they are asked: never one half planned alone.
@pytest.mark.parametrize(
    "intent",
    [
        "turn on maintenance mode today and turn it off at midnight",
        "set LOG_LEVEL=warn now, back to info tomorrow",
        "scale worker to 0 tonight and up to 3 in the morning",
        "scale worker to 0 now and back to 3 at 8am",
        "scale worker to 0. Put it back at 6.",
        "scale worker to 0. Bring it back tomorrow.",
        "scale worker to 0 now and scale it up to 3 at 8am",
        "scale worker to 0, scale it to 3 at 8am",
        "scale payments to 0 now, to 2 on monday",
        "set MAINTENANCE=true on frontend, then MAINTENANCE=false at midnight",
        "set payments memory limit to 1Gi now and to 512Mi tomorrow",
        "revert at 7am - scale checkout to 1",
        "undo it at 7am - scale checkout to 1",
        "revert on friday; scale checkout to 1",
    ],
)
def test_a_change_and_its_undoing_are_never_planned_by_half(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert not proposal.operations


# The nearest plain orders still plan: a start time waited on, a way back that IS the change.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("scale worker to 4 tomorrow", "scale deployment/worker in shop to 4 replicas", "tomorrow"),
        ("scale worker to 0 at 6am", "scale deployment/worker in shop to 0 replicas", "at 6am"),
        (
            "scale frontend to 10 at midnight",
            "scale deployment/frontend in shop to 10 replicas",
            "at midnight",
        ),
        (
            "scale worker back to 3 at 6am",
            "scale deployment/worker in shop to 3 replicas",
            "at 6am",
        ),
        (
            "scale worker back up to 3 tomorrow",
            "scale deployment/worker in shop to 3 replicas",
            "tomorrow",
        ),
        (
            "restore worker to 2 replicas at 6am",
            "scale deployment/worker in shop to 2 replicas",
            "at 6am",
        ),
        (
            "payments is down, scale worker back to 3 at 6am",
            "scale deployment/worker in shop to 3 replicas",
            "at 6am",
        ),
        ("scale payments to 4", "scale deployment/payments in shop to 4 replicas", ""),
        ("scale checkout to 5 for the sale", "scale deployment/checkout in shop to 5 replicas", ""),
        (
            "the team is back on monday, scale worker to 0",
            "scale deployment/worker in shop to 0 replicas",
            "",
        ),
        (
            "scale worker to 0 now, the team is back on monday",
            "scale deployment/worker in shop to 0 replicas",
            "",
        ),
    ],
)
def test_the_nearest_orders_still_plan(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    assert (proposal.awaits or "") == awaits


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments, then scale it to 4",
        "make payments HA",
        "back up postgres nightly",
        "run payments as non-root",
        "rollback checkout",
        "set LOG_LEVEL back to info on payments at 6pm",
        "update frontend to 2.2.0 on monday",
    ],
)
def test_plain_orders_near_the_way_back_plan(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.operations


# The way back said as the writer's own, brought by an event (as "until the fix lands"): made
# now, never waited on, the way back named as unplanned; said with no wait read from it, as before.
@pytest.mark.parametrize(
    ("intent", "summary", "risk"),
    [
        (
            "take worker to zero for now, we bring it back after the cluster upgrade",
            "scale deployment/worker in shop to 0 replicas",
            "we bring it back after the cluster upgrade",
        ),
        (
            "scale worker to 0, we'll bring it back once the migration is done",
            "scale deployment/worker in shop to 0 replicas",
            "bring it back once the migration is done",
        ),
        (
            "worker can go to zero for the weekend, we bring it back on monday",
            "scale deployment/worker in shop to 0 replicas",
            "",
        ),
        (
            "take checkout to 5 replicas for the promo, we'll scale it back afterwards",
            "scale deployment/checkout in shop to 5 replicas",
            "",
        ),
    ],
)
def test_the_writers_own_way_back_after_an_event_is_not_waited_on(
    op: Operator, intent: str, summary: str, risk: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    assert not proposal.awaits
    if risk:
        assert any(risk in r and "not waited on" in r for r in proposal.risks)
