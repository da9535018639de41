"""Round 34, helper gap37d: blind37's misses in restart, backup, ha, monitoring and clarify.

The shapes: a schedule's clock time said with its minutes after a dot ("every night klo 01.30",
"daily at 1.30", "kl. 23.15") was read as the hour alone or not at all, and the backup was made
at another hour (02:00, 01:00); and a state told with the act it followed as a noun ("worker is
working ok again after the restart", "the restart fixed worker") restarted the workload.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


def _schedule(op: Operator, intent: str) -> str:
    _, body = plans(op, intent)
    for operation in json.loads(body):
        manifest = operation.get("manifest") or {}
        if manifest.get("kind") in ("Schedule", "CronJob"):
            return str(manifest["spec"]["schedule"])
    raise AssertionError(body)


# (1) A clock time with its minutes after a dot is that time, never the hour alone.
@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("Velero schedule for namespace shop every night klo 01.30, keep two weeks.", "30 1 * * *"),
        ("nightly velero backup of the shop namespace at 1.30, keep 7 days", "30 1 * * *"),
        ("velero schedule for namespace shop daily at 23.15", "15 23 * * *"),
        ("velero schedule for namespace shop daily kl. 02.45, keep 30 days", "45 2 * * *"),
        ("velero schedule for namespace shop daily at 3.15pm", "15 15 * * *"),
        ("velero schedule for namespace shop on sundays klo 04.00", "0 4 * * 0"),
        ("nightly velero backup of the shop namespace at 02:00, keep 7 days", "0 2 * * *"),
    ],
)
def test_a_dotted_clock_time_is_the_schedule(op: Operator, intent: str, cron: str) -> None:
    assert _schedule(op, intent) == cron


# A dotted time not read ("daily 01.30", "at 1.3", "01.30am") is asked, never the default hour.
@pytest.mark.parametrize(
    "intent",
    [
        "velero schedule for namespace shop daily 01.30",
        "velero schedule for namespace shop daily at 1.3",
        "velero schedule for namespace shop daily 01.30am",
    ],
)
def test_a_dotted_time_not_read_is_asked(op: Operator, intent: str) -> None:
    assert "time" in asks(op, intent).question


# (2) A state told since an act done (the act a noun) is a report: nothing is restarted.
@pytest.mark.parametrize(
    "intent",
    [
        "Kiitos, kiln-sensor worker worker is working ok again after the restart.",
        "worker is fine again after the restart.",
        "thanks, worker works again after the restart",
        "worker is healthy since the restart",
        "worker came back after the restart",
        "worker is working again after restart",
        "Kiitos, worker is ok after reboot.",
        "frontend is stable since yesterday's rollback",
        "payments runs fine following the upgrade, thanks",
        "the restart fixed worker",
        "the rollback did the trick for checkout",
    ],
)
def test_a_state_since_an_act_done_is_no_order(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# Near misses: the order beside such a report, or a restart asked as a noun, stays planned.
@pytest.mark.parametrize(
    "intent",
    [
        "payments is slow since the upgrade, restart it",
        "worker is stuck again after the restart, please restart it",
        "worker keeps crashing after restart, please bounce it",
        "worker needs a restart",
        "the restart of worker, please",
    ],
)
def test_an_order_beside_a_state_since_an_act_stays_planned(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of deployment/worker in shop"] or summaries(
        op, intent
    ) == ["restart the pods of deployment/payments in shop"]


# (3) A workload only forbidden after a bare order is never its target: the order's is the one
# the report before it names.
@pytest.mark.parametrize(
    "intent",
    [
        "Forest owner payments payments hangs again, please rolling restart. Don't touch timber "
        "web shop frontend.",
        "payments hangs again, please rolling restart. Don't touch frontend.",
        "payments hangs again, restart please. do not restart orders.",
        "the forest owner payments (payments) hangs again, please rolling restart. Don't touch "
        "orders.",
        "owner payments payments hangs again, please rolling restart. Don't touch orders.",
    ],
)
def test_a_workload_only_forbidden_is_no_target(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of deployment/payments in shop"]


# Near misses: the prohibition said before the order refers ("it") to what it names.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "don't delete the worker deployment, just scale it down to 0",
            "scale deployment/worker in shop to 0 replicas",
        ),
        (
            "don't restart frontend. scale it to 4",
            "scale deployment/frontend in shop to 4 replicas",
        ),
    ],
)
def test_a_prohibition_before_its_order_is_its_antecedent(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


# (4) A list of workloads each said with its nickname before its name.
@pytest.mark.parametrize(
    ("intent", "names"),
    [
        ("Restart kiln-sensor worker worker and plank orders orders.", ["worker", "orders"]),
        (
            "restart the plank orders, kiln-sensor worker worker and forest owner payments "
            "payments",
            ["orders", "worker", "payments"],
        ),
        ("restart van-tracking worker and cash orders", ["worker", "orders"]),
    ],
)
def test_a_list_of_nicknamed_workloads(op: Operator, intent: str, names: list[str]) -> None:
    assert summaries(op, intent) == [f"restart the pods of deployment/{n} in shop" for n in names]


# Near misses: an item hedged or negated is no nickname.
@pytest.mark.parametrize(
    "intent",
    ["restart worker and maybe orders", "restart worker and possibly orders"],
)
def test_a_hedged_item_is_no_nickname(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (5) "Nothing else" beside one kind of change on workloads each named is beyond them.
@pytest.mark.parametrize(
    ("intent", "summaries_"),
    [
        (
            "restart my-api and payments. Nothing else.",
            [
                "restart the pods of deployment/my-api in shop",
                "restart the pods of deployment/payments in shop",
            ],
        ),
        (
            "Task: restart route API my-api and ATM settlement payments. Nothing else.",
            [
                "restart the pods of deployment/my-api in shop",
                "restart the pods of deployment/payments in shop",
            ],
        ),
        (
            "restart kiln-sensor worker worker and plank orders orders. No other restarts.",
            [
                "restart the pods of deployment/worker in shop",
                "restart the pods of deployment/orders in shop",
            ],
        ),
        (
            "scale my-api and payments to 3, nothing else",
            [
                "scale deployment/my-api in shop to 3 replicas",
                "scale deployment/payments in shop to 3 replicas",
            ],
        ),
    ],
)
def test_nothing_else_beside_each_named(op: Operator, intent: str, summaries_: list[str]) -> None:
    assert summaries(op, intent) == summaries_


# Near miss: a set a label selects is not each named: "nothing else" is still asked.
def test_nothing_else_beside_a_selected_set_asks(op: Operator) -> None:
    assert (
        "nothing else" in asks(op, "scale all tier=backend deployments to 2, nothing else").question
    )


# (6) A noun that qualifies the noun after it is no kind: "route API my-api" is my-api.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart route API my-api", "restart the pods of deployment/my-api in shop"),
        (
            "Task: scale route API my-api to 6. Execute.",
            "scale deployment/my-api in shop to 6 replicas",
        ),
        ("restart the queue consumer worker", "restart the pods of deployment/worker in shop"),
    ],
)
def test_a_qualifying_noun_is_no_kind(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# Near misses: the kind right before the name is still asked.
@pytest.mark.parametrize("intent", ["restart route my-api", "scale pvc my-api to 3"])
def test_a_kind_before_the_name_is_asked(op: Operator, intent: str) -> None:
    assert "not a kind of workload" in asks(op, intent).question


# (7) "X must not restart (during …)": a prohibition said intransitively, never a target.
@pytest.mark.parametrize(
    "intent",
    [
        "blocking: restart the learner web app (frontend) and nothing else. The tutor-booking "
        "service (orders) must not restart during bookings.",
        "restart frontend. orders must not restart during bookings.",
        "restart frontend. orders must not restart.",
        "restart frontend. orders must not be restarted.",
    ],
)
def test_a_workload_that_must_not_restart(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of deployment/frontend in shop"]


def test_a_workload_that_must_not_restart_is_asked_when_restarted(op: Operator) -> None:
    assert "must not restart" in asks(op, "restart orders. orders must not restart.").question


# (8) Another workload said to stay up beside a restart of a one-replica StatefulSet.
@pytest.mark.parametrize(
    "intent",
    [
        "restart the dispatch redis, the cache sts. the diagram proxy stays up",
        "restart the cache sts. the cache proxy stays up",
    ],
)
def test_another_workload_stays_up(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of statefulset/cache in shop"]


@pytest.mark.parametrize(
    "intent",
    ["restart the cache sts. it stays up", "restart the cache statefulset, cache stays up"],
)
def test_the_restarted_one_replica_statefulset_stays_up_is_asked(op: Operator, intent: str) -> None:
    assert "cannot keep serving" in asks(op, intent).question


# (9) Taglish: a Filipino particle after a name is the sentence going on, and its words for
# adding, taking away and not touching are read as those (never a count set, never dropped).
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Yung seat-lock worker (worker) isa lang yung pod, pag namatay yung node down lahat. "
            "Gawing 2 replicas po.",
            "scale deployment/worker in shop to 2 replicas",
        ),
        (
            "Dagdag 2 replicas sa booking site (frontend) po, ang daming nagbo-book.",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        (
            "dagdagan ng 2 replicas yung frontend po",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        ("bawasan ng 1 replica yung frontend", "scale deployment/frontend in shop to 2 replicas"),
        (
            "Yung seat-lock worker (worker), gawing three replicas po. Wag galawin yung seat redis "
            "(cache sts).",
            "scale deployment/worker in shop to 3 replicas",
        ),
    ],
)
def test_taglish_particles_and_verbs(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# Near miss: an amount taken away from a limit the workload does not have is asked.
def test_taglish_reduce_by_without_a_value_is_asked(op: Operator) -> None:
    assert asks(op, "bawasan ng 128Mi ang memory limit ng worker").question


# (10) "daily at 0300": four digits after "at" that the schedule runs at are that time, used.
@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("Task: Velero schedule, namespace shop, daily at 0300, retention 30 days.", "0 3 * * *"),
        ("velero schedule for namespace shop every night at 0130, keep 7 days", "30 1 * * *"),
    ],
)
def test_a_four_digit_time_the_schedule_runs_at(op: Operator, intent: str, cron: str) -> None:
    assert _schedule(op, intent) == cron
