"""Round 15, attack16 helper clock: a moment said anywhere in the request is never dropped.

One recogniser (:mod:`dotop_nb.planner.offline.clock`: timewords.CLOCK with its ZONE, DATE,
DOTTED_CLOCK, NAMED_DAY, PERIOD) reads every notation — "02:00Z", "T02:00Z", "14.00" after
"at", "02:00 +0800", "02:00 UTC+8", "9am my time", a date or clock label before the order, a
named day, a work period as a label, an impossible date. The wait-taker waits on it exactly as
said (zone and offset kept), or the last check (clock.check) asks; a delete asks unless it can
wait exactly. Ordinary requests, versions and quantities still plan."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import clock
from dotop_nb.service import Operator

pytestmark = pytest.mark.timeout(300)


# Waited on exactly as said: the zone, offset or notation is in the wait.
@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("restart orders at 06:30Z", "at 06:30Z"),
        ("scale frontend to 5 at 21:15Z", "at 21:15Z"),
        ("roll checkout back at T03:00Z", "at T03:00Z"),
        ("restart checkout at 03:00 GMT-5", "at 03:00 GMT-5"),
        ("restart my-api at 04:00 UTC+2", "at 04:00 UTC+2"),
        ("restart frontend at 05:00 +0530", "at 05:00 +0530"),
        ("restart orders at 14.30 tomorrow", "at 14.30 tomorrow"),
        ("restart my-api at 2.15pm", "at 2.15pm"),
        ("restart frontend at 8am our time", "at 8am our time"),
        ("scale checkout to 5 at 06:00Z on Dec 10", "at 06:00Z on Dec 10"),
        ("scale my-api to 3 tonight at 23:00", "at 23:00"),
        ("restart payments at 02:00", "at 02:00"),
    ],
)
def test_waited_as_said(shop: Operator, intent: str, awaits: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert awaits.lower() in (proposal.awaits or "").lower()


# Asked: a delete with a time it cannot wait on exactly, a label, a named day as when, a
# period label, an impossible date.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker at 21:00Z",
        "remove the worker deployment at 09.15",
        "06:00: delete worker",
        "Dec 20: delete worker",
        "Mar 3: roll back checkout",
        "Nov 30: scale orders to 5",
        "Christmas Eve: restart orders",
        "Cyber Monday: scale frontend to 9",
        "restart my-api on patch tuesday",
        "roll checkout back next Patch Tuesday",
        "Sprint 7: delete worker",
        "week 50: restart orders",
        "restart orders on 31 April",
        "scale frontend to 4 on Feb 30 at 10:00",
        "delete worker on Dec 32",
    ],
)
def test_asked(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "needs_clarification", (proposal.operations, proposal.awaits)


# Still planned now: ordinary orders, versions, quantities, a timeline's timestamps, a purpose.
@pytest.mark.parametrize(
    "intent",
    [
        "restart payments",
        "scale frontend to 4",
        "update frontend to 2.2.0",
        "have frontend run 2.2.0",
        "can you scale payments to 4",
        "could you restart orders",
        "please double payments",
        "set cpu request of payments to 0.5",
        "payments x10 for black friday",
        "ten times the current frontend replica count, black friday",
        "17:20Z the fix for the refund bug is tagged ghcr.io/acme/payments:3.0.2; roll it out to "
        "payments.",
        "08:15 the orders pods are still on the old nodes; 08:17 restart orders.",
    ],
)
def test_planned(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question


def test_named_day_is_no_weekday() -> None:
    # "Black Friday" is one word for the readers after clock: never this Friday.
    assert clock.named_days_joined("scale on black friday") == "scale on black_friday"
    assert "friday" not in " ".join(clock.take("restart my-api on patch tuesday")[1])


@pytest.mark.parametrize(
    ("text", "bad"),
    [("on feb 30", "feb 30"), ("31 april", "31 april"), ("dec 32", "dec 32"), ("feb 29", None)],
)
def test_impossible(text: str, bad: str | None) -> None:
    assert clock.impossible(text) == bad
