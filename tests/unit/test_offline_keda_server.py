"""Where a KEDA Prometheus trigger queries when the request does not say (planner/offline/
triggers.py ``known_server``): the cluster's one Prometheus, else the autoscaling pattern's
address, said in the proposal; two Prometheus servers, or none and no pattern, are asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from dotop_nb.planner.offline import OfflinePlanner
from dotop_nb.ports import PlanRequest, PlanResult
from dotop_nb.service import Operator
from tests.memory import shop_operator

pytestmark = pytest.mark.timeout(30)

PATTERN = yaml.safe_load((Path(__file__).parents[2] / "patterns/autoscaling.yaml").read_text())
INTENT = "keda on worker with a prometheus trigger on sum(jobs_queued), threshold 50, max 20"


@pytest.fixture
def op(tmp_path: Path) -> Iterator[Operator]:
    operator = shop_operator(tmp_path)
    yield operator
    operator.close()


def plan(op: Operator, *, patterns: list[dict[str, Any]]) -> PlanResult:
    request = PlanRequest(
        intent=INTENT,
        namespace="shop",
        capabilities=op.gateway.capabilities(),
        patterns=patterns,
    )
    return OfflinePlanner().plan(request, op.gateway.reader())


def prometheus_service(op: Operator, name: str, namespace: str, labels: dict[str, str]) -> None:
    op.gateway.client.apply(
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": name, "namespace": namespace, "labels": labels},
            "spec": {"ports": [{"name": "web", "port": 9090}], "selector": {"app": name}},
        }
    )


def server(result: PlanResult) -> str:
    assert result.question is None, result.question
    (scaled,) = [o for o in result.operations if o.kind == "apply"]
    (trigger,) = scaled.manifest["spec"]["triggers"]  # type: ignore[union-attr]
    assert trigger["metadata"]["query"] == "sum(jobs_queued)"
    assert trigger["metadata"]["threshold"] == "50"
    return str(trigger["metadata"]["serverAddress"])


def test_the_clusters_one_prometheus_is_queried(op: Operator) -> None:
    prometheus_service(op, "prometheus-operated", "default", {"operated-prometheus": "true"})
    result = plan(op, patterns=[PATTERN])
    assert server(result) == "http://prometheus-operated.default.svc:9090"
    assert "the cluster's Prometheus (service/prometheus-operated in default)" in result.analysis


def test_the_patterns_address_is_used_and_said_when_the_cluster_runs_none(op: Operator) -> None:
    result = plan(op, patterns=[PATTERN])
    assert server(result) == "http://prometheus-operated.monitoring.svc:9090"
    assert "pattern autoscaling names (not said)" in result.analysis
    # The pattern's Service is not there: the proposal says the query reads nothing yet.
    assert "No Service prometheus-operated exists in monitoring" in result.analysis


def test_two_prometheus_servers_are_asked(op: Operator) -> None:
    prometheus_service(op, "prometheus-operated", "default", {"operated-prometheus": "true"})
    prometheus_service(op, "prom-b", "kube-system", {"operated-prometheus": "true"})
    result = plan(op, patterns=[PATTERN])
    assert result.operations == []
    assert "more than one Prometheus" in (result.question or "")


def test_no_prometheus_and_no_pattern_is_asked(op: Operator) -> None:
    result = plan(op, patterns=[])
    assert result.operations == []
    assert "serverAddress" in (result.question or "")


def test_a_server_said_is_used_over_the_one_found(op: Operator) -> None:
    prometheus_service(op, "prometheus-operated", "default", {"operated-prometheus": "true"})
    request = PlanRequest(
        intent=f"{INTENT}, server http://prom.other:9090",
        namespace="shop",
        capabilities=op.gateway.capabilities(),
        patterns=[PATTERN],
    )
    result = OfflinePlanner().plan(request, op.gateway.reader())
    assert server(result) == "http://prom.other:9090"
