"""The structured ``restore``: the model, the offline plan (a Velero Restore from the newest
completed backup of a schedule), its questions, and the ``velero-backups`` grant for Restores —
through the real Operator over the in-memory cluster (dry-run and policies, nothing executed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from dotop_nb import runbooks
from dotop_nb.app import OutcomeError
from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.intents import StructuredIntent
from dotop_nb.models import ApplyOp, Target
from dotop_nb.service import Operator
from tests import crds
from tests.memory import engine
from tests.planners import ScriptedPlanner

pytestmark = pytest.mark.timeout(30)

STARTER = Path(__file__).resolve().parents[2] / "dotop_nb" / "policy" / "starter"
NAMESPACES = ("default", "kube-system", "shop", "payments", "velero")


def backup(name: str, phase: str | None, done: str, *, schedule: str = "shop-daily") -> Any:
    status = {"phase": phase, "completionTimestamp": done} if phase else {}
    return {
        "apiVersion": "velero.io/v1",
        "kind": "Backup",
        "metadata": {
            "name": name,
            "namespace": "velero",
            "labels": {"velero.io/schedule-name": schedule},
        },
        "spec": {"includedNamespaces": ["shop"]},
        "status": status,
    }


SCHEDULE = {
    "apiVersion": "velero.io/v1",
    "kind": "Schedule",
    "metadata": {"name": "shop-daily", "namespace": "velero"},
    "spec": {"schedule": "0 2 * * *", "template": {"includedNamespaces": ["shop"]}},
}


def restore(name: str = "restore-1", **spec: Any) -> ApplyOp:
    manifest = {
        "apiVersion": "velero.io/v1",
        "kind": "Restore",
        "metadata": {"name": name, "namespace": "velero"},
        "spec": {"backupName": "shop-daily-1", **spec},
    }
    return ApplyOp(target=Target.of(manifest), manifest=manifest)


@pytest.fixture
def velero(tmp_path: Path) -> Iterator[tuple[MemoryCluster, Operator]]:
    cluster = MemoryCluster(namespaces=NAMESPACES)
    crds.install(cluster.client(), "velero")
    cluster.seed(
        SCHEDULE,
        backup("shop-daily-20261129020000", "Completed", "2026-11-29T02:04:00Z"),
        backup("shop-daily-20261130020000", "Completed", "2026-11-30T02:05:00Z"),
        backup("shop-daily-20261201020000", "Failed", "2026-12-01T02:03:00Z"),
        backup("shop-daily-20261201030000", "InProgress", ""),
        # Newer and completed, but of another schedule.
        backup("payments-20261201020000", "Completed", "2026-12-01T02:09:00Z", schedule="payments"),
    )
    cluster, op = engine(tmp_path, cluster=cluster, policies=STARTER)
    yield cluster, op
    op.close()


def restores(cluster: MemoryCluster) -> list[Any]:
    return cluster.client().list("velero.io/v1", "Restore", "velero")


# ------------------------------------------------------------------------------ the model
def test_a_restore_names_its_source_and_the_restore_it_creates() -> None:
    given = StructuredIntent(action="restore", schedule="shop-daily", restore_name="r-1")
    assert given.sentence() == (
        "restore the namespace from the newest completed backup of schedule shop-daily "
        "as restore r-1"
    )
    by_backup = StructuredIntent(action="restore", backup="b-1", restore_name="r-2")
    assert by_backup.sentence() == "restore the namespace from backup b-1 as restore r-2"
    made = StructuredIntent(action="restore", schedule="shop-daily")
    assert made.restore_name is not None
    assert made.restore_name.startswith("restore-shop-daily-")
    assert len(made.restore_name) == len("restore-shop-daily-") + 14
    long = StructuredIntent(action="restore", schedule="s" * 63)
    assert long.restore_name is not None
    assert len(long.restore_name) == 63


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"action": "restore"}, "restore needs a schedule or a backup"),
        ({"action": "restore", "schedule": "a", "backup": "b"}, "one of them"),
        ({"action": "restore", "schedule": "a", "targets": [{"name": "x"}]}, "names no workload"),
        ({"action": "restore", "schedule": "Bad_Name"}, "not a valid name"),
        ({"action": "restore", "schedule": "a", "replicas": 2}, "restore takes no replicas"),
        ({"action": "scale", "replicas": 2}, "at least 1 workload"),
        (
            {"action": "scale", "targets": [{"name": "a"}], "replicas": 2, "backup": "b"},
            "no backup",
        ),
    ],
)
def test_the_model_refuses_a_restore_that_cannot_be_planned(
    data: dict[str, object], problem: str
) -> None:
    with pytest.raises(ValidationError, match=problem):
        StructuredIntent.model_validate(data)


# ------------------------------------------------------------------------------ the plan
def test_the_newest_completed_backup_of_the_schedule_is_restored_into_the_session_namespace(
    velero: tuple[MemoryCluster, Operator],
) -> None:
    cluster, op = velero
    wanted = StructuredIntent(action="restore", schedule="shop-daily", restore_name="r-1")
    proposal = op.analyze(wanted, namespace="shop")
    assert proposal.status == "proposed", (proposal.question, proposal.denied)
    [apply] = proposal.operations
    assert isinstance(apply, ApplyOp)
    assert apply.manifest == {
        "apiVersion": "velero.io/v1",
        "kind": "Restore",
        "metadata": {"name": "r-1", "namespace": "velero"},
        "spec": {"backupName": "shop-daily-20261130020000", "includedNamespaces": ["shop"]},
    }
    # Crossing into namespace velero is the starter grant's, shown as a warning.
    granted = [d for d in proposal.policy if d.policy_id == "velero-backups"]
    assert [d.effect for d in granted] == ["warn"]
    assert proposal.denied == []
    assert op.session(proposal.session_id).intent == wanted.sentence()
    assert restores(cluster) == []  # proposed only


def test_a_backup_named_directly_must_be_completed(velero: tuple[MemoryCluster, Operator]) -> None:
    _, op = velero
    ok = op.analyze(
        StructuredIntent(action="restore", backup="shop-daily-20261129020000", restore_name="r-2"),
        namespace="shop",
    )
    assert ok.status == "proposed"
    [apply] = ok.operations
    assert isinstance(apply, ApplyOp)
    assert apply.manifest["spec"]["backupName"] == "shop-daily-20261129020000"
    failed = op.analyze(
        StructuredIntent(action="restore", backup="shop-daily-20261201020000"), namespace="shop"
    )
    assert failed.status == "needs_clarification"
    assert failed.question == (
        "Backup shop-daily-20261201020000 is Failed, not Completed: Velero restores only from a "
        "completed backup. Wait for it, or give another backup."
    )
    absent = op.analyze(StructuredIntent(action="restore", backup="nope"), namespace="shop")
    assert absent.question == "There is no Backup named 'nope' in namespace velero."


def test_a_schedule_without_a_completed_backup_is_a_question_naming_the_phases(
    velero: tuple[MemoryCluster, Operator],
) -> None:
    cluster, op = velero
    cluster.seed(
        backup("nightly-2", "PartiallyFailed", "2026-12-01T02:00:00Z", schedule="nightly"),
        backup("nightly-1", "Failed", "2026-11-30T02:00:00Z", schedule="nightly"),
    )
    proposal = op.analyze(StructuredIntent(action="restore", schedule="nightly"), namespace="shop")
    assert proposal.status == "needs_clarification"
    assert proposal.operations == []
    assert proposal.question == (
        "Schedule 'nightly' has no completed backup to restore from: its backups are "
        "nightly-2 (PartiallyFailed), nightly-1 (Failed). Wait for one to complete, or give a "
        "backup by name."
    )
    none = op.analyze(StructuredIntent(action="restore", schedule="weekly"), namespace="shop")
    assert none.question == (
        "Schedule 'weekly' in namespace velero does not exist and left no backups: there is "
        "nothing to restore from. Give another schedule, or a backup by name."
    )
    assert restores(cluster) == []


def test_a_backup_of_other_namespaces_is_not_restored_here(
    velero: tuple[MemoryCluster, Operator],
) -> None:
    _, op = velero
    proposal = op.analyze(
        StructuredIntent(action="restore", backup="payments-20261201020000"), namespace="payments"
    )
    assert proposal.status == "needs_clarification"
    assert proposal.question == (
        "Backup payments-20261201020000 does not include namespace 'payments' (it backs up "
        "shop): choose a backup of 'payments'."
    )


def test_without_velero_the_question_says_what_to_install_and_nothing_changes(
    tmp_path: Path,
) -> None:
    _, op = engine(tmp_path, cluster=MemoryCluster(namespaces=NAMESPACES), policies=STARTER)
    with op:
        proposal = op.analyze(
            StructuredIntent(action="restore", schedule="shop-daily"), namespace="shop"
        )
        assert proposal.status == "needs_clarification"
        assert proposal.operations == []
        assert proposal.question is not None
        assert proposal.question.startswith(
            "Velero is not installed: this cluster serves no velero.io Restore. Install Velero "
            "(`velero install`, or the vmware-tanzu/velero Helm chart)"
        )
        assert op.session(proposal.session_id).status == "needs_clarification"


# ------------------------------------------------------------------------------ the grant
@pytest.mark.parametrize(
    ("spec", "why"),
    [
        ({"includedNamespaces": ["shop", "payments"]}, "names shop, payments, not only shop"),
        ({"includedNamespaces": ["payments"]}, "names payments, not only shop"),
        ({}, "spec.includedNamespaces is not set"),
        (
            {"includedNamespaces": ["shop"], "namespaceMapping": {"shop": "payments"}},
            "spec.namespaceMapping is set",
        ),
    ],
)
def test_a_restore_reaching_beyond_the_session_namespace_is_denied(
    tmp_path: Path, spec: dict[str, Any], why: str
) -> None:
    cluster = MemoryCluster(namespaces=NAMESPACES)
    crds.install(cluster.client(), "velero")
    _, op = engine(
        tmp_path, cluster=cluster, policies=STARTER, planner=ScriptedPlanner([restore(**spec)])
    )
    with op:
        proposal = op.analyze(
            "restore shop from backup shop-daily-1 as restore-1", namespace="shop"
        )
        assert proposal.status == "blocked"
        [denied] = proposal.denied
        assert denied.policy_id == "session-scope"
        assert why in denied.reason


def test_a_restore_of_the_session_namespace_alone_is_granted(tmp_path: Path) -> None:
    cluster = MemoryCluster(namespaces=NAMESPACES)
    crds.install(cluster.client(), "velero")
    ops = [restore(includedNamespaces=["shop"])]
    _, op = engine(tmp_path, cluster=cluster, policies=STARTER, planner=ScriptedPlanner(ops))
    with op:
        proposal = op.analyze(
            "restore shop from backup shop-daily-1 as restore-1", namespace="shop"
        )
        assert proposal.status == "proposed", proposal.denied
        assert [d.policy_id for d in proposal.policy if d.effect == "warn"] == ["velero-backups"]


# ------------------------------------------------------------------------------ the post-check
@pytest.mark.parametrize(
    ("phase", "ok", "raises"),
    [
        (None, "waiting", None),
        ("InProgress", "waiting", None),
        ("Completed", True, None),
        ("PartiallyFailed", False, "failed: post-check: restore/r-9 phase: expected Completed"),
    ],
)
def test_the_post_check_reports_the_restore_phase_as_observed(
    velero: tuple[MemoryCluster, Operator],
    monkeypatch: pytest.MonkeyPatch,
    phase: str | None,
    ok: object,
    raises: str | None,
) -> None:
    cluster, op = velero
    monkeypatch.setenv("DOTOP_USER", "ci-runner")
    proc = runbooks.Procedure(op=op, namespace="shop", rollback=True)
    proc.propose(StructuredIntent(action="restore", schedule="shop-daily", restore_name="r-9"))
    assert proc.decide(True)
    executed = proc.execute()
    assert executed is not None
    assert executed.status == "executed"
    if phase is not None:
        made = cluster.client().get("velero.io/v1", "Restore", "r-9", "velero")
        cluster.seed({**made, "status": {"phase": phase}})
    if raises is not None:
        with pytest.raises(OutcomeError, match=raises):
            runbooks.velero.post_check(proc)
        return
    rows = runbooks.velero.post_check(proc)
    assert rows == [
        ["restore/r-9 exists", "present", "present", True],
        ["restore/r-9 backup", "shop-daily-20261130020000", "shop-daily-20261130020000", True],
        ["restore/r-9 namespaces", "shop", "shop", True],
        ["restore/r-9 phase", "Completed", phase or "none yet", ok],
    ]
