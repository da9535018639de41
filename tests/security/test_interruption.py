"""Finding 6: interrupted execution — by a signal, a lost answer or an outage — is recorded ahead
and can be resumed to completion or rolled back to the state before its first operation, from
another process. Real `dotop-nb` processes are killed while they validate a never-ready image
(the local cluster's kwok stages keep such pods unready)."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dotop_nb import runbooks
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import ClusterUnreachable, ConfigError, Interrupted
from dotop_nb.localcluster import LocalCluster
from dotop_nb.models import (
    ApplyOp,
    DeleteOp,
    Operation,
    PatchOp,
    ScaleOp,
    SetImageOp,
    Target,
)
from dotop_nb.service import ExecutionRefused, Operator
from tests.helpers import deploy, deployment, exists, rolled_out, wait_for
from tests.integration.test_magic import MIME, Notebook, nb
from tests.planners import ScriptedPlanner
from tests.security import processes as cli

pytestmark = pytest.mark.integration
__all__ = ["nb"]  # the notebook fixture of the magic tests

NEVER_READY = "registry.invalid/dotop/never-ready:1"
EXIT = {signal.SIGKILL: -signal.SIGKILL, signal.SIGTERM: 143, signal.SIGINT: 130}


def image(kube: KubeClient, name: str, ns: str) -> str:
    dep = kube.get("apps/v1", "Deployment", name, ns)
    return str(dep["spec"]["template"]["spec"]["containers"][0]["image"])


def kill_during_validation(
    sig: signal.Signals, intent: str, ns: str, kubeconfig: str, tmp_path: Path
) -> tuple[str, dict[str, Any]]:
    """Start `operate INTENT --approve`, signal it once every operation is applied and it is
    validating; the session id and its record afterwards."""
    proc = cli.start(
        "operate", intent, "-n", ns, "--approve", "--planner", "offline", "--timeout", "300",
        kubeconfig=kubeconfig, tmp_path=tmp_path,
    )  # fmt: skip
    sid, _ = cli.wait_record(tmp_path, cli.validating, proc=proc)
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    assert proc.returncode == EXIT[sig]
    return sid, cli.record(tmp_path, sid)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=str)
def test_a_signal_during_validation_leaves_a_session_another_process_rolls_back(
    sig: signal.Signals, kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("api", namespace, image="nginx:1.25", replicas=2))
    sid, record = kill_during_validation(
        sig, f"update api to {NEVER_READY}", namespace, kubeconfig, tmp_path
    )
    # SIGKILL leaves no chance to write: the record says executing, its lock is free.
    assert record["status"] == ("executing" if sig == signal.SIGKILL else "interrupted")
    if sig != signal.SIGKILL:
        assert f"dotop-nb session rollback {sid}" in record["message"]
    written = record["execution"][0]
    assert written["status"] == "applied"
    assert written["prior"]["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.25"
    assert image(kube, "api", namespace) == NEVER_READY

    code, listing, _ = cli.run("session", "list", kubeconfig=kubeconfig, tmp_path=tmp_path)
    assert code == 0
    assert "interrupted" in listing  # a dead owner is detected at once

    # An approval or a rejection cannot end it; resume and rollback can.
    code, _, err = cli.run("session", "reject", sid, kubeconfig=kubeconfig, tmp_path=tmp_path)
    assert code == 5, err
    assert f"session rollback {sid}" in err

    code, doc, err = cli.run(
        "session", "rollback", sid, "--output", "json", "--timeout", "60", "--approver", "erin",
        kubeconfig=kubeconfig, tmp_path=tmp_path,
    )  # fmt: skip
    assert code == 8, (doc, err)
    assert doc["status"] == "rolled_back"
    # Recorded under who rolled it back (not the approver, not the configured user "tester").
    events = [(e["type"], e["detail"]) for e in cli.record(tmp_path, sid)["events"]]
    assert ("rollback_requested", "by erin") in events
    assert cli.record(tmp_path, sid)["message"].startswith("rolled back on request by erin; ")
    assert doc["rollback"]["verified"]["ok"] is True
    assert doc["rollback"]["verified"]["checks"]
    assert image(kube, "api", namespace) == "nginx:1.25"
    dep = wait_for(lambda: rolled_out(kube, "api", namespace), what="restored rollout")
    assert dep["status"]["readyReplicas"] == 2
    assert cli.record(tmp_path, sid)["status"] == "rolled_back"

    code, _, err = cli.run("session", "rollback", sid, kubeconfig=kubeconfig, tmp_path=tmp_path)
    assert code == 5, err
    assert "no interrupted execution" in err


def test_resume_from_another_process_completes_a_killed_execution(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    """Validation waits for capacity (pods pinned to a node label nobody has); the process is
    killed; capacity arrives; `session resume` in a new process finishes without re-applying."""
    pool = f"dotop-test-{namespace[-6:]}"
    manifest = deployment("api", namespace, replicas=1)
    manifest["spec"]["template"]["spec"]["nodeSelector"] = {"dotop-test/pool": pool}
    kube.apply(manifest)
    node = kube.list("v1", "Node")[0]["metadata"]["name"]
    try:
        sid, record = kill_during_validation(
            signal.SIGKILL, "scale api to 2", namespace, kubeconfig, tmp_path
        )
        assert record["status"] == "executing"
        generation = kube.get("apps/v1", "Deployment", "api", namespace)["metadata"]["generation"]
        kube.request(
            "PATCH",
            f"/api/v1/nodes/{node}",
            body={"metadata": {"labels": {"dotop-test/pool": pool}}},
            content_type="application/merge-patch+json",
        )
        code, doc, err = cli.run(
            "session", "resume", sid, "--output", "json", "--timeout", "60", "--approver", "frank",
            kubeconfig=kubeconfig, tmp_path=tmp_path,
        )  # fmt: skip
        assert code == 0, (doc, err)
        assert doc["status"] == "executed"
        dep = kube.get("apps/v1", "Deployment", "api", namespace)
        assert dep["metadata"]["generation"] == generation  # not applied twice
        assert dep["spec"]["replicas"] == 2
        assert dep["status"]["readyReplicas"] == 2
        events = [e["type"] for e in cli.record(tmp_path, sid)["events"]]
        assert events.count("operation_applied") == 1
        resumed = [
            e["detail"] for e in cli.record(tmp_path, sid)["events"] if e["type"] == "resumed"
        ]
        assert resumed == ["by frank"]  # who resumed it, as given by --approver
    finally:
        kube.request(
            "PATCH",
            f"/api/v1/nodes/{node}",
            body={"metadata": {"labels": {"dotop-test/pool": None}}},
            content_type="application/merge-patch+json",
        )


# ------------------------------------------------------------------------------ lost answers
def _lost_cases(ns: str) -> dict[str, Operation]:
    api = Target(kind="Deployment", name="api", namespace=ns)
    cm = Target(kind="ConfigMap", name="settings", namespace=ns)
    sidecar = {"name": "side", "image": "nginx:1.25"}
    return {
        "scale": ScaleOp(target=api, replicas=3),
        "set_image": SetImageOp(target=api, container="app", image="nginx:1.27"),
        # Not idempotent: sent twice it would add the container twice (and be refused).
        "json_patch": PatchOp(
            target=api,
            patch_type="json",
            patch=[{"op": "add", "path": "/spec/template/spec/containers/-", "value": sidecar}],
        ),
        "apply_create": ApplyOp(
            target=Target(kind="ConfigMap", name="fresh", namespace=ns),
            manifest={
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "fresh", "namespace": ns},
                "data": {"a": "1"},
            },
        ),
        "delete": DeleteOp(target=cm, propagation="Background"),
    }


def _effect(kube: KubeClient, ns: str, kind: str) -> Any:
    if kind == "apply_create":
        found = exists(kube, "v1", "ConfigMap", "fresh", ns)
        return kube.get("v1", "ConfigMap", "fresh", ns)["data"] if found else None
    if kind == "delete":
        return exists(kube, "v1", "ConfigMap", "settings", ns)
    spec = kube.get("apps/v1", "Deployment", "api", ns)["spec"]
    containers = spec["template"]["spec"]["containers"]
    return {
        "scale": spec["replicas"],
        "set_image": containers[0]["image"],
        "json_patch": [c["name"] for c in containers],
    }[kind]


EXPECTED = {
    "scale": 3,
    "set_image": "nginx:1.27",
    "json_patch": ["app", "side"],
    "apply_create": {"a": "1"},
    "delete": False,
}
BEFORE = {
    "scale": 2,
    "set_image": "nginx:1.25",
    "json_patch": ["app"],
    "apply_create": None,
    "delete": True,
}


def _operator(kubeconfig: str, tmp_path: Path, ops: list[Operation]) -> Operator:
    return Operator(
        kubeconfig=kubeconfig,
        planner=ScriptedPlanner(ops),
        sessions=tmp_path / "sessions",
        policies="none",
        validation_timeout=60,
    )


def _lose_answer(operator: Operator, *, landed: bool) -> None:
    """The next write's answer is lost: after it reached the apiserver, or before."""
    real = operator.gateway.execute

    def lost(op: Operation, current: Any, *, precondition: str | None) -> Any:
        operator.gateway.execute = real  # type: ignore[method-assign]
        if landed:
            real(op, current, precondition=precondition)
        raise ClusterUnreachable("the connection was reset before the answer came")

    operator.gateway.execute = lost  # type: ignore[method-assign]


