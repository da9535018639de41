"""Round 21 (counts): an autoscaler said as a wish or with the load it follows as its trigger.

"payments scales alone between 2 and 6 pods" (a calque of "tout seul") and "should grow on its
own when deadline traffic hits: 3 to 15 pods" were asked; each is an autoscaler. A trigger that
holds a number or names another workload, or a "scale … alone" without a range, still asks or
scales as before."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import plans


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


# Round 21 (counts): a scale beside numbers that count or time something else — "the renewal
# letters went out to 4 million people", "the regulator's 48h payout SLA" — and a deadline on a
# named day ("before the stores open on Black Friday"): the scale said is planned. A number that
# could be the count, a span of the change itself or a named day said as when still asks.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "triple the fee-payment service (payments), the renewal letters went out to 4 "
            "million people this morning",
            "scale deployment/payments in shop to 6 replicas",
        ),
        (
            "double orders, the newsletter went out to 2 million customers",
            "scale deployment/orders in shop to 4 replicas",
        ),
        (
            "one more replica on claim payouts (payments), we're at risk on the regulator's 48h "
            "payout SLA with 3,200 claims open",
            "scale deployment/payments in shop to 3 replicas",
        ),
        (
            "one more pod on orders, the bank's 24h settlement deadline is close",
            "scale deployment/orders in shop to 3 replicas",
        ),
        (
            "store API (my-api) 2 -> 5 before the stores open on Black Friday",
            "scale deployment/my-api in shop to 5 replicas",
        ),
        (
            "scale checkout to 6 before the sale starts on Cyber Monday",
            "scale deployment/checkout in shop to 6 replicas",
        ),
        (
            "worker 1 -> 3 ahead of the traffic peak on Black Friday",
            "scale deployment/worker in shop to 3 replicas",
        ),
    ],
)
def test_a_scale_beside_other_counts_or_a_deadline_day_plans(
    shop: Operator, intent: str, summary: str
) -> None:
    plan, _ = plans(shop, intent)
    assert [o.summary() for o in plan.operations] == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4 million",
        "scale worker to 3 for the 48h sale",
        "scale worker to 3 for 48h",
        "scale worker to 3, the 48h window starts now",
        "scale my-api to 5 on Black Friday",
        "scale my-api to 5 after the stores open on Black Friday",
    ],
)
def test_a_count_a_span_of_the_change_or_a_day_said_as_when_still_asks(
    shop: Operator, intent: str
) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.status == "needs_clarification", [o.summary() for o in plan.operations]
    assert plan.operations == []


# Round 21 (counts): the limit a workload hit, said before the new one ("my-api hit its 256Mi
# memory limit on the last deadline day, raise the limit to 768Mi"), is how things were: the
# value raised to is planned. Two new values still ask; the limit hit said alone is no order.
@pytest.mark.parametrize(
    ("intent", "name", "value"),
    [
        (
            "the eligibility API (my-api) hit its 256Mi memory limit on the last deadline day, "
            "raise the limit to 768Mi",
            "my-api",
            "768Mi",
        ),
        ("worker hit the 200m cpu limit last night, set the cpu limit to 500m", "worker", "500m"),
        (
            "payments hit its 512Mi memory limit again, raise the memory limit to 1Gi",
            "payments",
            "1Gi",
        ),
    ],
)
def test_the_limit_hit_before_the_new_one_is_a_fact(
    shop: Operator, intent: str, name: str, value: str
) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.status == "proposed", plan.question
    assert [o.target.name for o in plan.operations] == [name]
    assert value in str(plan.operations[0].model_dump())


@pytest.mark.parametrize(
    "intent",
    [
        "my-api hit its 256Mi memory limit, raise the limit to 768Mi and 1Gi",
        "my-api hit its 256Mi memory limit",
    ],
)
def test_the_limit_hit_with_two_new_values_or_alone_asks(shop: Operator, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.status == "needs_clarification", [o.summary() for o in plan.operations]


# Round 21 (counts): "casework worker (worker) to zero": the name said again in parentheses
# names what comes before it, and "to zero" is the count 0 said in a word. Another workload's
# name in the description, or the name alone repeated, is still asked.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "it's the bank holiday and no caseworkers are in: casework worker (worker) to zero",
            "scale deployment/worker in shop to 0 replicas",
        ),
        ("no one works on sunday: worker to zero", "scale deployment/worker in shop to 0 replicas"),
        (
            "the shops are closed, orders down to zero",
            "scale deployment/orders in shop to 0 replicas",
        ),
        ("the billing worker (worker) to 2", "scale deployment/worker in shop to 2 replicas"),
        ("the web frontend (frontend) to 4", "scale deployment/frontend in shop to 4 replicas"),
    ],
)
def test_a_name_repeated_as_its_description_and_to_zero(
    shop: Operator, intent: str, summary: str
) -> None:
    plan, _ = plans(shop, intent)
    assert [o.summary() for o in plan.operations] == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "the checkout worker (worker) to 2",
        "the payments frontend (frontend) to 4",
        "worker to zero and delete it",
    ],
)
def test_another_name_in_the_description_or_a_deletion_asks(shop: Operator, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.status == "needs_clarification", [o.summary() for o in plan.operations]
    assert plan.operations == []
