"""Grants of another namespace (``allow_namespaces``), on the real control plane.

Velero reads Schedules only in namespace ``velero``, so "add backups for my-api" must act outside
the session's namespace. The starter policy ``velero-backups`` grants exactly that: Schedules in
``velero`` whose ``includedNamespaces`` name the session's namespace alone. Everything else
outside the namespace stays refused by ``session-scope`` — at proposal, at execution and in the
planner's tools, which share one decision (:func:`dotop_nb.scoping.judge`).
"""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import NotFound
from dotop_nb.models import ApplyOp, DeleteOp, Operation, PatchOp, Target
from dotop_nb.planner.tools import Toolbox, allowed_namespaces
from dotop_nb.policy import load_policies
from dotop_nb.service import ExecutionRefused, Operator
from tests import crds
from tests.helpers import deploy, deployment, exists, wait_for
from tests.planners import ScriptedPlanner

pytestmark = pytest.mark.integration

STARTER = Path(__file__).resolve().parents[2] / "dotop_nb" / "policy" / "starter"
VELERO = "velero"
SCHEDULE = "velero.io/v1"


@pytest.fixture(scope="module")
def velero(kube: KubeClient) -> Iterator[str]:
    """Velero's CRDs and its namespace; the namespace is gone again afterwards (the planner puts
    Schedules in it whenever it exists, which other tests of the session do not expect)."""
    crds.install(kube, "velero")
    kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": VELERO}})
    yield VELERO
    with contextlib.suppress(NotFound):
        kube.request("DELETE", f"/api/v1/namespaces/{VELERO}")
    wait_for(
        lambda: not exists(kube, "v1", "Namespace", VELERO, None),
        what="namespace velero deleted",
        timeout=90,
    )


@pytest.fixture
def other(kube: KubeClient) -> Iterator[str]:
    name = f"other-{uuid.uuid4().hex[:6]}"
    kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})
    yield name
    with contextlib.suppress(NotFound):
        kube.request("DELETE", f"/api/v1/namespaces/{name}")


def operator(
    kubeconfig: str, tmp_path: Path, ops: list[Operation] | None = None, *, policies: Any = STARTER
) -> Operator:
    op = Operator(
        kubeconfig=kubeconfig,
        planner=ScriptedPlanner(ops) if ops is not None else "offline",
        sessions=tmp_path / "sessions",
        policies=policies,
        validation_timeout=30,
    )
    op.gateway.capabilities(refresh=True)
    return op


def schedule(name: str, included: list[str] | None) -> dict[str, Any]:
    template: dict[str, Any] = {"labelSelector": {"matchLabels": {"app": "my-api"}}}
    if included is not None:
        template["includedNamespaces"] = included
    return {
        "apiVersion": SCHEDULE,
        "kind": "Schedule",
        "metadata": {"name": name, "namespace": VELERO},
        "spec": {"schedule": "0 2 * * *", "template": template},
    }


def apply_schedule(name: str, included: list[str] | None) -> ApplyOp:
    manifest = schedule(name, included)
    return ApplyOp(target=Target.of(manifest), manifest=manifest)


def schedule_target(name: str) -> Target:
    return Target(kind="Schedule", name=name, namespace=VELERO, api_version=SCHEDULE)


def toolbox(op: Operator, namespace: str, policies: Any = STARTER) -> Toolbox:
    dumped = [p.model_dump(mode="json") for p in load_policies(policies)]
    return Toolbox(
        op.gateway.reader(), namespace=namespace, namespace_grants=allowed_namespaces(dumped)
    )


def get_schedule(kube: KubeClient, name: str) -> dict[str, Any]:
    return kube.get(SCHEDULE, "Schedule", name, VELERO)


def drop(kube: KubeClient, name: str) -> None:
    with contextlib.suppress(NotFound):
        kube.request("DELETE", f"/apis/velero.io/v1/namespaces/{VELERO}/schedules/{name}")


# --- (1) the user's request works with the starter policies -------------------------------------


