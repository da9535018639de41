"""Round 28, helper a31rest: the eighth attack's wrong plans that still planned.

The shapes (black-box attack 31, /work/notes/w27/attack31): (1) a change the writer says ends or
is to be undone, in words the window readers left ("— revert later", "undo later", "#temp" and
"- temp" beside a delete, "TEMP - …", "for the migration only", "provisionally", "as an interim
measure", "we'll recreate it", "helm will reinstall it") and an end awaited ("pending the fix":
until the fix, never after it): asked, never planned for good. A purpose with no end ("for the
sale", "for now") still plans."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (1) A change said to end or to be undone: asked, saying the revert is the writer's to run.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("scale worker to 0 — revert later", "revert later"),
        ("scale checkout to 6, undo later", "undo later"),
        ("revert my-api to 1.3.0 — revert later", "revert later"),
        ("delete worker - temp", "temp"),
        ("delete worker #temp", "#temp"),
        ("delete sts/cache #temp", "#temp"),
        ("TEMP - scale worker to 0", "TEMP"),
        ("TEMP - scale checkout to 6", "TEMP"),
        ("give worker 2Gi for the migration only", "for the migration only"),
        ("delete sts/cache for the migration only", "for the migration only"),
        ("scale payments to 4 only for the promo", "only for the promo"),
        ("scale worker to 0 provisionally", "provisionally"),
        ("scale worker to 0 as an interim measure", "interim measure"),
        ("scale worker to 0 temporarily-ish", "temporarily-ish"),
        ("delete worker, we'll recreate it", "recreate it"),
        ("delete worker, we'll redeploy later", "redeploy later"),
        ("delete worker, helm will reinstall it", "helm will reinstall it"),
        ("scale worker to 0 pending the fix", "pending the fix"),
        ("scale redis to 0 pending a fix", "pending a fix"),
        ("scale frontend to 10 pending the HPA", "pending the HPA"),
        ("set LOG_LEVEL to DEBUG pending the investigation", "pending the investigation"),
        ("scale worker to 0 pending investigation", "pending investigation"),
        ("bump worker memory to 2Gi pending the new node pool", "pending the new node pool"),
        ("scale worker to 0 for the whole migration", "for the whole migration"),
        ("scale worker to 0 for the entire incident", "for the entire incident"),
        ("update frontend to 2.2.0 (trial run)", "(trial run)"),
    ],
)
def test_a_change_said_to_end_is_asked(op: Operator, intent: str, words: str) -> None:
    question = asks(op, intent).question or ""
    assert words.lower() in question.lower()
    assert "Nothing here reverts a change on a timer" in question


@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4 for the sale",
        "scale worker to 0 for now",
        "delete worker",
        "delete sts/cache",
        "scale worker to 0",
        "give worker 2Gi",
        "rollback checkout",
        "scale payments to 4 for the launch",
        "scale checkout to 6",
    ],
)
def test_the_plain_change_and_a_purpose_still_plan(op: Operator, intent: str) -> None:
    plans(op, intent)


# (2) A delete that drops a part or hits a neighbour: the storage said with it ("and its
# pvcs"), what a Service or a budget points at ("the backend of svc/payments"): asked.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("delete sts/cache and its pvcs", "and its pvcs"),
        ("delete the cache statefulset and all its PVCs", "and all its PVCs"),
        ("delete statefulset cache and its volume claims", "volume"),
        ("delete the backend of svc/payments", "backend of"),
        ("delete the endpoints of svc/payments", "endpoints of"),
        ("delete the target of svc/my-api", "target of"),
        ("remove the backends behind the payments service", "backends behind"),
        ("delete whatever the orders pdb covers", "whatever the orders pdb covers"),
        ("delete what the payments service points to", "points to"),
    ],
)
def test_a_delete_of_a_part_or_a_neighbour_is_asked(op: Operator, intent: str, words: str) -> None:
    question = asks(op, intent).question or ""
    assert words.lower() in question.lower()


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete svc/payments", "delete service/payments in shop"),
        ("delete the payments service", "delete service/payments in shop"),
        ("delete the orders pdb", "delete poddisruptionbudget/orders in shop"),
        ("delete sts/cache", "delete statefulset/cache in shop"),
        ("delete worker and its config", "delete deployment/worker in shop"),
    ],
)
def test_the_object_itself_is_still_deleted(op: Operator, intent: str, deleted: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [deleted]


# (3) Values other than said: bounds said with slashes are asked, never defaulted.
@pytest.mark.parametrize(
    "intent", ["hpa frontend 2/8/70", "autoscale frontend 2/8", "hpa checkout 3/9"]
)
def test_slashed_autoscaler_bounds_are_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "min 2, max 8, 70% cpu" in question


def test_bounds_said_in_words_still_plan(op: Operator) -> None:
    _, body = plans(op, "autoscale frontend min 2 max 8 at 70% cpu")
    assert '"minReplicas": 2' in body
    assert '"maxReplicas": 8' in body
    assert '"averageUtilization": 70' in body


# (4) Release jargon that withdraws a version ("unship", "pull", "yank"): asked, never deployed.
@pytest.mark.parametrize(
    "intent",
    [
        "unship frontend 2.2.0",
        "pull frontend 2.2.0",
        "yank payments 3.0.1",
        "withdraw frontend v2.2.0",
    ],
)
def test_a_release_withdrawn_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    # (Round 29, a32rest: a version the workload does not run is asked by withdrawn, naming
    # what runs; one it runs is its rollback, test_offline_r29_a32rest.)
    assert "a release withdrawn" in question or "taken back" in question
    assert "rollback" in question or "roll back" in question


@pytest.mark.parametrize(
    "intent",
    [
        "update frontend to 2.2.0",
        "ship frontend 2.2.0",
        "deploy frontend 2.2.0",
        "pull the 2.2.0 image for frontend and deploy it",
    ],
)
def test_a_release_deployed_still_plans(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert "frontend:2.2.0" in body


# (5) A change that cannot be undone, asked whether it is all right ("if that's ok"): asked; a
# polite "if that's ok" beside a change that can be undone still plans.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker, if that's ok",
        "delete worker and checkout if that's ok",
        "delete worker and checkout, if that's fine",
        "scale worker and checkout to 0, if that's ok",
        "delete sts/cache if that is alright",
    ],
)
def test_a_destructive_change_asked_about_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "a question whether the change is all right" in question


@pytest.mark.parametrize(
    "intent", ["scale payments to 4, if that's ok", "restart payments if that's fine"]
)
def test_a_polite_change_that_can_be_undone_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


# (6) Reports, verdicts and labels said around the change: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "tried restart payments",
        "tried to scale worker to 0",
        "delete worker — failed with timeout",
        "restart payments is the fix",
        "restart payments was the fix",
        "scale worker to 0 is the real fix",
        "delete worker ... ok",
        "delete worker .. success",
        "expected fix: scale worker to 0",
        "likely fix: restart payments",
        "cmd history: scale worker to 0",
        "shell history: delete worker",
        "inverse of: scale worker to 0",
    ],
)
def test_a_report_or_a_label_around_the_change_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    ["restart payments", "delete worker", "scale worker to 3... please", "scale worker to 0"],
)
def test_the_plain_order_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


# (7) A state or a verdict told of a version ("frontend now on 2.2.0", "… approved by QA"):
# asked; the version ordered still plans.
@pytest.mark.parametrize(
    "intent",
    [
        "frontend now on 2.2.0",
        "payments 3.0.1 fixes it",
        "payments 3.0.1 approved by QA",
        "frontend 2.2.0 approved",
    ],
)
def test_a_version_told_of_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "told, not asked for" in question


@pytest.mark.parametrize(
    "intent",
    ["deploy payments 3.0.1, approved by QA", "put frontend on 2.2.0 now", "frontend to 2.2.0"],
)
def test_a_version_ordered_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


# (8) A hold on another ticket in brackets ("(depends on OPS-12)"): asked.
@pytest.mark.parametrize(
    "intent",
    ["delete worker (depends on OPS-12)", "scale worker to 3 (depends on #42)"],
)
def test_a_dependency_in_brackets_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "depends on" in question


# (9) A neighbour said in brackets beside the workload ("(and its db)"): asked, as unbracketed.
@pytest.mark.parametrize(
    "intent", ["restart payments (and its db)", "restart payments [plus its deps]"]
)
def test_a_neighbour_in_brackets_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "which workload is that?" in question


# (10) A version said beside another change that the plan drops ("with image 2.2.0"): asked.
def test_a_version_dropped_beside_a_scale_is_asked(op: Operator) -> None:
    question = asks(op, "scale frontend to 4 with image 2.2.0").question or ""
    assert "with image 2.2.0" in question
    assert "update frontend to 2.2.0" in question


@pytest.mark.parametrize(
    "intent",
    [
        "update frontend with version 2.2.0",
        "update payments with image tag 3.0.1",
        "restart frontend, it runs version 2.1.0",
        "scale frontend to 4 and version 2.2.0",
    ],
)
def test_a_version_used_or_only_told_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


# (11) A recurring window ("at peak hours"): asked; a purpose ("for peak") still plans.
def test_peak_hours_is_asked(op: Operator) -> None:
    question = asks(op, "scale frontend to 10 at peak hours").question or ""
    assert "at peak hours" in question


def test_for_peak_still_plans(op: Operator) -> None:
    plans(op, "scale frontend to 10 for peak")


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("back out payments to 2.9.4, 3.0.0 breaks the settlement file", "payments:2.9.4"),
        ("back out payments to version 2.9.4", "payments:2.9.4"),
        ("pull frontend back to 2.0.0", "frontend:2.0.0"),
    ],
)
def test_a_version_gone_back_to_still_plans(op: Operator, intent: str, image: str) -> None:
    _, body = plans(op, intent)
    assert image in body
