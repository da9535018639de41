"""Round 17, names: how a developer's prose refers to a workload.

- A name followed by a word for a part of its own process ("worker threads", "the orders
  consumer loop", "payments grpc handlers", "worker tokio runtime") is the workload itself when
  said in a remark beside the request and no object of the namespace is called so
  (followers.inner_part, domain.part_remark). A role word alone ("orders consumer"), any other
  word ("payments gateway"), the part said in the request ("scale worker threads to 4"), under
  a rule ("… should be 16") or beside a delete stays a question.
- Between same-named workloads (the Deployment ``cache`` running cache-proxy, the StatefulSet
  ``cache`` running redis) an image or container word of the request picks one ("cut
  cache-proxy 1.0.1", "the cache, the redis one"); a remark that leaves one alone ("redis stays
  on 7", "redis is fine") spares it; a remark's words pick only when the request names nothing
  but refers to it ("the cache proxy is a single replica …, run two of them"). Otherwise asked.
- "one" standing for an object ("the rust one") is no count; "by two pods" moves a count; a
  library's version ("tokio 1.38") is context; "next to everything" is no set; "every node
  drain" is an event, not a count per node.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # A part of the workload's own process, said in a remark beside the request.
        (
            "the payments thread pool is saturated, scale payments to 4",
            ["scale deployment/payments in shop to 4 replicas"],
        ),
        (
            "orders event loop is blocked half the time, add one more orders replica",
            ["scale deployment/orders in shop to 3 replicas"],
        ),
        (
            "worker listener threads are stuck, restart worker",
            ["restart the pods of deployment/worker in shop"],
        ),
        (
            "our worker goroutines pile up on the job queue, take worker to 3 replicas",
            ["scale deployment/worker in shop to 3 replicas"],
        ),
        (
            "worker tokio runtime has 8 threads pegged, run 3 worker replicas",
            ["scale deployment/worker in shop to 3 replicas"],
        ),
        (
            "all six worker threads are busy, scale worker to 4",
            ["scale deployment/worker in shop to 4 replicas"],
        ),
        (
            "the my-api request handlers time out under load, scale my-api to 5",
            ["scale deployment/my-api in shop to 5 replicas"],
        ),
        (
            "the frontend executor threads are all blocked, bump frontend by one pod",
            ["scale deployment/frontend in shop to 4 replicas"],
        ),
    ],
)
def test_a_part_of_the_workloads_process_is_the_workload(
    shop: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(shop, intent) == expected


def test_the_consumer_loop_of_orders_finds_its_key(shop: Operator) -> None:
    _, body = plans(shop, "the orders consumer threads lag behind, set BATCH_SIZE to 100")
    assert "orders-config" in body
    assert '"BATCH_SIZE": "100"' in body


@pytest.mark.parametrize(
    "intent",
    [
        # The part said in the request: its number may be the part's own.
        "set worker threads to 8",
        "scale worker threads to 4",
        # A role word alone, or another word: maybe another workload's name.
        "scale the orders consumer to 3",
        "restart the payments gateway",
        "the payments gateway threads are pegged, scale it to 4",
        "the orders consumer is stuck, scale it to 3",
        # A rule about the part, or a delete beside it.
        "worker threads should be 16, restart worker",
        "delete the orders consumer loop",
        "the orders consumer loop is stuck, delete it",
    ],
)
def test_a_word_that_may_name_another_workload_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # An image or container said picks one of the two ``cache`` workloads.
        (
            "cargo built cache-proxy 1.0.1, deploy it to the proxy container. redis remains on 7",
            [
                "set image of container proxy in deployment/cache in shop to "
                "ghcr.io/acme/cache-proxy:1.0.1"
            ],
        ),
        (
            "update the cache to 1.0.1, redis is fine",
            [
                "set image of container proxy in deployment/cache in shop to "
                "ghcr.io/acme/cache-proxy:1.0.1"
            ],
        ),
        ("restart the cache, the redis one", ["restart the pods of statefulset/cache in shop"]),
        ("scale the cache, the proxy one, to 2", ["scale deployment/cache in shop to 2 replicas"]),
        # "one" stands for the object, never a count.
        (
            "scale the cache proxy (the new one, not redis) to 3 replicas",
            ["scale deployment/cache in shop to 3 replicas"],
        ),
        ("scale the cache (the proxy one) to 3", ["scale deployment/cache in shop to 3 replicas"]),
        # The request refers to the remark's subject: its words pick the one.
        (
            "the cache proxy is a single replica so a drain is a cache outage. run two of them",
            ["scale deployment/cache in shop to 2 replicas"],
        ),
        (
            "redis is a single replica so a drain is a cache outage. run two of them",
            ["scale statefulset/cache in shop to 2 replicas"],
        ),
        (
            "the cache proxy is fine but redis is a single replica. run two of them",
            ["scale statefulset/cache in shop to 2 replicas"],
        ),
    ],
)
def test_what_runs_picks_one_of_same_named_workloads(
    shop: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(shop, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "restart the cache",
        # A remark about one, beside a request naming the shared name: which one is asked.
        "update the cache to 1.0.1, redis has been flaky",
        "the cache proxy keeps falling over, restart the cache",
        # Both said in remarks that need the change.
        "the cache proxy and redis are both single replicas, run two of them",
    ],
)
def test_same_named_workloads_nothing_picks_are_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "checkout 1.1.0 shipped hyper 1.4 which leaks sockets, go back to the previous "
            "revision",
            ["roll deployment/checkout in shop back to revision 1"],
        ),
        (
            "checkout 1.1.0 moved to axum 0.7 and the routes broke, roll back to the previous "
            "revision",
            ["roll deployment/checkout in shop back to revision 1"],
        ),
        (
            "since checkout 1.1.0 bumped serde to 1.0.210 it panics, go back to the previous "
            "revision",
            ["roll deployment/checkout in shop back to revision 1"],
        ),
    ],
)
def test_a_librarys_version_is_context(shop: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(shop, intent) == expected


def test_only_a_librarys_version_is_asked(shop: Operator) -> None:
    asks(shop, "roll checkout back to the tokio 1.37 build")


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("bump worker by two pods", ["scale deployment/worker in shop to 3 replicas"]),
        ("grow payments by 2 replicas", ["scale deployment/payments in shop to 4 replicas"]),
        (
            "bump orders by one pod; the handlers are fine, it is just CPU",
            ["scale deployment/orders in shop to 3 replicas"],
        ),
    ],
)
def test_a_count_moved_by_pods_is_a_scale(shop: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(shop, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # A rollout's pace or a budget's pods, never a count to move.
        "roll out payments by one pod at a time",
        "let the orders pdb drain by one pod",
    ],
)
def test_pods_of_a_pace_or_a_budget_are_no_scale(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert not any(o.kind == "scale" for o in proposal.operations)


@pytest.mark.parametrize(
    "intent",
    [
        "worker has no limits so the scheduler puts it next to everything. limits: 500m cpu, "
        "256Mi memory",
        "worker has no requests so the scheduler squeezes it in next to everything, requests "
        "250m cpu and 128Mi memory",
    ],
)
def test_a_set_said_as_where_a_workload_is_is_no_selection(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} == {"worker"}
    assert '"cpu": "' in body


@pytest.mark.parametrize(
    "intent",
    ["restart worker and everything", "restart everything except worker"],
)
def test_a_set_beside_a_name_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "the cache proxy is one replica so every node drain is an outage. run two of them",
        "the cache proxy runs one pod so each node reboot means downtime. run two of them",
    ],
)
def test_every_node_drain_is_an_event(shop: Operator, intent: str) -> None:
    assert summaries(shop, intent) == ["scale deployment/cache in shop to 2 replicas"]


def test_a_count_per_node_is_still_asked(shop: Operator) -> None:
    asks(shop, "run worker on every node")
