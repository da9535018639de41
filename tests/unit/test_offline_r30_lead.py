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