@pytest.fixture
def lost_world(kube: KubeClient, namespace: str) -> str:
    deploy(kube, deployment("api", namespace, image="nginx:1.25", replicas=2, probe=False))
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "settings", "namespace": namespace},
            "data": {"mode": "slow"},
        }
    )
    return namespace


@pytest.mark.parametrize("landed", [True, False], ids=["landed", "not-landed"])
@pytest.mark.parametrize("kind", list(EXPECTED))
def test_a_lost_answer_is_reconciled_by_reading_back_and_resumed_once(
    kind: str, landed: bool, kube: KubeClient, lost_world: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = lost_world
    with _operator(kubeconfig, tmp_path, [_lost_cases(ns)[kind]]) as op:
        proposal = op.analyze(f"do {kind}", namespace=ns)
        assert proposal.status == "proposed", proposal.dry_run
        _lose_answer(op, landed=landed)
        with pytest.raises(Interrupted, match="session resume") as err:
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
        assert err.value.exit_code == 12
        stored = op.session(proposal.session_id)
        assert stored.status == "interrupted"
        assert [r.status for r in stored.execution] == ["writing"]
        planned = next(iter(proposal.target_versions.values()))
        assert stored.execution[0].precondition == (planned or None)
        assert _effect(kube, ns, kind) == (EXPECTED[kind] if landed else BEFORE[kind])

        session = op.resume(proposal.session_id)
        assert session.status == "executed", (session.message, session.validation)
        assert _effect(kube, ns, kind) == EXPECTED[kind]
        assert any(e.type == "reconciled" for e in session.events)
        assert session.execution[0].status == "applied"


@pytest.mark.parametrize("landed", [True, False], ids=["landed", "not-landed"])
def test_a_lost_answer_can_be_rolled_back_instead(
    landed: bool, kube: KubeClient, lost_world: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = lost_world
    before = kube.get("apps/v1", "Deployment", "api", ns)
    with _operator(kubeconfig, tmp_path, [_lost_cases(ns)["set_image"]]) as op:
        proposal = op.analyze("set image", namespace=ns)
        _lose_answer(op, landed=landed)
        with pytest.raises(Interrupted):
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    with _operator(kubeconfig, tmp_path, []) as other:  # another engine, from the record only
        session = other.rollback(proposal.session_id)
    assert session.status == "rolled_back", session.rollback
    assert session.rollback is not None
    assert session.rollback.verified is not None
    assert session.rollback.verified.ok
    assert session.rollback.verified.checks
    assert image(kube, "api", ns) == "nginx:1.25"
    after = kube.get("apps/v1", "Deployment", "api", ns)
    if not landed:  # nothing to restore: no write at all
        assert after["metadata"]["generation"] == before["metadata"]["generation"]


# ------------------------------------------------------------------------------ outage
@pytest.fixture
def own_cluster(tmp_path: Path, kubeconfig: str) -> Iterator[LocalCluster]:
    cluster = LocalCluster(tmp_path / "outage", name="outage")
    cluster.up()
    try:
        yield cluster
    finally:
        state = cluster.state()
        if state:
            for component in state.components:
                if component.alive():
                    os.kill(component.pid, signal.SIGCONT)
        cluster.down()


def test_rollback_after_an_outage_between_two_operations_restores_the_state_before_the_first(
    own_cluster: LocalCluster, tmp_path: Path
) -> None:
    config = str(own_cluster.kubeconfig)
    kube = KubeClient(kubeconfig=config)
    kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}})
    deploy(kube, deployment("api", "shop", image="nginx:1.25", replicas=1))
    api = Target(kind="Deployment", name="api", namespace="shop")
    ops: list[Operation] = [
        ScaleOp(target=api, replicas=3),
        SetImageOp(target=api, container="app", image="nginx:1.27"),
    ]
    state = own_cluster.state()
    assert state is not None
    apiserver = next(c for c in state.components if c.name == "kube-apiserver")
    operator = Operator(
        kubeconfig=config,
        planner=ScriptedPlanner(ops),
        sessions=tmp_path / "sessions",
        policies="none",
        request_timeout=2,
        validation_timeout=30,
    )
    proposal = operator.analyze("scale and update", namespace="shop")
    real = operator.gateway.execute
    calls: list[str] = []

    def outage_at_second(op: Operation, current: Any, *, precondition: str | None) -> Any:
        # The apiserver stops after the second write was recorded ahead: its request waits in
        # the socket and may land when the apiserver continues, after the client gave up.
        calls.append(op.kind)
        if len(calls) == 2:
            os.kill(apiserver.pid, signal.SIGSTOP)
        return real(op, current, precondition=precondition)

    operator.gateway.execute = outage_at_second  # type: ignore[method-assign]
    with pytest.raises(Interrupted) as err:
        operator.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert err.value.exit_code == 12
    operator.close()
    os.kill(apiserver.pid, signal.SIGCONT)

    record = cli.record(tmp_path, proposal.session_id)
    assert record["status"] == "interrupted"
    assert [r["status"] for r in record["execution"]] == ["applied", "writing"]
    assert record["execution"][1]["prior"]["spec"]["replicas"] == 3  # captured after op 1
    assert record["execution"][0]["prior"]["spec"]["replicas"] == 1

    code, doc, stderr = cli.run(
        "session", "rollback", proposal.session_id, "--output", "json", "--timeout", "60",
        kubeconfig=config, tmp_path=tmp_path,
    )  # fmt: skip
    assert code == 8, (doc, stderr)
    dep = wait_for(lambda: rolled_out(kube, "api", "shop"), what="restored rollout")
    assert dep["spec"]["replicas"] == 1  # the state before operation 1, not after it
    assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.25"
    kube.close()


