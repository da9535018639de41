"""Unsafe misreads of the third blind run, as classes (helper safety3): a part removed from a
workload is never a delete of it; every quantity said is used for what it was said for, or
asked about; a request that cannot be right is a question. Over the in-memory shop, through the
real Operator. The phrasings are our own, not the blind set's."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.models import Proposal
from dotop_nb.service import Operator
from tests import crds
from tests.memory import engine

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    kube = cluster.client()
    crds.install(kube, "keda", "prometheus-operator", "velero")
    evaluation.install_shop(kube, "shop")
    _, op = engine(tmp_path_factory.mktemp("safety3"), cluster=cluster)
    yield op
    op.close()


def asks(op: Operator, intent: str) -> Proposal:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert proposal.operations == []
    assert proposal.question
    return proposal


def plans(op: Operator, intent: str) -> tuple[Proposal, str]:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    body = json.dumps([o.model_dump(mode="json") for o in proposal.operations])
    return proposal, body


# ------------------------------------------------- class 1: a part is never the workload
@pytest.mark.parametrize(
    "intent",
    [
        "drop envoy from orders",
        "get rid of the envoy container in orders",
        "strip orders of its envoy proxy",
        "pull the envoy container out of orders",
        "delete the envoy sidecar on orders but keep its configmap",
    ],
)
def test_removing_a_container_from_a_workload_patches_it_out(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    (only,) = proposal.operations
    assert only.kind == "patch"
    assert only.target.name == "orders"
    assert '"op": "remove"' in body
    assert '"value": "envoy"' in body  # the index is tested against the name first


@pytest.mark.parametrize(
    "intent",
    [
        "take the sidecar out of orders",
        "nuke the sidecar on frontend",
        "delete the volume from postgres",
        "remove the api container from my-api",  # its only container
        "remove the annotations from frontend",
    ],
)
def test_a_part_that_cannot_be_removed_is_asked_never_deleted(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_the_workload_itself_is_still_deleted_when_asked(shop: Operator) -> None:
    proposal, _ = plans(shop, "remove orders from the namespace")
    assert "deployment/orders in shop" in [o.target.describe() for o in proposal.operations]
