"""Finding 8: a rollback is verified only when every object is back as it was and not
terminating (never by an empty list of checks), Secret priors stay in the cluster, and a session
runs only on the cluster it was planned on — identified by its CA and kube-system's UID, not by
its URL."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import ClusterUnreachable, Interrupted
from dotop_nb.localcluster import LocalCluster
from dotop_nb.localcluster.launcher import free_port, port_is_free
from dotop_nb.models import DeleteOp, Operation, PatchOp, ScaleOp, SetImageOp, Target, plan_hash
from dotop_nb.service import ExecutionRefused, Operator
from tests.helpers import deploy, deployment, exists, rolled_out, wait_for
from tests.planners import ScriptedPlanner
from tests.security import processes as cli

pytestmark = pytest.mark.integration

NEVER_READY = "registry.invalid/dotop/never-ready:1"


def _operator(kubeconfig: str, tmp_path: Path, ops: list[Operation], **kw: Any) -> Operator:
    return Operator(
        kubeconfig=kubeconfig,
        planner=ScriptedPlanner(ops),
        sessions=tmp_path / "sessions",
        policies="none",
        validation_timeout=kw.pop("validation_timeout", 30),
        **kw,
    )


def _api(ns: str) -> Target:
    return Target(kind="Deployment", name="api", namespace=ns)


def test_a_recreated_object_still_terminating_is_not_verified_until_it_is_back(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("api", namespace, image="nginx:1.25", replicas=1))
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {
                "name": "settings",
                "namespace": namespace,
                "finalizers": ["dotop.test/hold"],
            },
            "data": {"mode": "slow"},
        }
    )
    cm = Target(kind="ConfigMap", name="settings", namespace=namespace)
    ops: list[Operation] = [
        DeleteOp(target=cm, propagation="Background"),
        SetImageOp(target=_api(namespace), container="app", image=NEVER_READY),
    ]
    with _operator(kubeconfig, tmp_path, ops, validation_timeout=4) as op:
        proposal = op.analyze("delete and update", namespace=namespace)
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
        assert session.status == "failed", session.message
        assert "ROLLBACK INCOMPLETE" in session.message
        assert session.rollback is not None
        steps = {s.target.kind: s for s in session.rollback.steps}
        assert not steps["ConfigMap"].ok
        assert "still terminating" in steps["ConfigMap"].message
        assert steps["Deployment"].ok
        live = kube.get("v1", "ConfigMap", "settings", namespace)
        assert live["metadata"].get("deletionTimestamp")  # never called "restored"

        # The finalizer goes; a second rollback, from the record, re-creates it.
        kube.request(
            "PATCH",
            f"/api/v1/namespaces/{namespace}/configmaps/settings",
            body={"metadata": {"finalizers": None}},
            content_type="application/merge-patch+json",
        )
        session = op.rollback(proposal.session_id)
    assert session.status == "rolled_back", session.rollback
    assert session.rollback is not None
    assert session.rollback.verified is not None
    assert session.rollback.verified.ok
    names = [c.name for c in session.rollback.verified.checks]
    assert any("configmap/settings" in n for n in names)
    back = kube.get("v1", "ConfigMap", "settings", namespace)
    assert back["data"] == {"mode": "slow"}
    assert not back["metadata"].get("deletionTimestamp")
    dep = wait_for(lambda: rolled_out(kube, "api", namespace), what="restored rollout")
    assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.25"
    # The prior state had the finalizer, so the re-created object has it: let the test's
    # namespace go away afterwards.
    assert back["metadata"]["finalizers"] == ["dotop.test/hold"]
    kube.request(
        "PATCH",
        f"/api/v1/namespaces/{namespace}/configmaps/settings",
        body={"metadata": {"finalizers": None}},
        content_type="application/merge-patch+json",
    )


def _secret(kube: KubeClient, ns: str) -> None:
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "db", "namespace": ns},
            "stringData": {"password": "s3cr3t-value-42", "user": "app"},
        }
    )


def _data(kube: KubeClient, ns: str) -> dict[str, str]:
    """The Secret's data, decoded."""
    data = kube.get("v1", "Secret", "db", ns).get("data") or {}
    return {k: base64.b64decode(v).decode() for k, v in data.items()}


def _backups(kube: KubeClient, ns: str) -> list[str]:
    return [
        s["metadata"]["name"]
        for s in kube.list("v1", "Secret", ns, label_selector="dotop-nb.dev/session")
    ]


def _db(ns: str) -> Target:
    return Target(kind="Secret", name="db", namespace=ns)


