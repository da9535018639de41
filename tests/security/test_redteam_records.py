"""Red-team findings on records and priors (issue 10, second round), on the real control plane.

- F1: a Secret planted (or swapped) under a backup name never makes rollback write another object:
  the backup is replaced before the first write, its sha256 is in the signed record and checked
  before restoring, and a prior is only ever restored onto the record's own target.
- F6: backups of objects holding a Secret value are deleted, and never teach the value registry
  (which would then redact every object's names and garble later records).
- F5: a Secret value copied into another namespace is known (Secrets are read cluster-wide).
- F7: an older copy of a signed session file cannot run an executed plan again (ledger).
- F8: a symlinked lock file is refused, never followed and truncated.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.cluster.gateway import OperationRefused
from dotop_nb.errors import ClusterUnreachable, ConfigError, Interrupted, NotFound, RecordTampered
from dotop_nb.models import (
    ApplyOp,
    Operation,
    PatchOp,
    ScaleOp,
    SetImageOp,
    Target,
)
from dotop_nb.ports import ClusterReader, PlanRequest, PlanResult
from dotop_nb.service import Operator
from tests.helpers import deploy, deployment, exists
from tests.planners import ScriptedPlanner

pytestmark = [pytest.mark.integration, pytest.mark.timeout(240)]

Json = dict[str, Any]
CRASHLOOP = "registry.invalid/dotop/crashloop:1"
PASSWORD = "s3cr3t-value-42-xyzzy"
LABEL_AND_CRASH = "label secret my-api-creds and update deployment my-api"


def _operator(kubeconfig: str, tmp_path: Path, planner: Any, **kw: Any) -> Operator:
    policies = tmp_path / "policies"
    policies.mkdir(exist_ok=True)
    if isinstance(planner, list):
        planner = ScriptedPlanner(planner)
    return Operator(
        kubeconfig=kubeconfig,
        planner=planner,
        sessions=tmp_path / "sessions",
        policies=policies,
        validation_timeout=kw.pop("validation_timeout", 6),
        **kw,
    )


def _secret(kube: KubeClient, ns: str, name: str = "my-api-creds") -> None:
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": name, "namespace": ns},
            "stringData": {"password": PASSWORD},
        }
    )


def _backups(kube: KubeClient, ns: str) -> list[str]:
    return sorted(
        s["metadata"]["name"]
        for s in kube.list("v1", "Secret", ns)
        if s["metadata"]["name"].startswith("dotop-prior-")
    )


def _crb(ns: str) -> Json:
    return {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRoleBinding",
        "metadata": {"name": f"pwn-{ns}"},
        "roleRef": {
            "apiGroup": "rbac.authorization.k8s.io",
            "kind": "ClusterRole",
            "name": "cluster-admin",
        },
        "subjects": [{"kind": "ServiceAccount", "name": "default", "namespace": ns}],
    }


def _forged_backup(ns: str, name: str, payload: Json, *, immutable: bool = False) -> Json:
    body: Json = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {
            "name": name,
            "namespace": ns,
            "labels": {
                "dotop-nb.dev/session": name.removeprefix("dotop-prior-").rsplit("-", 1)[0],
                "app.kubernetes.io/managed-by": "dotop-nb",
            },
        },
        "data": {"object.json": base64.b64encode(json.dumps(payload).encode()).decode()},
    }
    if immutable:
        body["immutable"] = True
    return body


def _crb_exists(kube: KubeClient, ns: str) -> bool:
    return exists(kube, "rbac.authorization.k8s.io/v1", "ClusterRoleBinding", f"pwn-{ns}", None)


@pytest.fixture
def no_crb(kube: KubeClient, namespace: str) -> Any:
    yield
    with contextlib.suppress(NotFound):
        kube.request(
            "DELETE", f"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/pwn-{namespace}"
        )


def _label_and_crash(ns: str) -> list[Operation]:
    return [
        PatchOp(
            target=Target(kind="Secret", name="my-api-creds", namespace=ns),
            patch_type="merge",
            patch={"metadata": {"labels": {"rotated": "yes"}}},
        ),
        SetImageOp(
            target=Target(kind="Deployment", name="my-api", namespace=ns),
            container="app",
            image=CRASHLOOP,
        ),
    ]


# ------------------------------------------------------------------------------ F1
@pytest.mark.parametrize("payload", ["clusterrolebinding", "other-secret"])
def test_a_planted_backup_is_replaced_and_rollback_restores_only_the_target(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, no_crb: None, payload: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=1))
    _secret(kube, namespace)
    _secret(kube, namespace, "victim")
    planted: Json = (
        _crb(namespace)
        if payload == "clusterrolebinding"
        else {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "victim", "namespace": namespace},
            "stringData": {"password": "attacker-chosen"},
        }
    )
    with _operator(kubeconfig, tmp_path, _label_and_crash(namespace)) as op:
        proposal = op.analyze(LABEL_AND_CRASH, namespace=namespace)
        name = f"dotop-prior-{proposal.session_id}-0"
        kube.request(
            "POST",
            f"/api/v1/namespaces/{namespace}/secrets",
            body=_forged_backup(namespace, name, planted),
        )
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "rolled_back", (session.message, session.rollback)
    assert session.execution[0].prior_ref == name
    assert session.execution[0].prior_digest
    assert not _crb_exists(kube, namespace)
    creds = kube.get("v1", "Secret", "my-api-creds", namespace)
    assert "rotated" not in (creds["metadata"].get("labels") or {})
    victim = kube.get("v1", "Secret", "victim", namespace)
    assert base64.b64decode(victim["data"]["password"]).decode() == PASSWORD
    assert _backups(kube, namespace) == []


def test_a_planted_backup_that_cannot_be_replaced_stops_before_any_write(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, no_crb: None
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=1))
    _secret(kube, namespace)
    before = kube.get("v1", "Secret", "my-api-creds", namespace)["metadata"]["resourceVersion"]
    with _operator(kubeconfig, tmp_path, _label_and_crash(namespace)) as op:
        proposal = op.analyze(LABEL_AND_CRASH, namespace=namespace)
        name = f"dotop-prior-{proposal.session_id}-0"
        kube.request(
            "POST",
            f"/api/v1/namespaces/{namespace}/secrets",
            body=_forged_backup(namespace, name, _crb(namespace), immutable=True),
        )
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "failed"
    assert "cannot be replaced" in session.message
    assert not _crb_exists(kube, namespace)
    now = kube.get("v1", "Secret", "my-api-creds", namespace)["metadata"]["resourceVersion"]
    assert now == before
    dep = kube.get("apps/v1", "Deployment", "my-api", namespace)
    assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.25"


@pytest.mark.parametrize("payload", ["clusterrolebinding", "same-secret-older-value"])
def test_a_backup_swapped_after_it_was_written_is_never_restored(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, no_crb: None, payload: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=1))
    _secret(kube, namespace)
    with _operator(kubeconfig, tmp_path, _label_and_crash(namespace)) as op:
        proposal = op.analyze(LABEL_AND_CRASH, namespace=namespace)
        name = f"dotop-prior-{proposal.session_id}-0"
        real = op.gateway.execute

        def swap(o: Operation, current: Any, *, precondition: str | None) -> Any:
            if isinstance(o, SetImageOp):  # the backup was written; the attacker swaps it
                backup = kube.get("v1", "Secret", name, namespace)
                stored = json.loads(base64.b64decode(backup["data"]["object.json"]))
                if payload == "clusterrolebinding":
                    forged = _crb(namespace)
                else:
                    forged = {**stored, "data": {"password": base64.b64encode(b"old").decode()}}
                backup["data"]["object.json"] = base64.b64encode(
                    json.dumps(forged).encode()
                ).decode()
                kube.request("PUT", f"/api/v1/namespaces/{namespace}/secrets/{name}", body=backup)
            return real(o, current, precondition=precondition)

        op.gateway.execute = swap  # type: ignore[method-assign,assignment]
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "failed", session.message
    assert "ROLLBACK INCOMPLETE" in session.message
    assert session.rollback is not None
    steps = {s.target.kind: s for s in session.rollback.steps}
    assert not steps["Secret"].ok
    assert "sha256 mismatch" in steps["Secret"].message
    assert steps["Deployment"].ok
    assert not _crb_exists(kube, namespace)
    creds = kube.get("v1", "Secret", "my-api-creds", namespace)
    assert base64.b64decode(creds["data"]["password"]).decode() == PASSWORD
    assert creds["metadata"]["labels"] == {"rotated": "yes"}  # honestly not restored


def test_a_prior_of_another_object_is_never_restored(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, no_crb: None
) -> None:
    _secret(kube, namespace)
    target = Target(kind="Secret", name="my-api-creds", namespace=namespace, api_version="v1")
    with _operator(kubeconfig, tmp_path, []) as op:
        with pytest.raises(OperationRefused, match="another object"):
            op.gateway.restore(_crb(namespace), target=target)
        other = {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "my-api-creds", "namespace": "kube-system"},
        }
        with pytest.raises(OperationRefused, match="another object"):
            op.gateway.restore(other, target=target)
    assert not _crb_exists(kube, namespace)
    assert not exists(kube, "v1", "Secret", "my-api-creds", "kube-system")


# ------------------------------------------------------------------------------ F6
def test_backups_of_objects_holding_a_secret_value_are_dropped_and_never_learnt(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    _secret(kube, namespace, "db")
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "settings", "namespace": namespace},
            "data": {"dsn": f"postgres://app:{PASSWORD}@db:5432/app"},
        }
    )
    deploy(kube, deployment("api", namespace, replicas=1))
    deploy(kube, deployment("web", namespace, replicas=1))
    first: list[Operation] = [
        PatchOp(
            target=Target(kind="ConfigMap", name="settings", namespace=namespace),
            patch_type="merge",
            patch={"metadata": {"labels": {"reviewed": "yes"}}},
        ),
        ScaleOp(target=Target(kind="Deployment", name="api", namespace=namespace), replicas=2),
    ]
    second: list[Operation] = [
        SetImageOp(
            target=Target(kind="Deployment", name="web", namespace=namespace),
            container="app",
            image="nginx:1.26",
        )
    ]
    planner = ScriptedPlanner(first)
    with _operator(kubeconfig, tmp_path, planner, validation_timeout=60) as op:
        proposal = op.analyze("label configmap settings, scale deployment api", namespace=namespace)
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert session.status == "executed", session.message
        assert session.execution[0].prior_ref  # the ConfigMap's prior went to a backup
        assert _backups(kube, namespace) == []
        # The backup taught no value: the object's own names are not "secret".
        assert not op.gateway.secrets.found_in(f"namespace {namespace}")
        assert op.gateway.secrets.found_in(PASSWORD)
        planner.script = second
        proposal = op.analyze("update deployment web image", namespace=namespace)
        assert proposal.intent == "update deployment web image"
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "executed", session.message
    assert _backups(kube, namespace) == []
    record = session.execution[0]
    assert record.prior_ref is None
    assert record.prior is not None
    assert record.prior["metadata"]["name"] == "web"
    assert record.prior["metadata"]["namespace"] == namespace
    text = (tmp_path / "sessions" / f"{session.id}.json").read_text()
    assert "<redacted>" not in text
    assert PASSWORD not in text


# ------------------------------------------------------------------------------ F5
def test_a_secret_value_copied_into_another_namespace_is_redacted(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    other = f"db-{uuid.uuid4().hex[:8]}"
    kube.request(
        "POST",
        "/api/v1/namespaces",
        body={"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": other}},
    )
    try:
        _secret(kube, other, "db-creds")
        kube.apply(
            {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "cfg2", "namespace": namespace},
                "data": {"dsn": f"postgres://app:{PASSWORD}@db.{other}:5432/app"},
            }
        )
        cfg = Target(kind="ConfigMap", name="cfg2", namespace=namespace, api_version="v1")
        seen: list[Json | None] = []

        def read_then_label(request: PlanRequest, cluster: ClusterReader) -> PlanResult:
            seen.append(cluster.get(cfg))
            op = PatchOp(
                target=cfg, patch_type="merge", patch={"metadata": {"labels": {"seen": "yes"}}}
            )
            return PlanResult(operations=[op], category="scripted", analysis=json.dumps(seen))

        with _operator(kubeconfig, tmp_path, ScriptedPlanner(read_then_label)) as op:
            proposal = op.analyze("label configmap cfg2", namespace=namespace)
            session = op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert session.status == "executed", session.message
        assert seen
        assert seen[0] is not None
        assert PASSWORD not in json.dumps(seen)
        assert "<redacted>" in seen[0]["data"]["dsn"]
        assert session.execution[0].prior_ref  # kept in the cluster, not in the record
        text = (tmp_path / "sessions" / f"{session.id}.json").read_text()
        assert PASSWORD not in text
        assert PASSWORD[:12] not in text
    finally:
        kube.request("DELETE", f"/api/v1/namespaces/{other}")


# ------------------------------------------------------------------------------ F7
@pytest.mark.parametrize("outcome", ["executed", "rolled_back"])
def test_an_older_copy_of_the_record_cannot_run_the_plan_again(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, outcome: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=1))
    create = ApplyOp(
        target=Target(kind="ConfigMap", name="flags", namespace=namespace, api_version="v1"),
        manifest={
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "flags", "namespace": namespace},
            "data": {"beta": "on"},
        },
    )
    ops: list[Operation] = [create]
    if outcome == "rolled_back":
        ops.append(
            SetImageOp(
                target=Target(kind="Deployment", name="my-api", namespace=namespace),
                container="app",
                image=CRASHLOOP,
            )
        )
    with _operator(kubeconfig, tmp_path, ops) as op:
        proposal = op.analyze("create configmap flags, update my-api", namespace=namespace)
        path = tmp_path / "sessions" / f"{proposal.session_id}.json"
        saved = tmp_path / "copy.json"
        shutil.copy(path, saved)
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert session.status == outcome, session.message
        if outcome == "executed":
            kube.request("DELETE", f"/api/v1/namespaces/{namespace}/configmaps/flags")
        assert not exists(kube, "v1", "ConfigMap", "flags", namespace)
        shutil.copy(saved, path)  # the older, validly signed record
        with pytest.raises(RecordTampered, match="already started") as err:
            op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert err.value.exit_code == 9
    assert not exists(kube, "v1", "ConfigMap", "flags", namespace)
    dep = kube.get("apps/v1", "Deployment", "my-api", namespace)
    assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.25"


@pytest.mark.parametrize("verb", ["resume", "rollback"])
def test_an_older_interrupted_copy_cannot_resume_a_finished_session(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, verb: str
) -> None:
    create = ApplyOp(
        target=Target(kind="ConfigMap", name="flags", namespace=namespace, api_version="v1"),
        manifest={
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "flags", "namespace": namespace},
            "data": {"beta": "on"},
        },
    )
    deploy(kube, deployment("my-api", namespace, replicas=1))
    scale = ScaleOp(
        target=Target(kind="Deployment", name="my-api", namespace=namespace), replicas=2
    )
    with _operator(kubeconfig, tmp_path, [create, scale]) as op:
        proposal = op.analyze("create configmap flags, scale my-api", namespace=namespace)
        real = op.gateway.execute

        def lost(o: Operation, current: Any, *, precondition: str | None) -> Any:
            if isinstance(o, ScaleOp):
                raise ClusterUnreachable("connection reset")
            return real(o, current, precondition=precondition)

        op.gateway.execute = lost  # type: ignore[method-assign,assignment]
        with pytest.raises(Interrupted):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
        op.gateway.execute = real  # type: ignore[method-assign]
        path = tmp_path / "sessions" / f"{proposal.session_id}.json"
        saved = tmp_path / "interrupted.json"
        shutil.copy(path, saved)
        assert op.rollback(proposal.session_id).status == "rolled_back"
        assert not exists(kube, "v1", "ConfigMap", "flags", namespace)
        shutil.copy(saved, path)
        again = op.resume if verb == "resume" else op.rollback
        with pytest.raises(RecordTampered, match="already finished") as err:
            again(proposal.session_id)
    assert err.value.exit_code == 9
    assert not exists(kube, "v1", "ConfigMap", "flags", namespace)


# ------------------------------------------------------------------------------ F8
def test_a_symlinked_lock_file_is_refused_and_its_target_untouched(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=1))
    scale = ScaleOp(
        target=Target(kind="Deployment", name="my-api", namespace=namespace), replicas=2
    )
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    with _operator(kubeconfig, tmp_path, [scale]) as op:
        proposal = op.analyze("scale deployment my-api", namespace=namespace)
        lock = tmp_path / "sessions" / f"{proposal.session_id}.lock"
        os.symlink(victim, lock)
        with pytest.raises(ConfigError, match="not a regular file"):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert op.journal.owner(proposal.session_id) is None
    assert victim.read_text() == "precious\n"
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 1
