"""Round 32, the lead: mends made at the merge.

- "prometheus metrics for the fan app site (frontend)" (blind28, planned) was asked as a name
  with no verb once the nickname resolved: the rule of round 22 ("metrics for payments",
  "payments prometheus" say no change) read every word as a noun. The system that scrapes,
  named with what it gathers and for whom, is a request, as "an HPA for my-api" is
  (:mod:`.described`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import question_for, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("prometheus metrics for the fan app site (frontend)", "frontend"),
        ("prometheus metrics for frontend", "frontend"),
        ("Prometheus metrics for payments, please", "payments"),
        ("prometheus scraping for my-api", "my-api"),
        # (checkout has no Service: its pods are scraped.)
        ("prometheus monitoring of checkout", "checkout"),
    ],
)
def test_prometheus_metrics_for_a_workload_is_a_monitor(
    op: Operator, intent: str, target: str
) -> None:
    kind = "podmonitor" if target == "checkout" else "servicemonitor"
    assert summaries(op, intent) == [f"apply {kind}/{target} in shop"]


@pytest.mark.parametrize(
    "intent",
    ["metrics for payments", "payments prometheus", "payments prometheus metrics"],
)
def test_metrics_named_without_what_to_set_up_still_ask(op: Operator, intent: str) -> None:
    assert "no verb" in question_for(op, intent)
