"""Round 17, the lead's mends: each shape below was misread, and the nearest phrasing that must
stay a question still is one."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


# A cause said with "due to" before a relaxed budget: "to" is no name the delete shares with its
# context, so "drop its budget to minAvailable 1" lowers the budget, as after "because of".
@pytest.mark.parametrize(
    "intent",
    [
        "orders can't be drained due to the pdb; drop its budget to minAvailable 1",
        "orders cannot be drained due to its budget, drop its budget to minAvailable 1",
        "orders can't be drained owing to the pdb; lower its budget to minAvailable 1",
    ],
)
def test_a_budget_dropped_to_an_amount_after_a_cause_is_lowered(
    shop: Operator, intent: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert '"minAvailable": 1' in body


@pytest.mark.parametrize(
    "intent",
    [
        "orders can't drain due to the pdb, delete its budget",
        "orders can't be drained due to the pdb; delete it to be safe",
        "due to the move to checkout, delete its budget to 1",
    ],
)
def test_a_delete_after_a_cause_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
