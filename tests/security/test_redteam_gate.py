"""The red team's gate findings (F2, F3, F4, F9), replayed on the real control plane.

Every attack runs as the red team ran it: a compromised planner object, the starter policies
(or none), approved UNATTENDED (``interactive=False``, i.e. CLI ``--approve``). Each test asserts
that the cluster did not change and which rule refused it; variants cover other kinds and forms.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.config import STARTER_POLICIES
from dotop_nb.models import ApplyOp, Operation, PatchOp, Proposal, ScaleOp, Target
from dotop_nb.policy import PolicyError
from dotop_nb.service import ExecutionRefused, Operator
from tests.helpers import deploy, deployment, exists
from tests.planners import ScriptedPlanner

pytestmark = pytest.mark.integration


def operator(
    kubeconfig: str, tmp_path: Path, ops: list[Operation], *, policies: Path | str = ""
) -> Operator:
    return Operator(
        kubeconfig=kubeconfig,
        planner=ScriptedPlanner(ops),
        sessions=tmp_path / "sessions",
        policies=policies or STARTER_POLICIES,
        validation_timeout=30,
    )


def apply(manifest: dict[str, Any]) -> ApplyOp:
    return ApplyOp(target=Target.of(manifest), manifest=manifest)


def refused(op: Operator, intent: str, namespace: str, match: str) -> Proposal:
    """Propose ``intent`` and try to run it unattended: it must be refused with ``match``."""
    proposal = op.analyze(intent, namespace=namespace)
    with pytest.raises(ExecutionRefused, match=match):
        op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=False)
    return proposal


def replicas(kube: KubeClient, name: str, namespace: str, kind: str = "Deployment") -> int:
    return int(kube.get("apps/v1", kind, name, namespace)["spec"]["replicas"])


def scale_api(namespace: str) -> ScaleOp:
    return ScaleOp(target=Target(kind="Deployment", name="my-api", namespace=namespace), replicas=3)


def binding(namespace: str, name: str, role: str, subject: dict[str, str]) -> dict[str, Any]:
    return {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "RoleBinding",
        "metadata": {"name": name, "namespace": namespace},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role},
        "subjects": [{"apiGroup": "rbac.authorization.k8s.io", **subject}],
    }


def pod_template(image: str = "nginx:1.25", **pod: Any) -> dict[str, Any]:
    return {"containers": [{"name": "app", "image": image}], **pod}


# --- F2: a name prefix is no longer a licence -----------------------------------------------------

EVERYONE = {"kind": "Group", "name": "system:authenticated"}


@pytest.mark.parametrize("policies", ["", "none"])
@pytest.mark.parametrize(
    ("role", "subject"),
    [
        ("cluster-admin", EVERYONE),
        ("edit", {"kind": "User", "name": "mallory"}),
        ("view", {"kind": "Group", "name": "system:unauthenticated"}),
    ],
)
def test_a_binding_to_powerful_roles_or_everyone_is_denied(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    tmp_path: Path,
    policies: str,
    role: str,
    subject: dict[str, str],
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    planted = [scale_api(namespace), apply(binding(namespace, "my-api-scaler", role, subject))]
    with operator(kubeconfig, tmp_path, planted, policies=policies) as op:
        proposal = refused(op, "scale my-api to 3", namespace, "rbac-escalation")
        assert proposal.status == "blocked"
        # Denied even with an interactive approval: only a policy (allow_bindings) grants it.
        with pytest.raises(ExecutionRefused, match="rbac-escalation"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert not exists(
        kube, "rbac.authorization.k8s.io/v1", "RoleBinding", "my-api-scaler", namespace
    )
    assert replicas(kube, "my-api", namespace) == 2


@pytest.mark.parametrize(
    "manifest",
    [
        lambda ns: binding(ns, "my-api-reader", "view", {"kind": "User", "name": "bob"}),
        lambda ns: {
            "apiVersion": "v1",
            "kind": "ServiceAccount",
            "metadata": {"name": "my-api-deployer", "namespace": ns},
        },
        lambda ns: {
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "Role",
            "metadata": {"name": "my-api-role", "namespace": ns},
            "rules": [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get"]}],
        },
    ],
    ids=["rolebinding", "serviceaccount", "role"],
)
def test_rbac_changes_need_an_interactive_approval(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, manifest: Any
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    obj = manifest(namespace)
    api_version, kind, name = obj["apiVersion"], obj["kind"], obj["metadata"]["name"]
    with operator(kubeconfig, tmp_path, [scale_api(namespace), apply(obj)]) as op:
        proposal = refused(op, "scale my-api to 3", namespace, "rbac-approval")
        assert proposal.status == "proposed"
        guard = [d for d in proposal.policy if d.policy_id == "unattended-guard"]
        assert [d.operation for d in guard] == [1]  # and the name prefix is no exemption
        assert not exists(kube, api_version, kind, name, namespace)
        assert replicas(kube, "my-api", namespace) == 2
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert session.status == "executed", session.message
    assert exists(kube, api_version, kind, name, namespace)


PRIVILEGED_POD = {
    "hostPID": True,
    "hostNetwork": True,
    "volumes": [{"name": "root", "hostPath": {"path": "/"}}],
    "containers": [
        {
            "name": "debug",
            "image": "ghcr.io/evil/toolbox:1",
            "securityContext": {"privileged": True},
            "volumeMounts": [{"name": "root", "mountPath": "/host"}],
        }
    ],
}


def test_a_privileged_debug_pod_named_after_the_target_is_refused(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "my-api-debug", "namespace": namespace},
        "spec": PRIVILEGED_POD,
    }
    with operator(kubeconfig, tmp_path, [scale_api(namespace), apply(pod)]) as op:
        proposal = refused(op, "scale my-api to 3", namespace, "pod-security")
        reasons = " ".join(d.reason for d in proposal.denied)
        for what in ("hostPID", "hostNetwork", "hostPath volume root", "privileged"):
            assert what in reasons
    # Without policies, the built-in guard still keeps the bare pod from an unattended run.
    with operator(kubeconfig, tmp_path, [scale_api(namespace), apply(pod)], policies="none") as op:
        refused(op, "scale my-api to 3", namespace, r"unattended-guard.*pod/my-api-debug")
    assert not exists(kube, "v1", "Pod", "my-api-debug", namespace)
    assert replicas(kube, "my-api", namespace) == 2


def _with_privilege(kind: str, namespace: str, pod: dict[str, Any]) -> dict[str, Any]:
    meta = {"name": "my-api", "namespace": namespace, "labels": {"app": "my-api"}}
    template = {"metadata": {"labels": {"app": "my-api"}}, "spec": pod}
    if kind == "ReplicationController":
        spec: dict[str, Any] = {"replicas": 1, "selector": {"app": "my-api"}, "template": template}
        return {"apiVersion": "v1", "kind": kind, "metadata": meta, "spec": spec}
    if kind == "DaemonSet":
        spec = {"selector": {"matchLabels": {"app": "my-api"}}, "template": template}
        return {"apiVersion": "apps/v1", "kind": kind, "metadata": meta, "spec": spec}
    template["spec"] = {**pod, "restartPolicy": "Never"}
    job = {"template": template}
    if kind == "Job":
        return {"apiVersion": "batch/v1", "kind": kind, "metadata": meta, "spec": job}
    spec = {"schedule": "0 2 * * *", "jobTemplate": {"spec": job}}
    return {"apiVersion": "batch/v1", "kind": kind, "metadata": meta, "spec": spec}


@pytest.mark.parametrize(
    ("kind", "pod", "what"),
    [
        ("ReplicationController", pod_template(hostIPC=True), "hostIPC"),
        ("DaemonSet", pod_template(hostNetwork=True), "hostNetwork"),
        (
            "Job",
            {
                "containers": [
                    {
                        "name": "app",
                        "image": "nginx:1.25",
                        "securityContext": {"capabilities": {"add": ["SYS_ADMIN"]}},
                    }
                ]
            },
            "SYS_ADMIN",
        ),
        (
            "CronJob",
            {
                "containers": [
                    {
                        "name": "app",
                        "image": "nginx:1.25",
                        "securityContext": {"allowPrivilegeEscalation": True},
                    }
                ]
            },
            "allowPrivilegeEscalation",
        ),
    ],
)
def test_pod_security_holds_for_every_kind_that_runs_pods(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    tmp_path: Path,
    kind: str,
    pod: dict[str, Any],
    what: str,
) -> None:
    manifest = _with_privilege(kind, namespace, pod)
    with operator(kubeconfig, tmp_path, [apply(manifest)]) as op:
        proposal = refused(op, f"create {kind.lower()} my-api", namespace, "pod-security")
        assert any(what in d.reason for d in proposal.denied if d.policy_id == "pod-security")
    assert not exists(kube, manifest["apiVersion"], kind, "my-api", namespace)


def test_a_patch_adding_a_host_path_to_the_named_target_is_refused(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    patch = [
        {
            "op": "add",
            "path": "/spec/template/spec/volumes",
            "value": [{"name": "node", "hostPath": {"path": "/var/run"}}],
        }
    ]
    target = Target(kind="Deployment", name="my-api", namespace=namespace)
    with operator(
        kubeconfig, tmp_path, [PatchOp(target=target, patch_type="json", patch=patch)]
    ) as op:
        refused(op, "mount the docker socket into my-api", namespace, "pod-security")
    volumes = kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["template"]["spec"]
    assert "volumes" not in volumes


def test_a_service_selecting_someone_elses_pods_is_outside_the_intent(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    deploy(kube, deployment("payments", namespace, replicas=2))
    service = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "my-api-public", "namespace": namespace},
        "spec": {"type": "NodePort", "selector": {"app": "payments"}, "ports": [{"port": 80}]},
    }
    # A Service named exactly as the intent says, and one selecting both, touch payments too.
    named = copy.deepcopy(service)
    named["metadata"]["name"] = "my-api"
    both = copy.deepcopy(service)
    both["spec"]["selector"] = {}
    both["spec"]["type"] = "ClusterIP"
    pdb = {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {"name": "my-api-budget", "namespace": namespace},
        "spec": {
            "minAvailable": 1,
            "selector": {"matchExpressions": [{"key": "app", "operator": "Exists"}]},
        },
    }
    for obj in (service, named, pdb):
        ops: list[Operation] = [scale_api(namespace), apply(obj)]
        with operator(kubeconfig, tmp_path, ops, policies="none") as op:
            refused(op, "scale my-api to 3", namespace, "unattended-guard")
        assert not exists(kube, obj["apiVersion"], obj["kind"], obj["metadata"]["name"], namespace)
    assert replicas(kube, "my-api", namespace) == 2


# --- F3: what a controller then does --------------------------------------------------------------


def _hpa(namespace: str, name: str, target: str, low: int, high: int) -> dict[str, Any]:
    return {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": name, "namespace": namespace},
        "spec": {
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": target},
            "minReplicas": low,
            "maxReplicas": high,
        },
    }


@pytest.mark.parametrize("name", ["my-api-autoscaler", "my-api"])
def test_an_autoscaler_of_an_unnamed_workload_is_refused(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, name: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    deploy(kube, deployment("payments", namespace, replicas=10))
    hpa = _hpa(namespace, name, "payments", 1, 1)
    with operator(kubeconfig, tmp_path, [apply(hpa)]) as op:
        proposal = refused(op, "enable autoscaling for my-api", namespace, "scaling-constraints")
        assert any(
            "scale deployment/payments from 10 to 1" in d.reason
            for d in proposal.denied
            if d.policy_id == "scaling-constraints"
        )
        assert any(d.policy_id == "unattended-guard" for d in proposal.policy)
    with operator(kubeconfig, tmp_path, [apply(hpa)], policies="none") as op:
        refused(op, "enable autoscaling for my-api", namespace, "unattended-guard")
    api = "autoscaling/v2"
    assert not exists(kube, api, "HorizontalPodAutoscaler", name, namespace)
    assert replicas(kube, "payments", namespace) == 10


def test_an_autoscaler_forcing_a_drastic_scale_down_of_the_named_target_is_denied(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=10))
    with operator(kubeconfig, tmp_path, [apply(_hpa(namespace, "my-api", "my-api", 1, 2))]) as op:
        proposal = refused(op, "autoscale my-api", namespace, "scaling-constraints")
        assert proposal.status == "blocked"
    with operator(kubeconfig, tmp_path, [apply(_hpa(namespace, "my-api", "my-api", 1, 500))]) as op:
        refused(op, "autoscale my-api", namespace, r"scaling-constraints: .*at most 100")
    # A range the target already fits in is fine, unattended.
    with operator(kubeconfig, tmp_path, [apply(_hpa(namespace, "my-api", "my-api", 6, 12))]) as op:
        proposal = op.analyze("autoscale my-api", namespace=namespace)
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=False)
    assert session.status == "executed", session.message
    assert replicas(kube, "my-api", namespace) == 10


@pytest.mark.parametrize("kind", ["Job", "CronJob"])
def test_job_parallelism_counts_against_max_replicas(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, kind: str
) -> None:
    job: dict[str, Any] = {
        "parallelism": 5000,
        "completions": 5000,
        "template": {"spec": {**pod_template(), "restartPolicy": "Never"}},
    }
    spec = job if kind == "Job" else {"schedule": "* * * * *", "jobTemplate": {"spec": job}}
    manifest = {
        "apiVersion": "batch/v1",
        "kind": kind,
        "metadata": {"name": "crunch", "namespace": namespace},
        "spec": spec,
    }
    with operator(kubeconfig, tmp_path, [apply(manifest)]) as op:
        proposal = refused(op, "run crunch", namespace, r"scaling-constraints: .*5000 pods")
        assert proposal.status == "blocked"
    assert not exists(kube, "batch/v1", kind, "crunch", namespace)


def _statefulset(namespace: str) -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": {"name": "my-db", "namespace": namespace},
        "spec": {
            "replicas": 2,
            "serviceName": "my-db",
            "selector": {"matchLabels": {"app": "my-db"}},
            "template": {"metadata": {"labels": {"app": "my-db"}}, "spec": pod_template()},
            "volumeClaimTemplates": [
                {
                    "metadata": {"name": "data"},
                    "spec": {
                        "accessModes": ["ReadWriteOnce"],
                        "resources": {"requests": {"storage": "1Gi"}},
                    },
                }
            ],
        },
    }


@pytest.mark.parametrize(
    ("patch_type", "patch"),
    [
        ("merge", {"spec": {"persistentVolumeClaimRetentionPolicy": {"whenScaled": "Delete"}}}),
        (
            "json",
            [
                {
                    "op": "replace",
                    "path": "/spec/persistentVolumeClaimRetentionPolicy/whenDeleted",
                    "value": "Delete",
                }
            ],
        ),
    ],
)
def test_a_claim_retention_switch_to_delete_is_judged_as_a_delete(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    tmp_path: Path,
    patch_type: str,
    patch: Any,
) -> None:
    kube.apply(_statefulset(namespace))
    target = Target(kind="StatefulSet", name="my-db", namespace=namespace)
    ops: list[Operation] = [
        PatchOp(target=target, patch_type=patch_type, patch=patch),  # type: ignore[arg-type]
        ScaleOp(target=target, replicas=1),
    ]
    with operator(kubeconfig, tmp_path, ops) as op:
        proposal = refused(
            op, "scale my-db to 1", namespace, r"unattended-guard: .*judged as a delete"
        )
        assert any("deletes the volume claims" in r for r in proposal.risks)
    sts = kube.get("apps/v1", "StatefulSet", "my-db", namespace)["spec"]
    assert sts["replicas"] == 2
    policy = sts.get("persistentVolumeClaimRetentionPolicy") or {}
    assert "Delete" not in policy.values()


# --- the companion rule: a backup job of the named workload stays within the intent --------------


@pytest.mark.parametrize(
    ("image", "within"), [("nginx:1.25", True), ("ghcr.io/evil/miner:1", False)]
)
def test_a_job_is_within_the_intent_only_as_a_companion_of_the_named_workload(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, image: str, within: bool
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    cron = {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": "my-api-backup", "namespace": namespace},
        "spec": {
            "schedule": "0 2 * * *",
            "jobTemplate": {
                "spec": {"template": {"spec": {**pod_template(image), "restartPolicy": "Never"}}}
            },
        },
    }
    with operator(kubeconfig, tmp_path, [apply(cron)], policies="none") as op:
        if within:
            proposal = op.analyze("back up my-api", namespace=namespace)
            session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=False)
            assert session.status == "executed", session.message
        else:
            refused(op, "back up my-api", namespace, r"unattended-guard.*cronjob/my-api-backup")
    assert exists(kube, "batch/v1", "CronJob", "my-api-backup", namespace) is within


# --- F4: ReplicationController pod specs are judged ---------------------------------------------


def test_a_replication_controller_is_held_to_the_registry_and_request_rules(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "strict.yaml").write_text(
        "id: strict\nname: Strict\neffect: deny\nrules:\n"
        '  allowed_registries: ["docker.io/library/"]\n  require_resource_requests: true\n'
    )
    rc = _with_privilege("ReplicationController", namespace, pod_template("ghcr.io/evil/x:1"))
    with operator(kubeconfig, tmp_path, [apply(rc)], policies=folder) as op:
        proposal = refused(op, "create my-api", namespace, "blocked by policy: strict")
        reasons = " ".join(d.reason for d in proposal.denied)
        assert "ghcr.io/evil/x:1 is not from an allowed registry" in reasons
        assert "without resource requests" in reasons
    assert not exists(kube, "v1", "ReplicationController", "my-api", namespace)


# --- F9: a ./policies folder of something else is an error ----------------------------------------


def test_a_policies_folder_without_policy_files_is_an_error(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "deny.rego").write_text("package k8s\ndeny[msg] { false }\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DOTOP_POLICIES", raising=False)
    with pytest.raises(PolicyError, match="holds no dotop-nb policy files") as raised:
        Operator(kubeconfig=kubeconfig, planner="offline", sessions=tmp_path / "s")
    assert "DOTOP_POLICIES=none" in (raised.value.hint or "")
    # Chosen explicitly, no policies is allowed (and said loudly).
    monkeypatch.setenv("DOTOP_POLICIES", "none")
    with Operator(kubeconfig=kubeconfig, planner="offline", sessions=tmp_path / "s") as op:
        proposal = op.analyze("scale my-api to 3", namespace=namespace)
        assert proposal.policy_set is not None
        assert proposal.policy_set.origin == "none"
    assert replicas(kube, "my-api", namespace) == 2


# --- The re-check's variants: a bare name is not a licence for another kind ----------------------


@pytest.mark.parametrize(
    ("intent", "manifest"),
    [
        # A Pod with the target's very name, running as someone else's service account.
        (
            "scale my-api to 3",
            lambda ns: {
                "apiVersion": "v1",
                "kind": "Pod",
                "metadata": {"name": "my-api", "namespace": ns},
                "spec": pod_template(serviceAccountName="payments-admin"),
            },
        ),
        # A Job named after a filler word of the intent.
        (
            "scale my-api to 3",
            lambda ns: {
                "apiVersion": "batch/v1",
                "kind": "Job",
                "metadata": {"name": "to", "namespace": ns},
                "spec": {
                    "template": {
                        "spec": pod_template(
                            serviceAccountName="payments-admin", restartPolicy="Never"
                        )
                    }
                },
            },
        ),
        # A RoleBinding with the target's name.
        (
            "scale my-api to 3",
            lambda ns: binding(ns, "my-api", "view", {"kind": "User", "name": "mallory"}),
        ),
    ],
    ids=["pod-named-like-the-deployment", "job-named-to", "rolebinding-named-like-it"],
)
def test_a_bare_name_does_not_name_a_pod_job_or_rbac_object(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    tmp_path: Path,
    intent: str,
    manifest: Any,
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ServiceAccount",
            "metadata": {"name": "payments-admin", "namespace": namespace},
        }
    )
    planted = apply(manifest(namespace))
    kind = planted.target.kind
    api = planted.target.api_version
    with operator(kubeconfig, tmp_path, [scale_api(namespace), planted], policies="none") as op:
        refused(op, intent, namespace, "unattended-guard")
    assert not exists(kube, api, kind, planted.target.name, namespace)
    assert replicas(kube, "my-api", namespace) == 2


def test_a_powerful_binding_that_gains_a_subject_is_denied(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    existing = binding(namespace, "ops-edit", "edit", {"kind": "User", "name": "alice"})
    kube.apply(existing)
    target = Target.of(existing)
    add = PatchOp(
        target=target,
        patch_type="json",
        patch=[
            {
                "op": "add",
                "path": "/subjects/-",
                "value": {
                    "apiGroup": "rbac.authorization.k8s.io",
                    "kind": "Group",
                    "name": f"system:serviceaccounts:{namespace}",
                },
            }
        ],
    )
    with operator(kubeconfig, tmp_path, [add], policies="none") as op:
        proposal = op.analyze(
            "add my service accounts to rolebinding ops-edit", namespace=namespace
        )
        assert proposal.status == "blocked", proposal.policy
        with pytest.raises(ExecutionRefused, match="rbac-escalation"):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    now = kube.get("rbac.authorization.k8s.io/v1", "RoleBinding", "ops-edit", namespace)
    assert [s["name"] for s in now["subjects"]] == ["alice"]


@pytest.mark.parametrize("role", ["system:controller:generic-garbage-collector", "admin"])
def test_a_binding_to_a_control_plane_role_is_denied(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, role: str
) -> None:
    planted = apply(binding(namespace, "gc", role, {"kind": "User", "name": "mallory"}))
    with operator(kubeconfig, tmp_path, [planted], policies="none") as op:
        proposal = op.analyze("create rolebinding gc", namespace=namespace)
        assert proposal.status == "blocked", proposal.policy
        assert any(d.policy_id == "rbac-escalation" for d in proposal.policy)
    assert not exists(kube, "rbac.authorization.k8s.io/v1", "RoleBinding", "gc", namespace)
