"""Deletions said the way tickets and chat say them (issue 11, session 5): the target first and
the verb after it ("checkout is retired, delete the deployment"), a reason of disuse after the
delete, a list of what goes and what stays, an object kept by name or by what it runs, an env
var removed after its context — and a destructive word inside a value that is set as the value.
Over the in-memory shop through the real Operator. Nothing is deleted that was not asked for:
a destructive word in a value, a reason, or about another object stays a question."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import deletes

pytestmark = pytest.mark.timeout(60)


_PAYMENTS = {"Deployment/payments", "Service/payments", "ConfigMap/payments-config"}


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        # The target first, then the delete of "it", "them" or "the deployment".
        ("worker has been sunset; please delete the deployment", {"Deployment/worker"}),
        ("payments is obsolete now - go ahead and remove it", _PAYMENTS),
        (
            "checkout and worker are both dead, nuke them",
            {"Deployment/checkout", "Deployment/worker"},
        ),
        ("we no longer need checkout, drop the deployment", {"Deployment/checkout"}),
        ("nobody calls worker anymore, so delete it", {"Deployment/worker"}),
        (
            "frontend's retired: get rid of it along with its service",
            {"Deployment/frontend", "Service/frontend"},
        ),
        ("checkout's EOL, nuke it", {"Deployment/checkout"}),
        # A reason of disuse after the delete.
        ("delete the worker deployment, it's dead code", {"Deployment/worker"}),
        ("remove checkout - we don't need it anymore", {"Deployment/checkout"}),
        ("tear down the worker deployment since no one uses it", {"Deployment/worker"}),
        ("drop deployment checkout; it is not used anymore", {"Deployment/checkout"}),
        # What goes and what stays, listed.
        (
            "decommission payments (deployment and service; payments-config stays)",
            {"Deployment/payments", "Service/payments"},
        ),
        (
            "TODO: tear down orders - deployment, pdb - keep its configmap",
            {"Deployment/orders", "PodDisruptionBudget/orders"},
        ),
        (
            "Ticket: clean up my-api (the deployment + its configmap, the service stays)",
            {"Deployment/my-api", "ConfigMap/my-api-config"},
        ),
        (
            "remove my-api with its service and configmap, shared-config stays",
            {"Deployment/my-api", "Service/my-api", "ConfigMap/my-api-config"},
        ),
        # An object kept by name, by what it runs, or by its kind.
        ("delete the cache statefulset but keep the proxy", {"StatefulSet/cache"}),
        # A container's name before the kind describes the workload, not a part of it.
        ("the cache proxy deployment is retired, delete it; the redis stays", {"Deployment/cache"}),
        ("delete the proxy deployment but keep the redis statefulset", {"Deployment/cache"}),
        (
            "remove the redis statefulset, leave the cache deployment alone",
            {"StatefulSet/cache"},
        ),
        ("delete the payments service but keep the deployment running", {"Service/payments"}),
        ("drop the postgres service, the statefulset stays up", {"Service/postgres"}),
        (
            "remove my-api but keep shared-config",
            {"Deployment/my-api", "Service/my-api", "ConfigMap/my-api-config"},
        ),
    ],
)
def test_deletes_as_said(op: Operator, intent: str, deleted: set[str]) -> None:
    assert deletes(op, intent) == deleted


@pytest.mark.parametrize(
    "intent",
    [
        # A reason that is not disuse, or a delete of something else than the subject.
        "worker is not retired yet, delete it",
        "worker is retired, delete checkout",
        "delete worker, nobody uses checkout anymore",
        # Kept and deleted at once.
        "delete frontend but leave the deployment running",
        "delete the cache deployment, leave cache alone",
        # A variable named in the reason, a delete of the workload asked: never a delete.
        "frontend is retired, remove its FEATURE_FLAG",
        # A destructive word inside a value with no key named.
        "set the frontend retention to delete-after-30d",
        "set cart cache mode to delete-on-expiry",
    ],
)
def test_still_asked(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.question, [o.summary() for o in proposal.operations]
    assert not [o for o in proposal.operations if o.kind == "delete"]


@pytest.mark.parametrize(
    "intent",
    [
        "payments is retired, scale it to 0",
        "checkout is retired, restart the deployment",
    ],
)
def test_a_reason_beside_another_change_deletes_nothing(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert not [o for o in proposal.operations if o.kind == "delete"]


@pytest.mark.parametrize(
    "intent",
    [
        "FEATURE_FLAG on frontend is dead, remove that env var",
        "the FEATURE_FLAG variable in frontend is no longer needed - drop it",
        "frontend's FEATURE_FLAG is obsolete, please delete the variable",
    ],
)
def test_a_variable_removed_after_its_context(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.question is None, proposal.question
    (patch,) = proposal.operations
    assert patch.kind == "patch"
    assert patch.target.name == "frontend"
    assert "FEATURE_FLAG" in json.dumps(patch.patch)
    assert '"$patch": "delete"' in json.dumps(patch.patch)


@pytest.mark.parametrize(
    ("intent", "target", "pair"),
    [
        (
            "set the cache proxy's EVICTION_POLICY to drop-oldest",
            "Deployment/cache",
            ("EVICTION_POLICY", "drop-oldest"),
        ),
        (
            "on worker set CLEANUP_MODE to remove-stale",
            "Deployment/worker",
            ("CLEANUP_MODE", "remove-stale"),
        ),
        (
            "set ON_EXPIRY in orders-config to purge-batch",
            "ConfigMap/orders-config",
            ("ON_EXPIRY", "purge-batch"),
        ),
        (
            "set EVICTION_POLICY=delete-oldest on the cache deployment",
            "Deployment/cache",
            ("EVICTION_POLICY", "delete-oldest"),
        ),
    ],
)
def test_a_destructive_word_in_a_value_with_its_key_is_the_value(
    op: Operator, intent: str, target: str, pair: tuple[str, str]
) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.question is None, proposal.question
    (patch,) = proposal.operations
    assert patch.kind == "patch"
    assert f"{patch.target.kind}/{patch.target.name}" == target
    said = json.dumps(patch.patch)
    assert all(json.dumps(word) in said for word in pair), said
