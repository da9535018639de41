"""Round 27, helper gap29: blind29's misses (asks where a plan was expected), by shape.

(1) A sentence's full stop after a value ("a request of 200m.", "(ghcr.io/…:2.9.0).") and a
value said as "128Mi -> 256Mi" / "to" (the value now, then the one to write); (2) "to version
2.9.0" after a verb of going back is where it goes; (3) "Plese" is "please", never a person
addressed; (4) an alert on pods that "have not been ready for 10 minutes"; (5) "servers" as the
nodes a spread is over; (6) "stop anything except X from reaching Y" as "only X may reach Y";
(7) "orders itself must keep running" beside the delete of its PDB: the workload kept; (8) a
target utilisation said in its own sentence ("60% CPU seems a sensible target"); (9) "keep at
least one running at all times": a budget's floor, the pods left out; (10) a time said in words
after a pasted kubectl command. The nearest phrasings that must still ask, ask."""

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


# (8) A target utilisation judged in its own sentence.
@pytest.mark.parametrize(
    ("intent", "low", "high", "percent"),
    [
        (
            "Could the library website (frontend) autoscale between 3 and 9 pods? 60% CPU seems "
            "a sensible target to our web team.",
            3,
            9,
            60,
        ),
        ("autoscale frontend between 3 and 9 pods. 60% CPU is the target.", 3, 9, 60),
        ("autoscale frontend 2-8, 75% cpu sounds like a good target", 2, 8, 75),
    ],
)
def test_a_target_judged_in_its_own_sentence_is_the_target(
    op: Operator, intent: str, low: int, high: int, percent: int
) -> None:
    summaries, body, _ = _ops(op, intent)
    assert summaries == ["apply horizontalpodautoscaler/frontend in shop"]
    assert f'"minReplicas": {low}' in body
    assert f'"maxReplicas": {high}' in body
    assert f'"averageUtilization": {percent}' in body


def test_a_utilisation_seen_is_still_no_target(op: Operator) -> None:
    summaries, _, _ = _ops(op, "scale frontend to 4, cpu is at 90%")
    assert summaries == ["scale deployment/frontend in shop to 4 replicas"]


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

