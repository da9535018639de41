"""Round 44, the lead: what the CI run of round 43 found, and blind47 as the gap list.

Each test names the shape it holds and the variants around it that must keep their meaning: a
question where the request is unclear, the plan where it is not.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, gak jadi masalah",
        "restart worker, nggak masalah",
        "restart worker, tidak ada masalah kok",
        "restart worker. tak ada masalah",
    ],
)
def test_no_problem_in_indonesian_closing_the_order_is_a_courtesy(
    op: Operator, intent: str
) -> None:
    """Round 43's closing-clause rule asked "gak jadi masalah" (no problem); round 37 plans it."""
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("rollout_restart", "worker")]


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, gak jadi",
        "delete worker, ippo venda",
        "restart worker, ippo venda",
    ],
)
def test_a_closing_clause_that_is_no_courtesy_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
