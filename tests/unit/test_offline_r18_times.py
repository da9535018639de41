"""Round 18 (times): WHERE a time sits in the request decides what it is — one reading for
every reader.

- an occasion CLOSING the order is its when; one no clock names ("with the launch", "as part of
  the go-live", "during the code freeze", "on launch day", "at the shift changeover") cannot be
  waited on exactly: asked, never run now. A purpose ("for the release") or a deadline ("before
  go-live") is no occasion, and an event said after "after" is waited on;
- a time inside a REASON or a statement set beside the order ("because it leaked memory at
  03:00", "— the 01:00 import needs the headroom", "(the 02:00 batch needs it)", "; it hung
  yesterday at 14:10") is context: it neither blocks the order nor delays it. A statement of an
  event said after a comma, or before an order with no time of its own, may still say when:
  asked as before; so is an order that refers back to the time ("…, get worker to 6 then");
- "@ 02:00" is "at 02:00"; "no later than Friday" is "by Friday" (a deadline, no negation);
- "if needed", "if necessary", "if need be": a judgement no one is named for — asked;
- a participle naming a thing ("the postgres started task") tells no event: the wait after it
  stays the order's."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline.asides import context_times_blanked
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "said",
    [
        "restart payments together with the launch",
        "scale frontend to 5 as part of the go-live",
        "bump worker to 0.10.0 in tandem with the cutover",
        "scale orders to 3 with the launch",
        "restart worker during the code freeze",
        "scale payments to 4 on launch day",
        "scale checkout to 2 in step with the migration",
        "restart orders at the shift changeover",
        "scale worker to 2 along with the release",
        "set the envoy image in orders to envoyproxy/envoy:v1.31.0 with the release",
    ],
)
def test_an_occasion_closing_the_order_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "summary", "awaits"),
    [
        ("scale orders to 3 for the launch", "scale deployment/orders in shop to 3 replicas", None),
        (
            # Round 23 (holds): a deadline said as an event is carried for the approver.
            "restart payments before the cutover",
            "restart the pods of deployment/payments in shop",
            "before the cutover",
        ),
        (
            "restart payments after the launch",
            "restart the pods of deployment/payments in shop",
            "after the launch",
        ),
        (
            "delete the worker deployment on the switchover day, 2026-12-21",
            "delete deployment/worker in shop",
            "2026-12-21",
        ),
    ],
)
def test_a_purpose_a_deadline_or_an_event_waited_on_still_plan(
    shop: Operator, said: str, summary: str, awaits: str | None
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [summary]
    if awaits is None:
        assert not p.awaits, p.awaits
    else:
        assert awaits in (p.awaits or ""), p.awaits


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        (
            "restart payments because it leaked memory overnight at 03:00",
            "restart the pods of deployment/payments in shop",
        ),
        (
            "scale frontend to 5 since traffic doubles at 18:00",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        (
            "scale worker to 4 — the 01:00 import needs the headroom",
            "scale deployment/worker in shop to 4 replicas",
        ),
        (
            "restart checkout; it hung twice yesterday at 14:10",
            "restart the pods of deployment/checkout in shop",
        ),
        (
            "scale frontend to 6 given that the promo starts tomorrow",
            "scale deployment/frontend in shop to 6 replicas",
        ),
        (
            "scale my-api to 5 — Cyber Monday is next week",
            "scale deployment/my-api in shop to 5 replicas",
        ),
        (
            "set the worker memory limit to 512Mi because at 02:00 it ate the node",
            "patch deployment/worker in shop (strategic)",
        ),
        (
            "scale orders to 4; we expect the rush on Saturday",
            "scale deployment/orders in shop to 4 replicas",
        ),
        (
            "scale payments to 3 - last time at 23:00 it fell behind",
            "scale deployment/payments in shop to 3 replicas",
        ),
    ],
)
def test_a_time_inside_a_reason_neither_blocks_nor_delays_the_order(
    shop: Operator, said: str, summary: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [summary]
    assert not p.awaits, p.awaits


@pytest.mark.parametrize(
    ("said", "awaits"),
    [
        ("the import starts at 22:00; at 21:45 scale worker to 3", "at 21:45"),
        ("the morning wave begins at 06:00 — take frontend to 4 at 05:30", "at 05:30"),
        ("restart orders @ 02:00", "@ 02:00"),
        ("scale frontend to 5 @ 10pm", "@ 10pm"),
        ("Bounce the postgres started task after the 23:00 batch completes.", "23:00"),
    ],
)
def test_the_order_s_own_time_is_its_wait(shop: Operator, said: str, awaits: str) -> None:
    p, _ = plans(shop, said)
    assert awaits in (p.awaits or ""), p.awaits


@pytest.mark.parametrize(
    "said",
    [
        # an event's time said after a comma, or before an order with no time: may be its when
        "scale worker to 1, the sale ends at midnight",
        "the sale ends at midnight, scale worker to 1",
        "scale frontend to 6, the campaign starts at 21:00",
        # an event's start or end at a clock time, whatever sets it off: now, or then?
        "scale orders to 3 (the sale opens at noon)",
        "scale orders to 3; the sale begins at 20:00",
        # the order refers back to the time
        "the batch runs at night, get worker to 6 then",
        # a discretion no one is named for
        "scale my-api to 4 if needed",
        "restart orders if necessary",
        "scale worker to 3 if need be",
        "restart payments if required",
        # a time the plan cannot wait on exactly
        "scale frontend to 10 @17h",
    ],
)
def test_the_nearest_phrasings_stay_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        ("scale my-api to 4 no later than Friday", "scale deployment/my-api in shop to 4 replicas"),
        (
            "scale orders to 3 not later than thursday",
            "scale deployment/orders in shop to 3 replicas",
        ),
        ("restart worker no later than tomorrow", "restart the pods of deployment/worker in shop"),
    ],
)
def test_no_later_than_is_a_deadline_not_a_negation(
    shop: Operator, said: str, summary: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [summary]


def test_the_blanking_keeps_the_order_s_time_and_the_length() -> None:
    said = "the import starts at 22:00; at 21:45 scale worker to 3"
    out = context_times_blanked(said)
    assert len(out) == len(said)
    assert "22:00" not in out
    assert "at 21:45" in out
    # no other piece than the order: nothing to blank
    assert context_times_blanked("restart orders at 02:00") == "restart orders at 02:00"


@pytest.mark.parametrize(
    ("said", "summary", "awaits"),
    [
        (
            "drop the frontend to 1 after 22:00",
            "scale deployment/frontend in shop to 1 replicas",
            "22:00",
        ),
        ("drop worker to 0 tonight", "scale deployment/worker in shop to 0 replicas", "tonight"),
        (
            "shop floor is empty, drop payments to 1 after 23:00",
            "scale deployment/payments in shop to 1 replicas",
            "23:00",
        ),
    ],
)
def test_a_count_dropped_to_then_its_time_is_a_scale_waited_on(
    shop: Operator, said: str, summary: str, awaits: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [summary]
    assert awaits in (p.awaits or ""), p.awaits


def test_a_drop_before_a_deletion_step_is_still_asked(shop: Operator) -> None:
    asks(shop, "drop frontend to 1 after deleting worker")


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # a label and a bare time are no reason: left for their readers
        ("scale frontend to 5 (Sat)", "Sat"),
        ("Handover: we agreed to restart orders at 06:00", "06:00"),
        # an order reported inside a statement keeps its time
        ("checkout leaks memory. we decided to roll it back at 05:00", "05:00"),
    ],
)
def test_a_time_that_is_no_reason_s_is_kept(said: str, kept: str) -> None:
    assert kept in context_times_blanked(said)
