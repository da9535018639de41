"""Round 31, at the merge: shapes the short attack on the merged code (attack36) found that act
on the wrong object, each there on the round's starting code too.

- "restart all, worker excluded" restarted worker alone: "all" closed by punctuation or a count
  was no set, so the one workload named — the one left out — was the target (:mod:`.leftout`).
- "restart payments and worker, worker excluded / untouched / is excluded" restarted both: the
  predicate that leaves a workload out was read only over a set (:mod:`.constraints`).
- "worker has 7 restarts today" restarted worker: a count of restarts said with "has" is how
  things are (:mod:`.described`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import question_for, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "restart all, worker excluded",
        "scale all to 3, worker untouched",
        "restart all (excl. worker)",
        "restart all, sans worker",
        "roll back all, checkout untouched",
    ],
)
def test_all_less_one_never_acts_on_the_one(op: Operator, intent: str) -> None:
    question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments and worker, worker excluded",
        "restart payments and worker, worker is excluded",
        "restart payments and worker, worker untouched",
        "restart payments and worker, worker left out",
        "scale payments and worker to 3, worker is off-limits",
    ],
)
def test_a_workload_said_left_out_beside_its_order_is_asked(op: Operator, intent: str) -> None:
    # Round 35 (a40a): a plain exclusion after a list leaves it out of the list (round 33's rule,
    # :mod:`.leftout`); these two-name lists were asked only by partoff's pair check since. The
    # one left out is never changed.
    assert all("worker" not in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("restart payments, worker excluded", ["restart the pods of deployment/payments in shop"]),
        (
            "kubectl rollout restart deploy payments worker, worker excluded",
            ["restart the pods of deployment/payments in shop"],
        ),
        (
            "scale payments to 4, orders untouched",
            ["scale deployment/payments in shop to 4 replicas"],
        ),
    ],
)
def test_the_rest_of_an_order_beside_what_it_leaves_out_is_planned(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


def test_the_labelled_set_less_one_is_planned_without_it(op: Operator) -> None:
    planned = summaries(op, "restart all tier=backend deployments, worker excluded")
    assert planned
    assert not any("worker" in s for s in planned)


@pytest.mark.parametrize(
    "intent",
    ["worker has 7 restarts today", "worker restarted 3 times today", "[P1] worker has 9 restarts"],
)
def test_a_count_of_restarts_is_no_restart(op: Operator, intent: str) -> None:
    question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("worker has 7 restarts today, restart it", "restart the pods of deployment/worker"),
        ("worker has 7 restarts today, bump its memory to 512Mi", "patch deployment/worker"),
    ],
)
def test_an_order_beside_a_count_of_restarts_is_planned(
    op: Operator, intent: str, summary: str
) -> None:
    planned = summaries(op, intent)
    assert len(planned) == 1
    assert summary in planned[0]
