"""Round 27, helper gapask: clear requests the older blind sets expect planned, and asked.

The shapes: (1) a SETTING asked politely to take a value ("could the memory limit on payments
go up to 384Mi?", "can my-api's LOG_LEVEL go to warn?", "could BATCH_SIZE in orders-config go
to 25, please?"): a request, the value set. A value with a time it ends, a second value, a
condition after it ("… without OOM?", "… or is that too much?") or no setting named still
asks. (2) A WORKLOAD asked politely to be multiplied ("could ticket payments (payments) be
doubled?"): that scale; with anything after the verb, or with no workload named, it asks.
(3) An OBJECT the planner adds, asked for by its kind and said possible ("would a KEDA
ScaledObject on worker, 1 to 5 replicas, be possible?"): that object added; an act ("would a
restart of payments be ok?"), a condition or a choice still asks. (4) A FAILOVER asked ("fail
the bets DB (postgres) over to the backup region") is no backup and no scaled database: asked."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (1) A setting asked politely to take a value: that value, set.
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        (
            "Please could the memory limit on ticket payments (payments) go up to 384Mi?",
            "patch deployment/payments in shop (strategic)",
            '"memory": "384Mi"',
        ),
        (
            "could payments' memory limit go up to 384Mi?",
            "patch deployment/payments in shop (strategic)",
            '"memory": "384Mi"',
        ),
        (
            "could the cpu request of frontend go down to 50m?",
            "patch deployment/frontend in shop (strategic)",
            '"cpu": "50m"',
        ),
        (
            "Can my-api's LOG_LEVEL go to warn? The info logs are filling the disk.",
            "patch configmap/my-api-config in shop (merge)",
            '"LOG_LEVEL": "warn"',
        ),
        (
            "can LOG_LEVEL on my-api go to warn?",
            "patch configmap/my-api-config in shop (merge)",
            '"LOG_LEVEL": "warn"',
        ),
        (
            "Could BATCH_SIZE in orders-config go to 25, please? Season tickets are queueing.",
            "patch configmap/orders-config in shop (merge)",
            '"BATCH_SIZE": "25"',
        ),
    ],
)
def test_a_setting_asked_to_take_a_value_sets_it(
    op: Operator, intent: str, summary: str, value: str
) -> None:
    proposal, body = plans(op, intent)
    assert not proposal.awaits
    assert [o.summary() for o in proposal.operations] == [summary]
    assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        "could the memory limit on payments go up to 384Mi for the weekend?",
        "could the memory limit on payments go up to 384Mi temporarily?",
        "could LOG_LEVEL on my-api go to debug until monday?",
        "could the memory limit on payments go up to 384Mi, or is that too much?",
        "could the memory limit on payments go up to 384Mi or 512Mi?",
        "could the memory limit on payments go to 0 without OOM?",
        "could the memory limit on payments go to 0?",
        "could the name of payments go to 4?",
        "Could the memory limit on the cache go to 256Mi?",
    ],
)
def test_a_setting_asked_with_more_than_its_value_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_workload_asked_to_go_to_a_count_still_scales(op: Operator) -> None:
    proposal, _ = plans(op, "could payments go to 4?")
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/payments in shop to 4 replicas"
    ]


# (2) A workload asked politely to be multiplied: that scale.
@pytest.mark.parametrize(
    ("intent", "name", "replicas"),
    [
        ("could payments be doubled?", "payments", 4),
        (
            "Could ticket payments (payments) be doubled? The strike's been called off and "
            "everyone's rebooking.",
            "payments",
            4,
        ),
        ("can frontend be tripled, please?", "frontend", 9),
    ],
)
def test_a_workload_asked_to_be_multiplied_scales(
    op: Operator, intent: str, name: str, replicas: int
) -> None:
    proposal, _ = plans(op, intent)
    assert not proposal.awaits
    assert [o.summary() for o in proposal.operations] == [
        f"scale deployment/{name} in shop to {replicas} replicas"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "could payments be doubled without downtime?",
        "could payments be doubled for the weekend?",
        "could payments be deleted?",
        "could it be doubled?",
        "could the cache be doubled?",
        "could worker be halved?",
    ],
)
def test_a_workload_asked_to_be_multiplied_with_more_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) An object the planner adds, asked for by its kind and said possible: that object added.
@pytest.mark.parametrize(
    ("intent", "kinds"),
    [
        (
            "Would a KEDA ScaledObject on the timetable import worker (worker), 1 to 5 "
            "replicas, be possible?",
            ["ScaledObject"],
        ),
        ("would an hpa on payments, 2 to 6, be possible?", ["HorizontalPodAutoscaler"]),
        ("would a liveness probe on worker on /healthz port 8080 be ok?", ["Deployment"]),
    ],
)
def test_an_object_said_possible_is_added(op: Operator, intent: str, kinds: list[str]) -> None:
    proposal, body = plans(op, intent)
    assert not proposal.awaits
    assert all(o.kind in ("apply", "patch") for o in proposal.operations)
    assert set(kinds) <= {o.target.kind for o in proposal.operations}
    if "KEDA" in intent:
        assert '"minReplicaCount": 1' in body
        assert '"maxReplicaCount": 5' in body


@pytest.mark.parametrize(
    "intent",
    [
        "would a restart of payments be ok?",
        "would an hpa on payments be possible if traffic grows?",
        "would an hpa or a keda scaledobject on worker be possible?",
        "would deleting the orders pdb be ok?",
        "would an hpa on payments be possible until friday?",
    ],
)
def test_an_act_or_a_choice_said_possible_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (4) A failover asked (the database served from elsewhere) is no backup and no scaled
# database: asked, naming it.
@pytest.mark.parametrize(
    "intent",
    [
        "fail the bets DB (postgres) over to the backup region",
        "please fail over postgres to the backup region",
        "fail postgres over into the other zone",
    ],
)
def test_a_failover_is_no_backup(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "failover" in question or "database" in question


@pytest.mark.parametrize(
    "intent",
    [
        "back up postgres before we fail the db over to the dr site",
        "back up postgres to the backup bucket",
        "back up postgres nightly",
    ],
)
def test_a_backup_beside_a_failover_still_plans(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert {o.target.kind for o in proposal.operations} <= {"Backup", "Schedule"}
