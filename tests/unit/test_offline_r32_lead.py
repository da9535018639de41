"""Round 32, the lead: mends made at the merge.

- "prometheus metrics for the fan app site (frontend)" (blind28, planned) was asked as a name
  with no verb once the nickname resolved: the rule of round 22 ("metrics for payments",
  "payments prometheus" say no change) read every word as a noun. The system that scrapes,
  named with what it gathers and for whom, is a request, as "an HPA for my-api" is
  (:mod:`.described`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import deletes, question_for, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("prometheus metrics for the fan app site (frontend)", "frontend"),
        ("prometheus metrics for frontend", "frontend"),
        ("Prometheus metrics for payments, please", "payments"),
        ("prometheus scraping for my-api", "my-api"),
        # (checkout has no Service: its pods are scraped.)
        ("prometheus monitoring of checkout", "checkout"),
    ],
)
def test_prometheus_metrics_for_a_workload_is_a_monitor(
    op: Operator, intent: str, target: str
) -> None:
    kind = "podmonitor" if target == "checkout" else "servicemonitor"
    assert summaries(op, intent) == [f"apply {kind}/{target} in shop"]


@pytest.mark.parametrize(
    "intent",
    ["metrics for payments", "payments prometheus", "payments prometheus metrics"],
)
def test_metrics_named_without_what_to_set_up_still_ask(op: Operator, intent: str) -> None:
    assert "no verb" in question_for(op, intent)


# "Lebaran promo only, worker 4 pods, after promo finish go back 2": the wait read was the way
# back with its count, so the plan scaled worker to 4 once the promo had ended (:mod:`.durations`).
@pytest.mark.parametrize(
    "intent",
    [
        "Lebaran promo only, worker 4 pods, after promo finish go back 2 ya",
        "for the sale week only put worker on 6 pods, after the sale return 2",
        "For Tet week only, payments put 6 pods, after Tet return 2 for me.",
    ],
)
def test_the_way_back_to_a_count_after_an_event_is_asked(op: Operator, intent: str) -> None:
    assert "undone" in question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        # (asked before, by the reader of conditions: it stays a question)
        "scale frontend to 6 for the launch, after the launch it goes back to 3",
        "worker to 4 pods, after the promo scale it back to 1",
        "payments to 6 pods, after the sale go back to 2",
    ],
)
def test_other_ways_back_after_an_event_stay_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "scale worker to 4 after the sale",
            "scale deployment/worker in shop to 4 replicas",
            "after the sale",
        ),
        (
            "after the freeze scale worker to 4",
            "scale deployment/worker in shop to 4 replicas",
            "after the freeze",
        ),
        (
            "restart worker after the migration returns 200",
            "restart the pods of deployment/worker in shop",
            "after the migration returns 200",
        ),
    ],
)
def test_a_start_said_after_an_event_still_waits(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    assert summaries_and_awaits(op, intent) == ([summary], awaits)


# Round 10 planned "give postgres high availability with 3 replicas" as a scale; since gap35b
# (round 32) a database made highly available by a count said alone is asked: its extra pods
# are empty, independent databases unless it replicates (blind35's label, written blind).
@pytest.mark.parametrize(
    "intent",
    [
        "give postgres high availability with 3 replicas",
        "make postgres highly available, 2 replicas",
    ],
)
def test_a_database_made_ha_by_a_count_alone_is_asked(op: Operator, intent: str) -> None:
    assert "empty independent databases" in question_for(op, intent)


def test_a_database_scaled_by_its_count_still_plans(op: Operator) -> None:
    assert summaries(op, "scale postgres to 2") == [
        "scale statefulset/postgres in shop to 2 replicas"
    ]


# attack37: "restart everything in shop; redis stays" restarted the cache StatefulSet alone —
# the set said with its namespace went unread, and the one workload named, the one left out,
# was the target (:func:`.leftout.set_said`).
@pytest.mark.parametrize(
    "intent",
    [
        "restart everything in shop; redis stays",
        "restart all deployments in shop; worker stays",
        "restart everything in shop; postgres stays",
        "scale all deployments in shop to 2, worker excluded",
        "restart every deployment in the shop namespace, worker untouched",
    ],
)
def test_a_set_said_with_its_namespace_never_targets_the_one_left_out(
    op: Operator, intent: str
) -> None:
    assert question_for(op, intent)


def test_a_label_set_in_the_namespace_leaves_out_the_one_excepted(op: Operator) -> None:
    planned = summaries(op, "restart all tier=backend deployments in shop except worker")
    assert planned
    assert all("worker" not in s for s in planned)
    assert "restart the pods of deployment/payments in shop" in planned


# attack37: a count of restarts said with no separator after the name, or before "!", was the
# verb: "worker 8 restarts overnight" restarted worker overnight; "15 restarts overnight! set
# LOG_LEVEL=debug on my-api" restarted my-api and dropped the change (:mod:`.described`,
# :mod:`.observed`).
@pytest.mark.parametrize(
    "intent",
    ["worker 8 restarts overnight", "payments 4 restarts today", "the worker 3 restarts so far"],
)
def test_a_count_of_restarts_after_a_name_is_no_order(op: Operator, intent: str) -> None:
    assert "a count of what happened" in question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "15 restarts overnight! set LOG_LEVEL=debug on my-api",
            "patch configmap/my-api-config in shop (merge)",
        ),
        (
            "9 restarts today! scale payments to 4",
            "scale deployment/payments in shop to 4 replicas",
        ),
        ("scale payments to 4! thanks", "scale deployment/payments in shop to 4 replicas"),
        ("restart worker! now!", "restart the pods of deployment/worker in shop"),
    ],
)
def test_a_count_before_an_exclamation_is_context(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# attack37: held heads the table missed ("hang on:", "park this:", "pause on this:", "hold your
# horses:", "keep on hold:") planned the order now (:mod:`.hazards`).
@pytest.mark.parametrize(
    "intent",
    [
        "hang on: bump payments to 3.1.0",
        "park this: scale payments to 4",
        "pause on this: restart worker",
        "hold your horses: restart worker",
        "keep on hold: scale payments to 4",
        "yep, on hold: restart worker",
    ],
)
def test_an_order_held_by_its_head_is_asked(op: Operator, intent: str) -> None:
    assert "withdrawn" in question_for(op, intent)


# attack37: a precondition said as a verb closed by a colon, or last ("Depends on PR #12: …",
# "… Gated on CI.") acted now (:mod:`.waits`).
@pytest.mark.parametrize(
    "intent",
    [
        "Depends on PR #12: scale payments to 4",
        "Waiting on bob: switch frontend to 2.2.0",
    ],
)
def test_a_precondition_verb_before_a_colon_is_asked(op: Operator, intent: str) -> None:
    assert "wait for" in question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("bump payments to 3.1.0. Gated on CI.", "after CI"),
        ("Gated on CI: restart worker", "after CI"),
        ("scale payments to 4. Depends on the db migration.", "after the db migration"),
    ],
)
def test_a_precondition_verb_said_last_is_waited_on(op: Operator, intent: str, awaits: str) -> None:
    planned, waits = summaries_and_awaits(op, intent)
    assert len(planned) == 1
    assert waits == awaits


# Found by fix1 (present on the round's start): "delete postgres (svc)" deleted the StatefulSet
# too — the bracket was dropped as a description, leaving "delete postgres" (:mod:`.aliases`).
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("delete postgres (service)", {"Service/postgres"}),
        ("delete postgres (svc)", {"Service/postgres"}),
        ("delete postgres (database service)", {"Service/postgres"}),
        ("delete payments (svc)", {"Service/payments"}),
        ("remove payments (the service)", {"Service/payments"}),
    ],
)
def test_a_kind_in_brackets_in_a_delete_is_the_object_alone(
    op: Operator, intent: str, gone: set[str]
) -> None:
    assert deletes(op, intent) == gone


def test_a_gloss_ending_in_service_outside_a_delete_is_still_a_gloss(op: Operator) -> None:
    assert summaries(op, "restart payments (payment service)") == [
        "restart the pods of deployment/payments in shop"
    ]


# attack37: report heads with a place or "live" ("already live: …", "deployed to prod: …") and
# "… is rolled out already" planned the change again (:mod:`.noorder`, :mod:`.results`).
@pytest.mark.parametrize(
    "intent",
    [
        "already live: roll back checkout",
        "deployed to prod: bump payments to 3.1.0",
        "live now: scale payments to 4",
        "released to staging: switch frontend to 2.2.0",
        "scale payments to 4 is rolled out already",
    ],
)
def test_a_report_said_with_where_it_went_is_no_order(op: Operator, intent: str) -> None:
    assert "report" in question_for(op, intent)


# attack37: the workload named before what is seen of it, as a head ("my-api x7 traffic: give
# it more" scaled to 14; "payments keeps 5 replicas: give it more" to 5): what is seen goes, the
# name stays the order's topic (:mod:`.observed`).
@pytest.mark.parametrize(
    "intent",
    ["my-api x7 traffic: give it more", "payments keeps 5 replicas: give it more"],
)
def test_what_is_seen_of_a_named_workload_is_no_count(op: Operator, intent: str) -> None:
    assert "How many replicas" in question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("my-api x7 traffic: scale it to 6", "scale deployment/my-api in shop to 6 replicas"),
        (
            "payments 7 restarts today: scale it to 4",
            "scale deployment/payments in shop to 4 replicas",
        ),
        ("payments: scale to 4", "scale deployment/payments in shop to 4 replicas"),
    ],
)
def test_an_order_after_what_is_seen_of_its_workload_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]
