"""Pods counted in a role that is not the replica count (helper counts, wave 2): a relative
change applies to the noun it modifies — only replicas, pods or the workload itself are a
scale; a pod kill, a rollout pace and a floor kept up while pods are replaced never become the
count; a fact about pods is context; a floor beside a budget is its minAvailable; a factor
written as a setting's value is asked. Over the in-memory shop (my-api 2, frontend 3, payments
2, worker 1 replicas; orders-config BATCH_SIZE=10). Our own phrasings."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import numbers
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    "intent",
    [
        # a relative change of a setting is never a scale
        "triple the retry count of orders",
        "increase the concurrency of worker by 2",
        "raise the queue depth on worker by 100",
        "halve MAX_INFLIGHT on payments",
        "double the heap of my-api",
        # a pod kill replaces single pods: asked, never the count
        "evict two payments pods",
        "kill a single frontend pod",
        # a rollout pace or a floor kept up while pods are replaced
        "redeploy frontend in batches of 2",
        "restart my-api one pod at a time",
        "roll frontend to 2.2.0, 3 pods per step",
        "cycle payments and keep 1 pod serving",
        # a factor is not a value of a key that holds a number
        "set BATCH_SIZE to 3x on orders",
    ],
)
def test_a_count_in_another_role_is_asked_never_scaled(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "contains", "absent"),
    [
        # the workload's own count, however said, is still a scale
        ("double the replicas of frontend", '"replicas": 6', ""),
        ("increase the number of payments pods by 1", '"replicas": 3', ""),
        ("halve my-api's pod count", '"replicas": 1', ""),
        ("triple worker please", '"replicas": 3', ""),
        # a fact about pods lends no count to the request beside it
        ("scale frontend to 5, 2 pods are pending", '"replicas": 5', ""),
        ("raise the memory limit of payments to 512Mi, two pods got oomkilled", "512Mi", "scale"),
        ("restart my-api, one replica is stuck", "rollout_restart", '"replicas"'),
        # a floor beside a budget is its minimum, never a scale
        ("add a pdb to payments, 2 pods must stay up", '"minAvailable": 2', '"replicas"'),
        ("pdb for frontend, two pods should remain available", '"minAvailable": 2', '"replicas"'),
        # a factor in quotes is written as typed
        ("set BATCH_SIZE='2x' on orders", '"2x"', ""),
    ],
)
def test_the_count_in_its_role_plans_as_said(
    shop: Operator, intent: str, contains: str, absent: str
) -> None:
    _, body = plans(shop, intent)
    assert contains in body
    assert not absent or absent not in body


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("bounce one frontend pod", "a pod kill"),
        ("rollout 2 pods at a time", "a rollout pace"),
        ("restart it, keep 2 pods up", "a floor of pods kept up"),
        ("keep 2 pods running on frontend", None),
        ("scale frontend to 3", None),
    ],
)
def test_pod_role(text: str, role: str | None) -> None:
    found = numbers.pod_role(text)
    assert (found[0] if found else None) == role


def test_a_fact_about_pods_is_blanked() -> None:
    assert "3" not in numbers.blank_context("set cpu to 100m, 3 pods are pending")
