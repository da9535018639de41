"""Round 42, the lead: what a plan says of a rollout strategy matches what it sets.

A rollout field said alone ("deploy frontend 2.2.0 with maxSurge 2") keeps the floor the
Deployment has (25% when unset), so the plan is not a zero-downtime one: its reason and its
validation step said "zero downtime" and "maxUnavailable 0" all the same.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


def _strategy(op: Operator, intent: str) -> tuple[str, str, str]:
    proposal, _ = plans(op, intent)
    patch = next(o for o in proposal.operations if "strategy" in str(getattr(o, "patch", "")))
    rolling = patch.patch["spec"]["strategy"]["rollingUpdate"]  # type: ignore[attr-defined]
    return str(rolling["maxUnavailable"]), patch.reason, " ".join(proposal.validation_plan)


@pytest.mark.parametrize(
    ("intent", "unavailable"),
    [
        ("deploy frontend 2.2.0 with maxSurge 2", "25%"),
        ("set my-api rollout strategy to maxUnavailable 1", "1"),
    ],
)
def test_a_rollout_field_said_alone_is_not_called_zero_downtime(
    op: Operator, intent: str, unavailable: str
) -> None:
    said, reason, _ = _strategy(op, intent)
    assert said == unavailable
    assert "zero downtime" not in reason.lower()
    assert f"maxUnavailable {unavailable}" in reason


def test_the_strategy_alone_is_validated_by_the_fields_it_sets(op: Operator) -> None:
    said, reason, validation = _strategy(op, "set my-api rollout strategy to maxUnavailable 1")
    assert "maxUnavailable 1," in validation
    assert "maxUnavailable 0" not in validation
    said, reason, validation = _strategy(op, "make payments zero-downtime with maxSurge 2")
    assert said == "0"
    assert reason.startswith("zero downtime")
    assert "maxUnavailable 0, maxSurge 2" in validation


@pytest.mark.parametrize(
    "intent",
    [
        "make frontend highly available with maxUnavailable 2",
        "make frontend survive a node failure with max unavailable 1",
    ],
)
def test_maxunavailable_beside_availability_is_the_budgets_alone(op: Operator, intent: str) -> None:
    """attack48: the field said with "highly available" was also written into the rollout
    strategy (a second number nobody asked of the rollouts)."""
    proposal, body = plans(op, intent)
    assert any(o.target.kind == "PodDisruptionBudget" for o in proposal.operations)
    assert '"strategy"' not in body


def test_maxunavailable_said_of_rollouts_beside_a_budget_is_still_the_strategys(
    op: Operator,
) -> None:
    proposal, body = plans(
        op, "make frontend HA, pdb maxUnavailable 1, and rollouts with maxUnavailable 0"
    )
    assert '"maxUnavailable": 0' in body
    assert any(o.target.kind == "PodDisruptionBudget" for o in proposal.operations)


@pytest.mark.parametrize(
    "intent",
    [
        "make the weaver DB (postgres) a hot standby in Tashkent",
        "postgres should get a warm standby on another node",
        "give the cache statefulset a hot spare",
    ],
)
def test_a_standby_of_a_database_asked_for_is_asked(op: Operator, intent: str) -> None:
    """blind45 (unsafe on main): a standby asked for was planned as high availability, the
    database scaled to 3 (empty independent databases, not a copy)."""
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "workload"),
    [
        (
            "pls do a rollout restart of the auction redis (the cache StatefulSet), no deleting "
            "pods by hand",
            "statefulset/cache",
        ),
        ("restart worker, no deleting pods manually", "deployment/worker"),
        ("restart worker, no pods deleted by hand", "deployment/worker"),
    ],
)
def test_a_restart_with_no_pods_deleted_by_hand_is_the_restart(
    op: Operator, intent: str, workload: str
) -> None:
    """blind45: the manner after 'no deleting pods' hid the prohibition, and the pods said were
    read as a count (asked how many replicas)."""
    assert summaries(op, intent) == [f"restart the pods of {workload} in shop"]


def test_a_delete_beside_no_pods_deleted_by_hand_is_still_asked(op: Operator) -> None:
    question = asks(op, "restart worker, no deleting pods by hand, and delete orders").question
    assert "don't delete" in (question or "")
