"""The offline planner against the scenario set, on the real local control plane.

The dev half is asserted case by case; the held-out half (never looked at while developing the
planner) is scored as a whole and must stay above the accuracy measured when it was first run.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from pathlib import Path

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import ExecutionRefused
from dotop_nb.service import Operator
from tests import crds
from tests.helpers import deploy, deployment, written

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
            failures.append(f"{case.intent}: {why}")
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
# first figure. Issue 11 grew the set to 636 (174 held out, split at random before their first
# run): first run 173/174 in memory (no zones there), 174/174 here. The blind set written by
# someone who never read the planner is dotop_nb/evaluation/data/blind.yaml.
HOLDOUT_FLOOR = 0.95


# ---------------------------------------------------------------- understanding, executed
def _operator(kubeconfig: str, root: Path) -> Operator:
    (root / "policies").mkdir(exist_ok=True)
    return Operator(
        kubeconfig=kubeconfig,
        planner="offline",
        sessions=root / "sessions",
        policies=root / "policies",
        validation_timeout=60,
    )


def _run(op: Operator, intent: str, namespace: str, *, interactive: bool = False) -> None:
    proposal = op.analyze(intent, namespace=namespace)
    assert proposal.status == "proposed", proposal.question
    session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=interactive)
    assert session.status == "executed", session.message


def test_compound_kubectl_and_prohibitions_execute_exactly_what_was_said(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    for name, replicas in (("cart", 2), ("cart-remover", 1), ("web", 1)):
        deploy(kube, deployment(name, namespace, replicas=replicas, labels={"tier": "backend"}))
    get = lambda name: kube.get("apps/v1", "Deployment", name, namespace)  # noqa: E731
    images = lambda name: [c["image"] for c in get(name)["spec"]["template"]["spec"]["containers"]]  # noqa: E731
    with _operator(kubeconfig, tmp_path) as op:
        # Two actions on one workload, one proposal.
        _run(op, "set cart replicas to 3 and image to nginx:1.27", namespace)
        assert (get("cart")["spec"]["replicas"], images("cart")) == (3, ["nginx:1.27"])
        # "cart remover" is cart-remover; the prohibition is honoured, cart untouched. The
        # intent does not spell "cart-remover", so an unattended approval is refused by the
        # unattended guard (safety property 12, unchanged): a person approves it here.
        _run(op, "scale cart remover to 2 and do not delete anything", namespace, interactive=True)
        assert get("cart-remover")["spec"]["replicas"] == 2
        assert get("cart")["spec"]["replicas"] == 3
        # A pasted kubectl command, the session's namespace named.
        _run(op, f"kubectl scale deploy/web --replicas=2 -n {namespace}", namespace)
        assert get("web")["spec"]["replicas"] == 2
        # Several workloads by label, in one proposal (none is named: a person approves).
        proposal = op.analyze("scale all workloads labelled tier=backend to 1", namespace=namespace)
        with pytest.raises(ExecutionRefused):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert get("cart")["spec"]["replicas"] == 3
        _run(op, "scale all workloads labelled tier=backend to 1", namespace, interactive=True)
        assert [get(n)["spec"]["replicas"] for n in ("cart", "cart-remover", "web")] == [1, 1, 1]
        # Asked, and nothing changed: a negated action, another namespace, a non-whole result.
        before = {n: written(get(n)) for n in ("cart", "cart-remover", "web")}
        for intent in (
            "don't scale cart",
            "kubectl scale deploy/cart --replicas=3 -n prod",
            "scale cart to 3 and payments to 4",
            "scale cart to about 3",
        ):
            proposal = op.analyze(intent, namespace=namespace)
            assert proposal.status == "needs_clarification", intent
            assert proposal.operations == []
        after = {n: written(get(n)) for n in ("cart", "cart-remover", "web")}
        assert after == before
