"""Round 33, helper gap36c: blind36's misses in backup, ha, monitoring, resources, restart and
rollback, as shapes.

The shapes (blind36 opened as a gap list, /work/notes/w33/blind36-misses.txt): a Velero schedule
"every night at two thirty" ran at 02:00 (its spoken minutes dropped); the redis given "a second
replica on another node so it survives a node failure" was scaled to 3 (a relative count read as
the recommended 3, and a database's HA said without the word "available" not asked); a spoken
"one off pg_dump" read "take … off" as a delete, and "before Marco runs the blend migration" was
no event; "the fermentation-probe worker" read as a probe; "if the node goes we lose …" was no
failure (a bullet after words, "• payments → 3 replicas • topologySpreadConstraints on
hostname", is still no clause of its own: see below); "it hung twice tonight without
restarting" read as "no new pods" or a condition; "memory limit from 256Mi make it 768Mi" /
"from 256Mi down to 192Mi" read two limits; "put frontend back on 2.0.9 the new one broke the
booking calendar" read as a verdict on the order."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


def _body(op: Operator, intent: str) -> str:
    return plans(op, intent)[1]


# Backup: a schedule's minutes said as a word after the hour are kept.
@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        (
            "set up a velero schedule for the shop namespace every night at two thirty and keep "
            "them thirty days",
            '"30 2 * * *"',
        ),
        ("velero schedule for namespace shop daily at eleven forty five pm, ttl 14 days", "45 23"),
        ("schedule a velero backup of shop every sunday at four fifteen am, keep 7 days", "15 4"),
        ("back up namespace shop with velero every night at 1 30, keep 7 days", '"30 1 * * *"'),
        ("schedule a nightly pg_dump of postgres at one fifteen", '"15 1 * * *"'),
    ],
)
def test_a_spoken_clock_keeps_its_minutes(op: Operator, intent: str, cron: str) -> None:
    assert cron in _body(op, intent)


# Near misses: an amount after the hour is the retention, never minutes.
@pytest.mark.parametrize(
    ("intent", "cron", "ttl"),
    [
        ("velero schedule for namespace shop every night at two, thirty days retention", "0 2", ""),
        ("velero schedule for namespace shop nightly at 2, keep 30 days", '"0 2 * * *"', "720h"),
        ("velero schedule for namespace shop every night at half past two", '"30 2 * * *"', ""),
    ],
)
def test_an_amount_after_the_hour_is_no_minute(
    op: Operator, intent: str, cron: str, ttl: str
) -> None:
    body = _body(op, intent)
    assert cron in body
    assert ttl in body


# Backup: "one off" said apart is one-off, and someone named doing the event is its occasion.
@pytest.mark.parametrize(
    "intent",
    [
        "take a one off pg_dump of the vintage database postgres before Marco runs the blend "
        "migration",
        "take a one off pg_dump of postgres",
        "take a pg_dump of postgres before the DBA runs the migration",
        "take a pg_dump of postgres before Priya applies the new index",
    ],
)
def test_a_one_off_dump_before_someones_event_plans(op: Operator, intent: str) -> None:
    assert "apply job/postgres-backup-once in shop" in summaries(op, intent)


# Near misses: a part taken off a workload is still no backup; an event holding a clock or a
# change of the planner's own stays asked.
@pytest.mark.parametrize(
    "intent",
    [
        "take the envoy sidecar off orders",
        "back up postgres before Priya applies the schema change",
    ],
)
def test_one_off_near_misses_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# HA: a count said relative to what runs is that count, never the recommended 3.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "give the worker a second replica on another node so it survives a node failure",
            "scale deployment/worker in shop to 2 replicas",
        ),
        (
            "make worker highly available with another replica",
            "scale deployment/worker in shop to 2",
        ),
        ("give worker an extra pod so it survives a node failure", "to 2 replicas"),
        (
            "make worker highly available with one more replica",
            "scale deployment/worker in shop to 2",
        ),
        ("make payments highly available with a third replica", "deployment/payments in shop to 3"),
        ("make worker HA: double it", "scale deployment/worker in shop to 2"),
    ],
)
def test_a_relative_count_in_ha_is_read(op: Operator, intent: str, summary: str) -> None:
    planned = summaries(op, intent)
    assert any(summary in s for s in planned), planned
    assert not any("to 3 replicas" in s for s in planned) or "third" in intent, planned


# Near misses: an ordinal that does not follow what runs, or two relative counts, ask; a count
# said in digits and no count at all are as before.
@pytest.mark.parametrize(
    "intent",
    [
        "make payments highly available with a second replica",
        "make worker highly available with another replica and an extra pod",
    ],
)
def test_a_relative_count_that_does_not_fit_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("make worker HA with 3 replicas", "scale deployment/worker in shop to 3 replicas"),
        ("make worker highly available", "scale deployment/worker in shop to 3 replicas"),
    ],
)
def test_an_ha_count_said_or_left_out_stands(op: Operator, intent: str, summary: str) -> None:
    assert summary in summaries(op, intent)


# HA of a database chosen by any words (a failure survived, a single pod lost): asked.
@pytest.mark.parametrize(
    "intent",
    [
        "give the barrel redis the cache statefulset a second replica on another node so it "
        "survives a node failure",
        "make sure postgres survives a node failure",
        "scale postgres to 2 so it survives a node failure",
        "the cache statefulset is a single pod, if the node dies we lose it, make it two replicas",
        "give the cache sts another pod on a different node in case we lose a node",
    ],
)
def test_a_database_made_to_survive_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# Near misses: the same words of a stateless workload plan; a database laid out over zones too.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "the fermentation-probe worker worker is a single pod if the node goes we lose the "
            "tank readings make it two replicas",
            "scale deployment/worker in shop to 2 replicas",
        ),
        (
            "worker is a single pod, if the node goes we lose the queue, make it 2 replicas",
            "scale deployment/worker in shop to 2 replicas",
        ),
        ("make sure orders survives a node failure", "scale deployment/orders in shop to 3"),
        ("postgres HA: 3 replicas, one per zone", "scale statefulset/postgres in shop to 3"),
        # replicas and a spread asked for as said, with no failure to outlive (blind7)
        (
            "The redis of the cache statefulset is running as single pod; kindly make it 3 "
            "replicas spread over different nodes.",
            "scale statefulset/cache in shop to 3",
        ),
    ],
)
def test_a_stateless_workload_made_to_survive_plans(
    op: Operator, intent: str, summary: str
) -> None:
    planned = summaries(op, intent)
    assert any(s.startswith(summary) for s in planned), planned


# A hyphenated name's "probe" is no probe.
@pytest.mark.parametrize(
    ("intent", "needle"),
    [
        (
            "give the fermentation-probe worker worker requests of 250m cpu and 256 megabytes of "
            "memory",
            '"cpu": "250m"',
        ),
        ("set a 512Mi memory limit on the soil-probe worker worker", '"memory": "512Mi"'),
        ("autoscale the tank-probe worker (worker) between 1 and 5 at 70% cpu", '"maxReplicas": 5'),
    ],
)
def test_a_named_probe_is_no_probe(op: Operator, intent: str, needle: str) -> None:
    assert needle in _body(op, intent)


def test_a_probe_said_alone_still_asks_which(op: Operator) -> None:
    assert "readiness" in asks(op, "add a probe to worker on /healthz").question


# Bullets after words on one line: one order's items plan. (The lead, at the merge: gap36c read
# every such bullet as a comma, which made gap36a's way back said as a bullet, "• orders +2 for
# trade show week • revert after", a rollback of its own; gap36a's reading was kept, and two
# orders said as bullets, "• worker → 2 replicas • topologySpreadConstraints on hostname", are
# still asked which one — left for the next round.)
@pytest.mark.parametrize(
    ("intent", "kinds"),
    [
        ("ROAST-50 • hpa for payments • min 2 / max 6 • cpu 75%", {"apply"}),
    ],
)
def test_bullets_on_one_line_are_clauses(op: Operator, intent: str, kinds: set[str]) -> None:
    proposal, _ = plans(op, intent)
    assert {o.kind for o in proposal.operations} >= kinds


# Monitoring: a fault told with "without restarting" is the reason, no prohibition.
@pytest.mark.parametrize(
    "intent",
    [
        "add a liveness probe on /healthz to the ride api (my-api), it hung twice tonight without "
        "restarting",
        "add a liveness probe on /healthz to my-api, it hung twice last night without restarting",
        "add a liveness probe on /healthz to my-api, it got stuck twice without restarting",
        "add a liveness probe on /healthz to my-api, it froze this morning without ever restarting",
    ],
)
def test_a_fault_without_restarting_is_the_reason(op: Operator, intent: str) -> None:
    assert '"livenessProbe"' in _body(op, intent)


# Near misses: "without restarting" as the speaker's own condition still asks.
@pytest.mark.parametrize(
    "intent",
    [
        "add a liveness probe on /healthz to my-api without restarting it",
        "bump my-api memory limit to 512Mi without restarting",
    ],
)
def test_without_restarting_as_said_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# Resources: "from A make it B", "from A down / up to B" is the change from A to B.
@pytest.mark.parametrize(
    ("intent", "needle"),
    [
        (
            "catalogue API (my-api) memory limit from 256Mi make it 768Mi please",
            '"memory": "768Mi"',
        ),
        ("frontend memory limit from 256Mi down to 192Mi", '"memory": "192Mi"'),
        ("raise my-api memory limit from 256Mi up to 768Mi", '"memory": "768Mi"'),
        ("my-api cpu request from 100m, set it to 250m", '"cpu": "250m"'),
    ],
)
def test_from_a_make_it_b_is_a_change(op: Operator, intent: str, needle: str) -> None:
    body = _body(op, intent)
    assert needle in body
    assert "256Mi" not in json.dumps(json.loads(body)[0].get("patch"))


# Near miss: the value said to be had must be the one it has.
def test_from_a_value_it_does_not_have_asks(op: Operator) -> None:
    assert "256Mi now" in asks(op, "my-api memory limit from 512Mi make it 768Mi").question


# Rollback: a verdict with a subject of its own, unpunctuated after the order, is the reason.
@pytest.mark.parametrize(
    ("intent", "image"),
    [
        (
            "put the cellar door site frontend back on 2.0.9 the new one broke the booking "
            "calendar",
            "ghcr.io/acme/frontend:2.0.9",
        ),
        (
            "roll frontend back to 2.0.9 the new release broke the booking calendar",
            "ghcr.io/acme/frontend:2.0.9",
        ),
        (
            "take my-api back to 1.3.9 the latest build is leaking memory",
            "ghcr.io/acme/my-api:1.3.9",
        ),
    ],
)
def test_a_verdict_with_its_own_subject_leaves_the_order(
    op: Operator, intent: str, image: str
) -> None:
    assert image in _body(op, intent)


# Near misses: the order itself as the verdict's subject stays asked.
@pytest.mark.parametrize(
    "intent",
    [
        "update frontend to 2.2.0 caused the outage",
        "update frontend to 2.2.0 broke the booking calendar",
    ],
)
def test_an_order_as_the_subject_of_a_verdict_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# Restart (a sibling of the spoken schedule): a clock time said in words is never dropped from
# the wait — asked rather than made at once.
@pytest.mark.parametrize(
    "intent",
    [
        "restart payments at eleven thirty",
        "restart payments at eleven thirty tonight",
        "restart payments at eleven tonight",
        "restart payments at two pm",
        "roll orders at five fifteen in the morning",
    ],
)
def test_a_spoken_clock_on_a_one_off_change_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# Near misses: digits are waited on; a time told of the past is context.
@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("restart payments at 23:30 tonight", "at 23:30 tonight"),
        ("payments crashed at eleven thirty last night, restart it", ""),
    ],
)
def test_a_clock_in_digits_or_in_the_past_plans(op: Operator, intent: str, awaits: str) -> None:
    proposal, _ = plans(op, intent)
    assert (proposal.awaits or "") == awaits
