"""An autoscaler said by its bounds and the metric it scales on, the metric said as a condition.

"never below 3 but up to 15 when cpu is high (target 50%)", "between 2 and 10 when cpu hits
80": the condition is what an autoscaler does, and the number after it is the target. A scale
to one count with the same condition is still a real condition, and is asked.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "low", "high", "metric", "percent"),
    [
        ("let orders autoscale from 2 to 7 once memory goes above 75", 2, 7, "memory", 75),
        ("payments should scale out by itself between 2 and 10 when cpu hits 80", 2, 10, "cpu", 80),
        ("frontend: never below 3, up to 12 whenever cpu is high, target 55%", 3, 12, "cpu", 55),
        ("checkout hpa, min 2, max 6, scale when memory is over 70%", 2, 6, "memory", 70),
        ("worker: never under 1, at most 4 when cpu is busy (60%)", 1, 4, "cpu", 60),
    ],
)  # fmt: skip
def test_the_metric_said_as_a_condition_is_the_autoscalers(
    shop: Operator, intent: str, low: int, high: int, metric: str, percent: int
) -> None:
    _, body = plans(shop, intent)
    assert f'"minReplicas": {low}' in body
    assert f'"maxReplicas": {high}' in body
    assert json.dumps({"name": metric}).strip("{}") in body
    assert f'"averageUtilization": {percent}' in body


@pytest.mark.parametrize(
    "intent",
    [
        "scale orders to 5 when cpu is high",
        "scale payments to 4 once memory hits 90%",
        "autoscale orders 2 to 6 when cpu hits 70 tonight",
    ],
)
def test_a_count_or_a_time_with_the_condition_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