# Plans never carry Secret values (see dotop_nb/cluster/screen.py): these changes carry none,
# yet change the Secret's data, so its prior (with the values) must be kept to restore it.
def _move_password(ns: str) -> PatchOp:
    """`move` inside data: password's value goes to key `previous` — added and removed keys."""
    return PatchOp(
        target=_db(ns),
        patch_type="json",
        patch=[{"op": "move", "from": "/data/password", "path": "/data/previous"}],
    )


def _watch_backups(op: Operator, kube: KubeClient, ns: str) -> list[list[str]]:
    """The backup Secrets present at each write, just before it is sent."""
    seen: list[list[str]] = []
    real = op.gateway.execute

    def watch(o: Operation, current: Any, *, precondition: str | None) -> Any:
        seen.append(_backups(kube, ns))
        return real(o, current, precondition=precondition)

    op.gateway.execute = watch  # type: ignore[method-assign,assignment]
    return seen


def test_a_secret_prior_is_kept_in_the_cluster_and_restored_by_rollback(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("api", namespace, image="nginx:1.25", replicas=1))
    _secret(kube, namespace)
    ops: list[Operation] = [
        _move_password(namespace),
        SetImageOp(target=_api(namespace), container="app", image=NEVER_READY),
    ]
    with _operator(kubeconfig, tmp_path, ops, validation_timeout=4) as op:
        proposal = op.analyze("move the db password and update api", namespace=namespace)
        assert proposal.status == "proposed", proposal.dry_run
        seen = _watch_backups(op, kube, namespace)
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert session.status == "rolled_back", (session.message, session.rollback)
    # The Secret change itself took effect (validation failed on the image, not on it).
    assert session.validation is not None
    checks = {c.name: c for c in session.validation.checks}
    assert checks[f"{_db(namespace).describe()} present"].ok, checks
    backup = f"dotop-prior-{proposal.session_id}-0"
    assert seen[0] == [backup]  # created before the write
    assert session.execution[0].prior_ref == backup
    # Restored from the backup in the cluster: the removed key is back with its value.
    assert _data(kube, namespace) == {"password": "s3cr3t-value-42", "user": "app"}
    assert session.rollback is not None
    assert session.rollback.verified is not None
    assert session.rollback.verified.ok
    assert _backups(kube, namespace) == []  # deleted after the verified rollback
    record = (tmp_path / "sessions" / f"{proposal.session_id}.json").read_text()
    for value in ("s3cr3t-value-42", base64.b64encode(b"s3cr3t-value-42").decode()):
        assert value not in record


