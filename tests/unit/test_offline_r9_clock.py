"""A clock time or a timed event said as WHEN a change runs (planner/offline/clock.py): the plan
is made as said and waits on the words (``Proposal.awaits``); a time that negates, holds
another number, closes a window, is a deadline or comes with a deletion stays a question.
The phrasings are this helper's own, sharing only their shape with the gap list."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

_SCALE = "scale deployment/{} in shop to {} replicas"
_RESTART = "restart the pods of deployment/{} in shop"
_UNDO = "roll deployment/checkout in shop back to revision 1"


@pytest.mark.parametrize(
    ("said", "summaries", "awaits"),
    [
        # at / after / from / around a clock time, before or after the request
        (
            "bump my-api to 1.5.0 at 23:30",
            [
                "set image of container api in deployment/my-api in shop to "
                "ghcr.io/acme/my-api:1.5.0"
            ],
            "at 23:30",
        ),
        ("at 6pm, restart the orders pods", [_RESTART.format("orders")], "at 6pm"),
        ("scale checkout to 4 after 7pm", [_SCALE.format("checkout", 4)], "after 7pm"),
        (
            "set LOG_LEVEL=debug on payments from 14:00",
            ["patch deployment/payments in shop (strategic)"],
            "from 14:00",
        ),
        (
            "Shift notes: after midnight bring worker up to 4",
            [_SCALE.format("worker", 4)],
            "after midnight",
        ),
        (
            "a rolling restart of payments around 4am would be good",
            [_RESTART.format("payments")],
            "around 4am",
        ),
        ("restart orders at 2am", [_RESTART.format("orders")], "at 2am"),
        ("scale checkout to 3 at 10pm", [_SCALE.format("checkout", 3)], "at 10pm"),
        ("scale frontend to 4 at 2am", [_SCALE.format("frontend", 4)], "at 2am"),
        (
            "kubectl scale deploy/worker --replicas=3  # after 22:00",
            [_SCALE.format("worker", 3)],
            "after 22:00",
        ),
        # the reason of the time, said right after it, is kept with it
        (
            "revert checkout at 05:30 when the batch window closes",
            [_UNDO],
            "at 05:30 when the batch window closes",
        ),
        (
            "scale payments to 5, the sale starts at 18:00 so do it then",
            [_SCALE.format("payments", 5)],
            "at 18:00",
        ),
        # an event named by its clock time or its cadence ("nightly" is the event's)
        (
            "restart frontend after the 10am demo",
            [_RESTART.format("frontend")],
            "after the 10am demo",
        ),
        (
            "raise the memory limit of worker to 1Gi once the nightly import is done",
            ["patch deployment/worker in shop (strategic)"],
            "once the nightly import is done",
        ),
        (
            "roll back checkout following the 23:00 release",
            [_UNDO],
            "following the 23:00 release",
        ),
        # a one-off backup said with a clock time is taken then, not on a daily schedule
        (
            "take a one-off velero backup of the namespace at 21:15",
            ["apply backup/namespace-shop-once in shop"],
            "at 21:15",
        ),
        (
            "one-time velero backup of payments after the 20:00 deploy",
            ["apply backup/payments-shop-once in shop"],
            "after the 20:00 deploy",
        ),
    ],
)
def test_a_clock_time_said_of_the_change_is_waited_on(
    shop: Operator, said: str, summaries: list[str], awaits: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == summaries
    assert awaits.lower() in (p.awaits or "").lower()


def test_what_happened_at_a_time_is_context(shop: Operator) -> None:
    # "it fell over at 03:40." says what happened: no time to wait for.
    p, _ = plans(shop, "the payments pods fell over at 03:40. restart payments")
    assert [o.summary() for o in p.operations] == [_RESTART.format("payments")]
    assert p.awaits is None


def test_a_time_said_of_what_is_coming_is_waited_on_too(shop: Operator) -> None:
    p, _ = plans(shop, "Note: the promo ends at midnight. After midnight take orders down to 1")
    assert [o.summary() for o in p.operations] == [_SCALE.format("orders", 1)]
    assert "after midnight" in (p.awaits or "").lower()


@pytest.mark.parametrize(
    "said",
    [
        # a window: its way back is not planned
        "scale worker to 3 from 05:00 until 09:00",
        # negated, or with another number or a measure inside
        "scale worker to 3 at 2am unless the queue is empty",
        "don't touch frontend at 3am",
        # a deadline: now meets it, never a wait (and "by" is not read as one)
        "scale frontend to 4 by 18:00",
        # any time beside a deletion
        "delete worker at 22:00",
        "remove the checkout deployment after the 21:00 deploy",
        # a recurrence is no one change; "nightly" with no event after it is one
        "restart frontend every night at 2am",
        "scale worker to 2 once the nightly",
        # an event whose end cannot be told from the request
        "after the 9am standup restart frontend and then scale orders to 3 at",
    ],
)
def test_a_time_a_person_cannot_simply_wait_for_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_a_backup_said_to_recur_keeps_its_time_as_its_schedule(shop: Operator) -> None:
    p, body = plans(shop, "back up postgres with velero nightly at 2am")
    assert p.awaits is None
    assert '"0 2 * * *"' in body


def test_a_version_said_to_be_in_the_registry_is_the_one_shipped(shop: Operator) -> None:
    # "… is in the registry, ship it": announced to be taken, as "is approved" or "is out".
    p, _ = plans(shop, "Shift notes: frontend 2.3.0 is in the registry, roll it out at 21:00")
    assert [o.summary() for o in p.operations] == [
        "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.3.0"
    ]
    assert "at 21:00" in (p.awaits or "")
