"""Words of other platforms for a workload, its copies and its settings (round 15, helper ecs):
one table (:data:`plainwords.TABLE`) says what ECS, Nomad, Cloud Foundry, Swarm, Compose,
Heroku and VM people mean in Kubernetes words, and when. A copy-word after a workload's name
("the orders tasks") is its pods (:meth:`Ctx._followed`), a delete of them asks; nothing is
rewritten inside a time or a condition, so ``awaits`` keep the words as said."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import plainwords
from dotop_nb.service import Operator
from tests.memory import asks, plans

_SCALE = "scale deployment/{} in shop to {} replicas"
_RESTART = "restart the pods of deployment/{} in shop"
_NAMES = frozenset({"my-api", "frontend", "orders", "payments", "worker", "checkout"})


@pytest.mark.parametrize(
    ("said", "name", "count"),
    [
        ("bump the checkout job count to 5", "checkout", 5),
        ("set the number of instances of frontend to 4", "frontend", 4),
        ("scale the worker allocations to 3", "worker", 3),
        ("cf scale orders -i 4", "orders", 4),
        ("give payments 2 more tasks", "payments", 4),
        ("double the worker allocations", "worker", 2),
        ("orders desired count 4", "orders", 4),
        ("run 3 my-api boxes", "my-api", 3),
        ("frontend should be at 5 tasks", "frontend", 5),
        ("bump orders desired tasks to 6", "orders", 6),
        ("docker service update --replicas 4 orders", "orders", 4),
        # The workload's own name in the plural, counted and asked for, is its copies.
        ("we need 3 workers", "worker", 3),
        ("scale up to 5 workers", "worker", 5),
        ("nomad job scale worker 3", "worker", 3),
        ("aws ecs update-service --service orders --desired-count 4", "orders", 4),
        ("bump the count of the worker group to 3", "worker", 3),
        ("scale down the worker allocations to 0", "worker", 0),
    ],
)
def test_a_count_in_another_platforms_words_is_the_replica_count(
    shop: Operator, said: str, name: str, count: int
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [_SCALE.format(name, count)]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("restart the payments allocations", "payments"),
        ("the orders instances need a restart", "orders"),
        ("recycle the frontend tasks", "frontend"),
        ("restage my-api", "my-api"),
        ("docker service update --force orders", "orders"),
        ("force redeploy checkout", "checkout"),
        ("force a new deployment for worker", "worker"),
    ],
)
def test_a_redeploy_of_the_same_image_is_a_restart(shop: Operator, said: str, name: str) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [_RESTART.format(name)]


@pytest.mark.parametrize(
    ("said", "name", "low", "high"),
    [
        ("target tracking for my-api at 60% cpu, min 2 max 8", "my-api", 2, 8),
        ("application auto scaling on payments: min 2, max 5", "payments", 2, 5),
        ("Nomad autoscaler for worker between 1 and 4 allocations", "worker", 1, 4),
        ("min size 2 max size 6 for frontend", "frontend", 2, 6),
        ("frontend ASG: min capacity 2, max capacity 5", "frontend", 2, 5),
    ],
)
def test_a_platforms_scaling_policy_is_an_autoscaler(
    shop: Operator, said: str, name: str, low: int, high: int
) -> None:
    p, body = plans(shop, said)
    assert f"apply horizontalpodautoscaler/{name} in shop" in [o.summary() for o in p.operations]
    assert f'"minReplicas": {low}' in body
    assert f'"maxReplicas": {high}' in body


@pytest.mark.parametrize(
    ("said", "name", "field", "value"),
    [
        ("min healthy percent 75 on checkout", "checkout", "maxUnavailable", "25%"),
        ("minimum healthy percent 0 for worker", "worker", "maxUnavailable", "100%"),
        ("maximum percent 200 for orders", "orders", "maxSurge", "100%"),
    ],
)
def test_ecs_deployment_percents_are_the_rolling_update(
    shop: Operator, said: str, name: str, field: str, value: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [f"patch deployment/{name} in shop (strategic)"]
    rolling = p.operations[0].patch["spec"]["strategy"]["rollingUpdate"]  # type: ignore[index]
    assert rolling[field] == value


@pytest.mark.parametrize(
    ("said", "name", "contains"),
    [
        ("make my-api multi-AZ", "my-api", "topology.kubernetes.io/zone"),
        (
            "spread the orders tasks over availability zones",
            "orders",
            "topology.kubernetes.io/zone",
        ),
        ("add LOG_LEVEL=debug to the payments task def", "payments", "LOG_LEVEL"),
        ("run the checkout task definition as non-root", "checkout", "runAsNonRoot"),
        ("no container of the frontend task may run as root", "frontend", "runAs"),
    ],
)
def test_the_workload_said_with_a_platform_word_is_patched(
    shop: Operator, said: str, name: str, contains: str
) -> None:
    p, body = plans(shop, said)
    assert {o.target.name for o in p.operations} == {name}
    assert contains in body


@pytest.mark.parametrize(
    "said",
    [
        "delete the orders tasks",
        "delete the my-api allocations",
        "remove the frontend instances",
        "delete the payments task definition",
        "delete the orders dynos",
    ],
)
def test_a_delete_of_the_copies_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    "said",
    [
        # Copies counted in a fact: what happened, never the count to set.
        "3 tasks stopped unexpectedly on orders, restart orders",
        "4 workers died last night, restart worker",
        # Processes of a pod, or another workload's: never the workload's copies.
        "run 4 workers per pod",
        "my-api: run 4 workers",
    ],
)
def test_a_count_that_is_no_replica_count_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "ops"),
    [
        # Work items counted are no copies: the count said for the order is the plan's.
        (
            "the orders queue has 300 tasks waiting, scale orders to 5",
            [_SCALE.format("orders", 5)],
        ),
        (
            "worker processes 8 tasks at a time, set CONCURRENCY=8 on worker",
            ["patch deployment/worker in shop (strategic)"],
        ),
        # A version said: "force new deployment" only rolls what the update rolls.
        (
            "update frontend to 2.2.0 and force a new deployment",
            [
                "set image of container web in deployment/frontend in shop to "
                "ghcr.io/acme/frontend:2.2.0"
            ],
        ),
    ],
)
def test_near_misses_plan_what_was_said(shop: Operator, said: str, ops: list[str]) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == ops


@pytest.mark.parametrize(
    ("said", "op", "awaits"),
    [
        (
            "scale worker to 3 tasks once the nightly batch finishes",
            _SCALE.format("worker", 3),
            "once the nightly batch finishes",
        ),
        (
            "restart the orders tasks after the backup job completes",
            _RESTART.format("orders"),
            "after the backup job completes",
        ),
        (
            "set desired count of checkout to 4 after the deploy freeze ends",
            _SCALE.format("checkout", 4),
            "after the deploy freeze ends",
        ),
    ],
)
def test_awaits_keep_the_words_as_said(shop: Operator, said: str, op: str, awaits: str) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [op]
    assert p.awaits == awaits


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # Inside a time or a condition, the words stay as said.
        ("scale worker to 0 after the orders tasks drain", "after the orders tasks drain"),
        ("keep payments up even if one availability zone is down", "availability zone"),
        ("frontend desired count 4 when the campaign starts", "frontend replicas 4"),
        # An Auto Scaling group's bound alone may be anything's.
        ("set max size 100 for the orders queue on orders", "max size 100"),
        # No workload named: nothing is rewritten.
        ("set desired count to 4", "desired count"),
    ],
)
def test_the_table_is_read_only_where_it_applies(said: str, read: str) -> None:
    assert read in plainwords.read(said, lambda: _NAMES)


@pytest.mark.parametrize(
    ("word", "copy", "counted"),
    [
        ("tasks", True, True),
        ("allocations", True, True),
        ("instances", True, True),
        ("dynos", True, True),
        ("containers", True, False),
        ("nodes", True, False),
        ("remover", False, False),
    ],
)
def test_copy_words_come_from_the_one_table(word: str, copy: bool, counted: bool) -> None:
    assert plainwords.copy_word(word) is copy
    assert plainwords.counted_word(word) is counted


def test_the_table_says_where_each_word_is_said() -> None:
    assert all(f.where and f.when for f in plainwords.TABLE)
    assert json.dumps([f.said for f in plainwords.TABLE])
