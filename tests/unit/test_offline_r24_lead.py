"""Round 24 (lead): a "before <event>" followed by another part of the request is not dropped.

"scale payments to 3 before the release and restart orders" was planned with the "before …"
gone: the deadline rule (:mod:`.beforehand`) read "before the release and restart orders" as one
event holding a change, no plain deadline, and nothing else read it. A finished plan now carries
it in ``awaits`` (shown at approval, cut where the next part starts), as "before the release"
alone is carried (:mod:`.holds`). An event with its own time inside ("back up postgres before
the upgrade tomorrow") is met by the change made now, as round 14 decided: unchanged."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import beforehand
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "awaits", "kinds"),
    [
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
        (
            "bump frontend to 2.2.0 before our launch, then restart checkout",
            "before our launch",
            None,
        ),
        (
            "restart worker before the migration and scale payments to 4",
            "before the migration",
            None,
        ),
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
        # round 14: an addon before an event with its own day is taken now
        "back up postgres before the upgrade tomorrow",
        "back up postgres before the team runs the schema change tonight",
    ],
)
def test_an_event_with_its_own_time_is_still_met_now(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.awaits is None
    assert [o.kind for o in proposal.operations] == ["apply"]


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
    # an event with its own time inside is the deadline rule's (met now), never cut shorter
    lowered = "back up postgres before the upgrade tomorrow and restart payments"
    assert beforehand.unread(lowered) == []
    lowered = "scale payments to 5 before the 18:00 campaign and restart orders"
    assert beforehand.unread(lowered) == []
