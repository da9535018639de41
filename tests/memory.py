"""An engine over the in-memory cluster for unit tests (see :mod:`dotop_nb.cluster.memory`).

:func:`engine` builds a real :class:`~dotop_nb.service.Operator` — gateway, executor, offline
planner, journal, policies — whose cluster is a :class:`MemoryCluster`, so the service, the
executor and the planner run end to end in milliseconds. Cluster behaviour itself is tested on
the real control plane (``tests/integration``)::

    def test_scale(tmp_path):
        cluster, op = engine(tmp_path, deployment("my-api", "shop"))
        p = op.analyze("scale my-api to 5 replicas", namespace="shop")
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.knowledge import KnowledgeBase
from dotop_nb.models import Proposal, Session
from dotop_nb.ports import Planner
from dotop_nb.service import Operator
from dotop_nb.sessions import Journal

Json = dict[str, Any]
NAMESPACES = ("default", "kube-system", "shop")


def engine(
    tmp_path: Path,
    *objects: Json,
    planner: str | Planner = "offline",
    policies: str | Path | None = None,
    progress: Callable[[Session], None] | None = None,
    cluster: MemoryCluster | None = None,
    validation_timeout: float = 2.0,
    journal: Journal | None = None,
) -> tuple[MemoryCluster, Operator]:
    """A cluster seeded with ``objects`` and an Operator on it (sessions, patterns and an empty
    policy folder under ``tmp_path`` unless ``policies`` names others)."""
    if cluster is None:
        cluster = MemoryCluster(namespaces=NAMESPACES)
    if objects:
        cluster.seed(*objects)
    if policies is None:
        policies = tmp_path / "policies"
        policies.mkdir(exist_ok=True)
    patterns = tmp_path / "patterns"
    patterns.mkdir(exist_ok=True)
    op = Operator(
        client=cluster.client(),
        planner=planner,
        journal=journal if journal is not None else Journal(tmp_path / "sessions"),
        # No documents: nothing to search, so the vector store is never opened (a slow import).
        knowledge=KnowledgeBase(patterns=patterns, policies=patterns),
        policies=policies,
        progress=progress,
        validation_timeout=validation_timeout,
        user="alice",
    )
    return cluster, op


def shop_operator(folder: Path) -> Operator:
    """An Operator over the in-memory cluster holding the sample shop in namespace ``shop``,
    with the operator CRDs (KEDA, Prometheus Operator, Velero) served: the planner tests' world.
    Close it when done."""
    from dotop_nb import evaluation  # noqa: PLC0415 - only the planner tests need the shop
    from tests import crds  # noqa: PLC0415 - tests.crds imports the cluster client

    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    kube = cluster.client()
    crds.install(kube, "keda", "prometheus-operator", "velero")
    evaluation.install_shop(kube, "shop")
    _, op = engine(folder, cluster=cluster)
    return op


def crowded_operator(folder: Path, *objects: dict[str, Any]) -> Operator:
    """:func:`shop_operator`'s world with ``objects`` seeded beside the shop (in one go, as a
    cluster that already holds them): the planner among many workloads. Close it when done."""
    from dotop_nb import evaluation  # noqa: PLC0415 - only the planner tests need the shop
    from tests import crds  # noqa: PLC0415 - tests.crds imports the cluster client

    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    kube = cluster.client()
    crds.install(kube, "keda", "prometheus-operator", "velero")
    evaluation.install_shop(kube, "shop")
    cluster.seed(*objects)
    _, op = engine(folder, cluster=cluster)
    return op


def asks(op: Operator, intent: str) -> Proposal:
    """The proposal for ``intent`` in the shop, which must be a question and plan nothing."""
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "needs_clarification", [o.summary() for o in proposal.operations]
    assert proposal.operations == []
    assert proposal.question
    return proposal


def question_for(op: Operator, intent: str) -> str:
    """The question ``intent`` in the shop is answered with (it must ask, and plan nothing)."""
    return asks(op, intent).question or ""


def plans(op: Operator, intent: str) -> tuple[Proposal, str]:
    """The proposal for ``intent`` in the shop, which must be planned, and its operations as
    JSON (for ``in`` checks of the values they carry)."""
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    body = json.dumps([o.model_dump(mode="json") for o in proposal.operations])
    return proposal, body


def outcome(op: Operator, intent: str) -> tuple[str, list[str]]:
    """The status of the proposal for ``intent`` in the shop and its operations' summaries,
    sorted."""
    proposal = op.analyze(intent, namespace="shop")
    return proposal.status, sorted(o.summary() for o in proposal.operations)


def same_plan(op: Operator, intent: str, english: str) -> None:
    """``intent`` is planned exactly as ``english`` (which must be planned) is."""
    expected = outcome(op, english)
    assert expected[0] == "proposed", (english, expected)
    assert outcome(op, intent) == expected, intent


def summaries(op: Operator, intent: str) -> list[str]:
    """The one-line summaries of the operations planned for ``intent`` in the shop (it must be
    planned)."""
    proposal, _ = plans(op, intent)
    return [o.summary() for o in proposal.operations]


def summaries_and_awaits(op: Operator, intent: str) -> tuple[list[str], str]:
    """:func:`summaries` of the plan for ``intent`` in the shop and what it awaits ('' if
    nothing)."""
    proposal, _ = plans(op, intent)
    return [o.summary() for o in proposal.operations], proposal.awaits or ""


def plans_awaiting(op: Operator, intent: str, summary: str, awaits: str | None) -> None:
    """``intent`` in the shop is planned, one operation's summary holds ``summary``, and the plan
    awaits what ``awaits`` says (its words, in any case), or nothing when it is None."""
    proposal, _ = plans(op, intent)
    planned = [o.summary() for o in proposal.operations]
    assert any(summary in s for s in planned), planned
    if awaits is None:
        assert not proposal.awaits, proposal.awaits
    else:
        assert awaits.lower() in (proposal.awaits or "").lower(), proposal.awaits


def deletes(op: Operator, intent: str) -> set[str]:
    """What the plan for ``intent`` in the shop deletes, as ``Kind/name``: it must be planned,
    only deletions, and each object once."""
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.question is None, proposal.question
    assert proposal.status == "proposed", proposal.status
    assert all(o.kind == "delete" for o in proposal.operations), proposal.operations
    deleted = {f"{o.target.kind}/{o.target.name}" for o in proposal.operations}
    assert len(deleted) == len(proposal.operations), proposal.operations
    return deleted
