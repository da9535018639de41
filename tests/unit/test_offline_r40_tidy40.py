"""Round 40, helper tidy40: sanity's check of a bracket that is only a kind, on its own.

- A bracket right after a planned workload's name that is only another workload kind ("delete
  worker (the statefulset)") is asked however the clause goes on: main only read it when some
  bracket of the message kept nothing, so "delete worker (the statefulset) but leave payments
  alone" deleted the Deployment worker (the words after the bracket say what stays).
- Its own kind in the bracket, or another kind in a bracket after a name the plan does not
  change, still plans.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker (the statefulset) but leave payments alone",
        "restart payments (sts) and not orders",
        "scale worker (statefulset) to 3 but keep frontend as is",
        "restart frontend (a daemonset) and leave the rest untouched",
        "restart orders (sts) except checkout",
    ],
)
def test_another_kind_in_brackets_is_asked_beside_what_stays(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "Which one did you mean?" in question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "restart worker (deployment) but leave payments alone",
            "restart the pods of deployment/worker in shop",
        ),
        (
            "restart postgres (the statefulset) and keep the rest untouched",
            "restart the pods of statefulset/postgres in shop",
        ),
        (
            "restart payments but leave worker (the statefulset) alone",
            "restart the pods of deployment/payments in shop",
        ),
    ],
)
def test_its_own_kind_or_another_name_in_brackets_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]
