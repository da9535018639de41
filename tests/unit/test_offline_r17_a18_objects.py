"""Round 17, attack 18 (objects): what a request names is the object acted on, no more.

- A delete that names the workload's kind ("the payments deployment", "deployment/orders")
  takes that object alone, however the request is framed (a ticket prefix, a full stop); a
  workload named plainly ("delete payments") takes what belongs to it.
- A workload's name followed by another thing it uses or sits behind ("the payments db", "the
  frontend load balancer") is asked; so is a part of its process with a number in the order.
- A container the workload does not have is asked, never the only container changed.
- ``name@place`` is the workload in another region or cluster: asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator


def _ops(shop: Operator, intent: str) -> tuple[str, list[str]]:
    plan = shop.analyze(intent, namespace="shop")
    return plan.status, [op.summary() for op in plan.operations]


@pytest.mark.parametrize(
    ("intent", "only"),
    [
        ("JIRA-1234: delete the payments deployment", "delete deployment/payments in shop"),
        ("OPS-77 - remove the frontend deployment", "delete deployment/frontend in shop"),
        ("delete the orders deployment.", "delete deployment/orders in shop"),
        ("SRE-9: delete statefulset/postgres", "delete statefulset/postgres in shop"),
        ("delete deploy/frontend", "delete deployment/frontend in shop"),
        ("remove deployment/payments", "delete deployment/payments in shop"),
    ],
)
def test_a_delete_naming_the_kind_takes_that_object_alone(
    shop: Operator, intent: str, only: str
) -> None:
    status, ops = _ops(shop, intent)
    assert status == "proposed"
    assert ops == [only]


@pytest.mark.parametrize(
    "intent", ["delete payments", "CHG-1: delete payments", "remove payments and all it owns"]
)
def test_a_workload_named_plainly_still_takes_what_belongs_to_it(
    shop: Operator, intent: str
) -> None:
    status, ops = _ops(shop, intent)
    assert status == "proposed"
    assert "delete deployment/payments in shop" in ops
    assert "delete configmap/payments-config in shop" in ops


@pytest.mark.parametrize(
    "intent",
    [
        "bounce the payments database",
        "restart the checkout db",
        "restart the frontend LB",
        "reboot the orders message queue",
        "restart the worker cron job",
        "restart the my-api backups",
        "restart the payments VMs",
        "scale the checkout db pool to 30",
        "scale my-api's database to 3",
        "set the worker goroutines to 256",
        "scale the orders threads to 64",
        "restart the my-api gateway",
    ],
)
def test_another_thing_after_the_name_is_asked(shop: Operator, intent: str) -> None:
    status, ops = _ops(shop, intent)
    assert status == "needs_clarification", ops
    assert ops == []


@pytest.mark.parametrize(
    ("intent", "op"),
    [
        ("restart the postgres db", "restart the pods of statefulset/postgres in shop"),
        ("restart the payments service", "restart the pods of deployment/payments in shop"),
        ("restart the payments api", "restart the pods of deployment/payments in shop"),
        (
            "scale worker to 0 for the drill",
            "scale deployment/worker in shop to 0 replicas",
        ),
        (
            "the orders queue is backed up, scale orders to 5",
            "scale deployment/orders in shop to 5 replicas",
        ),
        (
            "all 4 worker threads are pegged, run three worker replicas",
            "scale deployment/worker in shop to 3 replicas",
        ),
    ],
)
def test_the_workload_itself_or_a_remark_still_plans(shop: Operator, intent: str, op: str) -> None:
    status, ops = _ops(shop, intent)
    assert status == "proposed"
    assert ops == [op]


@pytest.mark.parametrize(
    "intent",
    [
        "raise the memory limit of the nginx container in frontend to 1Gi",
        "set cpu request of the redis container in payments to 200m",
        "give the sidecar in worker a 64Mi memory limit",
        "restart the nginx container of my-api",
        "restart the sidecar container of frontend",
    ],
)
def test_a_container_the_workload_lacks_is_asked(shop: Operator, intent: str) -> None:
    status, ops = _ops(shop, intent)
    assert status == "needs_clarification", ops


@pytest.mark.parametrize(
    "intent",
    [
        "set the memory limit of the payments container to 512Mi",
        "raise the memory limit of container app of orders to 1Gi",
        "restart payments incl the sidecar",
        "restart frontend",
    ],
)
def test_a_container_it_has_still_plans(shop: Operator, intent: str) -> None:
    status, ops = _ops(shop, intent)
    assert status == "proposed"
    assert len(ops) == 1


@pytest.mark.parametrize(
    "intent", ["scale frontend@eu to 5", "restart payments@us-east", "bump worker@staging to 3"]
)
def test_a_workload_at_another_place_is_asked(shop: Operator, intent: str) -> None:
    status, ops = _ops(shop, intent)
    assert status == "needs_clarification"
    assert ops == []


@pytest.mark.parametrize("intent", ["deploy frontend@2.3.1", "scale frontend to 5"])
def test_a_version_after_at_still_plans(shop: Operator, intent: str) -> None:
    status, _ = _ops(shop, intent)
    assert status == "proposed"
