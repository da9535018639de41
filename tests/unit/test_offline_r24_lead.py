"""Round 24 (lead): a "before <event>" the deadline rule left to the guard is never dropped.

"back up postgres before the upgrade tomorrow" and "scale payments to 3 before the release and
restart orders" were planned with the "before …" gone: the deadline rule (:mod:`.beforehand`)
reads an event with a time in it or a next part after it as no plain deadline, and nothing else
read it. A finished plan now carries it in ``awaits`` (shown at approval, cut where the next part
of the request starts), as "before the release" is carried (:mod:`.holds`)."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import beforehand
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "awaits", "kinds"),
    [
        ("back up postgres before the upgrade tomorrow", "before the upgrade tomorrow", ["apply"]),
        (
            "set PROVIDER=adyen in payments-config before the release and restart payments",
            "before the release",
            ["patch", "rollout_restart"],
        ),
        (
            "scale payments to 3 before the release starts and restart orders",
            "before the release starts",
            ["scale", "rollout_restart"],
        ),
        (
            "scale payments to 3 before the release and restart orders",
            "before the release",
            ["scale", "rollout_restart"],
        ),
        ("scale worker to 2 before the day is out", "before the day is out", ["scale"]),
        ("restart checkout before the demo on friday", "before the demo on friday", None),
        ("bump frontend to 2.2.0 before our launch tonight", "before our launch tonight", None),
    ],
)
def test_a_deadline_with_a_time_or_a_next_part_is_carried(
    op: Operator, intent: str, awaits: str, kinds: list[str] | None
) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.awaits is not None
    assert awaits in proposal.awaits
    if kinds is not None:
        assert [o.kind for o in proposal.operations] == kinds


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        # a plain deadline, as before
        ("back up postgres before the upgrade", "before the upgrade"),
        ("scale payments to 3 before the release", "before the release"),
    ],
)
def test_a_plain_deadline_is_carried_as_before(op: Operator, intent: str, awaits: str) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.awaits == awaits


@pytest.mark.parametrize(
    "intent",
    [
        # what was asked stays asked
        "restart payments before the 02:00 run",
        "scale payments to 4 before we scale checkout to 2",
    ],
)
def test_a_deadline_that_hides_a_clock_or_a_change_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4",
        "restart worker and scale payments to 3",
        "set LOG_LEVEL=debug in my-api-config and restart my-api",
        "scale payments back to what it was before the incident",
    ],
)
def test_no_deadline_is_read_where_none_is_said(intent: str) -> None:
    lowered = intent.lower()
    assert [lowered[a:b] for a, b in beforehand.unread(lowered)] == []


def test_the_deadline_is_cut_where_the_next_part_starts() -> None:
    lowered = "scale payments to 3 before the release and restart orders"
    assert [lowered[a:b] for a, b in beforehand.unread(lowered)] == ["before the release"]
    lowered = "back up postgres before the upgrade tomorrow, then restart payments"
    assert [lowered[a:b] for a, b in beforehand.unread(lowered)] == ["before the upgrade tomorrow"]
