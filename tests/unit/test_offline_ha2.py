"""Scale said relatively and HA/budgets said as outcomes (helper ha2).

"orders up by 50%", "frontend down by one", "double the my-api reps", "three times of current",
"can be scaled down to zero", "every tier=backend deploy": a relative or selected scale said
without the planner's usual words is planned with the count it computes; an amount that belongs
to something else still asks. Over the in-memory shop; the phrasings are our own.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "target", "replicas"),
    [
        ("checkout up by 100% for the sale", "checkout", 4),
        ("payments down by 1 pls", "payments", 1),
        ("worker needs scaling up by one", "worker", 2),
        ("triple the worker reps", "worker", 3),
        ("double its reps: scale my-api", "my-api", 4),
        ("scale frontend to 2 times of current", "frontend", 6),
        ("frontend should be scaled to 4", "frontend", 4),
    ],
)  # fmt: skip
def test_a_relative_scale_said_without_the_usual_words_is_planned(
    shop: Operator, intent: str, target: str, replicas: int
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [target]
    assert f'"replicas": {replicas}' in body


def test_a_selector_with_a_short_kind_selects_only_that_kind(shop: Operator) -> None:
    proposal, body = plans(shop, "all tier=backend deploys to 2 replicas")
    assert proposal.operations
    assert {o.target.kind for o in proposal.operations} == {"Deployment"}
    assert '"replicas": 2' in body


@pytest.mark.parametrize(
    "intent",
    [
        "my-api memory up by 50%",
        "frontend timeout up by 2",
        "halve the frontend reps",
    ],
)
def test_an_amount_of_something_else_or_an_odd_half_still_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "target", "needle"),
    [
        ("give payments a budget: 1 max unavailable", "payments", '"maxUnavailable": 1'),
        ("a pdb for checkout with 50% min available", "checkout", '"minAvailable": "50%"'),
        ("my-api should survive node drains without dropping below 1 pod", "my-api",
         '"minAvailable": 1'),
        ("payments can tolerate 1 pod evicted at once", "payments", '"maxUnavailable": 1'),
        ("drains keep failing on orders, relax its pdb", "orders", '"maxUnavailable": 1'),
        ("let the drains go through on orders", "orders", '"maxUnavailable": 1'),
    ],
)  # fmt: skip
def test_a_budget_said_in_words_is_planned(
    shop: Operator, intent: str, target: str, needle: str
) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.kind for o in proposal.operations} == {"PodDisruptionBudget"}
    assert {o.target.name for o in proposal.operations} == {target}
    assert needle in body


def test_drains_stuck_on_a_workload_without_a_budget_asks(shop: Operator) -> None:
    assert "no PodDisruptionBudget" in (asks(shop, "drains hang on checkout").question or "")


def test_relaxing_a_limit_is_not_a_budget(shop: Operator) -> None:
    proposal, _ = plans(shop, "relax the cpu limit on my-api to 1")
    assert {o.target.kind for o in proposal.operations} == {"Deployment"}


@pytest.mark.parametrize(
    "intent",
    [
        "worker is a lone pod; a node reboot and the queue stalls. fix it",
        "worker is single replica and when its node gets rotated we lose jobs. make it resilient",
        "worker is our spof, one pod crashes and nothing gets processed. sort it",
    ],
)
def test_one_pod_and_what_losing_it_does_is_ha(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    assert proposal.operations[0].kind == "scale"
    assert '"topologySpreadConstraints"' in body
    assert any(o.target.kind == "PodDisruptionBudget" for o in proposal.operations)


@pytest.mark.parametrize(
    "intent",
    [
        "postgres pods should sit in separate zones",
        "the orders pods are to be distributed over the availability zones",
        "keep my-api balanced over distinct nodes, hard rule",
    ],
)
def test_a_placement_said_with_other_words_is_planned(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["patch"]
    assert "topologySpreadConstraints" in body or "podAntiAffinity" in body


def test_a_scale_said_with_a_spread_is_kept(shop: Operator) -> None:
    proposal, body = plans(shop, "scale postgres to 3 distributed over zones")
    assert [o.kind for o in proposal.operations] == ["scale", "patch"]
    assert '"replicas": 3' in body


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("deploys of my-api must not bring it under 2 available pods", "my-api"),
        ("payments releases should never leave it below 2 pods", "payments"),
    ],
)
def test_a_rollout_floor_said_as_what_the_rollout_does_is_its_strategy(
    shop: Operator, intent: str, target: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [target]
    assert '"maxUnavailable": 0' in body


def test_a_floor_without_a_rollout_still_asks(shop: Operator) -> None:
    asks(shop, "never take frontend below 2 pods")
