"""Round 30, helper a34c: attack34's shapes precond, temp, timelabel and hold.

(precond) A precondition said first in other words ("first db migration, then …", "first we
drain the queue, then …", "first: the freeze ends. then …", "freeze ends first, then …", "wait
till the freeze ends and …", "wait for the freeze to end, then …", "not until the freeze ends:
…"): waited on, never run now — and never asked where the wait is plain. (temp) A way back asked
for in brackets ("(roll back after the sale)", "(undo after the demo)", "(revert later)", "(then
back)") and how long said in brackets after a name ("set LOG_LEVEL=debug on my-api
(temporarily)", "(ends sunday)"): asked, never taken for the name's gloss; a purpose or "for now"
stays planned with its risk line (docs/operations.md). (timelabel) A time label after other
labels ("Owner: bob. Window: tonight. …"), said with "=" ("Window = tonight. …") or a clock time
("Schedule: saturday 03:00. …"): waited on; "When: now. …" waits on nothing. (hold) "(not before
6pm)": waited on as "after 6pm"."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import durations, waits
from dotop_nb.service import Operator
from tests.memory import asks, plans, plans_awaiting, question_for

pytestmark = pytest.mark.timeout(300)


# (precond) A precondition said first, in other words: waited on.
@pytest.mark.parametrize(
    ("intent", "summary", "wait"),
    [
        ("first db migration, then scale payments to 4", "payments in shop to 4", "db migration"),
        ("first schema migration, then restart worker", "deployment/worker", "schema migration"),
        ("first db migration and scale my-api to 5", "my-api in shop to 5", "db migration"),
        (
            "first we drain the queue, then switch frontend to 2.2.0",
            "frontend:2.2.0",
            "we drain the queue",
        ),
        (
            "first we need to drain the queue, then restart worker",
            "deployment/worker",
            "drain the queue",
        ),
        ("first they drain the queue, then restart worker", "deployment/worker", "drain the queue"),
        (
            "first: the freeze ends. then bump payments to 3.1.0",
            "payments:3.1.0",
            "the freeze ends",
        ),
        ("first: freeze ends; then scale payments to 4", "payments in shop to 4", "freeze ends"),
        ("freeze ends first, then scale my-api to 5", "my-api in shop to 5", "freeze ends"),
        ("the backfill finishes first, then restart worker", "deployment/worker", "backfill"),
        (
            "wait till the freeze ends and set LOG_LEVEL=debug on my-api",
            "configmap/my-api-config",
            "the freeze ends",
        ),
        ("wait till the freeze ends, then restart worker", "deployment/worker", "freeze ends"),
        ("wait til the release is out and restart orders", "deployment/orders", "release is out"),
        (
            "wait until the backup is done and scale payments to 4",
            "payments in shop to 4",
            "the backup is done",
        ),
        (
            "first wait for the freeze to end, then roll back checkout",
            "deployment/checkout",
            "the freeze",
        ),
        ("wait for the migration to finish, then restart worker", "deployment/worker", "migration"),
        (
            "not until the freeze ends: scale payments to 4",
            "payments in shop to 4",
            "the freeze ends",
        ),
        ("not until after the freeze: scale payments to 4", "payments in shop to 4", "freeze"),
        ("not till the migration is done: restart worker", "deployment/worker", "migration"),
    ],
)
def test_a_precondition_said_first_in_other_words_is_waited_on(
    op: Operator, intent: str, summary: str, wait: str
) -> None:
    plans_awaiting(op, intent, summary, wait)


@pytest.mark.parametrize(
    "intent",
    [
        # steps in order, a workload's own step: planned now, both
        "first we restart payments, then worker",
        "first scale worker to 2, then restart payments",
        "first, restart worker, then scale payments to 4",
    ],
)
def test_steps_in_order_stay_planned_now(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert len(proposal.operations) == 2
    assert not proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        # a hold on someone, a state of another workload, a negation of no time: still asked
        "wait for bob, then restart worker",
        "wait for my ping, then restart worker",
        "wait till payments is healthy and restart worker",
        "not before we check with bob, scale payments to 4",
        "scale payments to 4 but not before payments is healthy",
        "do not scale payments until the freeze ends",
        "delete worker not before 6pm",
        # a pipe between labels: asked, never the time dropped
        "Ticket: OPS-1 | Window: tonight | restart worker",
        # a negation beside another time bounds that one: asked, as before
        "restart frontend after the release, not before 17:00",
        "scale frontend to 4 tonight but not before the backup",
    ],
)
def test_a_wait_on_someone_or_a_workload_stays_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_the_rewrites_leave_other_text_as_it_is() -> None:
    def names() -> frozenset[str]:
        return frozenset({"payments", "worker", "checkout"})

    for text in (
        "scale payments to 4",
        "first the checkout migration, then restart worker",
        "first we restart payments, then worker",
        "wait for bob, then restart worker",
        "first things first, restart worker",
    ):
        assert waits.first_then(text, names) == text
    assert waits.first_then("freeze ends first, then scale x to 2", names) == (
        "once freeze ends, then scale x to 2"
    )
    assert waits.not_before("roll back checkout (not before 6pm)") == (
        "roll back checkout (after 6pm)"
    )
    for text in ("not before we check with bob, scale x", "do not scale x until 6pm"):
        assert waits.not_before(text) == text


# (temp) A way back asked for, or how long, in brackets: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "bump payments to 3.1.0 (roll back after the sale)",
        "switch frontend to 2.2.0 (roll back after the sale)",
        "bump payments to 3.1.0 (undo after the demo)",
        "switch frontend to 2.2.0 (undo it after the demo)",
        "switch frontend to 2.2.0 (then back)",
        "switch frontend to 2.2.0 (revert later)",
        "switch frontend to 2.2.0 [revert tomorrow]",
        "set LOG_LEVEL=debug on my-api (temporarily)",
        "set LOG_LEVEL=debug on my-api (ends sunday)",
        "set LOG_LEVEL=debug on my-api (revert later)",
        "set LOG_LEVEL=debug on my-api (for the weekend)",
        "set LOG_LEVEL=debug on my-api (temp)",
    ],
)
def test_a_way_back_or_a_while_in_brackets_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "bump payments to 3.1.0 (undo after the demo)",
        "switch frontend to 2.2.0 (revert later)",
        "set LOG_LEVEL=debug on my-api (temporarily)",
        "set LOG_LEVEL=debug on my-api (ends sunday)",
    ],
)
def test_the_question_says_nothing_reverts_it(op: Operator, intent: str) -> None:
    assert "hold only for a while" in question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # a purpose or "for now": planned, its risk line said (the contract)
        ("set LOG_LEVEL=debug on my-api (for the sale)", "configmap/my-api-config"),
        ("For now: scale my-api to 5", "my-api in shop to 5"),
        ("switch frontend to 2.2.0 (for now)", "frontend:2.2.0"),
        ("For the demo: scale payments to 4", "payments in shop to 4"),
    ],
)
def test_a_purpose_or_for_now_stays_planned_with_its_risk(
    op: Operator, intent: str, summary: str
) -> None:
    proposal, _ = plans(op, intent)
    assert any(summary in o.summary() for o in proposal.operations)
    assert any("back" in r for r in proposal.risks), proposal.risks


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # an undo word alone may name the change; a gloss stays a gloss
        ("switch frontend to 2.2.0 (rollback)", "frontend:2.2.0"),
        ("set LOG_LEVEL=debug on my-api (quote API)", "configmap/my-api-config"),
        ("restart payments (risk checks)", "deployment/payments"),
    ],
)
def test_an_undo_word_alone_or_a_gloss_stays_planned(
    op: Operator, intent: str, summary: str
) -> None:
    plans_awaiting(op, intent, summary, None)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker (ends sunday)",
        "restart worker, ends sunday",
        "restart worker (ends at 18:00)",
    ],
)
def test_an_end_beside_a_restart_is_asked_as_till_is(op: Operator, intent: str) -> None:
    assert "holds nothing until then" in question_for(op, intent)


def test_bracketed_back_reads_only_a_way_back_or_a_while() -> None:
    for words in ("temporarily", "ends sunday", "revert later", "then back", "for the weekend"):
        assert durations.bracketed_back(words), words
    for words in ("quote API", "risk checks", "rollback", "card processing", "prod"):
        assert not durations.bracketed_back(words), words


# (timelabel) A time label after other labels, with "=", or a clock time: waited on.
@pytest.mark.parametrize(
    ("intent", "summary", "wait"),
    [
        ("Owner: bob. Window: tonight. restart worker", "deployment/worker", "tonight"),
        ("Ticket: OPS-1. Window: tonight. scale payments to 4", "payments in shop to 4", "tonight"),
        ("Owner: bob. Ticket: OPS-2. Timing: tomorrow. restart worker", "worker", "tomorrow"),
        ("Ticket: OPS-1. tonight, scale payments to 4", "payments in shop to 4", "tonight"),
        ("Window = tonight. scale payments to 4", "payments in shop to 4", "tonight"),
        ("Ticket: OPS-1 - Window: tonight - restart worker", "deployment/worker", "tonight"),
        ("Owner: bob — Window: tonight — scale payments to 4", "payments in shop to 4", "tonight"),
        ("Owner: bob - tonight, restart worker", "deployment/worker", "tonight"),
        ("Window: tonight | restart worker", "deployment/worker", "tonight"),
        ("Schedule: saturday 03:00. scale my-api to 5", "my-api in shop to 5", "saturday 03:00"),
        ("Schedule: saturday 03:00. restart worker", "deployment/worker", "saturday 03:00"),
        # (hold) a start said by its negation
        ("roll back checkout (not before 6pm)", "deployment/checkout", "6pm"),
        ("(not before 6pm) restart the orders deployment", "deployment/orders", "6pm"),
        ("scale payments to 4, no earlier than 18:00", "payments in shop to 4", "18:00"),
    ],
)
def test_a_time_label_after_other_labels_is_waited_on(
    op: Operator, intent: str, summary: str, wait: str
) -> None:
    plans_awaiting(op, intent, summary, wait)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("When: now. restart the orders deployment", "deployment/orders"),
        ("When: asap. roll back checkout", "deployment/checkout"),
        ("Owner: bob. When: now. restart worker", "deployment/worker"),
        ("Owner: bob. restart worker", "deployment/worker"),
        ("Note: payments is slow. scale payments to 4", "payments in shop to 4"),
    ],
)
def test_a_label_that_says_now_or_no_time_waits_on_nothing(
    op: Operator, intent: str, summary: str
) -> None:
    plans_awaiting(op, intent, summary, None)
