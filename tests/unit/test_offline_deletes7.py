"""Deletes said with their parts and with what stays (issue 11, session 7, del).

The rule: a delete names a main object; its parts are the objects that belong to it (Service,
HPA, PDB, ScaledObject, ServiceMonitor, NetworkPolicy, the ConfigMaps and Secrets only it reads),
said by kind or pronoun ("its pdb and its config"); what is said to stay is never deleted and
never read as another change; a reason said with the delete (what it blocks, what replaced it)
is still one delete of the named object; a pasted ``kubectl delete`` has its flags read; two
objects named unambiguously are one proposal; a delete said as its own order beside a change
of another workload is one proposal, and of the same workload a question. Phrasings of our
own, never the gap lists'.
"""

from __future__ import annotations

import pytest

from dotop_nb.models import DeleteOp
from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(30)


def _ops(op: Operator, intent: str) -> dict[str, str]:
    proposal, _ = plans(op, intent)
    return {f"{o.target.kind}/{o.target.name}": o.kind for o in proposal.operations}


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        # Parts said by kind, "config" for the ConfigMaps only it reads.
        (
            "retire payments along with its service and config",
            {"Deployment/payments", "Service/payments", "ConfigMap/payments-config"},
        ),
        (
            "get rid of orders and its budget and config",
            {"Deployment/orders", "PodDisruptionBudget/orders", "ConfigMap/orders-config"},
        ),
        (
            "tear the orders deployment down with its pdb",
            {"Deployment/orders", "PodDisruptionBudget/orders"},
        ),
        (
            "delete my-api along with its pod disruption budget",
            {"Deployment/my-api"},  # it has none: nothing else goes
        ),
        # What stays, with why, is neither deleted nor another change.
        (
            "remove my-api with its service and its config, shared-config stays since frontend "
            "reads it",
            {"Deployment/my-api", "Service/my-api", "ConfigMap/my-api-config"},
        ),
        (
            "tear payments down (svc too) but leave payments-config, the auditors want it kept",
            {"Deployment/payments", "Service/payments"},
        ),
        (
            "delete payments and its service. payments-config stays, finance needs it for the "
            "audit",
            {"Deployment/payments", "Service/payments"},
        ),
        # A reason said with the delete: one delete of the object named.
        (
            "the orders pdb blocks every node drain, please delete it",
            {"PodDisruptionBudget/orders"},
        ),
        ("delete checkout, it was superseded by payments", {"Deployment/checkout"}),
        ("decommission worker since orders took over from it; orders stays", {"Deployment/worker"}),
        (
            "please remove the payments deployment + its service, but leave payments-config "
            "around, legal wants it",
            {"Deployment/payments", "Service/payments"},
        ),
        (
            "kill off my-api and its own configmap but keep shared-config - frontend mounts it",
            {"Deployment/my-api", "ConfigMap/my-api-config"},
        ),
        (
            "delete the worker deployment; keep orders as is, it replaced worker",
            {"Deployment/worker"},
        ),
        ("drop the worker deployment; orders does its job now", {"Deployment/worker"}),
        # A reason said as its own sentence, with a noun that looks like a verb ("upgrades").
        (
            "orders pdb keeps evictions from happening during upgrades. delete it.",
            {"PodDisruptionBudget/orders"},
        ),
        ("remove the orders pdb.", {"PodDisruptionBudget/orders"}),
        # Two objects of one name, each said unambiguously.
        (
            "remove the redis statefulset as well as the cache proxy",
            {"StatefulSet/cache", "Deployment/cache"},
        ),
        (
            "delete the cache proxy and the worker deployment",
            {"Deployment/cache", "Deployment/worker"},
        ),
    ],
)
def test_a_delete_with_its_parts_and_what_stays(
    op: Operator, intent: str, deleted: set[str]
) -> None:
    assert deletes(op, intent) == deleted


@pytest.mark.parametrize(
    ("intent", "propagation"),
    [
        ("kubectl delete deployment worker --cascade=background", "Background"),
        ("kubectl delete deploy/worker --cascade=foreground --wait=false", "Foreground"),
        ("kubectl delete --ignore-not-found deploy worker", "Foreground"),
        ("kubectl -n shop delete deploy worker --now", "Foreground"),
    ],
)
def test_kubectl_delete_flags_are_read(op: Operator, intent: str, propagation: str) -> None:
    proposal, _ = plans(op, intent)
    (delete,) = proposal.operations
    assert isinstance(delete, DeleteOp)
    assert delete.target.name == "worker"
    assert delete.propagation == propagation


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # Orphaning leaves the pods running: asked, never planned as another delete.
        ("kubectl delete sts cache --cascade=orphan", "orphan"),
        ("kubectl delete deploy/worker --cascade=false", "--cascade=false"),
        ("kubectl delete deploy/worker --grace-period=0 --force", "--grace-period=0"),
        # An item of what goes that is no kind read is never left in place silently.
        ("delete orders with its pdb and its ingress", "ingress"),
        # A statement beside the delete is no order to plan with it.
        # Asked as a report beside the delete (roles.py), the earlier question's reason still holds.
        ("frontend restarts all the time, delete the worker deployment", "as a report"),
        # Deleted and changed at once, or a delete that waits for something done first.
        ("delete worker and restart it", "both delete and change"),
        ("scale frontend to 4 and delete it", "never by a pronoun"),
        ("restart frontend then remove worker", "once something else is done"),
        ("back up postgres and delete worker", "beside a backup"),
    ],
)
def test_an_unsure_delete_is_asked(op: Operator, intent: str, said: str) -> None:
    assert said in str(asks(op, intent).question)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "delete checkout and set frontend to 3 replicas",
            {"Deployment/checkout": "delete", "Deployment/frontend": "scale"},
        ),
        (
            "scale orders to 2 and delete worker",
            {"Deployment/orders": "scale", "Deployment/worker": "delete"},
        ),
        (
            "remove the orders pdb and scale orders to 3",
            {"PodDisruptionBudget/orders": "delete", "Deployment/orders": "scale"},
        ),
    ],
)
def test_a_delete_beside_a_change_of_another_object_is_one_proposal(
    op: Operator, intent: str, expected: dict[str, str]
) -> None:
    assert _ops(op, intent) == expected


def test_a_replacement_said_as_the_reason_is_never_deleted(op: Operator) -> None:
    assert deletes(op, "drop the worker deployment since orders has taken over from it") == {
        "Deployment/worker"
    }


def test_a_delete_said_to_be_wanted_by_someone_is_asked(op: Operator) -> None:
    # Not after a keep: that something wants what is deleted is a contradiction.
    asks(op, "delete worker, finance wants it archived")


def test_a_grace_period_is_read_and_said(op: Operator) -> None:
    proposal, _ = plans(op, "kubectl delete deploy worker --grace-period=30")
    assert [o.target.name for o in proposal.operations] == ["worker"]
    assert "--grace-period=30 is not passed" in proposal.analysis
