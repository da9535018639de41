"""Deletions said after their context (issue 11, wave 2, del2): "X moved to Y, so: delete Z",
"since … the worker deployment is unused, kindly delete it", a ticket's passive without its
modal ("… both to be removed"), "shall be removed". What the context says is never a second
change: a context holding an action verb in its base form stays a question, and so does an
"it" that is not one workload said with its kind."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        (
            "checkout was migrated to checkout-v2 last week - go ahead and remove the checkout "
            "deployment",
            {"Deployment/checkout"},
        ),
        (
            "the postgres db lives in Cloud SQL since March, therefore: kubectl delete sts "
            "postgres",
            {"StatefulSet/postgres"},
        ),
        (
            "ever since billing took over its jobs the worker deployment is not needed, so please "
            "remove it, cheers",
            {"Deployment/worker"},
        ),
        (
            "we replaced frontend with a CDN bucket; kindly delete the frontend deployment with "
            "its service",
            {"Deployment/frontend", "Service/frontend"},
        ),
        (
            "worker and checkout deployments both to be removed",
            {"Deployment/worker", "Deployment/checkout"},
        ),
        ("the checkout deployment shall be deleted", {"Deployment/checkout"}),
        # The shell's verb, "including" for "along with", what the speaker does later.
        ("pls rm the worker deploy, billing does its jobs now", {"Deployment/worker"}),
        (
            "nuke payments including its service and configmap",
            {"Deployment/payments", "Service/payments", "ConfigMap/payments-config"},
        ),
        (
            "drop the budget of orders - I'll set up a stricter one myself later",
            {"PodDisruptionBudget/orders"},
        ),
    ],
)
def test_a_delete_after_its_context_is_planned(
    op: Operator, intent: str, deleted: set[str]
) -> None:
    assert deletes(op, intent) == deleted


@pytest.mark.parametrize(
    "intent",
    [
        # A context with an action of its own is a second change.
        "scale frontend to 4, then delete worker",
        "restart checkout; kindly delete the worker deployment",
        # "it" is two workloads, or none said with its kind.
        "the worker deployment and the checkout deployment are idle, so delete it",
        "since the queue moved, kindly delete it",
        # A condition or a time in the context is never dropped.
        "if the worker deployment is idle, delete it",
        "once checkout-v2 is live, kindly remove the checkout deployment",
        # What is said for later is a change of its own when it is not a create.
        "delete the pdb of orders, we will scale orders to 5 later",
        "rm -rf worker",
        # The context is about another workload than the one deleted.
        "frontend was replaced last week, so delete the checkout deployment",
    ],
)
def test_a_context_that_is_not_only_why_stays_a_question(op: Operator, intent: str) -> None:
    assert asks(op, intent)
