"""Round 41, helper tidy41: second-read mends of round 40's code, with what they must keep.

- An HPA's bound said of a workload that has no HPA, after a courtesy ("please, the HPA of
  frontend max 20", "thanks — the hpa of worker min 2"), is asked, as it is said bare ("the HPA
  of frontend set max to 20"): the shop has no HPA.
- The check of a negation holding the only words that name what the plan changes reads the
  database words from the shared list (context.DATABASES): "the postgresql one", "the pg one"
  outside the negation still name what the plan restarts.
- quantities.cores_or_bytes is the one comparable number of a CPU or memory quantity.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline.quantities import cores_or_bytes
from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "please, the HPA of frontend max 20",
        "pls, frontend's HPA max 20",
        "thanks — the hpa of worker min 2",
        "the HPA of frontend set max to 20",
        "please: the HPA of frontend max 20",
        "please frontend's hpa min 3",
        "pls, the HPA of my-api max 20",
        "please, the hpa of frontend min 2",
    ],
)
def test_a_bound_of_an_hpa_that_is_not_there_is_asked_after_a_courtesy(
    op: Operator, intent: str
) -> None:
    question = asks(op, intent).question or ""
    assert "there is no HorizontalPodAutoscaler" in question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("bounce the redis one, not the proxy", "restart the pods of statefulset/cache in shop"),
        (
            "restart the postgresql one, not the proxy",
            "restart the pods of statefulset/postgres in shop",
        ),
        ("restart the pg one, not the proxy", "restart the pods of statefulset/postgres in shop"),
    ],
)
def test_software_said_outside_a_negation_names_what_it_changes(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


def test_the_databases_said_only_in_the_negation_is_asked(op: Operator) -> None:
    question = asks(op, "scale the namespace to 0 but not the databases").question or ""
    # (sh47b reads "the namespace" as the set the order acts on: a set less the databases)
    assert "named only in it" in question or "a set less postgres" in question


@pytest.mark.parametrize(
    ("quantity", "amount"),
    [("250m", 0.25), ("2", 2.0), ("1Gi", 2.0**30), ("512Mi", 512 * 2.0**20), ("1G", 1e9)],
)
def test_a_quantity_is_compared_in_cores_or_bytes(quantity: str, amount: float) -> None:
    assert cores_or_bytes(quantity) == amount


@pytest.mark.parametrize("quantity", ["", "lots", "2 cores", "1Xi", "-1"])
def test_what_is_not_a_quantity_is_zero(quantity: str) -> None:
    assert cores_or_bytes(quantity) == 0.0