def test_add_backups_runs_unattended_with_the_starter_policies(
    kube: KubeClient, namespace: str, velero: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace))
    name = f"my-api-{namespace}"
    try:
        with operator(kubeconfig, tmp_path) as op:
            proposal = op.analyze("add backups for my-api", namespace=namespace)
            assert proposal.status == "proposed", (proposal.question, proposal.denied)
            [apply] = proposal.operations
            assert (apply.target.kind, apply.target.namespace) == ("Schedule", VELERO)
            assert "namespace: velero" in apply.kubectl()
            granted = [d for d in proposal.policy if d.policy_id == "velero-backups"]
            assert [d.effect for d in granted] == ["warn"]
            assert f"reaches only namespace {namespace}" in granted[0].reason
            assert not proposal.needs_interactive_approval
            # The planner's dry-run tool accepts it through the same grant.
            out = toolbox(op, namespace).call(
                "dry_run", {"operation": apply.model_dump(mode="json")}
            )
            assert not out.is_error, out.content
            session = op.execute(proposal.session_id, approve=proposal.plan_hash)
            assert session.status == "executed", session.message
            created = get_schedule(kube, name)
            assert created["spec"]["template"]["includedNamespaces"] == [namespace]
            assert created["spec"]["template"]["labelSelector"]["matchLabels"] == {"app": "my-api"}
            # Asked the same again: nothing to do (the Schedule is as asked), nothing approvable.
            same = op.analyze("add backups for my-api nightly", namespace=namespace)
            assert same.status == "satisfied", (same.question, same.denied)
            # Asked for another schedule, the Schedule exists: it selects my-api's pods in this
            # namespace alone, so it stays within the intent (the unattended guard) and runs.
            again = op.analyze("add backups for my-api every 6 hours", namespace=namespace)
            assert again.status == "proposed", again.denied
            assert not again.needs_interactive_approval, again.policy
            session = op.execute(again.session_id, approve=again.plan_hash)
            assert session.status == "executed", session.message
            assert get_schedule(kube, name)["spec"]["schedule"] == "0 */6 * * *"
    finally:
        drop(kube, name)


def test_production_approval_still_applies_to_a_productions_schedule(
    kube: KubeClient, namespace: str, velero: str, kubeconfig: str, tmp_path: Path
) -> None:
    # The Schedule is in `velero`, but it acts for the session: the session's policies see it.
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": namespace, "labels": {"env": "production"}},
        }
    )
    name = f"my-api-{namespace}"
    with operator(kubeconfig, tmp_path, [apply_schedule(name, [namespace])]) as op:
        proposal = op.analyze("add backups for my-api", namespace=namespace)
        assert proposal.status == "proposed", proposal.denied
        assert ("production-approval", "require_approval") in {
            (d.policy_id, d.effect) for d in proposal.policy
        }
        with pytest.raises(ExecutionRefused, match="production-approval"):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert not exists(kube, SCHEDULE, "Schedule", name, VELERO)


# --- (2) a Schedule that reaches other namespaces is denied -------------------------------------


