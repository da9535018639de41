"""Round 19 (times): when the change runs, said the way operators say it.

- a clock time said the military way ("2200Z", "0330 zulu", "1430h", "0600 UTC") is a clock
  time: waited on, never a count or a number the plan leaves unused; four bare digits ("port
  1430") stay a number;
- an event closing the order ("after the TLS certificate renewal", "when the freeze for the audit
  ends", "once the nightly import is done") is waited on, words set inside it included; a
  restart reads a rotation as past only when the words say so ("after yesterday's rotation",
  "needs to be restarted after …", "stale token after …");
- a time word naming a job ("the EOD settlement", "the end-of-day reconciliation job") is no
  time; "EOD" said as one ("scale … EOD", "in the EOD window") stays asked;
- a time inside a purpose ("so we can compare after the migration") or a past report ("went to
  1.1.0 yesterday") holds nothing back; the version reported is the one to leave;
- "through" before anything but a time is the way ("goes through frontend anyway"), no end;
- a recurring backup's event beside its clock time is why the time ("after the close, 17:00
  Mon-Fri"); "Mon-Fri", "business days", "trading days" are weekdays; with no clock time said
  ("every day after the batch") it is asked;
- "to get rid of the stale connections" is why a restart is made; "… of the orders table" asks.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, plans_awaiting

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("said", "summary", "awaits"),
    [
        (
            "scale payments to 4 at 2200Z",
            "scale deployment/payments in shop to 4 replicas",
            "2200Z",
        ),
        (
            "restart orders at 0330 zulu",
            "restart the pods of deployment/orders in shop",
            "0330 zulu",
        ),
        (
            # (my-api reads LOG_LEVEL from its own my-api-config: the change goes there.)
            "set LOG_LEVEL=debug on my-api at 1430h",
            "patch configmap/my-api-config in shop (merge)",
            "1430h",
        ),
        (
            "bump frontend to 2.1.1 at 0600 UTC",
            "deployment/frontend in shop to ghcr.io/acme/frontend:2.1.1",
            "0600 UTC",
        ),
        ("scale orders to 3 at 0900 local", "orders in shop to 3 replicas", "0900 local"),
        (
            "payments: zero pods at 2200Z",
            "scale deployment/payments in shop to 0 replicas",
            "2200Z",
        ),
    ],
)
def test_a_military_clock_time_is_waited_on(
    shop: Operator, said: str, summary: str, awaits: str
) -> None:
    plans_awaiting(shop, said, summary, awaits)


@pytest.mark.parametrize(
    "said",
    [
        "scale worker to 2 on port 1430",
        "scale worker to 1430",
        "restart worker at 1430",
        "restart worker in three hours",
    ],
)
def test_four_bare_digits_and_a_relative_delay_stay_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "summary", "awaits"),
    [
        (
            "bounce payments after the TLS certificate renewal",
            "restart the pods of deployment/payments in shop",
            "certificate renewal",
        ),
        (
            "update worker to 1.0.3 when the freeze for the audit ends",
            "deployment/worker in shop to ghcr.io/acme/worker:1.0.3",
            "freeze for the audit ends",
        ),
        (
            "after the cert rotation restart worker",
            "restart the pods of deployment/worker in shop",
            "cert rotation",
        ),
        (
            "after the node drain restart checkout",
            "restart the pods of deployment/checkout in shop",
            "node drain",
        ),
        (
            "after the ops brief, scale frontend to 4",
            "scale deployment/frontend in shop to 4 replicas",
            "ops brief",
        ),
        (
            "once the nightly import is done, restart postgres to get rid of the stale connections",
            "restart the pods of statefulset/postgres in shop",
            "nightly import",
        ),
    ],
)
def test_an_event_closing_the_order_is_waited_on(
    shop: Operator, said: str, summary: str, awaits: str
) -> None:
    plans_awaiting(shop, said, summary, awaits)


@pytest.mark.parametrize(
    "said",
    [
        "restart payments after yesterday's cert rotation",
        "payments needs to be restarted after the secret rotation",
        "after the kernel patch the worker pods need a restart",
        "the orders pods hold a stale token after the rotation, bounce them",
    ],
)
def test_a_rotation_told_as_past_is_why_a_restart_runs_now(shop: Operator, said: str) -> None:
    p, _ = plans(shop, said)
    assert not p.awaits, p.awaits


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        (
            "orders handles the EOD settlement; bump it to 4 replicas",
            "scale deployment/orders in shop to 4 replicas",
        ),
        (
            "give worker a 2Gi memory limit for the end-of-day reconciliation job",
            "patch deployment/worker in shop (strategic)",
        ),
        (
            "set REPORT_DIR=/data on worker for our COB report",
            "patch deployment/worker in shop (strategic)",
        ),
        (
            "back up postgres now so we can compare after the migration",
            "apply backup/postgres-shop-once in shop",
        ),
        (
            "scale worker to 3 so we can run the batch at 02:00",
            "scale deployment/worker in shop to 3 replicas",
        ),
        (
            "restart frontend so the team can test it tomorrow",
            "restart the pods of deployment/frontend in shop",
        ),
        (
            "checkout went to 1.1.0 yesterday and errors doubled, roll it back",
            "roll deployment/checkout in shop back to revision 1",
        ),
        (
            "only frontend may reach checkout, the mobile app goes through frontend anyway",
            "apply networkpolicy/checkout-allow-from-frontend in shop",
        ),
    ],
)
def test_a_time_naming_a_job_in_a_purpose_or_a_report_holds_nothing(
    shop: Operator, said: str, summary: str
) -> None:
    plans_awaiting(shop, said, summary, None)


@pytest.mark.parametrize(
    "said",
    [
        "scale worker to 4 EOD",
        "scale worker to 4 in the EOD window",
        "bump frontend to 2.1.1 with the release",
        "only my-api may reach postgres through friday",
        "restart postgres to get rid of the orders table",
        "back up postgres every day after the batch",
    ],
)
def test_a_time_said_as_one_or_a_destructive_purpose_stays_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "cron"),
    [
        ("back up postgres after the close, 17:00 Mon-Fri", "0 17 * * 1-5"),
        ("snapshot postgres every business day at 18:00", "0 18 * * 1-5"),
        ("back up postgres every trading day at 16:30", "30 16 * * 1-5"),
        ("back up postgres after the nightly batch, daily at 02:00", "0 2 * * *"),
        ("back up postgres mon to fri at 06:00", "0 6 * * 1-5"),
    ],
)
def test_a_recurring_backup_reads_its_days_and_the_event_beside_its_time(
    shop: Operator, said: str, cron: str
) -> None:
    p, _ = plans(shop, said)
    schedules = [o.manifest["spec"]["schedule"] for o in p.operations if o.kind == "apply"]
    assert schedules == [cron], schedules
    assert not p.awaits, p.awaits


def test_a_purpose_of_the_workload_itself_keeps_its_wait(shop: Operator) -> None:
    # "so it can …" is what the workload does then: the change may be meant for then too.
    p, _ = plans(shop, "restart orders so it can reconnect once the db is back")
    assert p.awaits == "once the db is back", p.awaits
