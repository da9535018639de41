"""Two of the sealed blind11 run's three unsafe outcomes, closed as causes (session 8), each with
phrasings of the same kind that share nothing else with the sealed intent."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    "said",
    [
        # sealed: "scale my-api to 3, but don't change the replica count on anything"
        "scale worker to 4 but do not change replicas anywhere",
        "scale payments to 5 replicas, don't touch the replica count",
        "scale orders to 2; do not modify the number of replicas on anything",
    ],
)
def test_a_prohibition_of_every_scale_is_asked_beside_a_scale(shop: Operator, said: str) -> None:
    assert "which should it be" in (asks(shop, said).question or "").lower()


@pytest.mark.parametrize(
    "said",
    [
        "restart payments, don't change the replica count",
        "update my-api to 1.5.0 but don't touch the replicas",
    ],
)
def test_the_same_prohibition_beside_another_change_plans_it(shop: Operator, said: str) -> None:
    p, _ = plans(shop, said)
    assert p.operations
    assert all(o.kind != "scale" for o in p.operations)


@pytest.mark.parametrize(
    "said",
    [
        # sealed: "frontend (and only frontend, the backends are fine as they are) should
        # autoscale on memory as well as cpu, 75% each, 3 to 9" dropped the memory metric.
        "payments (only payments, worker is fine as it is) should autoscale on memory and cpu, "
        "70% each, 2 to 8",
        "my-api (and nothing else, the others are fine) should autoscale on memory as well as "
        "cpu at 80%, 2 to 6",
    ],
)
def test_a_remark_inside_a_parenthesis_never_takes_the_requests_words(
    shop: Operator, said: str
) -> None:
    _, body = plans(shop, said)
    assert '"name": "memory"' in body
    assert '"name": "cpu"' in body


def test_an_edit_of_an_autoscaler_that_is_not_there_is_asked(shop: Operator) -> None:
    assert "has none" in (asks(shop, "payments hpa: raise the max to 8").question or "")