@pytest.mark.parametrize(
    ("included", "problem"),
    [
        (["OTHER"], "names OTHER, not only"),
        (["SELF", "OTHER"], "names SELF, OTHER, not only"),
        (["*"], r"names \*, not only"),
        (None, "is not set"),
        ([], "is not set"),
    ],
)
def test_a_schedule_backing_up_other_namespaces_is_denied(
    included: list[str] | None,
    problem: str,
    kube: KubeClient,
    namespace: str,
    other: str,
    velero: str,
    kubeconfig: str,
    tmp_path: Path,
) -> None:
    names = {"OTHER": other, "SELF": namespace}
    wanted = None if included is None else [names.get(n, n) for n in included]
    problem = problem.replace("OTHER", other).replace("SELF", namespace)
    name = f"steal-{uuid.uuid4().hex[:6]}"
    attack = apply_schedule(name, wanted)
    with operator(kubeconfig, tmp_path, [attack]) as op:
        proposal = op.analyze("add backups for my-api", namespace=namespace)
        assert proposal.status == "blocked"
        [denied] = proposal.denied
        assert denied.policy_id == "session-scope"
        assert "includedNamespaces" in denied.reason
        with pytest.raises(ExecutionRefused, match=f"session-scope: .*{problem}"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
        out = toolbox(op, namespace).call("dry_run", {"operation": attack.model_dump(mode="json")})
        assert out.is_error
        assert "includedNamespaces" in out.content
    assert not exists(kube, SCHEDULE, "Schedule", name, VELERO)


def test_another_teams_schedule_can_be_neither_taken_over_nor_deleted(
    kube: KubeClient, namespace: str, other: str, velero: str, kubeconfig: str, tmp_path: Path
) -> None:
    theirs = f"theirs-{uuid.uuid4().hex[:6]}"
    kube.apply(schedule(theirs, [other]))
    take_over = [
        PatchOp(
            target=schedule_target(theirs),
            patch_type="merge",
            patch={"spec": {"template": {"includedNamespaces": [namespace]}}},
        ),
        PatchOp(
            target=schedule_target(theirs),
            patch_type="json",
            patch=[
                {"op": "replace", "path": "/spec/template/includedNamespaces", "value": [namespace]}
            ],
        ),
        DeleteOp(target=schedule_target(theirs)),
        apply_schedule(theirs, [namespace]),
    ]
    try:
        for attack in take_over:
            with operator(kubeconfig, tmp_path, [attack]) as op:
                proposal = op.analyze(f"back up {theirs}", namespace=namespace)
                assert proposal.status == "blocked", attack.summary()
                assert [d.policy_id for d in proposal.denied] == ["session-scope"]
                assert f"names {other}, not only {namespace}" in proposal.denied[0].reason
                with pytest.raises(ExecutionRefused, match="session-scope"):
                    op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
            after = get_schedule(kube, theirs)
            assert after["spec"]["template"]["includedNamespaces"] == [other]
            assert "deletionTimestamp" not in after["metadata"]
    finally:
        drop(kube, theirs)


def test_a_patch_that_widens_an_own_schedule_is_denied(
    kube: KubeClient, namespace: str, other: str, velero: str, kubeconfig: str, tmp_path: Path
) -> None:
    # Judged by its effect (the dry-run's after-object), whatever the patch form.
    mine = f"mine-{uuid.uuid4().hex[:6]}"
    kube.apply(schedule(mine, [namespace]))
    widen: list[Operation] = [
        PatchOp(
            target=schedule_target(mine),
            patch_type="json",
            patch=[{"op": "add", "path": "/spec/template/includedNamespaces/-", "value": other}],
        ),
        PatchOp(
            target=schedule_target(mine),
            patch_type="json",
            patch=[{"op": "remove", "path": "/spec/template/includedNamespaces"}],
        ),
        PatchOp(
            target=schedule_target(mine),
            patch_type="merge",
            patch={"spec": {"template": {"includedNamespaces": None}}},
        ),
    ]
    try:
        for attack in widen:
            with operator(kubeconfig, tmp_path, [attack]) as op:
                proposal = op.analyze(f"change backups of {mine}", namespace=namespace)
                assert proposal.status == "blocked", attack.summary()
                assert [d.policy_id for d in proposal.denied] == ["session-scope"]
                with pytest.raises(ExecutionRefused, match="includedNamespaces"):
                    op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
            assert get_schedule(kube, mine)["spec"]["template"]["includedNamespaces"] == [namespace]
    finally:
        drop(kube, mine)


# --- (3) without the grant, the namespace stays closed -------------------------------------------


@pytest.mark.parametrize("policies", ["none", "custom"])
def test_without_the_grant_a_schedule_in_velero_is_denied(
    policies: str, kube: KubeClient, namespace: str, velero: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace))
    chosen: Any = "none"
    if policies == "custom":
        chosen = tmp_path / "policies"
        shutil.copytree(STARTER, chosen)
        (chosen / "velero-backups.yaml").unlink()
    with operator(kubeconfig, tmp_path, policies=chosen) as op:
        proposal = op.analyze("add backups for my-api", namespace=namespace)
        assert proposal.status == "blocked"
        [denied] = proposal.denied
        assert denied.policy_id == "session-scope"
        assert "no policy allows Schedule there (allow_namespaces" in denied.reason
        with pytest.raises(ExecutionRefused, match="session-scope"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
        [planned] = proposal.operations
        out = toolbox(op, namespace, chosen).call(
            "dry_run", {"operation": planned.model_dump(mode="json")}
        )
        assert out.is_error
        assert "allow_namespaces" in out.content
    assert not exists(kube, SCHEDULE, "Schedule", f"my-api-{namespace}", VELERO)


def test_a_grant_removed_after_the_proposal_refuses_execution(
    kube: KubeClient, namespace: str, velero: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace))
    chosen = tmp_path / "policies"
    shutil.copytree(STARTER, chosen)
    with operator(kubeconfig, tmp_path, policies=chosen) as op:
        proposal = op.analyze("add backups for my-api", namespace=namespace)
        assert proposal.status == "proposed", proposal.denied
        (chosen / "velero-backups.yaml").unlink()  # the team withdraws the grant meanwhile
        with pytest.raises(ExecutionRefused, match=r"session-scope: .*allow_namespaces"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert not exists(kube, SCHEDULE, "Schedule", f"my-api-{namespace}", VELERO)


# --- (4) a grant never widens to other kinds or namespaces ---------------------------------------


def test_the_grant_does_not_reach_other_kinds_or_namespaces(
    kube: KubeClient, namespace: str, other: str, velero: str, kubeconfig: str, tmp_path: Path
) -> None:
    name = f"x-{uuid.uuid4().hex[:6]}"
    config = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": name, "namespace": VELERO},
        "data": {"includedNamespaces": namespace},
    }
    elsewhere = schedule(name, [namespace])
    elsewhere["metadata"]["namespace"] = other
    attacks = [
        ApplyOp(target=Target.of(config), manifest=config),
        ApplyOp(target=Target.of(elsewhere), manifest=elsewhere),
    ]
    for attack in attacks:
        with operator(kubeconfig, tmp_path, [attack]) as op:
            proposal = op.analyze(f"create {name}", namespace=namespace)
            assert proposal.status == "blocked", attack.summary()
            assert [d.policy_id for d in proposal.denied] == ["session-scope"]
            with pytest.raises(ExecutionRefused, match="no policy allows"):
                op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
            out = toolbox(op, namespace).call(
                "dry_run", {"operation": attack.model_dump(mode="json")}
            )
            assert out.is_error
    assert not exists(kube, "v1", "ConfigMap", name, VELERO)
    assert not exists(kube, SCHEDULE, "Schedule", name, other)
