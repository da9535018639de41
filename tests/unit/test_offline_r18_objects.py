"""Round 18 (objects): the object a sentence names — kind word, part word, version, role — is
the object acted on, or the request is asked.

- "<workload> config/cm/secret/pvc" as what a scale, restart, image change or rollback acts on
  names that object, never the workload of the name ("the payments service" stays the app);
- a new image said of a part (a container of another workload, a sidecar product) the workload
  does not run is asked, never written on the container it has;
- a restart said with a version the workload does not run is asked;
- a value that reads as another string than it is (a character that shows nothing, look-alike
  letters, a letter for a digit on a numeric key) is asked;
- "— typo, meant 5" corrects the number: asked;
- "so it survives <a load>" is capacity, not high availability: the scale alone;
- a workload said by its role ("order intake", "the payment backend", "the ledger database
  (postgres)") is that workload; a reason clause after a comma ("restart orders, envoy lost
  its upstream") names no second object.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator


def _ops(shop: Operator, intent: str) -> tuple[str, list[str], str]:
    plan = shop.analyze(intent, namespace="shop")
    return plan.status, [op.summary() for op in plan.operations], plan.question or ""


@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api secret to 3",
        "scale the frontend configmap down to 1",
        "restart the payments cm",
        "scale worker config to 0",
        "roll back the orders secret",
        "bump my-api config to 4 replicas",
        "scale the payments svc to 3",  # kubectl's word for the Service
        "scale the postgres service up to 2",  # a database's service is the Service
        "restart the postgres svc",
    ],
)
def test_a_kind_noun_after_the_name_is_another_object_asked(shop: Operator, intent: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "needs_clarification", ops
    assert ops == []


@pytest.mark.parametrize(
    ("intent", "only"),
    [
        ("scale payments to 0", "scale deployment/payments in shop to 0 replicas"),
        ("scale the payments service to 3", "scale deployment/payments in shop to 3 replicas"),
        ("restart the payments service", "restart the pods of deployment/payments in shop"),
        ("scale the cache statefulset to 2", "scale statefulset/cache in shop to 2 replicas"),
        ("scale the orders deployment to 3", "scale deployment/orders in shop to 3 replicas"),
        (
            "restart my-api so it picks up the my-api config change",
            "restart the pods of deployment/my-api in shop",
        ),
    ],
)
def test_the_workload_itself_still_plans(shop: Operator, intent: str, only: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed"
    assert ops == [only]


@pytest.mark.parametrize(
    "intent",
    [
        "set the api image in payments to 3.1.0",
        "update envoy on my-api to v1.31.0",
        "bump my-api's envoy to v1.31.0",
        "upgrade the web version in worker to 0.9.1",
        "move the envoy tag of frontend to v1.31.0",
    ],
)
def test_an_image_of_a_part_the_workload_does_not_run_is_asked(shop: Operator, intent: str) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification", ops
    assert "runs no" in question or "has no container" in question or "which" in question.lower()


@pytest.mark.parametrize(
    ("intent", "only"),
    [
        (
            "set the envoy image in orders to v1.31.1",
            "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.31.1",
        ),
        (
            "update the app image in orders to 1.0.1",
            "set image of container app in deployment/orders in shop to ghcr.io/acme/orders:1.0.1",
        ),
        (
            "set the proxy image in cache to 1.0.1",
            "set image of container proxy in deployment/cache in shop to "
            "ghcr.io/acme/cache-proxy:1.0.1",
        ),
        (
            "update frontend to 2.2.0, not the envoy",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
        ),
    ],
)
def test_an_image_of_a_part_it_runs_still_plans(shop: Operator, intent: str, only: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed"
    assert ops == [only]


@pytest.mark.parametrize(
    "intent",
    ["restart payments 2.9.0", "bounce the 1.3.0 my-api", "kick frontend@v2.0.3"],
)
def test_a_restart_of_a_version_that_does_not_run_is_asked(shop: Operator, intent: str) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification", ops
    assert "rollback" in question


@pytest.mark.parametrize(
    "intent", ["restart payments 3.0.0", "bounce frontend v2.1.0", "restart the 1.4.0 my-api"]
)
def test_a_restart_of_the_version_that_runs_plans(shop: Operator, intent: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed"
    assert len(ops) == 1
    assert ops[0].startswith("restart the pods of deployment/")


@pytest.mark.parametrize(
    "intent",
    [
        "set BATCH_SIZE to 1O in orders-config",
        "BATCH_SIZE=5O in orders-config",
        "set LOG_LEVEL to \uff49\uff4e\uff46\uff4f in my-api-config",
        "set LOG_LEVEL to info\u200c in my-api-config",
        "set LOG_LEVEL to \u2060warn in my-api-config",
    ],
)
def test_a_value_that_reads_as_another_string_is_asked(shop: Operator, intent: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "needs_clarification", ops


@pytest.mark.parametrize(
    "intent",
    [
        "set BATCH_SIZE to 50 in orders-config",
        "set LOG_LEVEL to warn in my-api-config",
        "set QUEUE to orders-v2 in orders-config",
    ],
)
def test_a_plain_value_still_plans(shop: Operator, intent: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed"
    assert ops[0].startswith("patch configmap/")


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 2 — typo, should be 3",
        "scale frontend to 4 (typo: meant 6)",
        "payments to 2 replicas, typo, I meant 3",
    ],
)
def test_a_typo_correction_is_asked(shop: Operator, intent: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "needs_clarification", ops


@pytest.mark.parametrize(
    ("intent", "count"),
    [
        ("scale frontend to 6 so it survives the launch traffic", 6),
        ("scale my-api to 4 so it survives the holiday rush", 4),
        ("payments to 5 replicas to survive the Black Friday load", 5),
    ],
)
def test_a_load_survived_is_the_scale_alone(shop: Operator, intent: str, count: int) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed"
    assert len(ops) == 1
    assert ops[0].endswith(f"to {count} replicas")


@pytest.mark.parametrize(
    "intent",
    ["my-api has to survive a node failure", "scale worker to 3 so it survives a node loss"],
)
def test_a_failure_survived_is_still_high_availability(shop: Operator, intent: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed"
    assert any(op.startswith("apply poddisruptionbudget/") for op in ops)


@pytest.mark.parametrize(
    ("intent", "only"),
    [
        ("restart the order processing", "restart the pods of deployment/orders in shop"),
        ("scale the payment backend to 3", "scale deployment/payments in shop to 3 replicas"),
        (
            "bounce the ledger database (postgres)",
            "restart the pods of statefulset/postgres in shop",
        ),
        (
            "restart the storefront site (frontend)",
            "restart the pods of deployment/frontend in shop",
        ),
        (
            "restart orders, envoy keeps dropping connections",
            "restart the pods of deployment/orders in shop",
        ),
        ("bounce orders, envoy crashed twice", "restart the pods of deployment/orders in shop"),
    ],
)
def test_a_workload_said_by_its_role_is_that_workload(
    shop: Operator, intent: str, only: str
) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed"
    assert ops == [only]


@pytest.mark.parametrize(
    "intent",
    [
        "restart orders, envoy",  # a second thing listed, no clause
        # (round 24: "restart the payments database (postgres)" is the database in brackets when
        # the workload before it runs none, as blind26 expects: tests/unit/test_offline_r24_gapC.py)
        "restart the payments service (postgres)",  # a workload's name in the description
        "scale the cache to 2",  # two workloads called cache
        "restart the order queue",  # a queue is a thing of its own
    ],
)
def test_a_role_that_does_not_pick_one_workload_is_asked(shop: Operator, intent: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "needs_clarification", ops


@pytest.mark.parametrize(
    ("intent", "only"),
    [
        ("scale worker to half a dozen", "scale deployment/worker in shop to 6 replicas"),
        ("I want a dozen pods of worker", "scale deployment/worker in shop to 12 replicas"),
        ("scale worker to a dozen.", "scale deployment/worker in shop to 12 replicas"),
        ("scale frontend down 1", "scale deployment/frontend in shop to 2 replicas"),
        ("scale worker up 3", "scale deployment/worker in shop to 4 replicas"),
        ("frontend needs to be at 5", "scale deployment/frontend in shop to 5 replicas"),
        ("payments should be at 4", "scale deployment/payments in shop to 4 replicas"),
        ("worker x1 to x4", "scale deployment/worker in shop to 4 replicas"),
        ("bounce payments, they're on 2 pods", "restart the pods of deployment/payments in shop"),
        ("restart frontend; it's at 3 replicas", "restart the pods of deployment/frontend in shop"),
        (
            "scale checkout to 5 - we're at 3 of 10 nodes",
            "scale deployment/checkout in shop to 5 replicas",
        ),
        (
            "rather than scaling payments, restart it",
            "restart the pods of deployment/payments in shop",
        ),
        (
            "scale orders to 4 rather than restarting it",
            "scale deployment/orders in shop to 4 replicas",
        ),
    ],
)
def test_a_count_said_plainly_plans(shop: Operator, intent: str, only: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "proposed"
    assert ops == [only]


@pytest.mark.parametrize(
    "intent",
    [
        "frontend x2 -> x5",  # it runs 3, not 2
        "worker should be at 0",  # a zero, asked as a zero
        "scale frontend up 2 replicas",  # "up" to 2 of 3
        "instead of restarting payments, restart it",  # the order contradicts itself
    ],
)
def test_a_count_that_does_not_add_up_is_asked(shop: Operator, intent: str) -> None:
    status, ops, _ = _ops(shop, intent)
    assert status == "needs_clarification", ops


@pytest.mark.parametrize(
    "intent", ["remove the payments-config", "delete shared-config please", "delete orders-config"]
)
def test_a_configmap_deleted_by_its_bare_name_is_a_delete_asked_as_one(
    shop: Operator, intent: str
) -> None:
    status, ops, question = _ops(shop, intent)
    assert status == "needs_clarification", ops
    assert "is used by" in question
