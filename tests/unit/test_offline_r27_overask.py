"""Round 27, helper overask: clear orders that were asked, planned exactly as said.

The shapes (black-box attack of round 26): (1) a PREFIX that carries no meaning before a delete
("asap", "URGENT", "yes,", "confirmed:", "do it:", "@dotop", a ticket number, a list item's
number, kubectl's "k" alias); (2) the KIND given as kubectl writes it ("delete sts/cache" where
a Deployment is also called cache); (3) a count of ZERO said as the workload's replicas
("replicas=0 for worker", "worker replicas: 0"); (4) a count said LAST in an order ("set
replicas frontend 5", "scale worker too 0"). A relayed order, a name addressed, a hedge, a
negation, a delete with no kind or a temporary count still ask."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(300)


def _summaries(op: Operator, intent: str) -> list[str]:
    proposal, _ = plans(op, intent)
    assert not proposal.awaits
    return [o.summary() for o in proposal.operations]


# (1) A prefix known to carry no meaning: the delete is planned, exactly that workload.
@pytest.mark.parametrize(
    "intent",
    [
        "asap delete worker",
        "URGENT delete worker",
        "URGENT: delete worker",
        "urgent: delete the worker deployment",
        "yes, delete worker",
        "yes delete worker",
        "confirmed: delete worker",
        "do it: delete worker",
        "do it - delete worker",
        "@dotop delete worker",
        "OPS-123 delete worker",
        "1. delete worker",
        "2) delete worker",
        "k delete deploy worker",
        "k delete deploy/worker",
        "ok delete worker",
        "ticket OPS-123: delete worker",
    ],
)
def test_a_prefix_with_no_meaning_before_a_delete_plans_it(op: Operator, intent: str) -> None:
    assert deletes(op, intent) == {"Deployment/worker"}


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("1. scale worker to 3", "scale deployment/worker in shop to 3 replicas"),
        ("3. restart worker", "restart the pods of deployment/worker in shop"),
        ("do it: scale worker to 3", "scale deployment/worker in shop to 3 replicas"),
        ("k scale deploy worker --replicas=3", "scale deployment/worker in shop to 3 replicas"),
        ("k rollout restart deploy worker", "restart the pods of deployment/worker in shop"),
        ("k delete pdb orders", "delete poddisruptionbudget/orders in shop"),
    ],
)
def test_the_same_prefixes_before_other_orders_plan(
    op: Operator, intent: str, summary: str
) -> None:
    assert _summaries(op, intent) == [summary]


# Still asked: someone else's order, a name addressed, a hedge, a no, a negation, a question, a
# lower-case word that may be a name, a condition not read, "k" with no kind (may be "ok").
@pytest.mark.parametrize(
    "intent",
    [
        "per bob: delete worker",
        "hey bot, delete worker",
        "bob asked me to delete worker, please do",
        "no, delete worker",
        "maybe delete worker",
        "don't delete worker",
        "do we delete worker?",
        "does it, delete worker",
        "ops-123 delete worker",
        "k delete worker",
        "yes, delete worker if it is idle",
    ],
)
def test_a_prefix_that_may_mean_something_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2) The kind said as kubectl writes it picks the one of two objects with that name.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("delete sts/cache", "StatefulSet/cache"),
        ("delete statefulset/cache", "StatefulSet/cache"),
        ("delete deployment/cache", "Deployment/cache"),
        ("delete deploy/cache", "Deployment/cache"),
        ("k delete sts cache", "StatefulSet/cache"),
        ("delete the cache statefulset", "StatefulSet/cache"),
    ],
)
def test_the_kind_before_a_slash_picks_the_object(op: Operator, intent: str, gone: str) -> None:
    assert deletes(op, intent) == {gone}


def test_a_name_two_objects_share_with_no_kind_still_asks(op: Operator) -> None:
    question = asks(op, "delete cache").question or ""
    assert "deployment/cache" in question
    assert "statefulset/cache" in question


# (3) Zero said as the workload's replicas, the whole message: scaled to 0.
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("replicas=0 for worker", "worker"),
        ("worker replicas: 0", "worker"),
        ("worker replicas=0", "worker"),
        ("0 replicas for worker", "worker"),
        ("zero replicas for worker", "worker"),
        ("worker: 0 pods", "worker"),
        ("payments: 0 replicas pls", "payments"),
    ],
)
def test_zero_said_as_the_replicas_scales_to_zero(op: Operator, intent: str, name: str) -> None:
    assert _summaries(op, intent) == [f"scale deployment/{name} in shop to 0 replicas"]


@pytest.mark.parametrize(
    "intent",
    [
        "replicas: 0 for worker until monday",
        "worker replicas: 0?",
        "the docs say 0 replicas for worker",
        "0 replicas for worker, frontend too",
    ],
)
def test_zero_in_a_longer_message_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (4) The count said last in a one-line order.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("set replicas frontend 5", "scale deployment/frontend in shop to 5 replicas"),
        ("set replicas of frontend 5", "scale deployment/frontend in shop to 5 replicas"),
        ("scale worker too 0", "scale deployment/worker in shop to 0 replicas"),
        ("scale frontend too 4", "scale deployment/frontend in shop to 4 replicas"),
        ("please to scale frontend on 5", "scale deployment/frontend in shop to 5 replicas"),
        ("scale payments to 4", "scale deployment/payments in shop to 4 replicas"),
        ("replicas: 5 for frontend", "scale deployment/frontend in shop to 5 replicas"),
    ],
)
def test_a_count_said_last_scales(op: Operator, intent: str, summary: str) -> None:
    assert _summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend on 5 nodes",
        "scale frontend on 5 zones",
        "set replicas frontend 5 until monday",
    ],
)
def test_a_count_of_something_else_or_for_a_while_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_count_tomorrow_plans_with_awaits(op: Operator) -> None:
    proposal, _ = plans(op, "scale worker to 4 tomorrow")
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/worker in shop to 4 replicas"
    ]
    assert proposal.awaits


# (5) A key that exactly one ConfigMap holds, nothing else named: changed there.
@pytest.mark.parametrize(
    ("intent", "configmap", "value"),
    [
        ("set LOG_LEVEL to DEBUG", "my-api-config", '"LOG_LEVEL": "DEBUG"'),
        ("set LOG_LEVEL=DEBUG", "my-api-config", '"LOG_LEVEL": "DEBUG"'),
        ("change REGION to eu-west-1", "shared-config", '"REGION": "eu-west-1"'),
        ("set PROVIDER to 'adyen'", "payments-config", '"PROVIDER": "adyen"'),
        ("set BATCH_SIZE to 20", "orders-config", '"BATCH_SIZE": "20"'),
    ],
)
def test_a_key_one_configmap_holds_is_changed_there(
    op: Operator, intent: str, configmap: str, value: str
) -> None:
    proposal, body = plans(op, intent)
    assert [(o.kind, o.target.kind, o.target.name) for o in proposal.operations] == [
        ("patch", "ConfigMap", configmap)
    ]
    assert value in body
    assert not proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        "set ORDERS_QUEUE to x",  # a container's own variable: which workload is asked
        "set FOO to 1",  # no ConfigMap holds it
        "set LOG_LEVEL to DEBUG FOO",
        "set LOG_LEVEL to DEBUG and REGION to us",
        "set LOG_LEVEL to DEBUG until monday",
    ],
)
def test_a_key_not_one_configmaps_alone_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_key_said_with_a_workload_stays_that_workloads(op: Operator) -> None:
    proposal, _ = plans(op, "set LOG_LEVEL to DEBUG in payments")
    assert [(o.target.kind, o.target.name) for o in proposal.operations] == [
        ("Deployment", "payments")
    ]


# (6) A bare version for a workload with a sidecar: the container that runs its own image.
@pytest.mark.parametrize(
    "intent",
    [
        "update orders to 1.1.0",
        "update orders image to 1.1.0",
        "deploy orders 1.1.0",
        "update orders app to 1.1.0",
    ],
)
def test_a_bare_version_updates_the_workloads_own_image(op: Operator, intent: str) -> None:
    assert _summaries(op, intent) == [
        "set image of container app in deployment/orders in shop to ghcr.io/acme/orders:1.1.0"
    ]


def test_the_sidecar_named_is_updated(op: Operator) -> None:
    assert _summaries(op, "update the orders envoy to v1.31.0") == [
        "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.31.0"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "update orders to v1.31.0",  # the sidecar's form of tag
        "update orders sidecar to v1.31.0",
        "update orders to latest",
    ],
)
def test_a_version_that_may_be_the_sidecars_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) A slash or a plus between names lists them, for restarts and scales; a delete asks.
@pytest.mark.parametrize(
    ("intent", "summaries"),
    [
        (
            "restart frontend / checkout / payments",
            [
                "restart the pods of deployment/frontend in shop",
                "restart the pods of deployment/checkout in shop",
                "restart the pods of deployment/payments in shop",
            ],
        ),
        (
            "restart frontend+checkout",
            [
                "restart the pods of deployment/frontend in shop",
                "restart the pods of deployment/checkout in shop",
            ],
        ),
        (
            "scale frontend/checkout to 4",
            [
                "scale deployment/frontend in shop to 4 replicas",
                "scale deployment/checkout in shop to 4 replicas",
            ],
        ),
    ],
)
def test_names_joined_by_a_mark_are_a_list(op: Operator, intent: str, summaries: list[str]) -> None:
    assert _summaries(op, intent) == summaries


@pytest.mark.parametrize("intent", ["delete frontend / checkout", "delete frontend+checkout"])
def test_a_delete_of_names_joined_by_a_mark_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_delete_of_names_joined_by_and_still_plans(op: Operator) -> None:
    assert deletes(op, "delete worker and checkout") == {"Deployment/worker", "Deployment/checkout"}


# (8) "shutdown", the noun's spelling, said as the verb before a workload: "shut down".
@pytest.mark.parametrize("intent", ["shutdown worker", "please shutdown the worker deployment"])
def test_shutdown_as_one_word_scales_to_zero(op: Operator, intent: str) -> None:
    assert _summaries(op, intent) == ["scale deployment/worker in shop to 0 replicas"]


@pytest.mark.parametrize(
    "intent",
    [
        "shutdown worker until monday",  # for a while: asked
        "stop worker",  # "stop" alone stays asked (plainwords)
        "set the graceful shutdown period of worker to 30s",
    ],
)
def test_shutdown_or_stop_that_is_not_exact_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)
