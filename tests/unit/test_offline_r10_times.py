"""Round 10, helper times: what the words make conditional, cancelled or not-yet is held back
(:mod:`dotop_nb.planner.offline.reservations`): the plan becomes a question; near misses plan."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.memory import shop_operator


@pytest.fixture(scope="module")
def operator() -> Iterator[object]:
    op = shop_operator(Path(tempfile.mkdtemp()))
    yield op
    op.close()


HELD = [
    # times said in words, not awaited
    "bounce orders at quarter past three",
    "scale checkout to 4 at eleven",
    "restart orders EOD",
    "roll out frontend 2.2.0 close of business",
    "restart checkout in ten",
    "restart orders in ~5m",
    "orders wants 6 replicas at peak",
    # conditions nobody can check
    "bounce orders, needs approval first",
    "delete worker if possible",
    # cancel verbs governing the change
    "abort the orders restart",
    "belay the checkout scale to 6",
    "hold off on restarting orders",
    "forget the update of frontend to 2.2.0",
    # permission / property, judgement, heads-up, hedge
    "orders may be restarted",
    "checkout is fine to restart",
    "scale orders to 12 would be overkill",
    "PSA: restart orders",
    "ideally restart checkout",
    # contradictions
    "scale orders to 0 but keep it running",
    "set frontend image to 2.3.0 but keep the same version",
    # not yet / truncated
    "remember to restart orders",
    "next time you restart checkout, tell me",
    "restart orders, shout if you object",
    "scale orders to 2 and sca",
    "scale orders to 2 and dele",
]

PLANS = [
    "restart orders",
    "scale checkout to 4",
    "restart orders at 14:30",
    "delete the worker deployment, it is unused",
    "cache proxy deployment can be deleted, redis must stay",
    "checkout gets OOMKilled at peak, bump the memory limit by 256Mi",
    "undo the most recent checkout deploy but keep the replica count as it is",
    "scale orders to 3.",
    "restart payments in shop",
]


@pytest.mark.parametrize("intent", HELD)
def test_held_back_becomes_a_question(operator: object, intent: str) -> None:
    plan = operator.analyze(intent, namespace="shop")  # type: ignore[attr-defined]
    assert plan.status == "needs_clarification", (intent, plan.operations)
    assert not plan.operations
    assert plan.question


@pytest.mark.parametrize("intent", PLANS)
def test_near_misses_still_plan(operator: object, intent: str) -> None:
    plan = operator.analyze(intent, namespace="shop")  # type: ignore[attr-defined]
    assert plan.status == "proposed", (intent, plan.question)
    assert plan.operations


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker after peak",
        "restart orders at 14:30",
        "scale orders to 7 pending sign-off",
        "restart checkout as long as nobody is paying",
    ],
)
def test_a_time_the_plan_awaits_is_not_asked_again(operator: object, intent: str) -> None:
    plan = operator.analyze(intent, namespace="shop")  # type: ignore[attr-defined]
    assert plan.status == "proposed", (intent, plan.question)
    assert plan.awaits
