"""Deletions as engineers say them (issue 11, wave 2): a passive "can be deleted", a subject
then "delete it", a workload and the list of what goes after a colon, what is kept said as its
own clause ("its service stays", "checkout must stay"), several workloads listed with their
kinds. Over the in-memory shop through the real Operator; what is kept is never deleted, and a
delete beside another change, or "removed from" something, stays a question."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import deletions
from dotop_nb.service import Operator
from tests.memory import deletes

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("the worker deployment is dead code, delete it", {"Deployment/worker"}),
        ("worker deployment can safely be deleted", {"Deployment/worker"}),
        ("the orders budget should be dropped, drains hang on it", {"PodDisruptionBudget/orders"}),
        (
            "payments was retired last sprint: remove it together with its service",
            {"Deployment/payments", "Service/payments"},
        ),
        (
            "We are done with postgres: the statefulset and its headless service can be deleted",
            {"StatefulSet/postgres", "Service/postgres"},
        ),
        (
            "tear down frontend: the deployment and the service",
            {"Deployment/frontend", "Service/frontend"},
        ),
        (
            "Decommission orders entirely: deployment, its pdb and its configmap.",
            {"Deployment/orders", "PodDisruptionBudget/orders", "ConfigMap/orders-config"},
        ),
        (
            "frontend has been replaced; delete its deployment but leave the service for now",
            {"Deployment/frontend"},
        ),
        (
            "Delete my-api only. Its service and its configmap stay for the rewrite.",
            {"Deployment/my-api"},
        ),
        ("worker deployment can be deleted, checkout must stay", {"Deployment/worker"}),
        (
            "drop the cache sts and also worker",
            {"StatefulSet/cache", "Deployment/worker"},
        ),
        ("remove the cache statefulset, the cache deployment stays", {"StatefulSet/cache"}),
    ],
)
def test_deletes_as_said(op: Operator, intent: str, deleted: set[str]) -> None:
    got = deletes(op, intent)
    assert deleted <= got, got
    # What is kept is kept: nothing beyond the workloads' own stacks of the kinds said.
    if "only" in intent.lower() or "leave the service" in intent:
        assert got == deleted


@pytest.mark.parametrize(
    "intent",
    [
        "my-api should be deleted and scaled",  # a delete beside another change
        "orders should be removed from the mesh",  # taken out of something, not deleted
        "delete the cache deployment, cache stays",  # kept and deleted at once
        "worker is slow, restart it and delete it",
    ],
)
def test_still_asked(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.question, [o.summary() for o in proposal.operations]


def test_canonical_leaves_other_sentences() -> None:
    for said in ("scale worker to 3", "orders should be scaled to 4", "remove orders from it"):
        assert deletions.canonical(said) == said
    assert deletions.canonical("the worker deployment is dead code, delete it") == (
        "delete the worker deployment"
    )
