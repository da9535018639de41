"""Round 27, helper temp: a change the writer says is temporary is asked, never planned for good.

Nothing here reverts a change on a timer, so a change said to hold for a while is asked, the
question naming the words, how to make it permanently now and that going back is the writer's
to run. The shapes (black-box attack of round 27), each in words the planner did not yet read as
a window: (1) a window in more words ("over lunch", "over the wknd", "just tonight", "this
evening only", "for this session", "for the next deploy", "pro tem", "- temp measure"); (2) a
length said roughly ("for ~1h", "for approx 2h", "for an hour or so"); (3) an end that is a
version coming out ("till 3.0.1 is out", "pending 3.0.1"); (4) an end said first with "up to"
("up to friday: …"); (5) the way back promised ("(will restore)", "we'll bring it back later");
(6) a rollback said for a length ("rollback checkout for an hour"); (7) a delete said for now
("delete worker for now": scale to 0 keeps it); (8) "in the night" is a time to wait for, as
"during the night" is. A purpose with no end ("for the sale", "for now") still plans."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _asked_for_a_while(op: Operator, intent: str, words: str) -> str:
    question = asks(op, intent).question or ""
    assert words.lower() in question.lower(), question
    assert "only for a while" in question, question
    assert "going back is yours" in question, question
    return question


# (1) A window in more words.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("scale worker to 0 over lunch", "over lunch"),
        ("scale worker to 0 over the lunch break", "over the lunch break"),
        ("set LOG_LEVEL=debug on my-api over lunchtime", "over lunchtime"),
        ("scale worker to 0 over wknd", "over wknd"),
        ("scale checkout to 5 over the wkend", "over the wkend"),
        ("scale payments to 0 just tonight", "just tonight"),
        ("scale payments to 0 this evening only", "this evening only"),
        ("scale orders to 2 this morning only", "this morning only"),
        ("set LOG_LEVEL=debug on my-api for this session", "for this session"),
        ("set LOG_LEVEL=debug on my-api for the rest of the session", "session"),
        ("set LOG_LEVEL=debug on my-api for the next deploy", "for the next deploy"),
        ("give payments 1Gi for the next deployment", "for the next deployment"),
        ("scale payments to 0 pro tem", "pro tem"),
        ("scale worker to 0 - temp measure", "temp measure"),
        ("scale worker to 0, temp fix", "temp fix"),
        ("bump frontend to 6 replicas (tmp workaround)", "tmp workaround"),
    ],
)
def test_a_window_in_more_words_is_asked(op: Operator, intent: str, words: str) -> None:
    _asked_for_a_while(op, intent, words)


# (2) A length said roughly.
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 0 for ~1h",
        "scale worker to 0 for ~30m",
        "scale payments to 0 for approx 2h",
        "scale payments to 0 for about 2 hours",
        "scale payments to 0 for 1-2 hours",
        "set LOG_LEVEL=debug on my-api for 2-3 hrs",
        "scale payments to 0 for an hour or so",
        "scale payments to 0 for a day or two",
        "scale payments to 0 for a couple of hours",
        "scale payments to 0 just for today",
        "set worker memory to 2Gi until 1.4.2 is released",
        "delete worker pro tem",
        "scale worker to 0 (will be put back later)",
    ],
)
def test_a_length_said_roughly_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) An end that is a version coming out.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("scale payments to 0 till 3.0.1 is out", "till 3.0.1 is out"),
        ("scale payments to 0 pending 3.0.1", "pending 3.0.1"),
        ("scale worker to 0 till v2.3 lands", "till v2.3 lands"),
        ("scale payments to 0 until the fix ships", "until the fix ships"),
    ],
)
def test_an_end_that_is_a_version_coming_out_is_asked(
    op: Operator, intent: str, words: str
) -> None:
    _asked_for_a_while(op, intent, words)


# (4) An end said first with "up to".
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("up to friday: scale worker to 0", "up to friday"),
        ("upto monday, scale checkout to 5", "upto monday"),
        ("up to the weekend - scale worker to 0", "up to the weekend"),
    ],
)
def test_an_end_said_first_with_up_to_is_asked(op: Operator, intent: str, words: str) -> None:
    _asked_for_a_while(op, intent, words)


# (5) The way back promised.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("scale payments to 0 (will restore)", "will restore"),
        ("scale worker to 0, we'll bring it back later", "we'll bring it back later"),
        ("scale worker to 0, will restore later", "will restore later"),
        ("scale worker to 0 - to be restored", "to be restored"),
        ("set LOG_LEVEL=debug on my-api, I'll revert it when done", "revert it when done"),
        ("scale orders to 1; we will put it back afterwards", "put it back afterwards"),
        (
            "please set LOG_LEVEL=debug on my-api, we'll revert it afterwards",
            "revert it afterwards",
        ),
    ],
)
def test_a_way_back_promised_is_asked(op: Operator, intent: str, words: str) -> None:
    _asked_for_a_while(op, intent, words)


# (6) A rollback said for a length: asked; through an ongoing thing it is made until the fix.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("rollback checkout for an hour", "for an hour"),
        ("rollback checkout over the weekend", "over the weekend"),
        ("undo the last deploy of checkout for the weekend", "for the weekend"),
        ("roll frontend back to 2.0.0 for an hour", "for an hour"),
        ("rollback checkout and undo it later", "undo it later"),
    ],
)
def test_a_rollback_said_for_a_length_is_asked(op: Operator, intent: str, words: str) -> None:
    _asked_for_a_while(op, intent, words)


# (7) A delete said for now: nothing brings it back; scale to 0 keeps it.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker for now",
        "delete worker for the time being",
        "remove checkout for the moment",
    ],
)
def test_a_delete_said_for_now_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "does not come back" in question
    assert "Scale it to 0" in question


# (8) "in the night" is a time to wait for, as "during the night" is.
@pytest.mark.parametrize("intent", ["restart payments in the night", "bounce worker in the night"])
def test_in_the_night_is_carried(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert "in the night" in (proposal.awaits or "")
    assert [o.kind for o in proposal.operations] == ["rollout_restart"]


# The nearest orders still plan: a purpose with no end, "for now", a start ahead, a rollback
# until the fix, the value alone.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("scale payments to 4", "scale deployment/payments in shop to 4 replicas", ""),
        ("scale worker to 0 for now", "scale deployment/worker in shop to 0 replicas", ""),
        (
            "for the time being, scale worker to 0",
            "scale deployment/worker in shop to 0 replicas",
            "",
        ),
        ("scale frontend to 8 for the sale", "scale deployment/frontend in shop to 8 replicas", ""),
        (
            "scale frontend to 8 for the load test",
            "scale deployment/frontend in shop to 8 replicas",
            "",
        ),
        ("scale worker to 4 tomorrow", "scale deployment/worker in shop to 4 replicas", "tomorrow"),
        ("scale worker to 0 tonight", "scale deployment/worker in shop to 0 replicas", "tonight"),
        ("rollback checkout", "roll deployment/checkout in shop back to revision 1", ""),
        ("rollback checkout for now", "roll deployment/checkout in shop back to revision 1", ""),
        (
            "roll back checkout while we investigate",
            "roll deployment/checkout in shop back to revision 1",
            "",
        ),
        (
            "rollback checkout, it has been broken for 2 hours",
            "roll deployment/checkout in shop back to revision 1",
            "",
        ),
        (
            "update frontend to 3.0.1",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:3.0.1",
            "",
        ),
        ("delete worker", "delete deployment/worker in shop", ""),
        ("restart payments in the morning", "restart the pods of deployment/payments in shop", ""),
        (
            "roll back checkout to restore it",
            "roll deployment/checkout in shop back to revision 1",
            "",
        ),
    ],
)
def test_the_nearest_orders_still_plan(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    assert awaits in (proposal.awaits or "")


def test_a_way_back_after_a_purpose_plans_with_the_purpose_in_the_risks(op: Operator) -> None:
    intent = "take checkout to 5 replicas for the promo, we'll scale it back afterwards"
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/checkout in shop to 5 replicas"
    ]
    assert any("for the promo" in r for r in proposal.risks), proposal.risks


@pytest.mark.parametrize(
    "intent",
    [
        "frontend is gone from the roadmap; delete its deployment but keep the service for now",
        "delete the postgres sts but KEEP the headless svc for now",
        "remove the frontend Service only; the pods remain for now",
    ],
)
def test_for_now_said_of_what_is_kept_beside_a_delete_plans(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["delete"]


@pytest.mark.parametrize(
    "intent",
    [
        "the cert was rotated in the night, restart payments",
        "payments crashed in the night, restart it",
        "restart worker in the night shift",
    ],
)
def test_in_the_night_of_a_report_or_a_shift_is_no_wait(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert "night" not in (proposal.awaits or "")


def test_a_recreate_promised_beside_a_delete_still_plans(op: Operator) -> None:
    proposal, _ = plans(op, "remove the orders PDB, we'll recreate it from the helm chart")
    assert [o.kind for o in proposal.operations] == ["delete"]
