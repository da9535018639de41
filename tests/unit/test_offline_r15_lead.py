"""Round 15, the lead's mends after the merges: plans the wave made act where they asked before
(attack16 re-run against the start of the round). Each phrasing acted before its fix."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator


@pytest.mark.parametrize(
    "intent",
    [
        # A rename of what a key holds, with more said beside it than where the key lives.
        "the orders queue is renamed to orders-v2, tell the worker team",
        "the orders queue is renamed to orders-v2, worker still reads the old one",
        "the orders queue was renamed to orders-v2, ping the worker folks",
        # "we could …": a possibility, not an order.
        "payments 3.1.0 exists; we could swap it in",
        "frontend 2.2.0 is out, we could roll it out",
        # A charge said wrongly of the version the plan would deploy.
        "payments 3.1.0 double-charges, deploy it",
    ],
)
def test_what_the_wave_let_act_asks_again(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "needs_clarification", (intent, proposal.operations)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "the orders queue is renamed to orders-v2, it lives in orders-config",
            "patch configmap/orders-config in shop (merge)",
        ),
        (
            "roll payments back to 2.9.0, 3.0.0 double-charges",
            "set image of container payments in deployment/payments in shop to "
            "ghcr.io/acme/payments:2.9.0",
        ),
        (
            "payments 3.1.0 is out, swap it in",
            "set image of container payments in deployment/payments in shop to "
            "ghcr.io/acme/payments:3.1.0",
        ),
    ],
)
def test_near_misses_still_plan(shop: Operator, intent: str, summary: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert [op.summary() for op in proposal.operations] == [summary], proposal.question
