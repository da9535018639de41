"""Round 16: KEDA on a Redis list. The trigger's list, its length per replica and the address
KEDA reads it at: said, or the Service in front of the namespace's one Redis — never guessed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dotop_nb.models import ApplyOp
from dotop_nb.service import Operator
from tests.memory import crowded_operator

_REDIS_SERVICE = {
    "apiVersion": "v1",
    "kind": "Service",
    "metadata": {"name": "redis", "namespace": "shop"},
    "spec": {"selector": {"app": "cache-store"}, "ports": [{"name": "redis", "port": 6379}]},
}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    """The shop with a Service in front of its Redis (the StatefulSet cache)."""
    op = crowded_operator(Path(tmp_path_factory.mktemp("redis")), _REDIS_SERVICE)
    yield op
    op.close()


def _trigger(op: Operator, intent: str) -> tuple[dict, dict]:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    (apply,) = [o for o in proposal.operations if isinstance(o, ApplyOp)]
    spec = apply.manifest["spec"]
    (trigger,) = spec["triggers"]
    assert trigger["type"] == "redis"
    return spec, trigger["metadata"]


@pytest.mark.parametrize(
    ("intent", "low", "high", "listed", "length"),
    [
        (
            "autoscale worker with keda on the redis list queues:default, 1 to 8 pods",
            1,
            8,
            "queues:default",
            None,
        ),
        (
            "keda scaledobject for worker on redis list telemetry:pending, 1-20 replicas, "
            "listLength 500",
            1,
            20,
            "telemetry:pending",
            "500",
        ),
        (
            "worker: keda, 0 to 10 replicas on the redis queue transcode:jobs, 5 jobs per pod",
            0,
            10,
            "transcode:jobs",
            "5",
        ),
    ],
)
def test_the_address_is_the_service_in_front_of_the_one_redis(
    served: Operator, intent: str, low: int, high: int, listed: str, length: str | None
) -> None:
    spec, meta = _trigger(served, intent)
    assert (spec["minReplicaCount"], spec["maxReplicaCount"]) == (low, high)
    assert meta["listName"] == listed
    # Unsaid, the length is KEDA's default (5), left out of the trigger.
    assert meta.get("listLength") == length
    assert meta["address"] == "redis.shop.svc:6379"


def test_an_address_said_is_the_one_used(shop: Operator) -> None:
    _, meta = _trigger(
        shop, "keda on worker, redis list jobs, address cache-0.cache.shop.svc:6379, 1 to 4 pods"
    )
    assert meta["address"] == "cache-0.cache.shop.svc:6379"


def test_a_redis_no_service_selects_is_asked_never_guessed(shop: Operator) -> None:
    proposal = shop.analyze(
        "keda on worker from the redis list jobs, 1 to 8 pods", namespace="shop"
    )
    assert proposal.status == "needs_clarification"
    assert "statefulset/cache" in (proposal.question or "")
    assert "no Service selects its pods" in (proposal.question or "")
