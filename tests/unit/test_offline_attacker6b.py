"""Groups 3, 4 and 6 of the blind attacker's sixth report, over the in-memory shop: a request
that pairs names, values or keys in more than one way is asked, never planned one way
(:mod:`dotop_nb.planner.offline.muddles`), and a ``KEY=value`` the plan would drop is asked.
Each attacker case, variants of our own, and near-misses that must still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    "intent",
    [
        # 3: "it" / "the former" / "the latter" after several workloads; a workload only
        # described; "keep"/"stay" at a count it does not run; a workload only in a reason.
        "my-api is busy, worker is idle: scale it to 0",
        "worker is idle, my-api is busy: scale it to 4",
        "frontend is fine, my-api is slow: scale it to 4",
        # ("frontend and my-api: frontend is fine, scale my-api to 4" plans my-api since round
        # 33: a head naming what is seen of each, then the order naming one, test_offline_r33_lead.)
        "payments and my-api: scale the former to 4",
        "payments and my-api: scale the latter to 4",
        "keep frontend at 2, scale my-api to 4",
        "payments must stay at 3 replicas",
        "update payments to 3.1.0 because 3.0.0 is broken and frontend 2.0.0 too",
        "checkout is quiet and orders is overloaded, restart it",
        "my-api and worker both lag; bump it to 5",
        "orders, checkout: restart the latter",
        "keep worker at 5 and restart frontend",
        "checkout should remain at 4 replicas",
        "roll back my-api since 1.4.0 crashes and checkout 2.1.0 as well",
        # 4: two workloads, two values, not paired; a total for several.
        "update my-api and payments to 1.5.0 and 3.1.0",
        "update frontend and payments to 2.2.0 and 3.1.0",
        "scale my-api and payments to 4 in total",
        "scale frontend and worker to 2 and 6",
        "update orders and checkout to 1.2.0 and 2.0.1",
        "give my-api and frontend 6 replicas altogether",
        "scale orders and checkout to 10 combined",
        # 6: a key said as words, a rename, one of two KEY=value dropped, a name part.
        "set the DB password of payments to s3cr3t",
        "set the queue name of orders to orders2",
        "rename the PROVIDER key to PAYMENT_PROVIDER in payments-config",
        "rename FEATURE_X to FEATURE_Y on my-api",
        "set PROVIDER=adyen and REGION=us in payments-config",
        "set BATCH_SIZE=20 and QUEUE=orders2 in orders-config",
        "set LOG_LEVEL=debug FEATURE_X=on in my-api-config",
        "scale the api and the frontend to 4",
        "set the redis host of orders to cache.local",
        "change the api token of payments to abc123",
        "rename LOG_LEVEL to LOGLEVEL in my-api-config",
        "set BATCH_SIZE=20, QUEUE=orders2 in orders-config",
    ],
)
def test_a_request_paired_more_than_one_way_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_limit_said_for_two_workloads_never_sets_a_request(shop: Operator) -> None:
    """It once gave frontend requests.memory 1Gi beside its limit."""
    for intent in (
        "set memory limit of my-api to 512Mi and frontend to 1Gi",
        "set memory request of worker to 256Mi and payments to 512Mi",
    ):
        proposal = shop.analyze(intent, namespace="shop")
        if proposal.status == "proposed":
            body = str([o.model_dump(mode="json") for o in proposal.operations])
            assert "requests" not in body or "limit" not in intent, body
        else:
            assert proposal.operations == []


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "update my-api and payments to 1.5.0 and 3.1.0 respectively",
            ["my-api:1.5.0", "payments:3.1.0"],
        ),
        ("scale frontend and worker to 2 and 6 respectively", ['"replicas": 2', '"replicas": 6']),
        # Near-misses: one value for several, pairs said each, a fact beside one workload.
        ("scale my-api and payments to 4", ['"replicas": 4']),
        ("update my-api to 1.5.0 and payments to 3.1.0", ["my-api:1.5.0", "payments:3.1.0"]),
        ("update payments to 3.1.0 because 3.0.0 is broken", ["payments:3.1.0"]),
        ("my-api is slow, scale it to 4", ['"replicas": 4']),
        ("restart worker, it is stuck", ["worker"]),
        ("scale my-api to 4 and restart it", ['"replicas": 4']),
        ("keep frontend at 3, scale my-api to 4", ['"replicas": 4']),
        ("set LOG_LEVEL=debug and FEATURE_X=on on my-api", ["LOG_LEVEL", "FEATURE_X"]),
        ("set A_KEY=1 and B_KEY=2 on my-api", ["A_KEY", "B_KEY"]),
        ("set PROVIDER=adyen in payments-config", ["adyen"]),
        ("set DB_PASSWORD=s3cr3t on payments", ["DB_PASSWORD"]),
        ("set the memory limit of my-api to 512Mi", ["512Mi"]),
        ("restart my-api and frontend", ["frontend"]),
    ],
)
def test_near_misses_still_plan(shop: Operator, intent: str, expected: list[str]) -> None:
    _, body = plans(shop, intent)
    for value in expected:
        assert value in body, body


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # "them" after several workloads is each of them; "as" opens no reason.
        ("worker and checkout can both go, delete them", ["worker", "checkout"]),
        ("story: as payments team we want payments on version 3.1.0", ["payments:3.1.0"]),
        ("restart my-api and frontend, overall things are slow", ["frontend"]),
    ],
)
def test_words_close_to_a_muddle_still_plan(
    shop: Operator, intent: str, expected: list[str]
) -> None:
    _, body = plans(shop, intent)
    for value in expected:
        assert value in body, body


def test_annotations_said_as_pairs_are_not_keys_dropped(shop: Operator) -> None:
    """'prometheus.io/scrape=true' is an annotation, not a KEY=value of its own."""
    _, body = plans(shop, "payments pods: prometheus.io/scrape=true, prometheus.io/port=8080")
    assert "prometheus.io/scrape" in body
