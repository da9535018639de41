"""Round 19 (lead): the two misreads that acted in blind25's first run, each as its shape.

- A delete whose own object names nothing in the namespace ("delete the old loyalty-v1
  deployment, the loyalty app moved to my-api") deleted the workload its reason named. The name
  the order says is looked up; when nothing is called that, nothing is deleted and the question
  names it.
- "augment payments of 2 replicas" (French "de": by two) scaled to 2. A verb of more or fewer,
  then "of" and a count, is the count it moves by; for a resource amount it is asked, as every
  amount on top of the current value is.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator


def _ops(shop: Operator, intent: str) -> tuple[str, list[str], str]:
    plan = shop.analyze(intent, namespace="shop")
    return plan.status, [o.summary() for o in plan.operations], plan.question or ""


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("delete the old loyalty-v1 deployment, the loyalty app moved to my-api", "loyalty-v1"),
        ("delete loyalty-v1, it moved to my-api", "loyalty-v1"),
        ("nuke payments-v2, payments is live", "payments-v2"),
        ("remove the legacy-api deployment; my-api replaced it", "legacy-api"),
        ("tear down worker2 since frontend took over its jobs", "worker2"),
        ("delete the old billing deployment, billing is handled by payments now", "billing"),
        ("delete the loyalty-v1 deployment", "loyalty-v1"),
    ],
)
def test_a_delete_of_a_name_nothing_is_called_deletes_nothing(
    shop: Operator, intent: str, name: str
) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification", (intent, ops)
    assert ops == []
    if "billing" not in intent:  # (asked by the part-of-a-workload reader, before the name)
        assert repr(name) in question, question


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete checkout, it was folded into payments last quarter", "deployment/checkout"),
        ("delete the redis statefulset", "statefulset/cache"),
        ("delete the checkout deployment", "deployment/checkout"),
    ],
)
def test_a_delete_of_a_name_that_exists_still_plans_it_alone(
    shop: Operator, intent: str, deleted: str
) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed", (intent, ops)
    assert ops == [f"delete {deleted} in shop"]


@pytest.mark.parametrize(
    "intent",
    ["delete all deployments", "delete both deployments of cache", "delete the idle deployment"],
)
def test_a_word_that_counts_or_describes_is_no_name(shop: Operator, intent: str) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification"
    assert ops == []
    assert "is called" not in question, question


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("augment payments of 2 replicas", 4),
        ("increase payments of 2 replicas, merci", 4),
        ("please raise frontend of one replica", 4),
        ("reduce frontend of 1 replica", 2),
    ],
)
def test_of_after_a_verb_of_more_or_fewer_is_the_count_it_moves_by(
    shop: Operator, intent: str, replicas: int
) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed", (intent, ops)
    assert len(ops) == 1
    assert ops[0].endswith(f"to {replicas} replicas")


@pytest.mark.parametrize(
    "intent",
    [
        "augment payments to 4 replicas",
        "increase payments to 4 replicas",
    ],
)
def test_to_after_a_verb_of_more_is_still_the_count(shop: Operator, intent: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed"
    assert ops == ["scale deployment/payments in shop to 4 replicas"]


@pytest.mark.parametrize(
    "intent",
    [
        "increase the memory of payments of 256Mi",
        "raise my-api cpu request of 100m",
        "augment the memory limit of worker of 128Mi",
    ],
)
def test_a_resource_amount_after_of_is_asked(shop: Operator, intent: str) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification", (intent, ops)
    assert ops == []
    assert "on top of" in question


# Round 19 (lead): "set BATCH_SIZE=20 in orders-config. roll orders" planned the ConfigMap patch
# alone: the examples leaned to config by more than the margin, and the restart said in its own
# sentence was dropped without a word. A second category cued as strongly as the best is close.
@pytest.mark.parametrize(
    "intent",
    [
        "set BATCH_SIZE=20 in orders-config. roll orders",
        "set BATCH_SIZE=20 in orders-config. roll orders afterwards",
    ],
)
def test_an_order_of_its_own_beside_another_is_never_dropped(shop: Operator, intent: str) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification", (intent, ops)
    assert ops == []
    assert "restart" in question


@pytest.mark.parametrize(
    "intent",
    [
        "set BATCH_SIZE=20 in orders-config and roll orders",
        "change PROVIDER in payments-config to adyen and roll payments so it picks it up",
    ],
)
def test_both_orders_joined_still_plan_both(shop: Operator, intent: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed", (intent, ops)
    assert len(ops) == 2
    assert any(o.startswith("restart the pods of") for o in ops)


# Attack 22 (on the merged round): the order's own object names nothing here, and the workload
# the plan would change is named only after it, in a reason. Any verb, any kind said.
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("delete the loyalty app, it moved to my-api", "loyalty"),
        ("delete billing, payments took over", "billing"),
        ("scale the loyalty app to 0, it moved to my-api", "loyalty"),
        ("scale the scoring app to zero (worker handles it)", "scoring"),
        ("update the loyalty app to 2.0.0, it moved to my-api", "loyalty"),
        ("remove the loyalty pdb, it moved to orders", "loyalty"),
        ("delete the sessions app, sessions now live in the redis statefulset", "sessions"),
        ("restart the search service; frontend serves search now", "search"),
    ],
)
def test_an_order_on_a_name_nothing_is_called_changes_nothing(
    shop: Operator, intent: str, name: str
) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification", (intent, ops)
    assert ops == []
    assert repr(name) in question, question


@pytest.mark.parametrize(
    ("intent", "changed"),
    [
        ("scale the payments app to 4", "deployment/payments"),
        ("restart the web app", "deployment/frontend"),
        ("scale the api to 3", "deployment/my-api"),
        ("restart the checkout service", "deployment/checkout"),
        ("bump the cache proxy to 1.0.1", "deployment/cache"),
        ("delete checkout, it was folded into payments last quarter", "deployment/checkout"),
        ("revert the last deployment of checkout", "deployment/checkout"),
    ],
)
def test_an_order_on_what_is_here_still_plans(shop: Operator, intent: str, changed: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status in ("proposed", "satisfied"), (intent, ops)
    assert all(changed in o for o in ops), ops


def test_a_kind_said_for_a_list_must_be_every_ones_kind(shop: Operator) -> None:
    status, ops, question = _ops(shop, "delete the worker and postgres deployments")
    assert status == "needs_clarification"
    assert ops == []
    assert "statefulset/postgres" in question
    status, ops, _ = _ops(shop, "delete the worker and checkout deployments")
    assert ops == ["delete deployment/worker in shop", "delete deployment/checkout in shop"]


@pytest.mark.parametrize(
    "intent", ["scale worker to 3 in project prod", "restart payments in project staging-2"]
)
def test_a_project_named_is_another_namespace(shop: Operator, intent: str) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification"
    assert ops == []
    assert "names namespace" in question


def test_a_modal_is_no_namespace_a_policy_admits(shop: Operator) -> None:
    # "only pods in the project may reach postgres" admitted a namespace called "may".
    plan = shop.analyze("only pods in the project may reach postgres", namespace="shop")
    assert all('"may"' not in json.dumps(o.model_dump(mode="json")) for o in plan.operations)


# The short attack on the final mends: the same shape with the reason set off otherwise, or said
# first; and a workload said beside a kind it is not ("delete the postgres deployment" deleted the
# StatefulSet, "kubectl delete sts my-api" the Deployment).
@pytest.mark.parametrize(
    "intent",
    [
        "delete loyalty — replaced by my-api",
        "delete loyalty - replaced by my-api",
        "delete loyalty (replaced by my-api)",
        "delete loyalty since my-api does it",
        "since payments took over, scale billing to 0",
        "scale billing in payments to 0",
    ],
)
def test_a_reason_set_off_otherwise_or_said_first_lends_no_target(
    shop: Operator, intent: str
) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification", (intent, ops)
    assert ops == []
    assert "nothing in namespace 'shop' is called" in question


@pytest.mark.parametrize(
    "intent",
    [
        "delete the postgres deployment",
        "delete deployment/postgres",
        "kubectl delete deploy postgres",
        "kubectl delete sts my-api",
        "scale the postgres deployment to 2",
        "restart the my-api statefulset",
    ],
)
def test_a_workload_said_as_another_kind_is_asked(shop: Operator, intent: str) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification", (intent, ops)
    assert ops == []
    assert "Name it by its kind" in question


@pytest.mark.parametrize(
    ("intent", "changed"),
    [
        ("delete the cache deployment", "delete deployment/cache in shop"),
        ("delete the cache statefulset", "delete statefulset/cache in shop"),
        ("restart the postgres sts", "restart the pods of statefulset/postgres in shop"),
        ("scale deployment/cache to 2", "scale deployment/cache in shop to 2 replicas"),
        ("restart payments since it is stuck", "restart the pods of deployment/payments in shop"),
    ],
)
def test_a_workload_said_as_its_own_kind_still_plans(
    shop: Operator, intent: str, changed: str
) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed", (intent, ops)
    assert ops == [changed]


def test_a_kind_said_of_a_name_two_kinds_share_is_no_mismatch(shop: Operator) -> None:
    # cache is a Deployment and a StatefulSet: "the cache deployment" names one that exists.
    status, ops, _ = _ops(shop, "restart the redis sts, then the cache deployment")
    assert status == "proposed"
    assert ops == [
        "restart the pods of statefulset/cache in shop",
        "restart the pods of deployment/cache in shop",
    ]
