"""Compound requests planned whole in one proposal (issue 11, session 5): a list of
"workload value" pairs whose verb the values imply, a generic verb before a list of workloads,
a clause ordered by "after that" / "afterwards", the same verb said again for another workload,
numbered steps, and chat short forms ("4 reps"). Every clause must be understood whole; what is
not, or two values for one field, stays a question. Over the in-memory shop."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(60)


_WORKER = "ghcr.io/acme/worker:1.0.1"


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "worker 2, orders 3",
            {"deployment/worker in shop to 2", "deployment/orders in shop to 3"},
        ),
        (
            "capacity for the sale: checkout 4 replicas and payments 5 replicas",
            {"deployment/checkout in shop to 4", "deployment/payments in shop to 5"},
        ),
        (
            "my-api at 3, worker at 1 pls",
            {"deployment/my-api in shop to 3", "deployment/worker in shop to 1"},
        ),
        (
            "orders=2, frontend=4",
            {"deployment/orders in shop to 2", "deployment/frontend in shop to 4"},
        ),
    ],
)
def test_a_list_of_counts_is_a_scale(op: Operator, intent: str, expected: set[str]) -> None:
    ops = summaries(op, intent)
    assert len(ops) == len(expected), ops
    for e in expected:
        assert any(e in o and o.startswith("scale") for o in ops), ops


@pytest.mark.parametrize(
    ("intent", "images"),
    [
        (
            "release train: checkout -> 1.1.1, frontend -> 2.1.1",
            {"checkout:1.1.1", "frontend:2.1.1"},
        ),
        ("payments on 3.0.1 and my-api on 1.4.1", {"payments:3.0.1", "my-api:1.4.1"}),
        ("patch tuesday - worker to 1.0.1, my-api to 1.4.2", {"worker:1.0.1", "my-api:1.4.2"}),
    ],
)
def test_a_list_of_versions_is_an_update(op: Operator, intent: str, images: set[str]) -> None:
    ops = summaries(op, intent)
    assert len(ops) == 2, ops
    for image in images:
        assert any(o.startswith("set image") and image in o for o in ops), ops


def test_a_count_and_a_version_each_by_its_type(op: Operator) -> None:
    ops = summaries(op, "frontend 3, checkout 1.1.1")
    assert any(o.startswith("scale deployment/frontend") and "to 3" in o for o in ops), ops
    assert any(o.startswith("set image") and "checkout:1.1.1" in o for o in ops), ops


@pytest.mark.parametrize(
    "intent",
    [
        "my-api 4",  # one pair: not a list, the verb is not implied
        "frontend 5, it is slow",  # a pair among other words
        "orders 3, orders 4",  # one workload twice
        "my-api 4, nosuchapp 5",  # a name not in the namespace
        "scale orders to 3 and scale it to 4",  # two values for one field
    ],
)
def test_what_is_not_a_whole_list_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "count", "names"),
    [
        ("bump payments and orders to 4 pods each", 4, ("payments", "orders")),
        ("raise worker, orders and payments to 3 replicas", 3, ("worker", "orders", "payments")),
        ("take checkout and frontend to 2 reps", 2, ("checkout", "frontend")),
    ],
)
def test_a_generic_verb_before_a_list(
    op: Operator, intent: str, count: int, names: tuple[str, ...]
) -> None:
    ops = summaries(op, intent)
    assert len(ops) == len(names), ops
    for name in names:
        assert f"scale deployment/{name} in shop to {count} replicas" in ops, ops


@pytest.mark.parametrize(
    ("intent", "kinds"),
    [
        (
            "rollback checkout and after that scale it to 3",
            ("roll deployment/checkout", "scale deployment/checkout"),
        ),
        (
            "undo the checkout rollout, afterwards restart frontend",
            ("roll deployment/checkout", "restart the pods of deployment/frontend"),
        ),
        (
            "restart worker, once that is done scale orders to 3",
            ("restart the pods of deployment/worker", "scale deployment/orders"),
        ),
        (
            "revert checkout and kick frontend after",
            ("roll deployment/checkout", "restart the pods of deployment/frontend"),
        ),
        (
            "roll back checkout and give it 4 reps while we look at the graphs",
            ("roll deployment/checkout", "scale deployment/checkout in shop to 4"),
        ),
        (
            "worker to 3 reps plus a pdb with minAvailable 2",
            ("scale deployment/worker in shop to 3", "apply poddisruptionbudget/worker"),
        ),
    ],
)
def test_ordered_clauses_plan_whole(op: Operator, intent: str, kinds: tuple[str, ...]) -> None:
    ops = summaries(op, intent)
    assert len(ops) == len(kinds), ops
    for kind in kinds:
        assert any(o.startswith(kind) for o in ops), ops


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "CHG-77: 1) set worker image to ghcr.io/acme/worker:1.0.1 2) verify the pods come up "
            "3) close the ticket",
            ["set image of container worker in deployment/worker in shop to " + _WORKER],
        ),
        (
            "(1) restart my-api (2) restart orders (3) check the logs",
            [
                "restart the pods of deployment/my-api in shop",
                "restart the pods of deployment/orders in shop",
            ],
        ),
        (
            "1. scale orders to 3 2. restart worker",
            [
                "scale deployment/orders in shop to 3 replicas",
                "restart the pods of deployment/worker in shop",
            ],
        ),
        (
            "runbook step 4 of the db upgrade: scale orders to 4",
            ["scale deployment/orders in shop to 4 replicas"],
        ),
        ("step 2: restart worker", ["restart the pods of deployment/worker in shop"]),
    ],
)
def test_numbered_steps_are_labels_not_quantities(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "1) scale orders to 3 3) restart worker",  # markers not counting in order: not a list
        "scale orders to 3) restart",  # one marker: the number is still a quantity
        "1) scale orders 2) verify 5 pods",  # a check with a number is not dropped
    ],
)
def test_steps_that_are_not_a_list_stay_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_the_same_verb_again_for_another_workload(op: Operator) -> None:
    ops = summaries(op, "update my-api to 1.4.1 and update payments to 3.0.1")
    assert len(ops) == 2, ops
    assert all(o.startswith("set image") for o in ops), ops