def test_resume_and_rollback_refuse_sessions_that_were_not_interrupted(
    kube: KubeClient, lost_world: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = lost_world
    with _operator(kubeconfig, tmp_path, [_lost_cases(ns)["scale"]]) as op:
        proposal = op.analyze("scale", namespace=ns)
        for call in (op.resume, op.rollback):
            with pytest.raises(ExecutionRefused, match="no interrupted execution"):
                call(proposal.session_id)
        assert (
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True).status
            == "executed"
        )
        for call in (op.resume, op.rollback):
            with pytest.raises(ExecutionRefused, match="no interrupted execution"):
                call(proposal.session_id)
    assert kube.get("apps/v1", "Deployment", "api", ns)["spec"]["replicas"] == 3


# ------------------------------------------------------------------------------ the magic
def test_the_magic_resumes_and_rolls_back_interrupted_sessions(
    nb: Notebook, kube: KubeClient, lost_world: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = lost_world
    ids = []
    for replicas in (3, 4):
        scale = ScaleOp(
            target=Target(kind="Deployment", name="api", namespace=ns), replicas=replicas
        )
        with _operator(kubeconfig, tmp_path, [scale]) as op:
            proposal = op.analyze("scale", namespace=ns)
            _lose_answer(op, landed=True)
            with pytest.raises(Interrupted):
                op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
        ids.append(proposal.session_id)
        if replicas == 3:
            cell = nb.ok(f"%operate rollback {proposal.session_id}")
            assert cell.record.data[MIME]["status"] == "rolled_back"
            assert kube.get("apps/v1", "Deployment", "api", ns)["spec"]["replicas"] == 2
    cell = nb.ok(f"%operate resume {ids[1]}")
    assert cell.record.data[MIME]["status"] == "executed"
    assert kube.get("apps/v1", "Deployment", "api", ns)["spec"]["replicas"] == 4
    failed = nb.run(f"%operate resume {ids[1]}")
    assert "no interrupted execution" in str(failed.error)


# ------------------------------------------------------------------------------ timeouts
@pytest.mark.parametrize("bad", ["nan", "inf", "-1", "0", "-inf"])
def test_a_bad_timeout_is_refused_before_anything_changes(
    bad: str, kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("api", namespace, replicas=2, probe=False))
    rv = kube.get("apps/v1", "Deployment", "api", namespace)["metadata"]["resourceVersion"]
    code, _, err = cli.run(
        "operate", "scale api to 3", "-n", namespace, "--approve", "--planner", "offline",
        f"--timeout={bad}", kubeconfig=kubeconfig, tmp_path=tmp_path,
    )  # fmt: skip
    assert code == 2, err
    assert "timeout must be a positive, finite number of seconds" in err
    assert not cli.records(tmp_path)  # not even planned
    with pytest.raises(ConfigError, match="validation_timeout"):
        Operator(kubeconfig=kubeconfig, validation_timeout=float(bad))
    with pytest.raises(ConfigError, match="validation_timeout"):
        runbooks.operate(
            "scale api to 3", namespace=namespace, approve=True, validation_timeout=float(bad)
        )
    after = kube.get("apps/v1", "Deployment", "api", namespace)["metadata"]["resourceVersion"]
    assert after == rv
