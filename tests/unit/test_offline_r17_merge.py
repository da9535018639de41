"""Round 17, where the second wave's families met: each pair of phrasings below shares its
words with a family's withheld shape, and only one of each pair withholds.

- "fyi" closing a message is news told (``noorder`` reports, ``doubts`` complaints), but
  "# fyi" after a pasted command is a comment that files the command (:mod:`.prose`);
- someone else's past change withholds the order ("Sam cut worker to 1"), but cutting a build,
  a release or a tag changes nothing running, so the order after it plans;
- a verdict after the change withholds it ("…, it was rejected by CAB"), but a delete's object
  said replaced or out of use is the reason to delete it;
- a verdict on how things are withholds ("frontend is elastic enough"), but "4 is not enough"
  beside the order is its reason;
- thousands of replicas are asked, unless said as a count of replicas ("1000 replicas");
- another thing after a workload's name is asked in an order on its pods, but not in a remark
  ("the worker job runner is stuck, …"), and not where the words may be another object's name
  (asked as that)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        (
            "kubectl scale deploy/worker --replicas=3  # fyi",
            "scale deployment/worker in shop to 3 replicas",
        ),
        (
            "the SE team cut a demo build of payments, ghcr.io/acme/payments:3.1.0-demo, put "
            "that on payments",
            "set image of container payments in deployment/payments in shop to "
            "ghcr.io/acme/payments:3.1.0-demo",
        ),
        (
            "the release team cut the 3.2.0 release of payments; deploy 3.2.0 to payments",
            "set image of container payments in deployment/payments in shop to "
            "ghcr.io/acme/payments:3.2.0",
        ),
        (
            "delete checkout, it was superseded by payments",
            "delete deployment/checkout in shop",
        ),
        ("scale worker to 6, 4 is not enough", "scale deployment/worker in shop to 6 replicas"),
        ("scale my-api to 1000 replicas", "scale deployment/my-api in shop to 1000 replicas"),
        (
            "The worker job runner is stuck on a bad message, restart the worker pods",
            "restart the pods of deployment/worker in shop",
        ),
    ],
)
def test_the_order_beside_a_shape_that_is_not_the_change_plans(
    shop: Operator, said: str, summary: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == [summary]


@pytest.mark.parametrize(
    "said",
    [
        "frontend 5 pods rn fyi",
        "scaled worker to 3 fyi",
        "Sam cut the payments replicas to 2",
        "the on-call cut worker to 1",
        "scale frontend to 5, it was rejected by CAB",
        "frontend is elastic enough",
        "scale worker to 1500",
        "scale worker to 1500, the pods are slow",
        "restart the worker job",
    ],
)
def test_news_and_someone_elses_change_are_asked(shop: Operator, said: str) -> None:
    asks(shop, said)
