"""Round 12, helper hadel (ha, delete): the pods a disruption may take ("let it lose one pod",
"allow one pod to go down") beside a budget or a drain are the budget's maxUnavailable, never a
replica count to scale down to; a budget said to block drains ("blocks every drain") is relaxed
only when it is there. The near misses must still ask."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    "said",
    [
        "the orders PDB blocks every drain, let it lose one pod",
        "orders budget is blocking all node drains; allow it to lose 1 pod",
        "the orders pdb (minAvailable 2, 2 replicas) blocks our drains, so let orders lose one pod",
        "orders pdb keeps blocking the drain. let it lose a single pod",
        "node drains hang on the orders PDB, it can lose one pod",
    ],
)
def test_pods_let_go_beside_a_blocking_budget_relax_it(shop: Operator, said: str) -> None:
    p, body = plans(shop, said)
    assert [o.summary() for o in p.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert '"maxUnavailable": 1' in body


@pytest.mark.parametrize(
    "said",
    [
        # a pod let go during drains is a budget's, never a scale to one fewer
        "let frontend lose one pod during node drains",
        "my-api may lose 1 pod while nodes are drained",
    ],
)
def test_pods_let_go_during_drains_are_a_budget(shop: Operator, said: str) -> None:
    p, body = plans(shop, said)
    assert all(o.kind != "scale" for o in p.operations)
    assert '"maxUnavailable": 1' in body


@pytest.mark.parametrize(
    "said",
    [
        # no budget selects payments' pods: the budget said to block drains is not there
        "the payments budget is blocking all node drains, let it lose one pod",
        "payments pdb blocks every drain, relax it",
        # a relax that still allows no disruption
        "the orders PDB blocks every drain, set minAvailable to 2",
    ],
)
def test_a_blocking_budget_near_miss_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_pods_lost_with_no_disruption_said_stay_a_scale(shop: Operator) -> None:
    p, _ = plans(shop, "my-api could lose a replica")
    assert [o.summary() for o in p.operations] == ["scale deployment/my-api in shop to 1 replicas"]
