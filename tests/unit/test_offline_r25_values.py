"""Round 25, helper values: a value in the plan is the value said, for the object said.

The shapes (fifth black-box attack): (1) a number said for a SETTING reached the replicas
through "it" ("the orders batch size is too small; raise it to 500" scaled orders to 500);
(2) a permission or a bound ("allow worker to scale to zero", "let checkout scale up to 6")
was planned as a scale now; (3) an exception or a number of pods switched off ("turn off
frontend except one", "turn off two frontend pods") was planned as the bare count; (4) a key
with no value ("add API_KEY to payments") got the object's name as its value; (5) an
autoscaler's target said in another sentence was dropped for the default. Each is asked
(:mod:`dotop_nb.planner.offline.valuesaid`); the nearest plain orders still plan."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _scaled(op: Operator, intent: str) -> dict[str, int]:
    proposal, _ = plans(op, intent)
    return {o.target.name: o.replicas for o in proposal.operations if o.kind == "scale"}


# (1) A number for a setting, given to "it": asked, naming the setting's words.
@pytest.mark.parametrize(
    ("intent", "word"),
    [
        ("the orders batch size is too small; raise it to 500", "batch"),
        ("the worker batch size is too small; raise it to 500", "batch"),
        ("orders BATCH_SIZE is too small; double it", "batch_size"),
        ("the worker thread count is too low; raise it to 16", "thread"),
        ("the my-api pool size is too small; double it", "pool"),
        ("the worker memory is too low; double it", "memory"),
        ("the checkout thread pool is too small, raise it to 32", "thread pool"),
    ],
)
def test_a_number_for_a_setting_is_never_the_replicas(op: Operator, intent: str, word: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(word) in question
    assert "scale" in question


@pytest.mark.parametrize(
    ("intent", "name", "count"),
    [
        ("scale orders to 5", "orders", 5),
        ("checkout is slow, double it", "checkout", 4),
        ("frontend is overloaded; scale it to 6", "frontend", 6),
        ("the frontend pods are too few, double them", "frontend", 6),
        ("checkout's replicas are too few, double them", "checkout", 4),
    ],
)
def test_the_pods_reached_through_it_still_scale(
    op: Operator, intent: str, name: str, count: int
) -> None:
    assert _scaled(op, intent) == {name: count}


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("set BATCH_SIZE=500 in orders-config", "500"),
        ("raise orders BATCH_SIZE to 500", "500"),
    ],
)
def test_the_setting_said_by_its_key_still_plans(op: Operator, intent: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["patch"]
    assert "BATCH_SIZE" in body
    assert value in body


# (2) A permission, a modal or a standing bound: asked, never a scale now.
@pytest.mark.parametrize(
    "intent",
    [
        "allow worker to scale to zero",
        "let worker scale to zero",
        "worker can scale to zero",
        "worker may scale to 0",
        "let checkout scale up to 6",
        "allow checkout to scale to 6",
        "permit frontend to scale to 10",
        "let frontend scale down to 1",
        "let worker scale up to 10",
        "scale frontend as needed up to 10",
        "make sure frontend always has 2 pods",
        "worker should be able to scale to 0",
        "enable the checkout to scale to 8",
    ],
)
def test_a_bound_is_never_a_count_now(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "autoscale" in question
    assert "bound" in question


@pytest.mark.parametrize(
    ("intent", "name", "count"),
    [
        ("scale worker to 0", "worker", 0),
        ("let's scale worker to 0", "worker", 0),
        ("can you scale worker to 0", "worker", 0),
        ("please allow time and scale worker to 0", "worker", 0),
        ("scale payments to 4", "payments", 4),
    ],
)
def test_an_order_to_scale_still_plans(op: Operator, intent: str, name: str, count: int) -> None:
    assert _scaled(op, intent) == {name: count}


def test_an_autoscaler_bound_said_as_one_still_plans(op: Operator) -> None:
    proposal, body = plans(op, "autoscale checkout up to 6")
    assert [o.target.kind for o in proposal.operations] == ["HorizontalPodAutoscaler"]
    assert '"maxReplicas": 6' in body


# (3) An exception to a switch-off, a number of pods switched off: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "turn off frontend except one",
        "scale frontend to 0 except one",
        "turn off frontend but leave one",
        "turn off two frontend pods",
        "switch off 2 of the frontend pods",
        "take down one of the frontend replicas",
        "scale frontend to zero but keep one running",
    ],
)
def test_the_count_to_keep_is_never_guessed(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "scale frontend to" in question or "How many replicas" in question


@pytest.mark.parametrize(
    ("intent", "name", "count"),
    [
        ("scale frontend to 0", "frontend", 0),
        ("shut down worker", "worker", 0),
        ("turn off worker", "worker", 0),
        ("scale frontend down by two", "frontend", 1),
        ("scale worker to 0 to save money", "worker", 0),
    ],
)
def test_a_plain_switch_off_still_plans(op: Operator, intent: str, name: str, count: int) -> None:
    assert _scaled(op, intent) == {name: count}


# (4) A key with no value: asked, never the object's name as its value.
@pytest.mark.parametrize(
    ("intent", "key"),
    [
        ("add API_KEY to payments", "API_KEY"),
        ("add SENTRY_DSN to frontend", "SENTRY_DSN"),
        ("add env TOKEN to worker", "TOKEN"),
        ("add FOO to checkout", "FOO"),
        ("add REDIS_URL to cache", "REDIS_URL"),
        ("add LOG_FORMAT to my-api-config", "LOG_FORMAT"),
        ("add key FOO to shared-config", "FOO"),
    ],
)
def test_a_key_with_no_value_is_asked(op: Operator, intent: str, key: str) -> None:
    question = asks(op, intent).question or ""
    assert f"{key}=VALUE" in question


@pytest.mark.parametrize(
    ("intent", "pair"),
    [
        ("set API_KEY=abc in payments", ("API_KEY", "abc")),
        ("set SERVICE_NAME=payments in payments", ("SERVICE_NAME", "payments")),
        ("set LOG_FORMAT=json in my-api-config", ("LOG_FORMAT", "json")),
        ("set LOG_FORMAT to json in my-api-config", ("LOG_FORMAT", "json")),
    ],
)
def test_a_key_with_its_value_still_plans(op: Operator, intent: str, pair: tuple[str, str]) -> None:
    _, body = plans(op, intent)
    assert all(json.dumps(part) in body for part in pair)


# (5) An autoscaler's target said beside it (even in the next sentence) is used or asked.
@pytest.mark.parametrize(
    "intent",
    [
        "Could the library website (frontend) autoscale between 3 and 9 pods? 60% CPU seems "
        "a sensible target to our web team.",
        "autoscale frontend between 3 and 9 pods? 50% cpu seems right",
        "autoscale frontend between 3 and 9, the team suggests 65% cpu",
    ],
)
def test_a_target_said_apart_is_never_the_default(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("autoscale frontend 3-9 at 60% cpu", 60),
        # (round 28: a range closed by a full stop is read, so the target after it is used)
        ("autoscale frontend 3-9. 60% CPU target.", 60),
        ("add an HPA for frontend with 50% cpu target, min 2 max 8", 50),
        ("autoscale payments at 75% cpu", 75),
        ("autoscale checkout between 2 and 6 pods. Our SREs want 55% cpu.", 55),
    ],
)
def test_a_target_said_in_the_order_still_plans(op: Operator, intent: str, target: int) -> None:
    _, body = plans(op, intent)
    assert f'"averageUtilization": {target}' in body


# (B) Another cluster named in one word ("on cluster-b"): asked, never acted on here.
@pytest.mark.parametrize(
    "intent",
    [
        "turn off checkout on cluster-b",
        "scale checkout to 0 on cluster-b",
        "scale checkout to 3 on cluster-b",
        "restart checkout on cluster-b",
        "delete worker on cluster-b",
        "update frontend to 2.2.0 on cluster-b",
        "restart payments in cluster2",
    ],
)
def test_another_cluster_in_one_word_is_asked(op: Operator, intent: str) -> None:
    assert "one cluster" in (asks(op, intent).question or "")


# Round 25's gate: the nearest orders of the shapes above still plan.
@pytest.mark.parametrize(
    ("intent", "name", "count"),
    [
        ("remove 2 replicas from frontend", "frontend", 1),
        (
            "checkout has had plenty of SLO headroom all month, take it down to one replica",
            "checkout",
            1,
        ),
        (
            "payments sits at 2 replicas so one eviction halves its capacity. take it to three",
            "payments",
            3,
        ),
    ],
)
def test_nearest_orders_still_plan(op: Operator, intent: str, name: str, count: int) -> None:
    assert _scaled(op, intent) == {name: count}


# (B) A switch-off of the Service named ("turn off frontend svc"): asked, never the pods stopped.
@pytest.mark.parametrize(
    "intent",
    [
        "turn off frontend svc",
        "switch off the frontend svc",
        "shut down my-api svc",
        "turn off postgres svc",
    ],
)
def test_a_service_switched_off_is_asked(op: Operator, intent: str) -> None:
    assert "Service" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete the payments svc, no one talks to it over grpc now", "service/payments"),
        ("remove the my-api svc, keep the pods", "service/my-api"),
    ],
)
def test_a_service_deleted_still_plans(op: Operator, intent: str, deleted: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [f"delete {deleted} in shop"]
