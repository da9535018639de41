"""The operate engine end to end on the real control plane: dry-run, approval, execution,
validation, rollback and the session record."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import ConfigError
from dotop_nb.models import (
    ApplyOp,
    DeleteOp,
    Operation,
    PatchOp,
    RolloutRestartOp,
    RolloutUndoOp,
    ScaleOp,
    SetImageOp,
    Target,
)
from dotop_nb.ports import PlanResult
from dotop_nb.service import ExecutionRefused, Operator
from dotop_nb.sessions import SessionCorrupt, SessionTampered
from tests.helpers import deploy, deployment, exists, rolled_out, wait_for
from tests.planners import ScriptedPlanner

pytestmark = pytest.mark.integration

Json = dict[str, Any]


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    policies = tmp_path / "policies"
    policies.mkdir()
    return {"sessions": tmp_path / "sessions", "policies": policies}


def make_operator(
    kubeconfig: str, folders: dict[str, Path], planner: Any = "offline", **kwargs: Any
) -> Operator:
    return Operator(
        kubeconfig=kubeconfig,
        planner=planner,
        sessions=folders["sessions"],
        policies=folders["policies"],
        validation_timeout=kwargs.pop("validation_timeout", 30),
        **kwargs,
    )


def target(name: str, ns: str, kind: str = "Deployment") -> Target:
    return Target(kind=kind, name=name, namespace=ns)


def test_scale_with_the_offline_planner_end_to_end(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    with make_operator(kubeconfig, folders) as op:
        proposal = op.analyze("scale my-api to 5 replicas", namespace=namespace)
        assert proposal.status == "proposed", proposal
        assert [o.kind for o in proposal.operations] == ["scale"]
        assert isinstance(proposal.operations[0], ScaleOp)
        assert proposal.operations[0].replicas == 5
        assert proposal.dry_run[0].ok
        assert [(c.path, c.before, c.after) for c in proposal.dry_run[0].diff] == [
            ("spec.replicas", 2, 5)
        ]
        # Planning changed nothing.
        assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 2

        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert session.status == "executed", session.message
        assert session.validation is not None
        assert session.validation.ok
        dep = kube.get("apps/v1", "Deployment", "my-api", namespace)
        assert dep["spec"]["replicas"] == 5
        assert dep["status"]["readyReplicas"] == 5

    record = json.loads((folders["sessions"] / f"{proposal.session_id}.json").read_text())
    assert record["v"] == 1
    assert record["status"] == "executed"
    assert record["approval"]["plan_hash"] == proposal.plan_hash
    assert record["execution"][0]["status"] == "applied"
    assert record["execution"][0]["prior"]["spec"]["replicas"] == 2
    assert [e["type"] for e in record["events"]][:3] == ["created", "proposed", "approved"]


def _kind_cases(ns: str) -> list[tuple[str, Operation]]:
    api = target("api", ns)
    return [
        ("scale", ScaleOp(target=api, replicas=3)),
        ("set_image", SetImageOp(target=api, container="app", image="nginx:1.27")),
        ("rollout_restart", RolloutRestartOp(target=api, restarted_at="2026-11-26T12:00:00Z")),
        (
            "patch",
            PatchOp(
                target=api,
                patch_type="strategic",
                patch={
                    "spec": {
                        "template": {
                            "spec": {
                                "containers": [
                                    {
                                        "name": "app",
                                        "env": [{"name": "LOG_LEVEL", "value": "debug"}],
                                    }
                                ]
                            }
                        }
                    }
                },
            ),
        ),
        (
            "apply",
            ApplyOp(
                target=Target(kind="ConfigMap", name="api-settings", namespace=ns),
                manifest={
                    "apiVersion": "v1",
                    "kind": "ConfigMap",
                    "metadata": {"name": "api-settings", "namespace": ns},
                    "data": {"mode": "fast"},
                },
            ),
        ),
        ("delete", DeleteOp(target=api)),
    ]


def _effect(kube: KubeClient, ns: str, kind: str) -> Any:
    """The observable result of each operation kind."""
    if kind == "apply":
        return kube.get("v1", "ConfigMap", "api-settings", ns)["data"]
    if kind == "delete":
        return exists(kube, "apps/v1", "Deployment", "api", ns)
    dep = kube.get("apps/v1", "Deployment", "api", ns)
    container = dep["spec"]["template"]["spec"]["containers"][0]
    return {
        "scale": dep["spec"]["replicas"],
        "set_image": container["image"],
        "rollout_restart": (dep["spec"]["template"]["metadata"].get("annotations") or {}).get(
            "kubectl.kubernetes.io/restartedAt"
        ),
        "patch": container.get("env"),
    }[kind]


EXPECTED = {
    "scale": 3,
    "set_image": "nginx:1.27",
    "rollout_restart": "2026-11-26T12:00:00Z",
    "patch": [{"name": "LOG_LEVEL", "value": "debug"}],
    "apply": {"mode": "fast"},
    "delete": False,
}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_each_operation_kind_dry_runs_without_change_then_executes_exactly(
    kind: str, kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("api", namespace, replicas=2))
    operation = dict(_kind_cases(namespace))[kind]
    before_dep = kube.get("apps/v1", "Deployment", "api", namespace)
    with make_operator(kubeconfig, folders, planner=ScriptedPlanner([operation])) as op:
        # The intent names the target: the unattended guard refuses unattended operations on
        # objects it does not name (issue 10, finding 4), and any unattended delete.
        proposal = op.analyze(f"do {kind} on {operation.target.name}", namespace=namespace)
        assert proposal.status == "proposed", proposal.dry_run
        assert proposal.dry_run[0].ok
        after_dep = kube.get("apps/v1", "Deployment", "api", namespace)
        assert after_dep["metadata"]["resourceVersion"] == before_dep["metadata"]["resourceVersion"]
        assert not exists(kube, "v1", "ConfigMap", "api-settings", namespace)

        session = op.execute(
            proposal.session_id, approve=proposal.plan_hash, interactive=kind == "delete"
        )
        assert session.status == "executed", (session.message, session.validation)
    assert _effect(kube, namespace, kind) == EXPECTED[kind]
    if kind not in ("delete", "apply"):
        dep = kube.get("apps/v1", "Deployment", "api", namespace)
        # Only the field the operation names changed.
        if kind != "scale":
            assert dep["spec"]["replicas"] == 2
        if kind != "set_image":
            assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.25"


def test_rollout_undo_restores_the_previous_template(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("web", namespace, image="nginx:1.25"))
    deploy(kube, deployment("web", namespace, image="nginx:1.26"))
    with make_operator(kubeconfig, folders) as op:
        proposal = op.analyze("roll back web", namespace=namespace)
        assert proposal.status == "proposed", proposal.question
        undo = proposal.operations[0]
        assert isinstance(undo, RolloutUndoOp)
        assert undo.to_revision == 1
        assert "nginx:1.25" in proposal.dry_run[0].message
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert session.status == "executed", session.message
    dep = wait_for(lambda: rolled_out(kube, "web", namespace), what="undo rollout")
    assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.25"


def test_tampered_repeated_and_stale_plans_are_refused(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    with make_operator(kubeconfig, folders) as op:
        proposal = op.analyze("scale my-api to 4", namespace=namespace)
        path = folders["sessions"] / f"{proposal.session_id}.json"
        original = path.read_text()

        # 1. Tampering with the stored operation breaks the signature of the file; re-signed
        #    by someone holding the key, it still breaks the plan hash.
        edited = json.loads(original.replace('"replicas": 4', '"replicas": 40'))
        path.write_text(json.dumps(edited))
        with pytest.raises(SessionTampered, match="does not match its content"):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
        edited["signature"] = op.journal.keys.sign(
            "session", {k: v for k, v in edited.items() if k != "signature"}
        )
        path.write_text(json.dumps(edited))
        with pytest.raises(ExecutionRefused, match="modified after it was proposed"):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
        path.write_text(original)

        # 2. An approval for another hash is refused.
        with pytest.raises(ExecutionRefused, match="approval is for plan"):
            op.execute(proposal.session_id, approve="0" * 64)

        # 3. A target changed since planning is refused with a re-plan offer.
        kube.request(
            "PATCH",
            f"/apis/apps/v1/namespaces/{namespace}/deployments/my-api",
            body={"metadata": {"labels": {"touched": "yes"}}},
            content_type="application/merge-patch+json",
        )
        with pytest.raises(ExecutionRefused, match="changed since the plan was made") as err:
            op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert "re-plan" in (err.value.hint or "")
        assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 2

        # 4. After a re-plan it runs once, and only once.
        fresh = op.analyze("scale my-api to 4", namespace=namespace)
        assert op.execute(fresh.session_id, approve=fresh.plan_hash).status == "executed"
        with pytest.raises(ExecutionRefused, match="already executed"):
            op.execute(fresh.session_id, approve=fresh.plan_hash)


def test_a_dry_run_rejection_blocks_execution_with_the_apiserver_message(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("api", namespace))
    bad = PatchOp(target=target("api", namespace), patch={"spec": {"replicaz": 3}})
    with make_operator(kubeconfig, folders, planner=ScriptedPlanner([bad])) as op:
        proposal = op.analyze("break it", namespace=namespace)
        assert proposal.status == "dry_run_failed"
        assert not proposal.dry_run[0].ok
        assert 'unknown field "spec.replicaz"' in proposal.dry_run[0].message
        with pytest.raises(ExecutionRefused, match="dry-run rejected"):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert "replicaz" not in json.dumps(kube.get("apps/v1", "Deployment", "api", namespace))


def test_a_set_image_for_a_missing_container_fails_dry_run(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("api", namespace))
    wrong = SetImageOp(target=target("api", namespace), container="sidecar", image="x:1")
    with make_operator(kubeconfig, folders, planner=ScriptedPlanner([wrong])) as op:
        proposal = op.analyze("set image", namespace=namespace)
    assert proposal.status == "dry_run_failed"
    assert "container 'sidecar' not found" in proposal.dry_run[0].message
    assert "containers: app" in proposal.dry_run[0].message


@pytest.mark.parametrize(
    "image", ["registry.invalid/dotop/unpullable:1", "registry.invalid/dotop/crashloop:1"]
)
def test_a_broken_image_fails_validation_and_is_rolled_back(
    image: str, kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("api", namespace, image="nginx:1.25", replicas=2))
    with make_operator(kubeconfig, folders) as op:
        proposal = op.analyze(f"update api to {image}", namespace=namespace)
        assert proposal.status == "proposed", proposal.question
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "rolled_back", session.message
    assert session.validation is not None
    assert not session.validation.ok
    reason = "ImagePullBackOff" if "unpullable" in image else "CrashLoopBackOff"
    assert reason in session.message
    assert session.rollback is not None
    assert session.rollback.verified is not None
    assert session.rollback.verified.ok
    dep = wait_for(lambda: rolled_out(kube, "api", namespace), what="restored rollout")
    assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.25"
    images = {
        p["spec"]["containers"][0]["image"]
        for p in kube.list("v1", "Pod", namespace, label_selector="app=api")
        if not p["metadata"].get("deletionTimestamp")
    }
    assert images == {"nginx:1.25"}


def test_readiness_that_never_comes_times_out_and_rollback_can_be_declined(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("api", namespace, image="nginx:1.25", replicas=2))
    with make_operator(kubeconfig, folders, validation_timeout=4) as op:
        proposal = op.analyze(
            "update api to registry.invalid/dotop/never-ready:1", namespace=namespace
        )
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, rollback=False)
    assert session.status == "failed"
    assert "timed out" in session.message
    assert session.rollback is not None
    assert not session.rollback.performed
    dep = kube.get("apps/v1", "Deployment", "api", namespace)
    assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == (
        "registry.invalid/dotop/never-ready:1"
    )


def test_created_objects_are_deleted_by_rollback(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("api", namespace, image="nginx:1.25"))
    ops: list[Operation] = [
        ApplyOp(
            target=Target(kind="ConfigMap", name="extra", namespace=namespace),
            manifest={
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "extra", "namespace": namespace},
                "data": {"a": "1"},
            },
        ),
        SetImageOp(
            target=target("api", namespace),
            container="app",
            image="registry.invalid/dotop/unpullable:1",
        ),
    ]
    with make_operator(kubeconfig, folders, planner=ScriptedPlanner(ops)) as op:
        proposal = op.analyze("two changes: api and extra", namespace=namespace)
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "rolled_back", session.message
    assert session.rollback is not None
    actions = {(s.target.kind, s.action) for s in session.rollback.steps}
    assert actions == {("ConfigMap", "delete"), ("Deployment", "restore")}
    wait_for(lambda: not exists(kube, "v1", "ConfigMap", "extra", namespace), what="cm gone")


def test_bad_input_is_refused_with_a_clear_message_and_changes_nothing(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("api", namespace))
    rv = kube.get("apps/v1", "Deployment", "api", namespace)["metadata"]["resourceVersion"]
    with make_operator(kubeconfig, folders) as op:
        for intent, message in [
            ("", "empty"),
            ("   ", "empty"),
            ("scale api to 3 " * 300, "limit is 2000"),
            ("scale api\x00 to 3", "control or binary"),
        ]:
            with pytest.raises(ConfigError, match=message):
                op.analyze(intent, namespace=namespace)
        with pytest.raises(ConfigError, match="does not exist"):
            op.analyze("scale api to 3", namespace="no-such-namespace")
        with pytest.raises(ConfigError, match="not a valid namespace"):
            op.analyze("scale api to 3", namespace="../etc")
        unknown = op.analyze("scale ghost-app to 3", namespace=namespace)
        assert unknown.status == "needs_clarification"
        assert "ghost-app" in (unknown.question or "")
        for bad_id in ["../../etc/passwd", "op-1", "", "op-20261126-ZZZZZZZZ"]:
            with pytest.raises(ConfigError, match="not a session id"):
                op.execute(bad_id, approve="x")

        good = op.analyze("scale api to 3", namespace=namespace)
        path = folders["sessions"] / f"{good.session_id}.json"
        path.write_text(path.read_text()[:200])
        with pytest.raises(SessionCorrupt, match="corrupt"):
            op.execute(good.session_id, approve=good.plan_hash)
    assert kube.get("apps/v1", "Deployment", "api", namespace)["metadata"]["resourceVersion"] == rv
    assert sorted(p.name for p in folders["sessions"].glob("*.json")) == sorted(
        [f"{unknown.session_id}.json", f"{good.session_id}.json"]
    )


def test_secret_values_never_reach_the_planner_or_the_record(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "db", "namespace": namespace},
            "stringData": {"password": "s3cr3t-value-42"},
        }
    )
    secret_target = Target(kind="Secret", name="db", namespace=namespace)
    seen: list[str] = []

    def script(request: Any, cluster: Any) -> Any:
        obj = cluster.get(secret_target)
        listed = cluster.list_objects("v1", "Secret", namespace)
        seen.append(json.dumps([obj, listed]))
        return PlanResult(
            operations=[
                PatchOp(
                    target=secret_target,
                    patch_type="merge",
                    patch={"metadata": {"labels": {"rotated": "yes"}}},
                )
            ],
            analysis=f"saw {json.dumps(obj)}",
        )

    with make_operator(kubeconfig, folders, planner=ScriptedPlanner(script)) as op:
        proposal = op.analyze("label the db secret", namespace=namespace)
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "executed", session.message
    encoded = base64.b64encode(b"s3cr3t-value-42").decode()
    record = (folders["sessions"] / f"{proposal.session_id}.json").read_text()
    for text in (*seen, record):
        assert "s3cr3t-value-42" not in text
        assert encoded not in text
    assert "<redacted>" in seen[0]
    assert "password" in seen[0]  # keys stay visible
