"""Counts and quantities said as a change (round 11, helper counts): the value is the one the
change governs ('to', '→', 'both to', the object of 'set/raise/drop'); a from-value ('from X',
'X →', 'a third' pod when two run, a budget's live field in another sentence) is checked against
the live value; a sentence that only measures (p95, averages, 'vs', 'N pods at 85% cpu') is
context; words and ordinals are numbers. The near misses must still ask."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

_SCALE = "scale deployment/{} in shop to {} replicas"


@pytest.mark.parametrize(
    ("said", "name", "count"),
    [
        ("orders goes from two replicas to four", "orders", 4),
        ("Go from 2 to 3 on orders", "orders", 3),
        ("my-api from 2 down to 1", "my-api", 1),
        ("cache proxy from one to two", "cache", 2),
        ("payments replicas two → five", "payments", 5),
        ("worker replicas one → three", "worker", 3),
        ("Drop frontend to 2", "frontend", 2),
        ("frontend: drop it to one", "frontend", 1),
        ("payments: add a third rather than upsizing the requests", "payments", 3),
        ("orders needs a third replica", "orders", 3),
        ("run the cache proxy Deployment with a second replica", "cache", 2),
        ("worker: give it a second pod", "worker", 2),
        (
            "payments: 2 pods at 85% CPU. Add a third rather than upsizing the requests.",
            "payments",
            3,
        ),
        ("orders: 2 pods at 90% cpu. add two more", "orders", 4),
        ("frontend 3 pods at 12% utilization. Drop it to 2.", "frontend", 2),
    ],
)
def test_a_count_said_as_a_change_plans_it(
    shop: Operator, said: str, name: str, count: int
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [_SCALE.format(name, count)]


@pytest.mark.parametrize(
    "said",
    [
        # the from-value is not what runs now (orders 2, payments 2, frontend 3, worker 1)
        "orders: go from 3 to 4",
        "scale worker 2 to 5",
        "payments from four down to two",
        # the Nth pod is not one more than it runs
        "payments: add a fifth pod",
        "frontend: add a second replica",
        # the pods seen at a load are not the pods it runs
        "orders: 5 pods at 90% cpu. add two more",
        "payments: 4 pods at 85% CPU. Add a third",
        # one pod picked by its place is still a part of the pods
        "restart the second payments pod",
        # as today: a count that is no whole number
        "scale frontend from 3 to 3.7",
        "scale frontend from 3 to -1",
    ],
)
def test_a_count_change_that_does_not_hold_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "fragments"),
    [
        (
            "Raise postgres cpu request from 250m to 500m and give it a 1Gi memory limit",
            ['"requests": {"cpu": "500m"}', '"limits": {"memory": "1Gi"}'],
        ),
        (
            "cache proxy Deployment requests: cpu 100m → 50m, memory 128Mi → 64Mi",
            ['"requests": {"cpu": "50m", "memory": "64Mi"}'],
        ),
        ("postgres cpu request 250m → 1 core", ['"requests": {"cpu": "1"}']),
        # a bare number after cpu millicores is cores, as Kubernetes writes them (round 29:
        # blind32's writer read it so; it was asked before)
        ("postgres cpu request 250m → 1", ['"requests": {"cpu": "1"}']),
        ("postgres cpu request 250m → 2 cores", ['"requests": {"cpu": "2"}']),
        ("Set postgres memory request and limit both to 1Gi", ['"memory": "1Gi"']),
        (
            "CPU p95 is 160m vs 100m requested: raise the my-api cpu request to 200m",
            ['"requests": {"cpu": "200m"}'],
        ),
        ("worker averages 300m. cpu request 400m please", ['"requests": {"cpu": "400m"}']),
        ("my-api memory request from 128Mi to 256Mi", ['"memory": "256Mi"']),
    ],
)
def test_a_quantity_said_as_a_change_sets_the_field_of_its_clause(
    shop: Operator, said: str, fragments: list[str]
) -> None:
    _, body = plans(shop, said)
    for fragment in fragments:
        assert fragment in body


@pytest.mark.parametrize(
    "said",
    [
        # the from-value is not the live one (postgres cpu request 250m)
        "Raise postgres cpu request from 300m to 500m and give it a 1Gi memory limit",
        "postgres cpu request 300m → 1 core",
        # neither the request nor the limit said
        "cache proxy Deployment: cpu 100m → 50m, memory 128Mi → 64Mi",
        # two new values for one field
        "set the my-api cpu request to 200m and 300m",
        # a measurement alone is no request
        "worker uses 300m at peak",
    ],
)
def test_a_quantity_change_that_does_not_hold_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    "said",
    [
        "Let one orders pod be evicted at a time",
        "orders: allow one pod to be evicted at a time",
        "orders pdb has minAvailable 2. Switch it to maxUnavailable 1",
    ],
)
def test_pods_let_go_at_a_time_is_max_unavailable(shop: Operator, said: str) -> None:
    _, body = plans(shop, said)
    assert '"maxUnavailable": 1' in body
    assert '"minAvailable": null' in body


def test_at_least_one_pod_up_is_min_available(shop: Operator) -> None:
    _, body = plans(shop, "Add a disruption budget so at least one payments pod always stays up")
    assert '"minAvailable": 1' in body


@pytest.mark.parametrize(
    "said",
    [
        # both fields said as new values
        "orders pdb: minAvailable 2 and maxUnavailable 1",
        # the field said is not the live amount: not a from-value
        "the orders budget (minAvailable 1) is fine. Let one orders pod be evicted at a time.",
    ],
)
def test_two_budget_fields_ask(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_a_count_at_a_time_of_day_is_no_load_seen(shop: Operator) -> None:
    p, _ = plans(shop, "Load test tomorrow: bring orders to 4 replicas at 10:00")
    assert [o.summary() for o in p.operations] == [_SCALE.format("orders", 4)]
    assert p.awaits
