"""Words a plan read as something near them (round 11, helper aother, attack12): disk is never
memory; a database's high availability is not replicas; a vague "lock down" does not deny every
caller; a probe's command is the words said and its port one exposed, its new path the one after
the arrow; a time said that the plan cannot await exactly as meant asks; a calendar event stands
only as one future UTC start. The near misses must still plan."""

from __future__ import annotations

import datetime as dt

import pytest

from dotop_nb.planner.offline import misreads
from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    "said",
    [
        # disk, storage, volume, /tmp, heap: never memory
        "give postgres 20Gi of disk",
        "give postgres a 20Gi volume",
        "give orders 10Gi of storage",
        "give worker 2Gi of ephemeral storage",
        "give my-api 1Gi of /tmp",
        "give my-api 2Gi of heap",
        # a database's high availability
        "make postgres highly available",
        "make statefulset cache highly available",
        "postgres needs high availability",
        # a vague lock-down of a workload with callers
        "lock down payments",
        "lock down frontend",
        "isolate orders",
        # probes: the command said, the port exposed, the check said
        "add an exec liveness probe to worker: cat /tmp/healthy",
        "add an exec liveness probe to worker: test -f /tmp/healthy",
        "add a liveness probe to postgres that runs pg_isready",
        "add a liveness probe to worker that checks the process is running",
        "payments liveness probe on port 5432",
        "payments readiness probe http /healthz /ready",
        # times the plan cannot await exactly as meant
        "scale frontend to 10 any day but Friday",
        "scale orders to 4 every day except Sunday",
        "scale frontend to 10 at 17:00 PST",
        "restart payments at 9am EST",
        "scale frontend to 10 on Black Friday",
        "scale orders to 6 on Cyber Monday",
        "scale frontend to 10 @17h",
        "scale frontend to 10 at 25:00",
        "restart orders at 12:75",
        "scale frontend to 10 yesterday",
        "scale frontend to 10 on 2025-12-24",
        "scale frontend to 10 for the Friday sale",
        "restart payments during business hours",
        "restart payments at the quietest time",
        "restart payments 2026-02-30",
        "scale frontend to 5 (Sat)",
        "restart payments on Fri",
        "scale orders to 3 just for today",
        # calendar events
        "BEGIN:VEVENT\nSUMMARY:scale frontend to 5\nDESCRIPTION:do not apply before the load test"
        "\nDTSTART:20991204T220000Z\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:scale frontend to 5\nDTSTART;TZID=America/Los_Angeles:"
        "20991204T220000\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:scale frontend to 5\nDTSTART:20991204T220000Z\n"
        "RRULE:FREQ=WEEKLY;BYDAY=FR\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:scale frontend to 5\nDTSTART:20251204T220000Z\nEND:VEVENT",
        "BEGIN:VEVENT\nSUMMARY:scale frontend to 5\nDTEND:20991204T230000Z\nEND:VEVENT",
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:scale frontend to 5\nDTSTART:20991204T220000Z\n"
        "END:VEVENT\nBEGIN:VEVENT\nSUMMARY:scale frontend to 3\nDTSTART:20991205T060000Z\n"
        "END:VEVENT\nEND:VCALENDAR",
    ],
)
def test_a_misread_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "inside", "awaits"),
    [
        ("give postgres 2Gi of memory", '"memory": "2Gi"', None),
        ("set memory limit of my-api to 1Gi", '"memory": "1Gi"', None),
        ("scale postgres to 3", '"replicas": 3', None),
        ("deny all ingress to payments", "NetworkPolicy", None),
        ("lock down payments: only frontend may reach it", "frontend", None),
        ("add an exec liveness probe to worker: /tmp/healthy", '["/tmp/healthy"]', None),
        ("add an exec liveness probe to worker running /bin/check --ready", "--ready", None),
        ("readiness probe: /healthz → /ready for payments", '"/ready"', None),
        ("change the readiness probe path of payments from /healthz to /ready", '"/ready"', None),
        ("payments liveness probe on port 8080", "8080", None),
        ("give worker a readiness probe that checks port 9100", "9100", None),
        ("hpa for my-api 2-10 @ 70% cpu", "70", None),
        ("scale worker down to zero for the sale", '"replicas": 0', None),
        (
            "restart orders outside business hours, after 19:00",
            "orders",
            "after 19:00; outside business hours",
        ),
        ("restart orders off-peak", "orders", "off-peak"),
        ("scale frontend to 10 on Friday", '"replicas": 10', "on Friday"),
        ("scale frontend to 10 at 17:00", '"replicas": 10', "at 17:00"),
        ("restart payments at 22:00 UTC", "payments", "at 22:00 UTC"),
        ("scale frontend to 5 on 2099-12-05", '"replicas": 5', "on 2099-12-05"),
        ("scale frontend to 5 on Saturday", '"replicas": 5', "on Saturday"),
        (
            "BEGIN:VEVENT\nSUMMARY:scale frontend to 5\nDTSTART:20991204T220000Z\nEND:VEVENT",
            '"replicas": 5',
            "at 20991204T220000Z",
        ),
    ],
)
def test_a_near_miss_still_plans(
    shop: Operator, said: str, inside: str, awaits: str | None
) -> None:
    p, body = plans(shop, said)
    assert inside in body
    assert p.awaits == awaits


def test_a_calendar_start_is_past_by_the_clock_given() -> None:
    """The same event is ahead of one now and past another: only the second asks."""
    said = "BEGIN:VEVENT\nSUMMARY:x\nDTSTART:20261204T220000Z\nEND:VEVENT"
    before = dt.datetime(2026, 12, 3, tzinfo=dt.UTC)
    after = dt.datetime(2026, 12, 5, tzinfo=dt.UTC)
    assert misreads._ics(said, before) is None
    assert "already past" in (misreads._ics(said, after) or "")
