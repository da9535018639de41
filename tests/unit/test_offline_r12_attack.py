"""What attack12 left acting (round 12): a backup said before a delete is an order of its own,
never context the delete drops; a clock time a plan does not wait for is asked; a period a change
is for ("for the weekend") is planned now, and the plan says nothing ends it."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize(
    "intent",
    [
        "take a velero backup of worker, then delete worker",
        "back up worker, then delete worker",
        "take a velero backup of worker. Then delete worker",
        "snapshot the cache statefulset first, then remove it",
        "please grab a backup of orders, then tear orders down",
        "first take a dump of postgres, then delete postgres",
    ],
)
def test_a_backup_said_before_a_delete_is_never_dropped(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("worker is retired, delete it", "worker"),
        ("worker was backed up yesterday, delete it", "worker"),
        ("the checkout deployment is unused, delete it", "checkout"),
    ],
)
def test_a_context_that_states_still_lends_its_delete(
    shop: Operator, intent: str, deleted: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("delete", deleted)]


@pytest.mark.parametrize(
    ("intent", "time"),
    [
        ("make payments run as non-root at 22:00", "at 22:00"),
        ("make payments run as non-root at 7am", "at 7am"),
        ("at 10pm make frontend's root filesystem read-only", "at 10pm"),
    ],
)
def test_a_clock_time_the_plan_does_not_wait_for_is_asked(
    shop: Operator, intent: str, time: str
) -> None:
    assert time in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "awaits", "kinds"),
    [
        ("scale payments to 3 at 22:00", "at 22:00", ["scale"]),
        ("restart payments at 22:00", "at 22:00", ["rollout_restart"]),
        # A schedule's time is its value, never a wait.
        ("back up postgres every night at 2am", None, ["apply"]),
        ("nightly backup of postgres at 01:30", None, ["apply"]),
    ],
)
def test_a_time_awaited_or_scheduled_still_plans(
    shop: Operator, intent: str, awaits: str | None, kinds: list[str]
) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == kinds
    assert proposal.awaits == awaits


@pytest.mark.parametrize(
    ("intent", "period", "replicas"),
    [
        # (Round 25: "for the weekend", "during the sale" bound a window: asked, see
        # test_offline_r25_temp; a purpose with no end is planned with the line.)
        ("scale frontend to 5 for the sale", "for the sale", 5),
        ("we need five orders pods for the launch", "for the launch", 5),
    ],
)
def test_a_period_is_planned_now_and_said_to_have_no_end(
    shop: Operator, intent: str, period: str, replicas: int
) -> None:
    proposal, _ = plans(shop, intent)
    assert [getattr(o, "replicas", None) for o in proposal.operations] == [replicas]
    assert proposal.awaits is None
    assert any(period in r and "nothing changes this back" in r for r in proposal.risks)


def test_no_period_no_note(shop: Operator) -> None:
    proposal, _ = plans(shop, "scale frontend to 5")
    assert not any("nothing changes this back" in r for r in proposal.risks)


@pytest.mark.parametrize(
    "intent",
    [
        "worker is unused. can we delete it now?",
        "the worker deployment is unused, can we delete it now?",
        "checkout 1.1.0 broke, should we roll it back now?",
    ],
)
def test_now_in_a_question_among_us_asks_whether_it_is_time(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    ["worker is unused, can you delete it now?", "worker is unused, delete it now please"],
)
def test_a_question_put_to_the_planner_still_orders(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("delete", "worker")]


def test_a_period_for_the_holidays_is_asked(shop: Operator) -> None:
    # Round 23 (foreign, F): "for the holidays" is a change for a while, asked (nothing
    # reverts it on a timer); "for the weekend" and "during the sale" still plan with the note.
    question = asks(shop, "scale worker to 3 for the holidays").question or ""
    assert "for the holidays" in question
    assert "only for a while" in question
