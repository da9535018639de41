"""The last word on a finished plan (planner/offline/veto.py): a delete, a rollback, a backup
created while backups are turned off, and a scale to 0 stand only on words, as sent, that ask
for them now. A statement, a question among us, a negation or a word inside a value becomes a
question naming what would be done. The phrasings are this helper's own."""

from __future__ import annotations

import pytest

from dotop_nb.models import DeleteOp, PatchOp, RolloutUndoOp, ScaleOp, Target
from dotop_nb.planner.offline import veto
from dotop_nb.ports import PlanResult
from dotop_nb.service import Operator
from tests.memory import asks, plans


def _target(kind: str, name: str) -> Target:
    api = {"Deployment": "apps/v1", "HorizontalPodAutoscaler": "autoscaling/v2"}[kind]
    return Target(api_version=api, kind=kind, name=name, namespace="shop")


def _delete(name: str, kind: str = "Deployment") -> PlanResult:
    return PlanResult(operations=[DeleteOp(target=_target(kind, name))], category="delete")


def _undo(name: str) -> PlanResult:
    return PlanResult(
        operations=[RolloutUndoOp(target=_target("Deployment", name))], category="rollback"
    )


def _zero(name: str) -> PlanResult:
    return PlanResult(
        operations=[ScaleOp(target=_target("Deployment", name), replicas=0)], category="scale"
    )


# --- the veto over a finished plan, on its own ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "worker is unused",
        "orders is dead code now",
        "the checkout deployment is obsolete",
        "nobody calls frontend anymore",
        "can we delete worker?",
        "should we remove orders",
        "is it safe to drop checkout?",
        "deleted worker yesterday",
        "don't delete worker",
        "never remove the orders deployment",
        "set MODE=delete-on-expiry on worker",
        "set PURGE='delete' on orders",
        "I'll remove worker myself later",
        "someone wants to decommission orders",
        "worker was supposed to be removed",
        "worker should have been removed months ago",
        "worker - decommissioned",
    ],
)
def test_a_delete_not_asked_for_is_asked(said: str) -> None:
    out = veto.check(said, _delete("worker"))
    assert out.operations == []
    assert out.question
    assert "delete deployment/worker" in out.question
    assert "Say 'delete worker'" in out.question


@pytest.mark.parametrize(
    "said",
    [
        "delete the worker deployment, it's unused",
        "worker is unused, delete it",
        "get rid of worker and what belongs to it",
        "worker can be deleted",
        "the worker deployment should be removed now",
        "could you remove the worker deployment?",
        "can you tear worker down",
        "Is it possible to decommission worker?",
        "nuke worker please",
        "kubectl delete deploy worker",
        "worker moved to the batch cluster last week - uninstall it",
        "Chore: worker is retired. AC: deployment worker removed",
        "don't restart anything, just delete worker",
    ],
)
def test_a_delete_asked_for_stands(said: str) -> None:
    assert veto.check(said, _delete("worker")).operations


@pytest.mark.parametrize(
    "said",
    [
        "disable autoscaling on payments",
        "turn the payments autoscaler off",
        "no more hpa for payments",
    ],
)
def test_a_feature_object_is_deleted_by_its_switch(said: str) -> None:
    assert veto.check(said, _delete("payments", "HorizontalPodAutoscaler")).operations
    # … never a workload.
    assert not veto.check(said, _delete("payments")).operations


@pytest.mark.parametrize(
    "said",
    [
        "set ROLLBACK=true on checkout",
        "set the checkout failure mode to rollback",
        "checkout was rolled back yesterday",
        "should we roll back checkout?",
        "don't revert checkout",
        "checkout 1.1.0 has a bug",
    ],
)
def test_a_rollback_not_asked_for_is_asked(said: str) -> None:
    out = veto.check(said, _undo("checkout"))
    assert out.operations == []
    assert out.question
    assert "roll deployment/checkout back" in out.question


@pytest.mark.parametrize(
    "said",
    [
        "roll back checkout",
        "checkout's last release is broken, roll it back",
        "revert orders to the previous release",
        "take frontend back one release",
        "the last payments deploy has to be reverted",
        "undo the my-api rollout",
        "can someone revert checkout, I'm on my phone",
        "orders: prev rev, now",
    ],
)
def test_a_rollback_asked_for_stands(said: str) -> None:
    assert veto.check(said, _undo("checkout")).operations


@pytest.mark.parametrize(
    "said",
    [
        "> FEATURE_FLAG on worker is buggy\nturn it off",
        "the DARK_MODE toggle on worker misbehaves, switch it off",
        "worker's alerts are noisy, turn them off",
    ],
)
def test_off_said_of_a_flag_scales_nothing_to_zero(said: str) -> None:
    out = veto.check(said, _zero("worker"))
    assert out.operations == []
    assert out.question
    assert "scale deployment/worker to 0" in out.question


