"""Round 39, helper gap42b: blind41/blind42's config and delete leftovers and attack44's
only_leave family, as shapes.

- A bracket naming another workload kind for the same name than the words outside it ("delete
  the cache deployment (statefulset cache)"): asked, never one of the two picked (it deleted the
  Deployment on main).
- An item of a list said to stay is never deleted ("delete the payments deployment and keep the
  Service payments and payments-config" deleted payments-config on main).
- A workload left alone in an idiom ("let payments be", "payments leave be", "lef payments
  alone", "payments can wait", "payments nah") is "leave payments alone" (:mod:`.spared`): the
  order beside it planned; the same workload ordered and left alone still asked.
- A ConfigMap change beside "leave / don't touch the X pods" (X reading it): planned, no
  restart (the pods read it on their next start); "leave X alone" (the workload) still asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import spared
from dotop_nb.service import Operator
from tests.memory import asks, question_for, summaries

pytestmark = pytest.mark.timeout(300)


# (1) A bracket naming another kind of the same name: asked (unsafe on main).
@pytest.mark.parametrize(
    "intent",
    [
        "delete the cache deployment (statefulset cache)",
        "delete the cache statefulset (deployment cache)",
        "delete deployment cache (statefulset cache)",
        "delete the cache deployment (the cache StatefulSet)",
        "delete the cache Deployment (sts cache)",
        "remove the cache deployment (cache statefulset) please",
        "restart the cache deployment (statefulset cache)",
        "restart the cache statefulset (the cache deployment)",
        "set image nginx:1.25 on the cache deployment (statefulset cache)",
        "tear down the cache deploy (statefulset cache), the redis is moving",
    ],
)
def test_a_bracket_naming_another_kind_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("delete the cache deployment (deployment cache)", ["delete deployment/cache in shop"]),
        ("restart the whale proxy (the cache Deployment)", ["restart"]),
        ("delete Deployment cache. the redis statefulset called cache stays", ["deployment/cache"]),
        ("kubectl delete deploy cache   # proxy only, keep sts/cache", ["deployment/cache"]),
        ("delete the cache deployment (keep the statefulset cache)", ["deployment/cache"]),
    ],
)
def test_a_bracket_naming_the_same_kind_is_planned(
    op: Operator, intent: str, planned: list[str]
) -> None:
    got = summaries(op, intent)
    assert len(got) == 1, got
    assert all(p in got[0] for p in planned), got


# (2) An item of a list said to stay: never deleted (unsafe on main).
@pytest.mark.parametrize(
    "intent",
    [
        "delete the payments deployment and keep the Service payments and payments-config",
        "delete the payments Deployment only, keep the Service payments and payments-config",
        "Delete the payments Deployment, keep the Service payments and payments-config please",
        "delete the payments deployment and keep service payments, payments-config",
    ],
)
def test_an_item_of_a_kept_list_is_never_deleted(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert all("payments-config" not in o.summary() for o in proposal.operations)
    assert all("service/payments" not in o.summary().lower() for o in proposal.operations)


@pytest.mark.parametrize(
    "intent",
    [
        "worker and checkout deployments should both be deleted, frontend must stay",
        "delete the orders deployment only, keep the PDB and orders-config",
        "delete the payments Deployment only, keep the Service and payments-config",
    ],
)
def test_a_kept_list_leaves_the_delete_planned(op: Operator, intent: str) -> None:
    assert all(s.startswith("delete deployment/") for s in summaries(op, intent))


# (3) A workload left alone in an idiom: the order beside it planned (over-asked on main).
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("restart my-api and let payments be", "my-api"),
        ("restart frontend and let worker be", "frontend"),
        ("restart worker, let the checkout pods be", "worker"),
        ("only my-api gets a restart, orders leave be", "my-api"),
        ("only checkout gets a restart, frontend leave be", "checkout"),
        ("only worker gets a restart, the payments pods leave alone", "worker"),
        ("mek my-api restart, lef payments alone", "my-api"),
        ("mek orders restart, lef my-api alone", "orders"),
        ("restart my-api, orders can wait", "my-api"),
        ("restart worker, checkout can wait", "worker"),
        ("restart frontend, my-api nah", "frontend"),
        ("restart payments, checkout nah", "payments"),
        ("bounce the frontend, leave worker in peace", "frontend"),
        ("restart my-api and leave the cart payments (payments) pods in peace", "my-api"),
    ],
)
def test_a_workload_left_alone_in_an_idiom(op: Operator, intent: str, target: str) -> None:
    assert summaries(op, intent) == [f"restart the pods of deployment/{target} in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        # The same workload ordered and left alone, or what is left is the order itself.
        "restart my-api and let my-api be",
        "restart my-api, my-api can wait",
        "scale payments to 3 and let payments be",
        "restart my-api, it can wait",
        "restart payments, the restart can wait",
        "delete orders, let orders-config be",
        "mek worker restart, lef worker alone",
        "restart frontend, frontend nah",
    ],
)
def test_an_idiom_leaving_the_order_itself_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


def test_an_idiom_naming_nothing_is_left_as_said() -> None:
    names = frozenset({"my-api", "payments"})
    assert spared.read("restart my-api, the restart can wait", names) == (
        "restart my-api, the restart can wait"
    )
    assert spared.read("restart my-api and let it be", names) == "restart my-api and let it be"
    assert spared.read("restart my-api, ghost can wait", names) == "restart my-api, ghost can wait"


# (4) A ConfigMap change beside "leave / don't touch the X pods": planned, no restart.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("payments-config PROVIDER moneris, leave the payments pods alone", "payments-config"),
        ("set PROVIDER=adyen in payments-config, don't touch the payments pods", "payments-config"),
        (
            "In payments-config set PROVIDER to mollie, don't touch the sauna payments "
            "(payments) pods",
            "payments-config",
        ),
        (
            "orders-config QUEUE to eu-bulk, the cider orders (orders) pods leave alone",
            "orders-config",
        ),
        (
            "Change the QUEUE in orders-config to fast and leave the lamp orders (orders) pods "
            "in peace",
            "orders-config",
        ),
        ("set LOG_LEVEL=warn in my-api-config, leave the my-api pods alone", "my-api-config"),
    ],
)
def test_a_config_change_beside_pods_left_alone(op: Operator, intent: str, target: str) -> None:
    assert summaries(op, intent) == [f"patch configmap/{target} in shop (merge)"]


@pytest.mark.parametrize(
    "intent",
    [
        "set PROVIDER=adyen in payments-config, leave payments be",
        "set PROVIDER=adyen in payments-config, leave payments alone",
        "set QUEUE=fast in orders-config, let orders be",
        "set PROVIDER=adyen in payments-config, leave payments and its pods alone",
    ],
)
def test_a_config_change_beside_its_reader_left_alone_is_asked(op: Operator, intent: str) -> None:
    assert "reaches its pods too" in question_for(op, intent)
