"""Round 33, helper m38b: attack38's shapes 2 and 3, a number seen read as the value to set.

Shape 2: a usage said before a raise of a request or a limit with no amount of its own became
the new value ("my-api memory at 700Mi, raise the request" set request and limit to 700Mi,
"worker cpu at 900m, raise the limit", "my-api memory at 700Mi, the limit is too low"). The rule
of :func:`observed._before_wish` (a37a: "my-api memory 400Mi: give it more") now reads such a
raise as a wish with no value, after a comma, a semicolon or a dash as after a colon, and reads
"reached 700Mi memory", "seeing 900m cpu on worker", "700Mi memory on my-api" as seen: how much
is asked.

Shape 3: a count said as the determiner of the pods ("fix the 3 worker pods", "make all 7
frontend pods ready") was read as a replica count: with no scale said beside it, it is asked
(:func:`counted.determiner`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (2) A usage seen before a raise with no amount: how much is asked, never the usage set.
@pytest.mark.parametrize(
    "intent",
    [
        "my-api memory at 700Mi, raise the request",
        "my-api memory at 700Mi, raise the limit",
        "worker cpu at 900m, raise the limit",
        "payments memory at 1Gi, raise the limit above that",
        "frontend cpu at 300m; the limit must go up",
        "my-api memory at 700Mi, the limit is too low",
        "my-api memory at 700Mi, make the limit higher",
        "my-api memory at 700Mi, more headroom please",
        "worker cpu 900m: raise the limit",
        "my-api memory is 700Mi, raise the memory limit",
        "my-api reached 700Mi memory, raise the limit",
        "payments hit 1Gi of memory - raise the request",
        "seeing 300m cpu on frontend, raise the limit",
        "700Mi memory on my-api: raise the request",
        "my-api using 700Mi memory, increase the limit",
        "my-api memory 400Mi: give it more",
        "raise the memory of payments, memory at 400Mi",
    ],
)
def test_a_usage_before_a_raise_with_no_amount_asks(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# Near misses: an amount said for the change itself is planned as said.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("set the memory limit of my-api to 700Mi", '"memory": "700Mi"'),
        ("my-api memory limit 700Mi", '"memory": "700Mi"'),
        ("raise the memory limit of my-api to 1Gi, memory at 700Mi right now", '"memory": "1Gi"'),
        ("frontend cpu 300m, memory 512Mi", '"cpu": "300m"'),
        ("my-api: memory limit 1Gi, cpu request 500m", '"memory": "1Gi"'),
    ],
)
def test_an_amount_said_for_the_change_is_planned(op: Operator, intent: str, expected: str) -> None:
    _, body = plans(op, intent)
    assert expected in body


def test_an_order_beside_a_usage_is_planned_alone(op: Operator) -> None:
    assert summaries(op, "scale payments to 4, cpu at 93% right now") == [
        "scale deployment/payments in shop to 4 replicas"
    ]


# (3) The count said as the determiner of the pods is no replica count.
@pytest.mark.parametrize(
    "intent",
    [
        "fix the 3 worker pods",
        "heal the 3 worker pods",
        "check the 4 payments pods",
        "make the 4 payments pods healthy",
        "make all 7 frontend pods ready",
        "make all of the 5 orders pods faster",
        "the 6 my-api pods: make them stable",
        "make both 2 payments pods ready",
        "make those 3 worker replicas stable",
    ],
)
def test_a_count_said_as_the_pods_determiner_asks(op: Operator, intent: str) -> None:
    assert "as the pods you mean" in (asks(op, intent).question or "")


# Near misses: a count said after the name, or a scale said beside the pods, stays planned.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("make the worker 3 pods", "scale deployment/worker in shop to 3 replicas"),
        ("make worker 3 pods", "scale deployment/worker in shop to 3 replicas"),
        ("scale worker to 3 pods", "scale deployment/worker in shop to 3 replicas"),
        ("scale all 3 worker pods", "scale deployment/worker in shop to 3 replicas"),
        (
            "the 3 frontend pods are slow, add two more",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        (
            "the 3 worker pods are busy, scale worker to 5",
            "scale deployment/worker in shop to 5 replicas",
        ),
    ],
)
def test_a_count_said_for_the_scale_is_planned(op: Operator, intent: str, expected: str) -> None:
    assert summaries(op, intent) == [expected]