@pytest.mark.parametrize(
    "said",
    [
        "turn off worker",
        "scale worker to 0",
        "bring orders down to zero replicas",
        "shut down checkout for the night",
        "k scale --replicas=0 deployment/worker",
    ],
)
def test_zero_said_of_the_workload_stands(said: str) -> None:
    assert veto.check(said, _zero("worker")).operations


# --- through the planner, in the shop --------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("worker is unused", "delete deployment/worker"),
        ("payments is obsolete", "delete deployment/payments"),
        ("can we delete worker?", "delete deployment/worker"),
        ("set ROLLBACK=true on checkout", "roll deployment/checkout back"),
        # Round 25 (negate): asked by the reading of a switched-off capability, or of a negation.
        ("turn off payments backups", "switching a capability off"),
        ("orders backups: off", "turns backups off"),
        ("the nightly backups of payments are no longer needed", "I read a negation"),
    ],
)
def test_the_planner_asks_instead(shop: Operator, said: str, asked: str) -> None:
    assert asked in (asks(shop, said).question or "")


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        ("delete the worker deployment, it's unused", "delete deployment/worker in shop"),
        ("worker is unused, delete it", "delete deployment/worker in shop"),
        ("get rid of payments and what belongs to it", "delete deployment/payments in shop"),
        ("roll back checkout", "roll deployment/checkout in shop back to revision 1"),
        (
            "checkout's last release is broken, roll it back",
            "roll deployment/checkout in shop back to revision 1",
        ),
        ("turn off worker", "scale deployment/worker in shop to 0 replicas"),
        ("back up payments every night", "apply schedule/payments-shop in shop"),
    ],
)
def test_near_misses_still_plan(shop: Operator, said: str, summary: str) -> None:
    proposal, _ = plans(shop, said)
    assert summary in [o.summary() for o in proposal.operations]


# --- attack11 findings of this cause, and variants of them ------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        # the act as the subject of a verdict or a cause
        "delete worker is the wrong fix",
        "delete worker = bad",
        "delete worker \u2192 outage",
        "removing worker = overkill",
        # held back by a status, a review or a doubt after it
        "delete worker: not approved",
        "delete worker (to be discussed)",
        "delete worker \u2014 bad idea",
        "delete worker, pending bob",
        "delete worker\nok?",
        "delete worker, let me check with bob first",
        # filed away, or left to discretion
        "Backlog: delete worker",
        "note to self - remove worker",
        "delete worker where appropriate",
        # announced, wondered, permitted
        "we would delete worker",
        "+1 to deleting worker",
        "IMO delete worker",
        "according to the docs you can delete worker",
    ],
)
def test_a_delete_held_back_is_asked(said: str) -> None:
    assert veto.check(said, _delete("worker")).operations == []


@pytest.mark.parametrize(
    "said",
    [
        "stop the rollback of checkout",
        "abort the orders rollback",
        "roll back checkout is the safe option",
        "roll back checkout: not approved",
        "rollback allowed for checkout",
        "checkout is safe to roll back",
        "contemplating a rollback of checkout",
    ],
)
def test_a_rollback_held_back_is_asked(said: str) -> None:
    assert veto.check(said, _undo("checkout")).operations == []


@pytest.mark.parametrize(
    "said",
    [
        "scale worker to 0 is a terrible idea",
        "scale worker to 0 caused the outage",
        "belay that order to scale worker to 0",
        "in git we have\nreplicas: 0\nfor worker",
        "the diff shows worker replicas: 2 -> 0",
        "worker dropped to 0 replicas",
        "worker at 0 replicas!!",
        "I would scale worker to 0",
        "scale worker to 0 if all else fails",
        "commit 3f2a1b9: scale worker to 0",
    ],
)
def test_a_zero_held_back_or_reported_is_asked(said: str) -> None:
    assert veto.check(said, _zero("worker")).operations == []


@pytest.mark.parametrize(
    "said",
    [
        "delete worker as it is unused",
        "I'd like to delete worker",
        "scale worker to 0 when the batch is done",
        "could you roll back checkout?",
    ],
)
def test_near_misses_of_the_holds_still_stand(said: str) -> None:
    plan = _zero("worker") if " 0" in said else _undo("checkout") if "roll" in said else None
    assert veto.check(said, plan or _delete("worker")).operations


def test_what_is_destructive_for_the_veto_and_for_doubts() -> None:
    """A delete, a rollback and a scale to zero are; a patch to zero replicas is for the veto
    only (:mod:`.doubts` reads it with ``patched=False``); a scale to one is not."""
    worker = Target(kind="Deployment", name="worker", namespace="shop")
    zeroed = PatchOp(target=worker, patch_type="merge", patch={"spec": {"replicas": 0}})
    for op in (
        DeleteOp(target=worker),
        RolloutUndoOp(target=worker),
        ScaleOp(target=worker, replicas=0),
    ):
        assert veto.destructive(op), op
        assert veto.destructive(op, patched=False), op
    assert veto.destructive(zeroed)
    assert not veto.destructive(zeroed, patched=False)
    assert not veto.destructive(ScaleOp(target=worker, replicas=1))
