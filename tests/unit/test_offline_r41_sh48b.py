"""Round 41, helper sh48b: attack48's backup, schedule and duration rows, as shapes.

- A Velero field said as ``key=value`` after a backup order ("ttl=240h", "snapshotVolumes=false",
  "name=pg-nightly") is that field or asked, never a label selector nor the Schedule's name; a
  selector the named workload's pods do not carry ("back up postgres …, app=orders") is asked;
  a cron after "schedule" is no name.
- Clock words read whole: "twenty past two" is 02:20, "twenty-five past four" 04:25, "every
  afternoon at 3" 15:00, "every night at 12" midnight, Velero and pg_dump alike.
- Cadences kept: "every other hour" is every 2 hours; pg_dump's CronJob is read against the
  cadence, days and zone said as Velero's Schedule is; "every 6 hours from 3am" lists the hours
  from 3.
- A step cron cannot keep ("every 45 minutes", "every 5 hours") is asked, as "every 90 minutes".
- Durations in two parts read whole: "a week and a half" (252h), "3 weeks and 2 days",
  "for an hour and a half" (90m), "every 1h30m", "2m30s", "a minute and a half".
- What the dump job would drop (its user, format, path, compression, retries, suspension, a
  flag) is asked, as "--include-cluster-resources" is for Velero.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _body(op: Operator, intent: str) -> str:
    return plans(op, intent)[1]


# (1) key=value after a backup order.
@pytest.mark.parametrize(
    ("intent", "ttl"),
    [
        ("back up postgres nightly, ttl=240h", "240h0m0s"),
        ("back up postgres every night at 1 (ttl=96h)", "96h0m0s"),
        ("snapshot postgres every 12 hours, ttl=48h", "48h0m0s"),
    ],
)
def test_a_ttl_said_as_key_value_is_the_ttl_of_the_workload_named(
    op: Operator, intent: str, ttl: str
) -> None:
    body = _body(op, intent)
    assert f'"ttl": "{ttl}"' in body
    assert '"app": "postgres"' in body
    assert '"postgres-shop"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "back up postgres nightly, snapshotVolumes=false",
        "back up postgres nightly, includeClusterResources=true",
        "back up postgres daily at 3, excludedResources=secrets",
        "back up postgres nightly, includedResources=pvc",
        "back up postgres nightly, storageLocation=dr",
        "back up postgres nightly, app=orders",
        "back up payments daily at 1, app=worker",
        "back up postgres nightly, include cluster resources",
        "back up postgres nightly --include-cluster-resources",
    ],
)
def test_a_velero_field_or_a_foreign_selector_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_name_said_as_key_value_names_the_schedule(op: Operator) -> None:
    body = _body(op, "back up postgres nightly, name=pg-nightly")
    assert '"name": "pg-nightly"' in body
    assert '"app": "postgres"' in body


def test_a_cron_after_schedule_is_no_name(op: Operator) -> None:
    body = _body(op, "back up postgres on schedule 30 1 * * *")
    assert '"schedule": "30 1 * * *"' in body
    assert '"name": "postgres-shop"' in body


# (2) Clock words.
@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("back up postgres daily at twenty past two", "20 2 * * *"),
        ("back up postgres daily at twenty to midnight", "40 23 * * *"),
        ("back up postgres daily at twenty-five past four", "25 4 * * *"),
        ("back up postgres nightly at thirty-five past one", "35 1 * * *"),
        ("back up postgres every afternoon at 3", "0 15 * * *"),
        ("back up postgres every afternoon at 2:30", "30 14 * * *"),
        ("snapshot postgres every afternoon at 4", "0 16 * * *"),
        ("back up postgres every night at 12", "0 0 * * *"),
        ("back up postgres every night at 12:30", "30 0 * * *"),
        ("back up postgres every evening at 7", "0 19 * * *"),
        ("back up postgres every night at 11", "0 23 * * *"),
        ("pg_dump postgres every afternoon at 3", "0 15 * * *"),
        ("pg_dump postgres every night at 12", "0 0 * * *"),
        ("pg_dump postgres daily at twenty past two", "20 2 * * *"),
    ],
)
def test_clock_words_are_read_whole(op: Operator, intent: str, cron: str) -> None:
    assert f'"schedule": "{cron}"' in _body(op, intent)


@pytest.mark.parametrize(
    "intent",
    ["back up postgres every afternoon at 9", "pg_dump postgres every afternoon at 10"],
)
def test_an_hour_the_part_of_the_day_cannot_hold_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) Cadences.
@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("back up postgres every other hour", "0 */2 * * *"),
        ("pg_dump postgres every other hour", "0 */2 * * *"),
        ("back up postgres every 6 hours from 3am", "0 3,9,15,21 * * *"),
        ("pg_dump postgres every 6 hours starting at 1am", "0 1,7,13,19 * * *"),
        ("back up postgres every 8 hours from 02:30", "30 2,10,18 * * *"),
        ("back up postgres every 6 hours", "0 */6 * * *"),
        ("back up postgres every 15 minutes", "*/15 * * * *"),
    ],
)
def test_a_cadence_is_kept(op: Operator, intent: str, cron: str) -> None:
    assert f'"schedule": "{cron}"' in _body(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "pg_dump postgres every other day",
        "pg_dump postgres every 3 days at 1am",
        "pg_dump postgres every 2 weeks",
        "pg_dump postgres every 2 months",
        "pg_dump postgres every other sunday at 3am",
        "pg_dump postgres on the 1st and 15th at 1am",
        "pg_dump postgres daily at 2am CET",
        "pg_dump postgres daily at 2am Europe/Paris",
        "pg_dump postgres nightly at 2am local time",
    ],
)
def test_a_dump_cronjob_that_cannot_say_the_cadence_or_zone_is_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


# (4) Steps that do not divide the hour or the day.
@pytest.mark.parametrize(
    "intent",
    [
        "back up postgres every 45 minutes",
        "back up postgres every 40 minutes",
        "back up postgres every 7 minutes",
        "back up postgres every 5 hours",
        "back up postgres every 9 hours",
        "back up postgres every 16 hours",
        "pg_dump postgres every 45 minutes",
        "pg_dump postgres every 10 hours",
        "back up postgres every 30 minutes from 9am",
    ],
)
def test_a_step_cron_cannot_keep_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) Durations in two parts.
@pytest.mark.parametrize(
    ("intent", "ttl"),
    [
        ("back up postgres nightly, keep for a week and a half", "252h0m0s"),
        ("back up postgres nightly, keep for a day and a half", "36h0m0s"),
        ("back up postgres now, keep it a day and a half", "36h0m0s"),
        ("back up postgres nightly, keep for 3 weeks and 2 days", "552h0m0s"),
        ("back up postgres nightly, keep for 1 year 6 months", "13080h0m0s"),
    ],
)
def test_a_retention_in_two_parts_is_read_whole(op: Operator, intent: str, ttl: str) -> None:
    assert f'"ttl": "{ttl}"' in _body(op, intent)


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("alert when payments has been down for an hour and a half", '"for": "90m"'),
        ("alert when payments has been down for a minute and a half", '"for": "90s"'),
        ("scrape my-api every 1h30m", '"interval": "90m"'),
        ("scrape my-api every 2m30s", '"interval": "150s"'),
        ("scrape my-api every minute and a half", '"interval": "90s"'),
        ("add monitoring to my-api, interval 1m30s", '"interval": "90s"'),
        ("scrape my-api every 3m0s", '"interval": "3m"'),
    ],
)
def test_a_duration_in_two_parts_is_read_whole(op: Operator, intent: str, value: str) -> None:
    assert value in _body(op, intent)


# (6) What a dump job would drop.
@pytest.mark.parametrize(
    "intent",
    [
        "pg_dump postgres daily at 2am as user admin",
        "pg_dump postgres daily at 2am with --format=custom",
        "pg_dump postgres nightly at 1, compressed",
        "pg_dump postgres daily at 2am, gzipped",
        "pg_dump postgres daily at 2am to /backups/pg",
        "pg_dump postgres daily at 2am into file shop.sql",
        "pg_dump postgres daily at 2am to s3://backups/pg",
        "pg_dump postgres daily at 2am, all databases",
        "pg_dump postgres daily at 2am, schema only",
        "pg_dump postgres daily at 2am, data only",
        "pg_dump postgres daily at 2am with 3 retries",
        "pg_dump postgres daily at 2am with storage class fast-ssd",
        "pg_dump postgres daily at 2am on a 50Gi volume",
        "pg_dump postgres daily at 2am, suspend it for now",
        "pg_dump postgres nightly at 3, paused",
        "take a pg_dump of postgres now as user admin",
    ],
)
def test_what_a_dump_job_would_drop_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("pg_dump postgres nightly at 2am", '"schedule": "0 2 * * *"'),
        ("take a pg_dump of postgres now", '"postgres-backup-once"'),
        ("back up postgres nightly at 2", '"schedule": "0 2 * * *"'),
        ("back up postgres daily at 02:00, keep 7 days", '"ttl": "168h0m0s"'),
        ("back up postgres daily at half past two", '"schedule": "30 2 * * *"'),
        ("alert when payments has been down for 5 minutes", '"for": "5m"'),
        ("scrape my-api every 30s", '"interval": "30s"'),
    ],
)
def test_look_alikes_still_plan(op: Operator, intent: str, value: str) -> None:
    assert value in _body(op, intent)
