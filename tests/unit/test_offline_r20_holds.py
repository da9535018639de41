"""Round 20 (attack 23): a hold or an objection said after the order, in words the hold readers
did not know, acted now ("scale payments to 3 — approval still pending from Maria" scaled).
Each is read as a verdict said after the change and asked; a go-ahead said after it plans."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator


@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api to 5, payments team says no though",
        "scale payments to 3 — approval still pending from Maria",
        "scale orders to 3 (approval requested in CR-77)",
        "scale worker to 2, Maria hasn't signed off yet",
        "restart frontend pending Dana",
        "scale payments to 3 subject to approval",
        "restart orders — Priya will confirm",
        "scale checkout to 3, the checkout team disagrees",
        "restart worker although security objected",
        "scale payments to 3 despite the freeze",
        "scale worker to 4, Bob needs to review it first",
        "restart worker, the security team objects to it",
    ],
)
def test_a_hold_or_objection_after_the_order_is_asked(shop: Operator, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.status == "needs_clarification", [o.summary() for o in plan.operations]
    assert plan.operations == []
    assert "verdict said after the change" in (plan.question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 3, the CAB approved it",
        "scale payments to 3 since Maria signed off",
        "restart worker, the batch is pending",
        "scale payments to 3, Maria approved it yesterday",
        # "objects" is a noun here, never an objection (blind4).
        "back up postgres with velero every six hours, only the postgres objects",
    ],
)
def test_a_go_ahead_or_a_fact_after_the_order_plans(shop: Operator, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.status == "proposed", plan.question
    assert len(plan.operations) == 1


def test_a_status_tag_after_the_order_is_asked(shop: Operator) -> None:
    # Round 25 (reports): "…: pending" is read as a tracker's status tag, before the verdict.
    plan = shop.analyze("restart my-api — approval: pending", namespace="shop")
    assert plan.status == "needs_clarification"
    assert plan.operations == []
    assert "': pending'" in (plan.question or "")