def test_a_rollback_that_cannot_run_is_never_verified(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    _secret(kube, namespace)
    remove = PatchOp(
        target=_db(namespace),
        patch_type="json",
        patch=[{"op": "remove", "path": "/data/password"}],
    )
    with _operator(kubeconfig, tmp_path, [remove]) as op:
        proposal = op.analyze("remove the db password", namespace=namespace)
        assert proposal.status == "proposed", proposal.dry_run
        real = op.gateway.execute

        def lost(o: Operation, current: Any, *, precondition: str | None) -> Any:
            real(o, current, precondition=precondition)
            raise ClusterUnreachable("connection reset")

        op.gateway.execute = lost  # type: ignore[method-assign,assignment]
        with pytest.raises(Interrupted):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
        assert _data(kube, namespace) == {"user": "app"}  # the write landed
        backups = _backups(kube, namespace)
        assert backups == [f"dotop-prior-{proposal.session_id}-0"]
        for name in backups:  # the prior is lost
            kube.request("DELETE", f"/api/v1/namespaces/{namespace}/secrets/{name}")
        session = op.rollback(proposal.session_id)
    assert session.status == "failed"
    assert session.rollback is not None
    assert session.rollback.performed
    assert not session.rollback.steps[0].ok
    assert "is gone" in session.rollback.steps[0].message
    assert session.rollback.verified is not None
    assert not session.rollback.verified.ok
    assert session.rollback.verified.checks  # the reason, never an empty "ok"
    assert "is gone" in session.rollback.verified.checks[0].message
    assert _data(kube, namespace) == {"user": "app"}  # honestly reported as not restored


def test_a_successful_run_leaves_no_secret_backup(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    _secret(kube, namespace)
    change = PatchOp(
        target=_db(namespace),
        patch_type="merge",
        patch={"metadata": {"labels": {"rotated": "yes"}}, "data": {"user": None}},
    )
    with _operator(kubeconfig, tmp_path, [change]) as op:
        proposal = op.analyze("label db and drop its user key", namespace=namespace)
        assert proposal.status == "proposed", proposal.dry_run
        seen = _watch_backups(op, kube, namespace)
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert session.status == "executed", session.message
    assert seen == [[f"dotop-prior-{proposal.session_id}-0"]]  # kept while it was needed
    assert _backups(kube, namespace) == []  # and dropped after the validated success
    assert _data(kube, namespace) == {"password": "s3cr3t-value-42"}
    labels = kube.get("v1", "Secret", "db", namespace)["metadata"]["labels"]
    assert labels["rotated"] == "yes"


# ------------------------------------------------------------------------------ identity
def test_a_session_planned_on_one_cluster_is_refused_on_another_at_the_same_url(
    tmp_path: Path, kubeconfig: str
) -> None:
    port = free_port()
    first = LocalCluster(tmp_path / "first", name="first")
    first.up(apiserver_port=port)
    try:
        kube = KubeClient(kubeconfig=str(first.kubeconfig))
        kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}})
        deploy(kube, deployment("api", "shop", replicas=1, probe=False))
        kube.close()
        scale = ScaleOp(target=_api("shop"), replicas=3)
        with _operator(str(first.kubeconfig), tmp_path, [scale]) as op:
            proposal = op.analyze("scale api to 3", namespace="shop")
        assert proposal.cluster.ca_sha256
        assert proposal.cluster.kube_system_uid
    finally:
        first.down()

    second = LocalCluster(tmp_path / "second", name="second")
    # The old apiserver's closed connections may hold the port for a while (TIME_WAIT).
    wait_for(lambda: port_is_free(port), what=f"port {port} free again", timeout=120, interval=1)
    second.up(apiserver_port=port)  # a new cluster at the very same URL
    try:
        kube = KubeClient(kubeconfig=str(second.kubeconfig))
        kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}})
        deploy(kube, deployment("api", "shop", replicas=1, probe=False))
        before = kube.get("apps/v1", "Deployment", "api", "shop")
        with _operator(str(second.kubeconfig), tmp_path, [scale]) as op:
            assert op.gateway.identity.server == proposal.cluster.server
            with pytest.raises(ExecutionRefused, match="planned on cluster ca:") as err:
                op.execute(proposal.session_id, approve=proposal.plan_hash)
            assert "not by its URL" in (err.value.hint or "")
        code, _, stderr = cli.run(
            "session", "approve", proposal.session_id, "--hash", proposal.plan_hash,
            kubeconfig=str(second.kubeconfig), tmp_path=tmp_path,
        )  # fmt: skip
        assert code == 5, stderr
        after = kube.get("apps/v1", "Deployment", "api", "shop")
        assert after["metadata"]["resourceVersion"] == before["metadata"]["resourceVersion"]
        assert after["spec"]["replicas"] == 1
        kube.close()
    finally:
        second.down()


def test_an_older_record_without_cluster_identity_is_refused_clearly(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("api", namespace, replicas=1, probe=False))
    with _operator(kubeconfig, tmp_path, [ScaleOp(target=_api(namespace), replicas=2)]) as op:
        proposal = op.analyze("scale api to 2", namespace=namespace)
        # As an older dotop-nb wrote it: no identity fields, a hash computed without them. Built
        # through the journal, which signs what it saves: the record is authentic, only old.
        session = op.session(proposal.session_id)
        old = session.proposal
        legacy = old.cluster.model_copy(update={"ca_sha256": "", "kube_system_uid": ""})
        digest = plan_hash(
            operations=old.operations,
            cluster=legacy,
            namespace=old.namespace,
            target_versions=old.target_versions,
        )
        session.proposals = [
            p.model_copy(update={"cluster": legacy, "plan_hash": digest})
            if p is old
            else p.model_copy(
                update={
                    "cluster": p.cluster.model_copy(update={"ca_sha256": "", "kube_system_uid": ""})
                }
            )
            for p in session.proposals
        ]
        op.journal.save(session)
        stored = op.session(proposal.session_id)  # readable, and its signature verifies
        assert stored.proposal.cluster.ca_sha256 == ""
        assert stored.proposal.cluster.kube_system_uid == ""
        assert stored.proposal.compute_hash() == digest
        with pytest.raises(ExecutionRefused, match="without a cluster identity"):
            op.execute(proposal.session_id, approve=digest, interactive=True)
    assert kube.get("apps/v1", "Deployment", "api", namespace)["spec"]["replicas"] == 1
    assert not exists(kube, "v1", "Secret", "dotop-prior-x", namespace)
