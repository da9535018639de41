"""Round 17, issue 11: a plan never does half of what was asked silently.

Every part of a compound order ("… and …", "… plus …", "…, then …", "X: … and …") is in the
plan, or the planner asks, naming the part left out (dotop_nb/planner/offline/halves.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from dotop_nb.planner.offline import halves


def _ops(plan: Any) -> list[str]:
    return [op.summary() for op in plan.operations]


@pytest.mark.parametrize(
    ("intent", "name", "count"),
    [
        ("run three of worker and put a pdb on it that keeps two up", "worker", 3),
        ("frontend: run three of them and add a pdb that keeps two up", "frontend", 3),
        ("add a pdb to cache proxy with minAvailable 1 and run two of it", "cache", 2),
        ("run 2 of the cache proxy, plus add a pdb that keeps one up", "cache", 2),
    ],
)
def test_a_count_said_as_running_is_planned_beside_the_budget(
    shop: Any, intent: str, name: str, count: int
) -> None:
    plan = shop.analyze(intent, namespace="shop")
    ops = _ops(plan)
    assert plan.question is None, plan.question
    assert f"scale deployment/{name} in shop to {count} replicas" in ops
    assert any(op.startswith("apply poddisruptionbudget/") for op in ops)


@pytest.mark.parametrize(
    "intent",
    [
        "restart orders together with everything else",
        "restart payments plus everything else",
        "bounce orders and everything else",
        "cycle worker as well as everything else",
        "set the image of frontend to ghcr.io/acme/frontend:2.2.0 and also restart everything else",
    ],
)
def test_the_rest_beside_one_workload_is_asked(shop: Any, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.question is not None
    assert not plan.operations


@pytest.mark.parametrize(
    "intent",
    [
        "keep two of the frontend going and add a pdb with minAvailable 1",
        "keep three of orders up and put a pdb on it keeping two",
    ],
)
def test_a_count_that_may_be_a_floor_is_asked_not_dropped(shop: Any, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.question is not None
    assert not any(op.startswith("scale ") for op in _ops(plan))


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 3 and restart it",
        "restart worker, then scale it to 2",
        "scale frontend to 4, then restart worker",
        "one more payments replica please, everyone is paying at once and everything else waits",
    ],
)
def test_whole_plans_and_facts_stay_planned(shop: Any, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.question is None, plan.question
    assert plan.operations


@pytest.mark.parametrize(
    "intent",
    [
        "restart orders; should that fail, scale orders to 3",
        "bounce my-api. as a last resort, scale it to 5",
        "restart frontend; failing that, scale frontend to 3",
    ],
)
def test_a_fallback_after_a_condition_is_not_a_part_left_out(shop: Any, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.question is None, plan.question
    assert any(op.startswith("restart ") for op in _ops(plan))


def test_parts_cut_at_every_join_but_not_inside_quotes() -> None:
    assert halves.parts("restart a, scale b to 2 plus add a pdb as well as 'x and y'") == [
        "restart a",
        "scale b to 2",
        "add a pdb",
        "'x and y'",
    ]


def test_as_scale_writes_the_count_and_leaves_other_runs() -> None:
    assert halves.as_scale("run two of the cache proxy and add a pdb") == (
        "scale the cache proxy to 2 and add a pdb"
    )
    assert halves.as_scale("run the migration job") == "run the migration job"
    assert halves.as_scale("keep 3 replicas of orders plus restart it") == (
        "keep 3 replicas of orders plus restart it"
    )
