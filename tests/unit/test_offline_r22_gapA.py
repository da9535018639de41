"""Round 22/23, gap helper A: blind25's last misses, asked where a clear order was given.

The shapes: (1) 'double'/'triple' said as an occasion's name ("for the double points weekend",
"loyalty double points: …") was read as a relative change (:mod:`.promos` drops the
adjective); (2) a verbless scale with the workload's kind after its name ("cache statefulset to
2") was not read as a scale (:mod:`.chat`). The nearest orders that double, and the settings a
relative change names, keep their readings and their questions."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import promos
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _summaries(op: Operator, intent: str) -> tuple[list[str], str]:
    proposal, _ = plans(op, intent)
    return [o.summary() for o in proposal.operations], proposal.awaits or ""


# (1) An occasion named with 'double': the order beside it plans, with its exact value.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "loyalty redis (cache statefulset) to 2 for the double points weekend",
            "scale statefulset/cache in shop to 2 replicas",
            "",
        ),
        (
            "loyalty double points: FEATURE_X=on on the store API (my-api) when the stores "
            "open at 08:00",
            "patch configmap/my-api-config in shop (merge)",
            "08:00",
        ),
        (
            "scale frontend to 4 for the double XP event",
            "scale deployment/frontend in shop to 4 replicas",
            "",
        ),
        (
            "frontend to 5 replicas ahead of the Double Points weekend",
            "scale deployment/frontend in shop to 5 replicas",
            "Double Points weekend",
        ),
        (
            "set FEATURE_X=on on my-api during double points",
            "patch configmap/my-api-config in shop (merge)",
            "",
        ),
        (
            "promo double points: scale checkout to 4",
            "scale deployment/checkout in shop to 4 replicas",
            "",
        ),
        (
            "scale checkout to 6 for the double discount day",
            "scale deployment/checkout in shop to 6 replicas",
            "",
        ),
    ],
)
def test_double_said_of_an_occasion_plans(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    summaries, waited = _summaries(op, intent)
    assert summaries == [summary]
    assert awaits in waited


# 'double' that is an order keeps doubling the workload; one said of a setting is asked.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("double the frontend", "scale deployment/frontend in shop to 6 replicas"),
        ("double frontend", "scale deployment/frontend in shop to 6 replicas"),
        (
            "double the replicas of checkout for the weekend",
            "scale deployment/checkout in shop to 4 replicas",
        ),
        (
            "triple checkout for the promo weekend",
            "scale deployment/checkout in shop to 6 replicas",
        ),
    ],
)
def test_double_as_an_order_still_doubles(op: Operator, intent: str, summary: str) -> None:
    summaries, _ = _summaries(op, intent)
    assert summaries == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "double POINTS on my-api",
        "double BATCH_SIZE on orders",
        "orders: double the batch size",
        "double the threads on my-api",
        "double points on frontend",
        "loyalty double points: frontend",
        "double points weekend",
    ],
)
def test_double_of_a_setting_or_nothing_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_promos_reads_only_the_adjective() -> None:
    assert (
        promos.read("cache to 2 for the double points weekend")
        == "cache to 2 for the points weekend"
    )
    assert promos.read("double the frontend") == "double the frontend"
    assert promos.read("double POINTS on my-api") == "double POINTS on my-api"


# (2) A verbless scale with the kind after the name.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("cache statefulset to 2", "scale statefulset/cache in shop to 2 replicas"),
        ("loyalty redis (cache statefulset) to 2", "scale statefulset/cache in shop to 2 replicas"),
        ("cache deployment to 2", "scale deployment/cache in shop to 2 replicas"),
        ("frontend deploy to 4", "scale deployment/frontend in shop to 4 replicas"),
        ("ok the checkout deployment to 5 pls", "scale deployment/checkout in shop to 5 replicas"),
    ],
)
def test_verbless_scale_with_kind_plans(op: Operator, intent: str, summary: str) -> None:
    summaries, _ = _summaries(op, intent)
    assert summaries == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "cache statefulset to 2 cpu",
        "worker deployment to 0 for now",
        "frontend deployment up to 8",
    ],
)
def test_verbless_scale_with_kind_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)
