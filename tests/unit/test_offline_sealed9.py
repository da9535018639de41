"""The unsafe outcome of the sealed blind9 run (docs/evaluation-blind9.md), as its cause: a
probe's budget said as "30 failures x 10s" kept the count and dropped the period (a number said
and not planned). Our own phrasings of the same shape."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import plans

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    ("intent", "period", "failures"),
    [
        ("Please give frontend a startup probe (GET /healthz, 30 failures x 10s).", 10, 30),
        ("startup probe for checkout on /healthz, 20 tries x 5s", 5, 20),
        ("frontend startup probe on /healthz, 12 attempts x 15s", 15, 12),
        ("startup probe on frontend, /healthz, 40 checks every 3s", 3, 40),
    ],
)
def test_a_budget_said_with_what_it_counts_keeps_its_period(
    shop: Operator, intent: str, period: int, failures: int
) -> None:
    _, body = plans(shop, intent)
    assert '"startupProbe"' in body
    assert f'"periodSeconds": {period}' in body
    assert f'"failureThreshold": {failures}' in body
