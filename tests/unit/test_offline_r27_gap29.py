"""Round 27, helper gap29: blind29's misses (asks where a plan was expected), by shape.

(1) A sentence's full stop after a value ("a request of 200m.", "(ghcr.io/…:2.9.0).") and a
value said as "128Mi -> 256Mi" / "to" (the value now, then the one to write); (2) "to version
2.9.0" after a verb of going back is where it goes; (3) "Plese" is "please", never a person
addressed; (4) an alert on pods that "have not been ready for 10 minutes"; (5) "servers" as the
nodes a spread is over; (6) "stop anything except X from reaching Y" as "only X may reach Y";
(7) "orders itself must keep running" beside the delete of its PDB: the workload kept; (9) "keep
at least one running at all times": a budget's floor, the pods left out; (10) a time said in
words after a pasted kubectl command; (11)-(16) below. The nearest phrasings that must still ask,
ask. (No (8): a target said in its own sentence stays asked, test_offline_r25_values.)"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(300)


def _ops(op: Operator, intent: str) -> tuple[list[str], str, str | None]:
    proposal, body = plans(op, intent)
    return [o.summary() for o in proposal.operations], body, proposal.awaits


# (1) A full stop or bracket after a value, and "A -> B" / "A to B" of one quantity.
@pytest.mark.parametrize(
    ("intent", "target", "values"),
    [
        (
            "The x-ray cache proxy (the cache Deployment) needs more CPU: a request of 200m.",
            "deployment/cache",
            ['"requests"', '"cpu": "200m"'],
        ),
        (
            "the worker needs more memory: a limit of 1Gi.",
            "deployment/worker",
            ['"limits"', '"memory": "1Gi"'],
        ),
        (
            "Remark fees (payments) memory request 128Mi -> 256Mi.",
            "deployment/payments",
            ['"requests"', '"memory": "256Mi"'],
        ),
        ("payments memory request 128Mi to 256Mi", "deployment/payments", ['"memory": "256Mi"']),
        (
            "Please make rollback of payments to version 2.9.0 (ghcr.io/acme/payments:2.9.0).",
            "deployment/payments",
            ["ghcr.io/acme/payments:2.9.0"],
        ),
        (
            "update frontend (ghcr.io/acme/frontend:2.2.0).",
            "deployment/frontend",
            ["ghcr.io/acme/frontend:2.2.0"],
        ),
    ],
)
def test_a_value_before_a_full_stop_or_said_from_to_plans(
    op: Operator, intent: str, target: str, values: list[str]
) -> None:
    summaries, body, _ = _ops(op, intent)
    assert len(summaries) == 1
    assert target in summaries[0]
    for value in values:
        assert value in body
    assert '"memory": "128Mi"' not in body


# (2) "to version X" after a verb of going back: where it goes back to.
@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("rollback payments to version 2.9.0", "ghcr.io/acme/payments:2.9.0"),
        ("please make rollback of payments to version 2.9.0", "ghcr.io/acme/payments:2.9.0"),
        ("back out payments to version 2.9.4", "ghcr.io/acme/payments:2.9.4"),
    ],
)
def test_going_back_to_a_version_said_with_its_word_plans(
    op: Operator, intent: str, image: str
) -> None:
    summaries, _, _ = _ops(op, intent)
    assert summaries == [
        f"set image of container payments in deployment/payments in shop to {image}"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "back out payments 2.9.4",  # the version undone, not the one to go to
        "roll back the upgrade to version 3.1.0 on payments",  # the upgrade's version
    ],
)
def test_the_version_of_the_change_undone_still_asks(op: Operator, intent: str) -> None:
    assert "go back to" in (asks(op, intent).question or "")


# (3) "please" mistyped is no addressee; a name still is.
@pytest.mark.parametrize(
    "intent",
    [
        "Plese add ServiceMonitor for payments.",
        "Pleas scale frontend to 4",
        "Plesae restart payments",
    ],
)
def test_please_mistyped_is_no_addressee(op: Operator, intent: str) -> None:
    plans(op, intent)


@pytest.mark.parametrize(
    "intent", ["Bob add ServiceMonitor for payments.", "Pete, restart payments"]
)
def test_a_name_addressed_still_asks(op: Operator, intent: str) -> None:
    assert "addressed to" in (asks(op, intent).question or "")


# (4) Pods that have not been ready for a while: the alert on ready pods.
@pytest.mark.parametrize(
    ("intent", "duration"),
    [
        (
            "Could you add an alert for when the fines payments (payments) pods have not been "
            "ready for 10 minutes?",
            "10m",
        ),
        ("alert me when checkout pods haven't been ready for 5 minutes", "5m"),
        ("add an alert if payments pods have been unready for 15m", "15m"),
    ],
)
def test_an_alert_on_pods_not_ready_said_in_the_perfect_plans(
    op: Operator, intent: str, duration: str
) -> None:
    summaries, body, _ = _ops(op, intent)
    assert len(summaries) == 1
    assert "prometheusrule/" in summaries[0]
    assert f'"for": "{duration}"' in body


# (5) Servers are the nodes a spread is over.
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("Please spread card payments (payments) over different servers.", "payments"),
        ("put frontend pods on separate servers", "frontend"),
        ("spread orders over the servers", "orders"),
    ],
)
def test_a_spread_over_servers_is_over_nodes(op: Operator, intent: str, name: str) -> None:
    summaries, body, _ = _ops(op, intent)
    assert summaries == [f"patch deployment/{name} in shop (strategic)"]
    assert "kubernetes.io/hostname" in body


# (6) "stop anything except X from reaching Y": only X may reach Y.
@pytest.mark.parametrize(
    ("intent", "guarded", "allowed"),
    [
        (
            "Please stop anything except the booking website (frontend) from reaching the "
            "appointments API (my-api).",
            "my-api",
            "frontend",
        ),
        ("block everything except frontend from reaching my-api", "my-api", "frontend"),
        ("stop all traffic except checkout from calling payments", "payments", "checkout"),
    ],
)
def test_everything_stopped_except_one_source_is_an_allow_list(
    op: Operator, intent: str, guarded: str, allowed: str
) -> None:
    summaries, body, _ = _ops(op, intent)
    assert summaries == [f"apply networkpolicy/{guarded}-allow-from-{allowed} in shop"]
    assert f'"podSelector": {{"matchLabels": {{"app": "{guarded}"}}}}' in body


@pytest.mark.parametrize(
    "intent",
    [
        # two guarded in one sentence: one policy would let the other in
        "stop anything except frontend from reaching my-api and payments",
        # a second order beside the exception
        "block everything except frontend from reaching my-api, and restart worker",
    ],
)
def test_an_exception_with_more_than_one_rule_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) The workload said to keep running beside the delete of its PDB.
@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        (
            "Please remove the disruption budget on interlibrary loan requests (orders), it "
            "blocks node drains. Orders itself must keep running.",
            {"PodDisruptionBudget/orders"},
        ),
        ("delete the pdb of orders. orders must keep running", {"PodDisruptionBudget/orders"}),
        ("delete the payments service, the deployment must keep running", {"Service/payments"}),
    ],
)
def test_the_workload_kept_running_beside_a_delete_plans(
    op: Operator, intent: str, deleted: set[str]
) -> None:
    assert deletes(op, intent) == deleted


def test_the_deleted_workload_said_to_keep_running_asks(op: Operator) -> None:
    asks(op, "delete worker, worker must keep running")


# (9) "keep at least one running at all times": the budget's floor.
@pytest.mark.parametrize(
    ("intent", "name", "floor"),
    [
        (
            "If a server dies I don't want the appointments API (my-api) to go down, keep at "
            "least one running at all times.",
            "my-api",
            1,
        ),
        ("payments must not go down: keep at least 1 running always", "payments", 1),
        ("keep at least 2 running at all times for frontend", "frontend", 2),
    ],
)
def test_a_floor_kept_at_all_times_is_a_budget(
    op: Operator, intent: str, name: str, floor: int
) -> None:
    summaries, body, _ = _ops(op, intent)
    assert summaries == [f"apply poddisruptionbudget/{name} in shop"]
    assert f'"minAvailable": {floor}' in body


# (10) A time said after a pasted kubectl command: when to run it.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "kubectl rollout undo deployment/checkout after the taproom closes at 23:00",
            "roll deployment/checkout in shop back to revision 1",
            "23:00",
        ),
        (
            "kubectl scale deploy/worker --replicas=0 after 22:00",
            "scale deployment/worker in shop to 0 replicas",
            "22:00",
        ),
        (
            "kubectl rollout restart deploy/payments tonight",
            "restart the pods of deployment/payments in shop",
            "tonight",
        ),
    ],
)
def test_a_time_after_a_pasted_command_is_awaited(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    summaries, _, waited = _ops(op, intent)
    assert summaries == [summary]
    assert waited
    assert awaits in waited


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl scale deploy/worker --replicas=0 after 22:00 --namespace prod",
        "kubectl delete deploy/worker after 22:00",
    ],
)
def test_a_pasted_command_with_a_time_still_asks_what_it_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_pasted_command_alone_plans_now(op: Operator) -> None:
    summaries, _, waited = _ops(op, "kubectl rollout undo deployment/checkout")
    assert summaries == ["roll deployment/checkout in shop back to revision 1"]
    assert not waited


# (11) A description ending in "requests" before the workload's name in brackets: the
# workload, never a resource request (unless only a resource word stands before it).
@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        (
            "Please double interlibrary loan requests (orders); the ILL backlog from the county "
            "stores is growing.",
            4,
        ),
        ("Remark requests (orders) 2 -> 5 for the remark window.", 5),
        ("double loan requests (orders)", 4),
    ],
)
def test_a_description_of_what_a_workload_takes_in_names_it(
    op: Operator, intent: str, replicas: int
) -> None:
    summaries, _, _ = _ops(op, intent)
    assert summaries == [f"scale deployment/orders in shop to {replicas} replicas"]


def test_a_resource_request_beside_a_name_in_brackets_stays_a_request(op: Operator) -> None:
    summaries, body, _ = _ops(op, "set memory requests (payments) to 256Mi")
    assert summaries == ["patch deployment/payments in shop (strategic)"]
    assert '"requests": {"memory": "256Mi"}' in body


# (12) A one-off backup before an event said first, with the event's day.
def test_the_day_of_an_event_said_first_is_no_backup_schedule(op: Operator) -> None:
    summaries, body, _ = _ops(
        op,
        "Before we migrate to the new library management system this weekend, could you take a "
        "one-off pg_dump of the patron database (postgres)?",
    )
    assert any(s.startswith("apply job/") for s in summaries)
    assert "pg_dump" in body
    assert '"schedule"' not in body


def test_a_schedule_beside_an_event_still_asks(op: Operator) -> None:
    assert "schedule" in (
        asks(op, "before we migrate, back up postgres every weekend").question or ""
    )


# (13) An event to come said first with its clock time, the change said "now".
@pytest.mark.parametrize(
    "intent",
    [
        "Results go live at 08:00 on Thursday: scale the candidate portal (frontend) to 10 "
        "replicas now.",
        "the sale starts at 18:00 on friday: scale frontend to 10 now",
    ],
)
def test_an_event_time_before_a_change_said_now_is_context(op: Operator, intent: str) -> None:
    summaries, _, waited = _ops(op, intent)
    assert summaries == ["scale deployment/frontend in shop to 10 replicas"]
    assert not waited


def test_an_event_time_before_a_change_not_said_now_still_asks(op: Operator) -> None:
    asks(op, "results go live at 08:00: scale frontend to 10")


def test_a_label_before_a_report_still_asks(op: Operator) -> None:
    asks(op, "Result: scaled frontend to 10")


# (14) A symptom, then only the field and its values: the values asked for.
def test_a_field_and_values_after_a_symptom_plan(op: Operator) -> None:
    summaries, body, _ = _ops(
        op,
        "The certificate worker (worker) is starved rendering PDFs: requests cpu 500m, memory 1Gi.",
    )
    assert summaries == ["patch deployment/worker in shop (strategic)"]
    assert '"requests": {"cpu": "500m", "memory": "1Gi"}' in body


def test_a_value_told_as_it_was_still_asks(op: Operator) -> None:
    asks(op, "the worker was OOMKilled, memory limit 768Mi was too low")


# (15) A state said, then "go back to that": the value said is the one to go to.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "The reminder worker (worker) was better on ghcr.io/acme/worker:0.8.2, please go "
            "back to that.",
            "set image of container worker in deployment/worker in shop to "
            "ghcr.io/acme/worker:0.8.2",
        ),
        (
            "frontend was fine on 2.0.0, roll back to that please",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.0.0",
        ),
    ],
)
def test_going_back_to_the_state_said_plans(op: Operator, intent: str, summary: str) -> None:
    summaries, _, _ = _ops(op, intent)
    assert summaries == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "worker was better on ghcr.io/acme/worker:0.8.2",
        "restart worker, frontend was better on 2.0.0",
    ],
)
def test_a_state_said_alone_is_still_no_order_for_its_value(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert not any(o.kind == "set_image" for o in proposal.operations)


# (16) A time said first, then "drop X to N": a scale that waits on it.
@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        (
            "after brew day wraps at 17:00 drop the fermentation-sensor worker (worker) to 0",
            "17:00",
        ),
        ("after 17:00, drop worker to 0", "17:00"),
    ],
)
def test_drop_to_a_count_after_a_time_said_first_scales(
    op: Operator, intent: str, awaits: str
) -> None:
    summaries, _, waited = _ops(op, intent)
    assert summaries == ["scale deployment/worker in shop to 0 replicas"]
    assert waited
    assert awaits in waited


def test_drop_beside_another_change_after_a_time_still_asks(op: Operator) -> None:
    asks(op, "after 17:00 drop worker and scale it to 0")
