"""Round 21 (counts): an autoscaler said as a wish or with the load it follows as its trigger.

"payments scales alone between 2 and 6 pods" (a calque of "tout seul") and "should grow on its
own when deadline traffic hits: 3 to 15 pods" were asked; each is an autoscaler. A trigger that
holds a number or names another workload, or a "scale … alone" without a range, still asks or
scales as before."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator


def _hpa(shop: Operator, intent: str, name: str, *said: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.status == "proposed", plan.question
    ops = [o for o in plan.operations if o.target.kind == "HorizontalPodAutoscaler"]
    assert [o.target.name for o in ops] == [name]
    body = str(ops[0].model_dump())
    for s in said:
        assert s in body, (s, body)


@pytest.mark.parametrize(
    ("intent", "name", "low", "high"),
    [
        ("I would like that payments scales alone between 2 and 6 pods", "payments", 2, 6),
        ("the frontend should grow alone between 3 and 9 pods", "frontend", 3, 9),
        ("I would like that orders scales alone between 2 and 5 replicas", "orders", 2, 5),
    ],
)
def test_scales_alone_with_a_range_is_an_autoscaler(
    shop: Operator, intent: str, name: str, low: int, high: int
) -> None:
    _hpa(shop, intent, name, f"'minReplicas': {low}", f"'maxReplicas': {high}")


def test_scale_alone_without_a_range_is_a_scale(shop: Operator) -> None:
    plan = shop.analyze("scale payments alone to 3", namespace="shop")
    assert [o.summary() for o in plan.operations] == [
        "scale deployment/payments in shop to 3 replicas"
    ]


@pytest.mark.parametrize(
    ("intent", "name", "low", "high"),
    [
        (
            "the citizen-facing frontend should grow on its own when deadline traffic hits: "
            "3 to 15 pods, 65% cpu",
            "frontend",
            3,
            15,
        ),
        (
            "the store API (my-api) should add pods by itself when the tills get busy, min 3 "
            "max 12 at 70%",
            "my-api",
            3,
            12,
        ),
        ("autoscale orders when evening traffic spikes, min 2 max 6 at 60% cpu", "orders", 2, 6),
        ("autoscale orders when the shops are busy, min 2 max 6 at 60% cpu", "orders", 2, 6),
        (
            "checkout should scale itself whenever the lunch rush starts: 2 to 7 pods, 70% cpu",
            "checkout",
            2,
            7,
        ),
    ],
)
def test_the_load_said_as_the_trigger_is_the_autoscaler(
    shop: Operator, intent: str, name: str, low: int, high: int
) -> None:
    _hpa(shop, intent, name, f"'minReplicas': {low}", f"'maxReplicas': {high}")


@pytest.mark.parametrize(
    "intent",
    [
        "autoscale my-api when checkout gets busy, min 3 max 12 at 70%",
        "autoscale orders when payments traffic spikes, min 2 max 6 at 60% cpu",
        "autoscale orders when traffic hits 500 rps, min 2 max 6",
        "autoscale orders when the shops are not busy, min 2 max 6 at 60% cpu",
    ],
)
def test_a_trigger_with_a_number_a_workload_or_a_negation_asks(shop: Operator, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.status == "needs_clarification", [o.summary() for o in plan.operations]
    assert plan.operations == []
