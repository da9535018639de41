"""Gaps of the offline planner found by the blind set (issue 11), tested with other words and
other objects than the blind cases: namespaces said as environment names, values paired by
"respectively", `kubectl autoscale`, and KEDA Prometheus triggers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.models import Proposal
from dotop_nb.service import Operator
from tests import crds
from tests.helpers import deployment
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)


@pytest.fixture(scope="module")
def op(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    crds.install(cluster.client(), "keda")
    _, operator = engine(
        tmp_path_factory.mktemp("gaps"),
        deployment("ledger", "shop", image="ghcr.io/x/ledger:1.0", replicas=2),
        deployment("mailer", "shop", image="ghcr.io/x/mailer:4.0", replicas=1),
        cluster=cluster,
    )
    yield operator
    operator.close()


def _plan(op: Operator, intent: str) -> Proposal:
    return op.analyze(intent, namespace="shop")


def _summaries(p: Proposal) -> list[str]:
    assert p.status == "proposed", p.question
    return [o.summary() for o in p.operations]


@pytest.mark.parametrize(
    "intent",
    [
        "bump ledger to 3 replicas on production",
        "restart mailer in the qa environment",
        "set ledger to 5 for uat",
    ],
)
def test_an_environment_named_like_a_namespace_is_asked_about(op: Operator, intent: str) -> None:
    p = _plan(op, intent)
    assert p.status == "needs_clarification", _summaries(p)
    assert "this session works in 'shop'" in (p.question or "")


def test_respectively_pairs_each_value_with_the_workload_in_the_order_said(op: Operator) -> None:
    p = _plan(op, "set mailer and ledger to 3 and 6 replicas respectively")
    assert _summaries(p) == [
        "scale deployment/mailer in shop to 3 replicas",
        "scale deployment/ledger in shop to 6 replicas",
    ]
    images = _plan(op, "move ledger and mailer to 1.1 and 4.2 respectively")
    assert [getattr(o, "image", None) for o in images.operations] == [
        "ghcr.io/x/ledger:1.1",
        "ghcr.io/x/mailer:4.2",
    ]


def test_respectively_with_a_series_that_does_not_pair_is_asked(op: Operator) -> None:
    p = _plan(op, "scale ledger and mailer to 2, 3 and 4 respectively")
    assert p.status == "needs_clarification"
    assert "respectively" in (p.question or "")


def test_kubectl_autoscale_makes_an_hpa_even_with_keda_installed(op: Operator) -> None:
    p = _plan(op, "kubectl autoscale deploy/mailer --min=2 --max=9 --cpu-percent=65")
    assert p.status == "proposed", p.question
    applied: Any = p.operations[-1]
    assert applied.manifest["kind"] == "HorizontalPodAutoscaler"
    assert (applied.manifest["spec"]["minReplicas"], applied.manifest["spec"]["maxReplicas"]) == (
        2,
        9,
    )


def test_a_keda_prometheus_trigger_keeps_server_query_and_threshold(op: Operator) -> None:
    p = _plan(
        op,
        "keda for ledger: prometheus scaler, server http://prom.obs.svc:9090, "
        "query sum(ledger_backlog), threshold 25, up to 7 replicas",
    )
    assert p.status == "proposed", p.question
    (applied,) = p.operations
    manifest: Any = getattr(applied, "manifest")
    assert manifest["kind"] == "ScaledObject"
    assert manifest["spec"]["maxReplicaCount"] == 7
    assert manifest["spec"]["triggers"] == [
        {
            "type": "prometheus",
            "metadata": {
                "serverAddress": "http://prom.obs.svc:9090",
                "query": "sum(ledger_backlog)",
                "threshold": "25",
            },
        }
    ]


def test_a_prometheus_trigger_without_its_query_is_asked(op: Operator) -> None:
    p = _plan(op, "autoscale mailer with keda from prometheus at http://prom:9090, threshold 3")
    assert p.status == "needs_clarification"
    assert "query" in (p.question or "")
