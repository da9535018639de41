"""Round 11, helper times: events, windows and alert durations said beside a request.

- "before <event>" is a deadline met now (beforehand.py): planned, no awaits; an offset or a
  closeness in front, a time or another change inside still waits or asks.
- a weekday with its clock time is one time, waited on as said; a purpose clause after a clock
  time is why, no condition (clock.py).
- an alert with no 'for' holds the usual 5m, said in its risks; 'during' is no duration; "is
  down" is below one ready pod; "email me" asks for an alert routed by Alertmanager (alerts.py).
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import beforehand
from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "add a PDB for frontend with maxUnavailable 1 before the chaos experiment",
            "frontend",
            "before the chaos experiment",
        ),
        (
            "scale payments to 4 before the chaos experiment",
            "payments in shop to 4",
            "before the chaos experiment",
        ),
        (
            "before the perf run, set LOG_LEVEL=debug in my-api-config",
            "my-api-config",
            "before the perf run",
        ),
        (
            "restart frontend before the demo to customers",
            "frontend",
            "before the demo to customers",
        ),
        (
            "before I seed the test data, back up postgres with velero",
            "backup/postgres",
            "before I seed the test data",
        ),
        (
            "take a Velero backup of the namespace before we start",
            "backup/namespace",
            "before we start",
        ),
        ("From this release on, a backup every day at 01:30 please", "schedule/namespace", None),
        ("from now on back up postgres with velero every night at 2am", "schedule/postgres", None),
    ],
)
def test_a_deadline_before_an_event_is_planned_now(
    shop: Operator, intent: str, summary: str, awaits: str | None
) -> None:
    p, _ = plans(shop, intent)
    # Round 23 (holds): the deadline is carried as the plan's awaits, shown to the approver
    # ("from now on" / "from this release on" is no deadline).
    assert p.awaits == awaits
    assert any(summary in o.summary() for o in p.operations), [o.summary() for o in p.operations]


@pytest.mark.parametrize(
    "said",
    [
        "scale frontend to 5 30 min before the chaos run",
        "scale frontend to 5 before we scale payments to 2",
        "scale frontend to 5 before you delete worker",
        "scale frontend to 5 before the 02:00 run",
        "put the replicas back to what they were before the test",
    ],
)
def test_a_before_that_says_when_or_hides_a_change_still_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("x before the node-drain test", True),
        ("before i seed the test data, y", True),
        ("x the day before the test", False),
        ("x right before the test", False),
        ("x before the test at 14:00", False),
        ("x before monday's test", False),
        ("x before it fails", False),
        ("x before you restart it", False),
    ],
)
def test_beforehand_reads_only_a_deadline(said: str, found: bool) -> None:
    assert bool(beforehand.spans(said)) is found


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("Update my-api to 1.4.2 next Monday at 09:00", "next monday at 09:00"),
        ("apply the checkout update 1.2.0 in the Saturday 06:00 window", "saturday 06:00"),
        ("scale worker to 3 on Friday at 18:00", "friday at 18:00"),
        ("update frontend to 2.2.0 at 07:00 next Tuesday", "07:00 next tuesday"),
        ("restart orders saturday 23:00", "saturday 23:00"),
        ("restart postgres at 03:00 to apply the new settings", "03:00"),
        ("restart payments at 2am so it picks up the new secret", "2am"),
    ],
)
def test_a_time_said_is_awaited_as_said(shop: Operator, intent: str, awaits: str) -> None:
    p, _ = plans(shop, intent)
    assert awaits in (p.awaits or "").lower()


@pytest.mark.parametrize(
    "said",
    [
        "restart postgres at 03:00 to apply max_connections 200",
        "don't restart orders on saturday at 23:00",
        "restart orders at 03:00 to apply, unless payments is down",
    ],
)
def test_a_time_with_a_number_or_a_negation_still_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("intent", "expect"),
    [
        ("page us if payments has fewer than 2 ready pods", '"for": "5m"'),
        ("alert if my-api p95 latency goes over 500ms during the soak", '"for": "5m"'),
        ("alert me when postgres is down for more than 2 minutes", "< 1"),
        ("page us if checkout goes down for 3m", '"for": "3m"'),
        ("email me when orders uses more than 90% of its RAM", "limits"),
        ("ping us if payments uses over 80% of its memory for 10m", '"for": "10m"'),
    ],
)
def test_an_alert_is_planned_with_what_was_said(shop: Operator, intent: str, expect: str) -> None:
    p, body = plans(shop, intent)
    assert "PrometheusRule" in body
    assert expect in body
    assert not p.awaits


def test_an_unsaid_duration_and_a_receiver_are_said_in_the_risks(shop: Operator) -> None:
    p, _ = plans(shop, "email me when payments has fewer than 2 ready pods")
    assert any("no duration was said" in r for r in p.risks)
    assert any("Alertmanager" in r for r in p.risks)


@pytest.mark.parametrize(
    "said",
    [
        "alert if frontend has fewer than 2 ready pods for a while",
        "when payments is down, scale frontend to 3",
        "alert if frontend is down and restart it",
    ],
)
def test_an_alert_not_read_whole_still_asks(shop: Operator, said: str) -> None:
    asks(shop, said)
