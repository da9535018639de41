"""The offline planner against the scenario set, on the real local control plane.

The dev half is asserted case by case; the held-out half (never looked at while developing the
planner) is scored as a whole and must stay above the accuracy measured when it was first run.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.client import KubeClient
from dotop_nb.service import Operator
from tests import crds

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def shop_ns(kube: KubeClient) -> Iterator[str]:
    crds.install(kube, "keda", "prometheus-operator", "velero")
    ns = "shop-scenarios"
    kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}})
    evaluation.install_shop(kube, ns)
    yield ns
    kube.request("DELETE", f"/api/v1/namespaces/{ns}")


@pytest.fixture(scope="module")
def planner_op(kubeconfig: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    root = tmp_path_factory.mktemp("planner")
    (root / "policies").mkdir()
    op = Operator(
        kubeconfig=kubeconfig,
        planner="offline",
        sessions=root / "sessions",
        policies=root / "policies",
    )
    op.gateway.capabilities(refresh=True)
    yield op
    op.close()


@pytest.mark.parametrize(
    "case", evaluation.load_scenarios(split="dev"), ids=lambda c: c.intent[:50]
)
def test_dev_scenarios(case: evaluation.Scenario, shop_ns: str, planner_op: Operator) -> None:
    proposal = planner_op.analyze(case.intent, namespace=shop_ns)
    ok, why = evaluation.score(case, proposal)
    assert ok, why


def test_holdout_accuracy(
    shop_ns: str, planner_op: Operator, capsys: pytest.CaptureFixture[str]
) -> None:
    per_category: dict[str, list[bool]] = collections.defaultdict(list)
    failures = []
    for case in evaluation.load_scenarios(split="holdout"):
        proposal = planner_op.analyze(case.intent, namespace=shop_ns)
        ok, why = evaluation.score(case, proposal)
        per_category[case.category].append(ok)
        if not ok:
            failures.append(f"{case['intent']}: {why}")
    total = sum(sum(v) for v in per_category.values())
    count = sum(len(v) for v in per_category.values())
    with capsys.disabled():
        print(f"\nholdout accuracy {total}/{count}")
        for name, results in sorted(per_category.items()):
            print(f"  {name:<11} {sum(results)}/{len(results)}")
        for failure in failures:
            print(f"  ✗ {failure}")
    assert total / count >= HOLDOUT_FLOOR, failures


# First honest run of the held-out half: 38/40. The two misses (a request above the current limit,
# "only from X") were fixed afterwards, so later runs are no longer blind; the floor keeps the
# first figure.
HOLDOUT_FLOOR = 0.95
