"""The offline planner over the in-memory cluster: every dev scenario (the same set and scoring
as ``tests/integration/test_offline_planner.py`` on the real control plane), and one exact plan
per category, through the real Operator (dry-run and policies included, nothing executed)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.service import Operator
from tests import crds
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[MemoryCluster, Operator]]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    kube = cluster.client()
    crds.install(kube, "keda", "prometheus-operator", "velero")
    evaluation.install_shop(kube, "shop")
    cluster, op = engine(tmp_path_factory.mktemp("planner"), cluster=cluster)
    yield cluster, op
    op.close()


@pytest.mark.parametrize(
    "case", evaluation.load_scenarios(split="dev"), ids=lambda c: c.intent[:50]
)
def test_dev_scenarios(case: evaluation.Scenario, shop: tuple[MemoryCluster, Operator]) -> None:
    _, op = shop
    proposal = op.analyze(case.intent, namespace="shop")
    ok, why = evaluation.score(case, proposal)
    assert ok, why
