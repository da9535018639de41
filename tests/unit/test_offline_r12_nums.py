"""Round 12, helper nums: how a number and the workload it counts are found — "another two
pods" adds, a Heroku dyno is a pod, "N times since monday" and "experiment 2" are context, a
workload's name said as a queue's ("the orders queue") names the queue."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.planner.offline import domain, numbers
from tests.memory import shop_operator


@pytest.fixture(scope="module")
def op() -> Any:
    operator = shop_operator(Path(tempfile.mkdtemp(prefix="nums-")))
    yield operator
    operator.close()


def _summaries(op: Any, text: str) -> tuple[str, list[str]]:
    plan = op.analyze(text, namespace="shop")
    return plan.status, [o.summary() for o in plan.operations]


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        # payments runs 2, worker 1, frontend 3, checkout 2.
        ("payments could do with another two pods", "scale deployment/payments in shop to 4"),
        ("give worker another 3 replicas", "scale deployment/worker in shop to 4"),
        ("frontend needs an extra 2 pods for the sale", "scale deployment/frontend in shop to 5"),
        ("add a further two instances to checkout", "scale deployment/checkout in shop to 4"),
        ("scale checkout down to a single dyno", "scale deployment/checkout in shop to 1"),
        ("run orders on 3 dynos", "scale deployment/orders in shop to 3"),
        ("give frontend two more dynos", "scale deployment/frontend in shop to 5"),
        ("drill 3: scale payments to 1", "scale deployment/payments in shop to 1"),
        ("round 2 of the game day: orders to 4 replicas", "scale deployment/orders in shop to 4"),
        (
            "scale worker to 0 while we watch the orders queue",
            "scale deployment/worker in shop to 0",
        ),
        (
            "scale worker to 3, the orders queue is backing up",
            "scale deployment/worker in shop to 3",
        ),
        (
            "experiment 2, blast radius worker only: scale worker to zero and we watch the "
            "orders queue",
            "scale deployment/worker in shop to 0",
        ),
    ],
)
def test_count_is_read_as_said(op: Any, said: str, summary: str) -> None:
    status, ops = _summaries(op, said)
    assert status == "proposed", (said, status, ops)
    assert len(ops) == 1, ops
    assert ops[0].startswith(summary + " replica"), ops


@pytest.mark.parametrize(
    "said",
    [
        "payments pods are over their memory quota (R14, 40 times since monday), raise the "
        "memory limit to 384Mi",
        "worker got OOMKilled 12 times overnight, raise the memory limit to 512Mi",
        "give each my-api dyno 1GB of memory, like a standard-2x",
    ],
)
def test_frequency_or_dyno_size_is_no_scale(op: Any, said: str) -> None:
    status, ops = _summaries(op, said)
    assert status == "proposed", (said, status, ops)
    assert ops, said
    assert all(o.startswith("patch deployment/") for o in ops), ops


@pytest.mark.parametrize(
    "said",
    [
        # Near misses that must still ask.
        "give payments another 2",
        "scale the orders queue, worker to 3",
        "delete worker, the orders queue is empty",
        "scenario 5 - worker to 2",
    ],
)
def test_near_misses_ask(op: Any, said: str) -> None:
    status, ops = _summaries(op, said)
    assert status == "needs_clarification", (said, status, ops)


def test_frequency_blanked_but_factor_kept() -> None:
    assert "40" not in numbers.blank_factors_told("R14, 40 times since monday")
    assert "twelve" not in numbers.blank_factors_told("OOMKilled twelve times a day")
    assert "3" in numbers.blank_factors_told("scale payments 3 times")


def test_queue_names_a_queue() -> None:
    assert domain.names_a_queue("orders", "autoscale worker on the orders queue length")
    assert not domain.names_a_queue("orders", "scale orders to 3, the orders queue is huge")
    assert not domain.names_a_queue("orders", "delete worker, the orders queue is empty")
