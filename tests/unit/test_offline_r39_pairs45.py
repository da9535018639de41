"""Round 39, helper pairs45: two workloads named kubectl-style and joined by a list word, with a
word after them, are both planned, or asked — never half of them silently.

- :func:`.compound.listed`: a name's own kind said kubectl-style before it ("deploy/worker and
  sts/postgres now") is no word between the items; a kind said that is not the object's sends
  each item to be read for what it says.
- :func:`.compound.each_said`: words that close a request and name nothing — a courtesy,
  "now", the reader called ("… bro", "…, yeah") — are no item of the list ("restart sts/cache
  and deploy/cache bro" planned StatefulSet/cache alone).
- A list said kubectl-style that the plan does not read whole (:func:`.compound.slash_listed`)
  is asked: "restart sts/cache and deploy/cache today" planned one of the two.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

WORKER = "restart the pods of deployment/worker in shop"
PAYMENTS = "restart the pods of deployment/payments in shop"
POSTGRES = "restart the pods of statefulset/postgres in shop"
STS_CACHE = "restart the pods of statefulset/cache in shop"
DEPLOY_CACHE = "restart the pods of deployment/cache in shop"


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("restart deploy/worker and sts/postgres now", [WORKER, POSTGRES]),
        ("restart deploy/worker and sts/postgres please", [WORKER, POSTGRES]),
        ("restart sts/cache and deploy/worker please", [STS_CACHE, WORKER]),
        ("restart sts/cache and deploy/cache bro", [STS_CACHE, DEPLOY_CACHE]),
        ("restart sts/cache and deploy/cache, yeah", [STS_CACHE, DEPLOY_CACHE]),
        ("restart deploy/cache and sts/cache bro", [DEPLOY_CACHE, STS_CACHE]),
        ("restart deploy/worker and deploy/payments please", [WORKER, PAYMENTS]),
        ("restart sts/postgres & deploy/worker now", [POSTGRES, WORKER]),
        ("restart sts/cache, deploy/worker pls", [STS_CACHE, WORKER]),
        ("restart the cache StatefulSet and the worker Deployment now", [STS_CACHE, WORKER]),
        ("restart the postgres statefulset and the worker deployment please", [POSTGRES, WORKER]),
    ],
)
def test_both_of_a_kubectl_style_pair_are_planned(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "scale deploy/worker and deploy/payments to 3 please",
            [
                "scale deployment/worker in shop to 3 replicas",
                "scale deployment/payments in shop to 3 replicas",
            ],
        ),
        (
            "scale deploy/worker and sts/postgres to 2 now",
            [
                "scale deployment/worker in shop to 2 replicas",
                "scale statefulset/postgres in shop to 2 replicas",
            ],
        ),
    ],
)
def test_both_of_a_kubectl_style_pair_are_scaled(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "restart sts/cache and deploy/cache today",
        "restart sts/cache and deploy/cache when you can",
        "scale sts/cache and deploy/cache to 2",
        "scale sts/cache and deploy/cache to 2 please",
    ],
)
def test_a_kubectl_style_list_not_read_whole_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "sts/cache" in question
    assert "deploy/cache" in question


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("restart sts/postgres and deploy/worker", [POSTGRES, WORKER]),
        ("restart deploy/worker and deploy/payments", [WORKER, PAYMENTS]),
        ("restart worker and postgres please", [WORKER, POSTGRES]),
        ("restart deploy/worker please", [WORKER]),
    ],
)
def test_what_was_planned_still_is(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # A kind said that is not the object's is still asked.
        "restart deploy/postgres and sts/worker please",
        "restart deploy/worker and sts/postgres not",
    ],
)
def test_a_wrong_kind_or_a_negation_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
