"""Round 37, helper gap40a: blind40's misses in config, update, rollback and delete, as shapes.

- An object said first, then the imperative with a verb covering any change ("…, menu-photo
  proxy don't touch", "…, feed orders itself do not touch"), and a learner's "no touch X"
  ("…, no touch app image"): a prohibition on that object, checked against the plan — kept
  when the plan does not touch it, asked when it does.
- A learner's "No restart anything" (as "no delete anything" was), and "no other restarts than
  my-api" / "no restarts except for frontend" with no restart asked elsewhere: "don't restart
  anything else".
- "… Restart only my-api, nothing else" beside a config change: "only" said after the verb of
  one kind of change is of that kind's changes, and "nothing else" right after it says the
  "only" again — never a bound on the config change beside it.
- A config change, then a sentence that opens with a restart ("set PROVIDER=paystack in
  payments-config. Restart payments after", "payments-config: change PROVIDER …. Restart
  payments"): the restart that picks the change up, as "…, then restart payments" is.
- Workloads allowed to restart, in a clause of their own after the request ("…. my-api and
  frontend may restart, it is okay"): a permission, never an order (main planned a restart of
  frontend alone) — the clause is taken out, nothing restarts.
- A key said first, then its removal on "it" ("frontend FEATURE_FLAG remove it"): "remove
  FEATURE_FLAG" (:mod:`.calques`); "no need" / "no need anymore" said bare after a plan that
  only removes is why it goes (beside a set or a scale it is asked, as before).
- A delete of a workload said name first ("the orders Deployment"), "together with" objects
  said "the orders PDB" or by their name alone ("orders-config"): read as "… along with its
  configmap and its pdb" when they are exactly the workload's own (main deleted only the PDB
  of "Delete orders Deployment together with the orders PDB": unsafe).
- What we use now, said in a clause of its own after a delete ("…, we use CDN now", "…, we moved
  to SQS"): why it goes, never a variable to remove; and a name said right after another
  workload kind ("Redis StatefulSet cache stays") keeps that workload, never the one deleted.
- A ConfigMap's key and value said bare ("payments-config PROVIDER moneris") before what must be
  left as it is ("…, don't restart payments", "…, no restarts"): the value, with the
  prohibition read and checked by its own readers.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

ORDERS_BATCH = "patch configmap/orders-config in shop (merge)"
ENVOY = "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.30.6"
APP = "set image of container app in deployment/orders in shop to ghcr.io/acme/orders:2.0.1"
REDIS = "set image of container redis in statefulset/cache in shop to redis:7.2.5"


# (1) An object said first, then "don't touch"; "no touch X".
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Set BATCH_SIZE 50 in orders-config, feed orders (orders) itself do not touch",
            [ORDERS_BATCH],
        ),
        ("set BATCH_SIZE to 80 in orders-config, orders itself don't touch", [ORDERS_BATCH]),
        ("set BATCH_SIZE=20 in orders-config, the orders deployment do not change", [ORDERS_BATCH]),
        ("cache StatefulSet image redis:7.2.5 please, cache proxy don't touch", [REDIS]),
        (
            "Queue redis (the cache StatefulSet) image redis:7.2.5, "
            "the cache deployment dont touch",
            [REDIS],
        ),
        ("Parcel orders (orders) envoy to envoyproxy/envoy:v1.30.6, no touch app image", [ENVOY]),
        ("orders envoy to envoyproxy/envoy:v1.30.6 please, no touch the app container", [ENVOY]),
        ("orders app image to ghcr.io/acme/orders:2.0.1, no touch envoy", [APP]),
    ],
)
def test_object_said_first_then_dont_touch_is_a_prohibition(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # The object the prohibition names is the plan's own: asked.
        "restart orders, orders don't touch",
        "scale worker to 3, worker do not change",
        "set BATCH_SIZE 50 in orders-config, orders-config itself do not touch",
        "orders envoy to envoyproxy/envoy:v1.30.6, no touch envoy",
        "restart payments, no touch payments",
    ],
)
def test_dont_touch_of_the_plans_own_object_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (2) "No restart anything", "no other restarts than my-api".
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "orders-config QUEUE to parcels-lagos. No restart anything",
            ["patch configmap/orders-config in shop (merge)"],
        ),
        (
            "set BATCH_SIZE=30 in orders-config, no restart anything please",
            ["patch configmap/orders-config in shop (merge)"],
        ),
        (
            "scale worker to 3, no restart anything",
            ["scale deployment/worker in shop to 3 replicas"],
        ),
        (
            "LOG_LEVEL warn in my-api-config. No other restarts than collar API (my-api)",
            ["patch configmap/my-api-config in shop (merge)"],
        ),
        (
            "set LOG_LEVEL=warn in my-api-config, no restarts other than my-api",
            ["patch configmap/my-api-config in shop (merge)"],
        ),
        (
            "set REGION=eu-west in shared-config. No restarts except for frontend",
            ["patch configmap/shared-config in shop (merge)"],
        ),
    ],
)
def test_no_restart_anything_is_a_prohibition(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments, no restart anything",
        "restart payments and worker, no other restarts than payments",
        "restart worker. no restarts other than payments",
    ],
)
def test_no_restart_beside_a_restart_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


MY_API_CM = "patch configmap/my-api-config in shop (merge)"
ORDERS_CM = "patch configmap/orders-config in shop (merge)"
PAY_CM = "patch configmap/payments-config in shop (merge)"


def _restart(name: str) -> str:
    return f"restart the pods of deployment/{name} in shop"


# (3) "restart only X, nothing else" beside a config change.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Please set LOG_LEVEL=debug in my-api-config, we search a bug with refunds. "
            "Restart only my-api, nothing else",
            [MY_API_CM, _restart("my-api")],
        ),
        (
            "set BATCH_SIZE=40 in orders-config and restart only orders, nothing else",
            [ORDERS_CM, _restart("orders")],
        ),
        (
            "set BATCH_SIZE=40 in orders-config and restart only orders",
            [ORDERS_CM, _restart("orders")],
        ),
        ("restart only payments, nothing else", [_restart("payments")]),
    ],
)
def test_restart_only_one_beside_a_config_change(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # "only" of one of two restarts; "nothing else" with no "only" before it.
        "restart only payments and worker",
        "set BATCH_SIZE=40 in orders-config and restart orders, nothing else",
        "set BATCH_SIZE=40 in orders-config, restart orders and worker only",
    ],
)
def test_only_or_nothing_else_of_more_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (4) A config change, then a sentence opening with a restart.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "payments-config: change PROVIDER from stripe to paystack. Restart fare payments "
            "(payments) after",
            [PAY_CM, _restart("payments")],
        ),
        (
            "set PROVIDER=paystack in payments-config. Restart payments",
            [PAY_CM, _restart("payments")],
        ),
        (
            "my-api-config: set LOG_LEVEL to warn. Restart my-api please",
            [MY_API_CM, _restart("my-api")],
        ),
        (
            "change QUEUE to parcels-kano in orders-config. restart orders after",
            [ORDERS_CM, _restart("orders")],
        ),
    ],
)
def test_restart_sentence_after_a_config_change(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # Two sentences of changes that are not a config change and its restart stay asked.
        "restart worker. Restart frontend",
        "scale worker to 3. Restart frontend",
    ],
)
def test_other_sentences_of_requests_stay_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


SHARED_CM = "patch configmap/shared-config in shop (merge)"


# (5) "X and Y may restart": a permission.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "shared-config REGION please change to eu-central. my-api and frontend may restart, "
            "it is okay",
            [SHARED_CM],
        ),
        ("set REGION to eu-west in shared-config. my-api and frontend may restart", [SHARED_CM]),
        ("set REGION to eu-west in shared-config. frontend may restart, that's fine", [SHARED_CM]),
        ("change QUEUE to parcels-kano in orders-config; orders can be restarted", [ORDERS_CM]),
        (
            "scale worker to 4, worker may restart",
            ["scale deployment/worker in shop to 4 replicas"],
        ),
    ],
)
def test_may_restart_is_a_permission(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


def test_restart_ordered_beside_a_config_change_still_restarts(op: Operator) -> None:
    assert summaries(
        op, "set REGION to eu-west in shared-config and restart my-api and frontend"
    ) == [SHARED_CM, _restart("my-api"), _restart("frontend")]


FLAG_OFF = "patch deployment/frontend in shop (strategic)"


# (6) "KEY remove it", "…, no need".
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("Kiosk web (frontend) FEATURE_FLAG remove it, no need", [FLAG_OFF]),
        ("frontend FEATURE_FLAG remove it please", [FLAG_OFF]),
        ("remove FEATURE_FLAG from frontend, no need anymore", [FLAG_OFF]),
        ("delete the worker deployment, no need any more", ["delete deployment/worker in shop"]),
    ],
)
def test_key_remove_it_and_no_need(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "set FEATURE_FLAG=off on frontend, no need",
        "scale worker to 2, no need",
        "frontend FEATURE_FLAG remove it, no need for payments",
    ],
)
def test_no_need_beside_other_changes_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


ORDERS_ALL = {
    "delete deployment/orders in shop",
    "delete configmap/orders-config in shop",
    "delete poddisruptionbudget/orders in shop",
}


# (7) "delete the orders Deployment together with orders-config and the orders PDB".
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Delete tabao orders (orders) Deployment together with orders-config and the orders "
            "PDB, the stall closed already",
            ORDERS_ALL,
        ),
        ("remove the orders deployment along with the orders pdb and orders-config", ORDERS_ALL),
        (
            "Delete orders Deployment together with the orders PDB",
            {"delete deployment/orders in shop", "delete poddisruptionbudget/orders in shop"},
        ),
        (
            "delete the payments deployment together with payments-config and the payments service",
            {
                "delete deployment/payments in shop",
                "delete configmap/payments-config in shop",
                "delete service/payments in shop",
            },
        ),
    ],
)
def test_delete_together_with_its_own_named(op: Operator, intent: str, expected: set[str]) -> None:
    assert set(summaries(op, intent)) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # Another workload's objects listed: asked.
        "delete the orders deployment together with payments-config",
        "delete the cache deployment together with orders-config",
    ],
)
def test_delete_together_with_what_is_not_its_own_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (8) "…, we use CDN now. Redis StatefulSet cache stays!"
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Remove the QR proxy (the cache Deployment), we use CDN now. Redis StatefulSet cache "
            "stays!",
            ["delete deployment/cache in shop"],
        ),
        ("delete the worker deployment, we moved to SQS", ["delete deployment/worker in shop"]),
        (
            "delete the worker deployment, since we use KEDA jobs now",
            ["delete deployment/worker in shop"],
        ),
        (
            "Remove the cache Deployment. StatefulSet cache stays!",
            ["delete deployment/cache in shop"],
        ),
    ],
)
def test_what_we_use_now_and_another_kind_kept(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "remove the cache Deployment, we use FEATURE_FLAG now",
        "Remove the cache Deployment. Deployment cache stays!",
        "Remove the cache Deployment. cache stays",
    ],
)
def test_a_key_or_the_deleted_kept_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (9) "payments-config PROVIDER moneris, don't restart payments".
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("payments-config PROVIDER moneris, don't restart payments", [PAY_CM]),
        ("shared-config REGION us, no restarts", [SHARED_CM]),
        ("orders-config QUEUE bulk, do not restart orders", [ORDERS_CM]),
    ],
)
def test_bare_key_value_before_a_prohibition(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "payments-config PROVIDER moneris, never mind",
        "orders-config QUEUE bulk, don't touch orders-config",
    ],
)
def test_bare_key_value_taken_back_or_forbidden_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question
