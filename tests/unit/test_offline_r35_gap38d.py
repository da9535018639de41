"""Round 35, helper gap38d: blind38's misses in restart, backup, ha and monitoring.

The shapes: logic's negation sign ("restart the cache StatefulSet, ¬ the cache Deployment")
was dropped as punctuation and both were restarted; a backup's cadence said in another language
("kila Jumapili 03:00", "todos los domingos 03:00") was not read and the lone time made a daily
schedule of a weekly one; a restart's reason naming a ConfigMap ("it must read the new
shared-config") was asked as a config change; a loose verb glossed as a restart ("kill the pods
of payments, I mean a rolling restart") and a kind of change refused alone after the order
("…, not delete") were asked; a sentence telling what others do tomorrow after the order was
read as a wait or a condition; "portal" was read as port "al"; "Sample-tracking API" as a
sample; a count of pods in brackets equal to what runs was asked about.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import schedules
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


def _schedule(op: Operator, intent: str) -> str:
    _, body = plans(op, intent)
    for operation in json.loads(body):
        manifest = operation.get("manifest") or {}
        if manifest.get("kind") in ("Schedule", "CronJob"):
            return str(manifest["spec"]["schedule"])
    raise AssertionError(body)


# (1) "¬" is "not": what it excludes is never changed.
@pytest.mark.parametrize(
    ("intent", "planned", "spared"),
    [
        (
            "restart exposure redis (cache StatefulSet), ¬ the sky-tile proxy (cache Deployment).",
            "statefulset/cache",
            "deployment/cache",
        ),
        (
            "restart the cache StatefulSet, ¬ the cache Deployment",
            "statefulset/cache",
            "deployment/cache",
        ),
        (
            "restart the cache deployment, ¬the cache statefulset",
            "deployment/cache",
            "statefulset/cache",
        ),
        (
            "scale cache deployment to 2, ¬ the cache statefulset",
            "deployment/cache",
            "statefulset/cache",
        ),
        ("restart payments ¬ worker", "deployment/payments", "deployment/worker"),
    ],
)
def test_the_negation_sign_excludes(op: Operator, intent: str, planned: str, spared: str) -> None:
    said = summaries(op, intent)
    assert any(planned in s for s in said), said
    assert not any(spared in s for s in said), said


def test_the_negation_sign_alone_is_no_order(op: Operator) -> None:
    asks(op, "¬ restart payments")


# (2) A backup's cadence in another language is read; a lone time beside unread words is asked.
@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("Velero schedule ya shop namespace kila Jumapili 03:00, keep 4 weeks", "0 3 * * 0"),
        ("velero schedule for shop todos los domingos 03:00", "0 3 * * 0"),
        ("velero schedule for shop kila wiki 03:00", "0 3 * * 0"),
        ("velero schedule for shop 03:00 kila Jumapili", "0 3 * * 0"),
        ("velero schedule for namespace shop minden vasárnap 03:00", "0 3 * * 0"),
        ("velero schedule for shop kila siku 03:00", "0 3 * * *"),
        ("velero schedule for namespace shop jumamosi 01:30", "30 1 * * 6"),
        ("Velero schedule of namespace shop jeden Sonntag 03:00, keep 4 weeks", "0 3 * * 0"),
        # Not changed: a time alone, or said with an English cadence, or a Taglish "daily".
        ("velero schedule for shop 03:00", "0 3 * * *"),
        ("velero schedule for shop at 03:00 UTC", "0 3 * * *"),
        ("velero schedule for shop every Sunday 03:00", "0 3 * * 0"),
        (
            "Paki-schedule ng Velero backup ng namespace shop araw-araw ng 04:00 po, keep 7 days.",
            "0 4 * * *",
        ),
    ],
)
def test_a_cadence_in_another_language_is_the_schedule(
    op: Operator, intent: str, cron: str
) -> None:
    assert _schedule(op, intent) == cron


@pytest.mark.parametrize(
    "intent",
    [
        "velero schedule for shop bla-bla 03:00",
        "velero schedule for namespace shop hver fjortende dag 03:00",
        "pg_dump cronjob for postgres, zweimal wöchentlich 01:00",
        # A count of runs a week or a month is no weekly or monthly schedule (made once before).
        "pg_dump cronjob for postgres, twice weekly 01:00",
        "velero schedule for shop three times weekly at 01:00",
        "velero schedule for shop twice monthly",
    ],
)
def test_a_lone_time_beside_unread_words_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_the_cadence_reader_is_pure() -> None:
    assert schedules.cron("kila jumapili 03:00") == "0 3 * * 0"
    assert schedules.cron("todas las noches a las 03:00") is not None
    with pytest.raises(Clarify):
        schedules.cron("velero schedule flurb 03:00")


# (3) A restart's reason naming the ConfigMap its pods read is the restart's, no config change.
@pytest.mark.parametrize(
    "intent",
    [
        "Restart the booking web (frontend), it must read the new shared-config.",
        "restart frontend, it must pick up the new shared-config",
        "bounce payments, it should reload payments-config",
        "restart frontend, they should see the new orders-config",
        "restart frontend so it reads the updated shared-config",
    ],
)
def test_a_restart_for_a_configmap_named(op: Operator, intent: str) -> None:
    said = summaries(op, intent)
    assert len(said) == 1, said
    assert "restart" in said[0], said


# Near misses: the ConfigMap without "new" (maybe to be wired in), or a restart not said: asked.
@pytest.mark.parametrize(
    "intent",
    ["restart frontend, it must read shared-config", "frontend must read the new shared-config"],
)
def test_a_configmap_read_without_a_restart_reason_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (4) A loose verb glossed as a restart is the restart; a kind refused alone is a prohibition.
@pytest.mark.parametrize(
    "intent",
    [
        "Kill the pods of the ticket payments (payments), I mean a rolling restart, not delete.",
        "kill the payments pods, i.e. a rolling restart, not a delete",
        "Kill the pods of payments, I mean a rolling restart.",
        "kill the pods of payments (rolling restart)",
        "delete the pods of payments, I mean a rolling restart",
        "bounce payments, I mean a rolling restart",
        "rolling restart of payments, not delete",
        "restart payments, not a deletion",
    ],
)
def test_a_restart_said_as_meant(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of deployment/payments in shop"]


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("scale worker to 0, not delete", "scale deployment/worker in shop to 0 replicas"),
        ("scale worker to 0, no deletes", "scale deployment/worker in shop to 0 replicas"),
        ("restart payments - no scaling", "restart the pods of deployment/payments in shop"),
    ],
)
def test_a_kind_refused_alone_beside_another(op: Operator, intent: str, planned: str) -> None:
    assert summaries(op, intent) == [planned]


@pytest.mark.parametrize(
    "intent",
    [
        "delete the pods of payments",
        "kill the pods of payments, i mean restart worker",
        "scale payments to 0, I mean a rolling restart",
        "bounce payments, I mean the service",
    ],
)
def test_a_gloss_naming_something_else_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A sentence after the order telling what others do then is context: no wait, no condition.
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "Make a velero backup of the whole shop namespace now, keep it 30 days. Tomorrow they "
            "renovate pipes in the east wing.",
            "backup/namespace-shop-once",
        ),
        (
            "Make a velero backup of the shop namespace now. Tomorrow the electricians come.",
            "backup/",
        ),
        (
            "restart payments now. Tomorrow they renovate pipes in the east wing.",
            "deployment/payments",
        ),
        ("restart payments. Tomorrow the auditors visit.", "deployment/payments"),
    ],
)
def test_a_later_event_told_is_no_wait(op: Operator, intent: str, planned: str) -> None:
    said, awaits = summaries_and_awaits(op, intent)
    assert any(planned in s for s in said), said
    assert awaits == ""


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments. Tomorrow we restart worker.",
        "restart payments. Tomorrow they deploy 3 new nodes.",
    ],
)
def test_a_later_sentence_with_an_order_or_number_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_the_order_said_for_tomorrow_still_waits(op: Operator) -> None:
    _, awaits = summaries_and_awaits(op, "restart payments tomorrow.")
    assert awaits.lower() == "tomorrow"


# (6) "portal" is no port.
@pytest.mark.parametrize(
    "intent",
    [
        "ServiceMonitor of farmers' portal frontend, port http, interval 15s",
        "ServiceMonitor ya farmers' portal frontend, port http, interval 15s",
        "servicemonitor for the portal frontend, port http, interval 15s",
        "ServiceMonitor for frontend, port: http, interval 15s",
        "ServiceMonitor for frontend, port=http",
    ],
)
def test_portal_is_no_port(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert '"port": "http"' in body
    assert '"al"' not in body


# (7) A hyphen glued to the next word is a compound, no trial's label.
@pytest.mark.parametrize(
    "intent",
    [
        "Sample-tracking API my-api: topologySpreadConstraints on hostname, maxSkew 1.",
        "Sample-tracking API my-api: readOnlyRootFilesystem true, runAsNonRoot true.",
        "Test-suite runner worker: scale to 3",
    ],
)
def test_a_compound_is_no_trial(op: Operator, intent: str) -> None:
    plans(op, intent)


@pytest.mark.parametrize("intent", ["test- scale worker to 3", "dry run: scale worker to 3"])
def test_a_trial_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (8) A count of pods in brackets equal to what runs is how things are.
@pytest.mark.parametrize(
    "intent",
    [
        "Protocol: PDB for LIMS web (frontend), minAvailable 2 (n = 3 replicas).",
        "PDB for frontend, minAvailable 2 (3 replicas).",
        "PDB for frontend, minAvailable 2 (currently 3 pods)",
    ],
)
def test_a_bracketed_live_count_is_no_value(op: Operator, intent: str) -> None:
    said = summaries(op, intent)
    assert said == ["apply poddisruptionbudget/frontend in shop"], said


@pytest.mark.parametrize(
    "intent",
    [
        "PDB for frontend, minAvailable 2 (5 replicas).",
        "PDB for worker, minAvailable 1 (n = 3 replicas).",
    ],
)
def test_a_bracketed_count_that_differs_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
