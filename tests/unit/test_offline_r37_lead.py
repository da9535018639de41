"""Round 37, the lead: what attack42's kit still planned on the merge.

- A review's or a post-mortem's finding of a count ("the postmortem said orders needed 4
  replicas", "the capacity review says payments needs 6 replicas", "the load test report says
  my-api needs 6 replicas") is what a document says of a value, as en41's release notes are:
  asked, never planned. An order of one's own beside it still plans.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "the postmortem said orders needed 4 replicas",
        "the post-mortem says worker needs 3 replicas",
        "the capacity review says payments needs 6 replicas 🙏",
        "the load test report says my-api needs 6 replicas",
        "the load test results say worker needs 4 replicas",
        "our retro said frontend needed 5 replicas",
        "the incident report says payments needs 512Mi of memory",
    ],
)
def test_a_reviews_finding_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "scale payments to 6 as the capacity review says",
            "scale deployment/payments in shop to 6 replicas",
        ),
        ("restart worker, per the audit", "restart the pods of deployment/worker in shop"),
    ],
)
def test_an_own_order_beside_a_finding_plans(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]
