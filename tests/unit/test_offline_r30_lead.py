"""Round 30, the lead: what a delete's bracket says it holds is no gloss of the workload.

"delete cache (redis pvc)" deleted the StatefulSet cache: the bracket after the delete's own
object was skipped, "redis" (the container it runs) read as the workload's word, and what
followed ended the phrase. A volume, a claim, a disk, storage, data or a snapshot in that
bracket names what the workload holds, not the workload: asked (:mod:`.anteced`). A measure's
word ("volume") in a bracket is the thing it names, not the traffic it measures outside one.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import deletes, question_for, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "delete cache (redis pvc)",
        "delete cache (redis data)",
        "delete cache (redis volume claim)",
        "nuke cache (redis volume)",
        "delete cache [redis volume]",
        "delete cache [redis pvc]",
        "get rid of cache (redis persistentvolumeclaim)",
        "delete postgres (db storage)",
        "remove postgres (its disk)",
        "tear down postgres (the pvc)",
    ],
)
def test_what_a_workload_holds_in_the_bracket_of_its_delete_is_asked(
    op: Operator, intent: str
) -> None:
    question = question_for(op, intent)
    assert "delete" in question.lower() or "nothing is deleted" in question.lower()


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("delete sts/cache (radar-frame redis)", {"StatefulSet/cache"}),
        ("delete the cache statefulset (redis)", {"StatefulSet/cache"}),
        ("delete cache (redis statefulset)", {"StatefulSet/cache"}),
        ("delete orders (the pdb)", {"PodDisruptionBudget/orders"}),
        ("worker traffic is zero, delete it", {"Deployment/worker"}),
        ("delete worker, the data is migrated", {"Deployment/worker"}),
    ],
)
def test_a_bracket_saying_what_the_workload_is_still_deletes(
    op: Operator, intent: str, expected: set[str]
) -> None:
    assert deletes(op, intent) == expected


def test_a_measure_outside_a_bracket_is_still_the_workload(op: Operator) -> None:
    assert summaries(op, "scale worker to 0 (low traffic)") == [
        "scale deployment/worker in shop to 0 replicas"
    ]


# How a change went, told of it ("the rollout of 2.2.0 to frontend went fine"), is a report of
# what is done: it had set the image again beside the order that followed (a34a's find).
@pytest.mark.parametrize(
    "intent",
    [
        "the rollout of 2.2.0 to frontend went fine, now restart worker",
        "the upgrade of payments to 3.1.0 went fine, now restart worker",
        "the update of payments to 3.1.0 succeeded; restart worker",
        "frontend 2.2.0 rollout went fine, restart worker now",
        "the scale of payments to 4 was a success, now restart worker",
    ],
)
def test_how_a_change_went_is_no_order_to_make_it(op: Operator, intent: str) -> None:
    # (Round 31, a35a: the order said after the report on its own is planned alone — the
    # reported change never again; attack35 counted the question an over-ask.)
    assert summaries(op, intent) == ["restart the pods of deployment/worker in shop"]


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("restart worker", ["restart the pods of deployment/worker in shop"]),
        (
            "update frontend to 2.2.0, the last rollout went fine",
            [
                "set image of container web in deployment/frontend in shop to "
                "ghcr.io/acme/frontend:2.2.0"
            ],
        ),
    ],
)
def test_an_order_beside_how_another_went_is_planned(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


# "keep the existing pdb" beside another change says what stays (the one it has): it had made
# a new PDB for frontend, which has none, and asked for orders' (gap33a's find). The same
# adjective before the replica count keeps the count, which a scale beside it contradicts.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "autoscale frontend 3-15, keep the existing pdb",
            ["apply horizontalpodautoscaler/frontend in shop"],
        ),
        (
            "autoscale orders 3-15, keep the existing pdb",
            ["apply horizontalpodautoscaler/orders in shop"],
        ),
        (
            "scale frontend to 4, keep the existing pdb",
            ["scale deployment/frontend in shop to 4 replicas"],
        ),
        (
            "scale frontend to 4, keep the current hpa",
            ["scale deployment/frontend in shop to 4 replicas"],
        ),
        (
            "restart orders but leave its existing pdb alone",
            ["restart the pods of deployment/orders in shop"],
        ),
    ],
)
def test_keeping_the_existing_object_makes_none(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 4, keep the current replica count",
        "scale frontend to 4, keep the existing replica count",
        "scale frontend to 4, keep the replica count",
    ],
)
def test_a_scale_beside_keeping_the_current_count_is_asked(op: Operator, intent: str) -> None:
    assert "which should it be" in question_for(op, intent).lower()


# (attack35) A field said to stay is never changed: the value said of what stays had been set.
@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, version stays 9.9.9",
        "scale payments to 4, image stays 1.0.0",
        "roll back checkout, replicas stay at 4",
        "set my-api cpu request to 200m, memory stays 256Mi",
        "scale payments to 4, the version remains 3.0.0",
    ],
)
def test_a_field_said_to_stay_is_never_changed(op: Operator, intent: str) -> None:
    assert "which should it be" in question_for(op, intent).lower()


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "scale payments to 4, image stays the same",
            ["scale deployment/payments in shop to 4 replicas"],
        ),
        ("restart worker, the image stays", ["restart the pods of deployment/worker in shop"]),
        (
            "bump payments to 3.1.0, memory stays as is",
            [
                "set image of container payments in deployment/payments in shop to "
                "ghcr.io/acme/payments:3.1.0"
            ],
        ),
    ],
)
def test_a_field_said_to_stay_that_the_plan_leaves_is_context(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


# (attack35) How a restart or a rollback went is a report too: it had been done again.
@pytest.mark.parametrize(
    "intent",
    [
        "the checkout rollback went fine",
        "the worker restart went smoothly",
    ],
)
def test_how_a_restart_or_rollback_went_is_a_report(op: Operator, intent: str) -> None:
    assert "report" in question_for(op, intent)


def test_a_rollback_told_then_an_order_plans_the_order_alone(op: Operator) -> None:
    # (Round 31, a35a: as above.)
    assert summaries(op, "the rollback of checkout went fine, now restart worker") == [
        "restart the pods of deployment/worker in shop"
    ]
