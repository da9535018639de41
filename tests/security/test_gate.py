"""The authorisation gate under attack (issue 10, findings 1-4 and 9), on the real control plane.

Every test asserts the exact effect on the cluster: what was refused did not change anything.
Records are edited through the Journal API (which keeps them loadable, and would re-sign them),
so the refusals here come from re-evaluation at execution, not from tamper detection.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import NotFound
from dotop_nb.models import (
    ApplyOp,
    DeleteOp,
    Operation,
    PatchOp,
    PolicyDecision,
    RolloutUndoOp,
    ScaleOp,
    SetImageOp,
    Target,
)
from dotop_nb.planner.tools import Toolbox
from dotop_nb.service import ExecutionRefused, Operator
from tests.helpers import deploy, deployment, exists, wait_for
from tests.planners import ScriptedPlanner

pytestmark = pytest.mark.integration

STRICT = """\
id: strict
name: Strict
effect: deny
rules:
  max_replicas: {max_replicas}
  allowed_registries: ["docker.io/library/"]
"""


def folder(tmp_path: Path, *, max_replicas: int = 100, extra: str = "") -> Path:
    policies = tmp_path / "policies"
    policies.mkdir(exist_ok=True)
    (policies / "strict.yaml").write_text(STRICT.format(max_replicas=max_replicas) + extra)
    return policies


def operator(
    kubeconfig: str,
    tmp_path: Path,
    ops: list[Operation] | None = None,
    *,
    policies: Path | str | None = None,
) -> Operator:
    return Operator(
        kubeconfig=kubeconfig,
        planner=ScriptedPlanner(ops) if ops is not None else "offline",
        sessions=tmp_path / "sessions",
        policies=policies if policies is not None else folder(tmp_path),
        validation_timeout=30,
    )


def replicas(kube: KubeClient, name: str, namespace: str) -> int:
    return int(kube.get("apps/v1", "Deployment", name, namespace)["spec"]["replicas"])


def api(namespace: str) -> Target:
    return Target(kind="Deployment", name="my-api", namespace=namespace)


# --- finding 1: the record is never a permission -------------------------------------------------


def test_a_policy_tightened_after_the_proposal_refuses_execution(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    with operator(kubeconfig, tmp_path) as op:
        proposal = op.analyze("scale my-api to 8", namespace=namespace)
        assert proposal.status == "proposed", proposal.policy
        folder(tmp_path, max_replicas=5)  # the team tightens the policy file meanwhile
        with pytest.raises(ExecutionRefused, match=r"blocked by policy: strict: .*at most 5"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
        assert op.session(proposal.session_id).status == "proposed"
    assert replicas(kube, "my-api", namespace) == 2


def _forge(op: Operator, session_id: str, **proposal_changes: Any) -> None:
    """Edit the stored session as an attacker would, through the Journal API."""
    session = op.journal.load(session_id)
    session.proposals[-1] = session.proposal.model_copy(update=proposal_changes)
    session.status = "proposed"
    session.message = ""
    op.journal.save(session)


def test_deleted_deny_decisions_do_not_authorise_a_run(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    with operator(kubeconfig, tmp_path) as op:
        proposal = op.analyze("scale my-api to 500", namespace=namespace)
        assert proposal.status == "blocked"
        allow = PolicyDecision(policy_id="default", effect="allow", reason="no policy applies")
        _forge(op, proposal.session_id, policy=[allow], status="proposed")
        forged = op.session(proposal.session_id)
        assert forged.status == "proposed"
        assert not forged.proposal.denied
        with pytest.raises(ExecutionRefused, match="blocked by policy: strict"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert replicas(kube, "my-api", namespace) == 2


def test_require_approval_edited_to_warn_still_needs_a_person(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": namespace, "labels": {"env": "production"}},
        }
    )
    deploy(kube, deployment("my-api", namespace, replicas=3))
    with operator(kubeconfig, tmp_path, policies="") as op:  # the shipped starter set
        proposal = op.analyze("scale my-api to 4", namespace=namespace)
        assert proposal.needs_interactive_approval
        warned = [
            d.model_copy(update={"effect": "warn"}) if d.effect == "require_approval" else d
            for d in proposal.policy
        ]
        _forge(op, proposal.session_id, policy=warned)
        assert not op.session(proposal.session_id).proposal.needs_interactive_approval
        with pytest.raises(ExecutionRefused, match=r"interactive human approval.*production"):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert replicas(kube, "my-api", namespace) == 3


def test_a_dry_run_failing_now_refuses_even_if_the_record_says_ok(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    bad = SetImageOp(target=api(namespace), container="nope", image="nginx:1.26")
    with operator(kubeconfig, tmp_path, [bad]) as op:
        proposal = op.analyze("set the image of my-api", namespace=namespace)
        assert proposal.status == "dry_run_failed"
        ok = [d.model_copy(update={"ok": True, "action": "update"}) for d in proposal.dry_run]
        _forge(op, proposal.session_id, dry_run=ok, status="proposed")
        with pytest.raises(ExecutionRefused, match="dry-run rejected it now"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["template"]["spec"][
        "containers"
    ][0]["image"] == ("nginx:1.25")


# --- finding 2: policies judge the effect --------------------------------------------------------

EVIL = "quay.io/evil/app:1"


def _effect_ops(ns: str) -> dict[str, Operation]:
    t = api(ns)
    image = "/spec/template/spec/containers/0/image"
    return {
        "json-copy-replicas": PatchOp(
            target=t,
            patch_type="json",
            patch=[{"op": "copy", "from": "/spec/revisionHistoryLimit", "path": "/spec/replicas"}],
        ),
        "json-move-replicas": PatchOp(
            target=t,
            patch_type="json",
            patch=[{"op": "move", "from": "/spec/revisionHistoryLimit", "path": "/spec/replicas"}],
        ),
        "json-add-copy-image": PatchOp(
            target=t,
            patch_type="json",
            patch=[
                {"op": "add", "path": "/metadata/annotations", "value": {"x": EVIL}},
                {"op": "copy", "from": "/metadata/annotations/x", "path": image},
            ],
        ),
        "merge-replicas": PatchOp(target=t, patch_type="merge", patch={"spec": {"replicas": 8}}),
        "strategic-replace-containers": PatchOp(
            target=t,
            patch_type="strategic",
            patch={
                "spec": {
                    "template": {
                        "spec": {
                            "containers": [
                                {"$patch": "replace"},
                                {"name": "app", "image": EVIL},
                            ]
                        }
                    }
                }
            },
        ),
        "strategic-set-element-order": PatchOp(
            target=t,
            patch_type="strategic",
            patch={
                "spec": {
                    "template": {
                        "spec": {
                            "$setElementOrder/containers": [{"name": "app"}],
                            "containers": [{"name": "app", "image": EVIL}],
                        }
                    }
                }
            },
        ),
        "set-image": SetImageOp(target=t, container="app", image=EVIL),
        "scale": ScaleOp(target=t, replicas=8),
    }


@pytest.mark.parametrize("form", list(_effect_ops("x")))
def test_every_patch_form_is_judged_by_its_effect(
    form: str, kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    before = kube.get("apps/v1", "Deployment", "my-api", namespace)
    op_ = _effect_ops(namespace)[form]
    with operator(kubeconfig, tmp_path, [op_], policies=folder(tmp_path, max_replicas=5)) as op:
        proposal = op.analyze("change my-api", namespace=namespace)
        assert proposal.status == "blocked", proposal.policy
        [denied] = proposal.denied
        assert denied.policy_id == "strict"
        assert ("at most 5" in denied.reason) or (EVIL in denied.reason)
        with pytest.raises(ExecutionRefused, match="blocked by policy: strict"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    after = kube.get("apps/v1", "Deployment", "my-api", namespace)
    assert after["metadata"]["resourceVersion"] == before["metadata"]["resourceVersion"]


@pytest.mark.parametrize(
    ("field", "patch_type", "patch"),
    [
        (
            "ownerReferences",
            "merge",
            {
                "metadata": {
                    "ownerReferences": [
                        {
                            "apiVersion": "v1",
                            "kind": "ConfigMap",
                            "name": "ghost",
                            "uid": "00000000-0000-0000-0000-000000000001",
                        }
                    ]
                }
            },
        ),
        (
            "finalizers",
            "json",
            [{"op": "add", "path": "/metadata/finalizers", "value": ["example.com/hold"]}],
        ),
    ],
)
def test_owner_references_and_finalizers_are_protected(
    field: str,
    patch_type: str,
    patch: Any,
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    tmp_path: Path,
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    op_ = PatchOp(target=api(namespace), patch_type=patch_type, patch=patch)  # type: ignore[arg-type]
    with operator(kubeconfig, tmp_path, [op_]) as op:
        proposal = op.analyze("patch my-api", namespace=namespace)
        assert proposal.status == "blocked"
        assert [d.policy_id for d in proposal.denied] == ["protected-metadata"]
        assert f"metadata.{field}" in proposal.denied[0].reason
        with pytest.raises(ExecutionRefused, match="protected-metadata"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    meta = kube.get("apps/v1", "Deployment", "my-api", namespace)["metadata"]
    assert not meta.get(field)


def test_a_policy_can_grant_owner_reference_changes(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    owner = kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "owner", "namespace": namespace},
        }
    )
    ref = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "name": "owner",
        "uid": owner["metadata"]["uid"],
    }
    op_ = PatchOp(
        target=api(namespace), patch_type="merge", patch={"metadata": {"ownerReferences": [ref]}}
    )
    grant = (
        "---\nid: owners\nname: Owners\neffect: warn\n"
        "rules:\n  allow_metadata_changes: [ownerReferences]\n"
    )
    with operator(kubeconfig, tmp_path, [op_], policies=folder(tmp_path, extra=grant)) as op:
        proposal = op.analyze("patch my-api", namespace=namespace)
        assert proposal.status == "proposed", proposal.policy
        assert ("owners", "warn") in {(d.policy_id, d.effect) for d in proposal.policy}


def test_rollout_undo_is_judged_by_the_template_it_restores(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2, image=EVIL))
    deploy(kube, deployment("my-api", namespace, replicas=2, image="nginx:1.25"))
    before = kube.get("apps/v1", "Deployment", "my-api", namespace)
    undo = RolloutUndoOp(target=api(namespace))
    with operator(kubeconfig, tmp_path, [undo]) as op:
        proposal = op.analyze("roll back my-api", namespace=namespace)
        assert proposal.status == "blocked", proposal.policy
        assert EVIL in proposal.denied[0].reason
        with pytest.raises(ExecutionRefused, match="blocked by policy: strict"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    after = kube.get("apps/v1", "Deployment", "my-api", namespace)
    # The controller may still write status; nothing else may change.
    assert after["metadata"]["generation"] == before["metadata"]["generation"]
    assert after["spec"] == before["spec"]


# --- finding 3: a session acts inside its namespace ----------------------------------------------


@pytest.fixture
def other_namespace(kube: KubeClient) -> Any:
    name = f"other-{uuid.uuid4().hex[:6]}"
    kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})
    yield name
    with contextlib.suppress(NotFound):
        kube.request("DELETE", f"/api/v1/namespaces/{name}")


def test_the_planners_delete_of_another_namespace_is_refused(
    kube: KubeClient, namespace: str, other_namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    # What the AI planner proposed: the Namespace kind "in" the session's namespace.
    attack = DeleteOp(target=Target(kind="Namespace", name=other_namespace, namespace=namespace))
    with operator(kubeconfig, tmp_path, [attack]) as op:
        proposal = op.analyze(f"clean up {other_namespace}", namespace=namespace)
        [shown] = proposal.operations
        assert shown.target.namespace is None
        assert shown.kubectl() == f"kubectl delete namespace {other_namespace} --cascade=foreground"
        assert proposal.status == "blocked"
        assert [d.policy_id for d in proposal.denied] == ["session-scope"]
        with pytest.raises(ExecutionRefused, match="cluster-scoped"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
        # The planner's own dry-run tool refuses it too, through the read-only port.
        box = Toolbox(op.gateway.reader(), namespace=namespace)
        out = box.call("dry_run", {"operation": attack.model_dump(mode="json")})
        assert out.is_error
        assert "cluster-scoped" in out.content
    ns = kube.get("v1", "Namespace", other_namespace)
    assert "deletionTimestamp" not in ns["metadata"]


def _cluster_scoped(namespace: str, name: str) -> list[tuple[str, Operation]]:
    def manifest(api_version: str, kind: str, **body: Any) -> ApplyOp:
        meta = {"name": name, "namespace": namespace}
        return ApplyOp(
            target=Target(kind=kind, name=name, namespace=namespace, api_version=api_version),
            manifest={"apiVersion": api_version, "kind": kind, "metadata": meta, **body},
        )

    return [
        ("PriorityClass", manifest("scheduling.k8s.io/v1", "PriorityClass", value=1000000)),
        ("Namespace", manifest("v1", "Namespace")),
        (
            "ClusterRole",
            manifest(
                "rbac.authorization.k8s.io/v1",
                "ClusterRole",
                rules=[{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}],
            ),
        ),
        (
            "StorageClass",
            manifest("storage.k8s.io/v1", "StorageClass", provisioner="example.com/x"),
        ),
    ]


@pytest.mark.parametrize("kind", ["PriorityClass", "Namespace", "ClusterRole", "StorageClass"])
def test_cluster_scoped_kinds_are_refused_and_not_created(
    kind: str, kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    name = f"x-{uuid.uuid4().hex[:6]}"
    [(_, op_)] = [(k, o) for k, o in _cluster_scoped(namespace, name) if k == kind]
    with operator(kubeconfig, tmp_path, [op_]) as op:
        proposal = op.analyze(f"create {name}", namespace=namespace)
        assert proposal.status == "blocked"
        assert "session-scope" in {d.policy_id for d in proposal.denied}
        assert " -n " not in proposal.operations[0].kubectl()
        with pytest.raises(ExecutionRefused, match="cluster-scoped"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert not exists(kube, op_.target.api_version, kind, name, None)


def test_a_namespaced_target_in_another_namespace_is_refused(
    kube: KubeClient, namespace: str, other_namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", other_namespace, replicas=2))
    op_ = ScaleOp(target=api(other_namespace), replicas=3)
    with operator(kubeconfig, tmp_path, [op_]) as op:
        proposal = op.analyze("scale my-api to 3", namespace=namespace)
        assert proposal.status == "blocked"
        assert "session-scope" in {d.policy_id for d in proposal.denied}
        with pytest.raises(ExecutionRefused, match=f"acts in namespace {namespace}"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert replicas(kube, "my-api", other_namespace) == 2


def test_a_policy_can_allow_a_cluster_scoped_kind(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    name = f"x-{uuid.uuid4().hex[:6]}"
    [(_, op_)] = [(k, o) for k, o in _cluster_scoped(namespace, name) if k == "PriorityClass"]
    grant = (
        "---\nid: priorities\nname: Priorities\neffect: require_approval\n"
        "rules:\n  allow_cluster_scoped_kinds: [PriorityClass]\n"
    )
    try:
        with operator(kubeconfig, tmp_path, [op_], policies=folder(tmp_path, extra=grant)) as op:
            proposal = op.analyze(f"create priority class {name}", namespace=namespace)
            assert proposal.status == "proposed", proposal.policy
            assert ("priorities", "require_approval") in {
                (d.policy_id, d.effect) for d in proposal.policy
            }
            with pytest.raises(ExecutionRefused, match="interactive human approval"):
                op.execute(proposal.session_id, approve=proposal.plan_hash)
            assert not exists(kube, "scheduling.k8s.io/v1", "PriorityClass", name, None)
            session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
            assert session.status == "executed", session.message
        assert exists(kube, "scheduling.k8s.io/v1", "PriorityClass", name, None)
    finally:
        with contextlib.suppress(NotFound):
            kube.request("DELETE", f"/apis/scheduling.k8s.io/v1/priorityclasses/{name}")


# --- finding 4: an unattended approval stays within the intent -----------------------------------


def test_unattended_approval_cannot_delete_an_unrelated_deployment(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    deploy(kube, deployment("payments", namespace, replicas=2))
    planted = [
        ScaleOp(target=api(namespace), replicas=3),
        DeleteOp(target=Target(kind="Deployment", name="payments", namespace=namespace)),
    ]
    with operator(kubeconfig, tmp_path, planted, policies="") as op:  # the starter set
        proposal = op.analyze("scale my-api to 3", namespace=namespace)
        assert proposal.status == "proposed"
        guard = [d for d in proposal.policy if d.policy_id == "unattended-guard"]
        assert {d.operation for d in guard} == {1}
        assert any("payments" in r and "interactive approval" in r for r in proposal.risks)
        with pytest.raises(ExecutionRefused, match="unattended-guard"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=False)
        assert exists(kube, "apps/v1", "Deployment", "payments", namespace)
        assert replicas(kube, "my-api", namespace) == 2
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert session.status == "executed", session.message
    assert replicas(kube, "my-api", namespace) == 3
    wait_for(
        lambda: not exists(kube, "apps/v1", "Deployment", "payments", namespace),
        what="payments deleted after an interactive approval",
    )


def test_unattended_approval_cannot_change_an_unrelated_deployment(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    deploy(kube, deployment("payments", namespace, replicas=2))
    planted = [
        ScaleOp(target=api(namespace), replicas=3),
        ScaleOp(target=Target(kind="Deployment", name="payments", namespace=namespace), replicas=0),
    ]
    with operator(kubeconfig, tmp_path, planted, policies="none") as op:
        proposal = op.analyze("scale my-api to 3", namespace=namespace)
        assert proposal.policy_set is not None
        assert proposal.policy_set.origin == "none"
        with pytest.raises(ExecutionRefused, match="does not name deployment/payments"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=False)
    assert replicas(kube, "payments", namespace) == 2
    assert replicas(kube, "my-api", namespace) == 2


def test_what_the_named_target_owns_selects_or_mounts_is_within_the_intent(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    manifest = deployment("my-api", namespace, replicas=2)
    pod = manifest["spec"]["template"]["spec"]
    pod["volumes"] = [{"name": "cfg", "configMap": {"name": "api-settings"}}]
    pod["containers"][0]["volumeMounts"] = [{"name": "cfg", "mountPath": "/etc/app"}]
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "api-settings", "namespace": namespace},
            "data": {"level": "info"},
        }
    )
    deploy(kube, manifest)

    def obj(api_version: str, kind: str, name: str, **body: Any) -> ApplyOp:
        m = {
            "apiVersion": api_version,
            "kind": kind,
            "metadata": {"name": name, "namespace": namespace},
            **body,
        }
        return ApplyOp(target=Target.of(m), manifest=m)

    related = [
        obj(
            "autoscaling/v2",
            "HorizontalPodAutoscaler",
            "scaler",
            spec={
                "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "my-api"},
                "minReplicas": 2,
                "maxReplicas": 4,
            },
        ),
        obj(
            "policy/v1",
            "PodDisruptionBudget",
            "budget",
            spec={"minAvailable": 1, "selector": {"matchLabels": {"app": "my-api"}}},
        ),
        obj(
            "v1", "Service", "front", spec={"selector": {"app": "my-api"}, "ports": [{"port": 80}]}
        ),
        obj("v1", "ConfigMap", "api-settings", data={"level": "debug"}),
    ]
    with operator(kubeconfig, tmp_path, related, policies="") as op:
        proposal = op.analyze("make my-api resilient", namespace=namespace)
        assert proposal.status == "proposed", proposal.policy
        assert not [d for d in proposal.policy if d.policy_id == "unattended-guard"]
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=False)
    assert session.status == "executed", session.message
    assert exists(kube, "policy/v1", "PodDisruptionBudget", "budget", namespace)


# --- finding 9: no policies, silently ------------------------------------------------------------


def test_without_a_policies_folder_the_shipped_starter_set_applies(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": namespace, "labels": {"env": "production"}},
        }
    )
    deploy(kube, deployment("my-api", namespace, replicas=3))
    empty = tmp_path / "cwd"
    empty.mkdir()
    monkeypatch.chdir(empty)
    monkeypatch.delenv("DOTOP_POLICIES", raising=False)
    with Operator(kubeconfig=kubeconfig, planner="offline", sessions=tmp_path / "s") as op:
        proposal = op.analyze("scale my-api to 4", namespace=namespace)
        assert proposal.policy_set is not None
        assert proposal.policy_set.origin == "starter"
        assert "production-approval" in proposal.policy_set.ids
        with pytest.raises(ExecutionRefused, match="production-approval"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=False)
    assert replicas(kube, "my-api", namespace) == 3


def test_no_policies_must_be_chosen_and_is_recorded_loudly(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dotop_nb import report  # noqa: PLC0415

    deploy(kube, deployment("my-api", namespace, replicas=2))
    monkeypatch.setenv("DOTOP_POLICIES", "none")
    with Operator(kubeconfig=kubeconfig, planner="offline", sessions=tmp_path / "s") as op:
        proposal = op.analyze("scale my-api to 3", namespace=namespace)
        text = report.proposal_text(proposal)
        assert "Policy set: ⚠ NO POLICIES (explicitly chosen" in text
        assert any("no organisational policies" in r for r in proposal.risks)
        data = report.to_json(op.session(proposal.session_id))
        assert data["policy_set"]["origin"] == "none"
