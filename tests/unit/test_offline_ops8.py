"""Availability, network and security said as outcomes, and incident verbs (helper ops,
session 8). The rule: a budget, policy or setting said by what it must achieve is that object
with that amount; what a budget holds now, said beside its relax, is the state the relax starts
from (never its new value); a symptom clause beside the request is why, never a change. Over
the in-memory shop (orders 2 replicas with a pdb of minAvailable 2, payments 2, frontend 3).
Our own phrasings."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    "intent",
    [
        "the orders budget (minAvailable 2 with 2 pods) blocks every drain, loosen it",
        "node-4 won't drain because of the orders pdb, relax it so one pod may be evicted",
        "we can't drain the node, orders has minAvailable 2 w/ 2 replicas, relax that pdb",
        "drains never finish on orders, loosen its budget so one can go",
        "orders pdb: min available 2 with 2 pods, make drains go through",
    ],
)
def test_a_relax_starts_from_the_state_said(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    (op,) = proposal.operations
    assert op.kind == "patch"
    assert op.target.name == "orders"
    assert op.patch == {"spec": {"maxUnavailable": 1, "minAvailable": None}}


@pytest.mark.parametrize(
    "intent",
    [
        # an amount that still blocks every drain is no relax
        "orders pdb (minAvailable 3) blocks drains, relax it",
        "relax the orders budget to minAvailable 2",
        # protection asked by a negation is not a relax
        "payments cannot be drained, add a pdb",
    ],
)
def test_a_relax_that_relaxes_nothing_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "name", "floor"),
    [
        (
            "node drains keep killing both payments pods at once, need a pdb so at least 1 "
            "stays up",
            "payments",
            1,
        ),
        (
            "upgrades keep evicting all the frontend pods together, add a pdb so 1 stays available",
            "frontend",
            1,
        ),
        (
            "frontend pods keep getting drained together; a budget please so that 2 remain up",
            "frontend",
            2,
        ),
        ("payments: give it a disruption budget so one is always running", "payments", 1),
    ],
)
def test_a_floor_said_as_the_purpose_of_a_budget(
    shop: Operator, intent: str, name: str, floor: int
) -> None:
    proposal, body = plans(shop, intent)
    (op,) = proposal.operations
    assert op.kind == "apply"
    assert op.target.kind == "PodDisruptionBudget"
    assert op.target.name == name
    assert json.loads(body)[0]["manifest"]["spec"]["minAvailable"] == floor
