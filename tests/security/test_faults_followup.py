"""Follow-up of the blind fault test, on the real local control plane.

1. a partial rollback is never reported as verified; 2. a create the plan saw absent never takes
over an object someone else created since; 3. an unwritable journal stops execution with the
session id, what is in place and how to undo it; 4. signal messages name the real session; a
killed session shows as interrupted; reconciled records say what was found; an interrupted
rollback leaves an event; 5. a busy session is a refusal (exit 5), a refused approval still
prints its JSON, the 409 loser is ``blocked``, ``--timeout`` is named as typed; 6. a resume stops
before writing when another writer changed an object the session already wrote.
"""

from __future__ import annotations

import errno
import json
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dotop_nb import cli as cli_main
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import ClusterUnreachable, Interrupted, Terminated
from dotop_nb.ledger import ExecutionLedger
from dotop_nb.models import ApplyOp, Operation, PatchOp, ScaleOp, SetImageOp, Target
from dotop_nb.service import ExecutionRefused, Operator
from dotop_nb.sessions import Journal, JournalUnwritable
from tests.helpers import deploy, deployment, exists
from tests.planners import ScriptedPlanner
from tests.security import processes as cli

pytestmark = pytest.mark.integration
NEVER_READY = "registry.invalid/dotop/never-ready:1"


def _operator(kubeconfig: str, tmp_path: Path, ops: list[Operation]) -> Operator:
    return Operator(
        kubeconfig=kubeconfig,
        planner=ScriptedPlanner(ops),
        sessions=tmp_path / "sessions",
        policies="none",
        validation_timeout=30,
    )


def _lose_answer_of_write(operator: Operator, number: int, *, landed: bool = False) -> None:
    """The answer of write ``number`` (1-based; a write refused with 409 because a controller
    reported status, and retried, counts once) is lost: after it reached the apiserver, or
    before."""
    real = operator.gateway.execute
    sent: list[str] = []

    def lossy(op: Operation, current: Any, *, precondition: str | None) -> Any:
        if len(sent) + 1 != number:
            answer = real(op, current, precondition=precondition)
            sent.append(op.kind)
            return answer
        if landed:
            real(op, current, precondition=precondition)  # a Conflict is retried by the caller
        sent.append(op.kind)
        raise ClusterUnreachable("the connection was reset before the answer came")

    operator.gateway.execute = lossy  # type: ignore[method-assign]


def _replicas(kube: KubeClient, ns: str) -> int:
    return int(kube.get("apps/v1", "Deployment", "api", ns)["spec"]["replicas"])


def _scale_by_someone_else(kube: KubeClient, ns: str, replicas: int) -> None:
    kube.request(
        "PATCH",
        f"/apis/apps/v1/namespaces/{ns}/deployments/api/scale",
        body={"spec": {"replicas": replicas}},
        content_type="application/merge-patch+json",
    )


def _pdb(ns: str, budget: int) -> dict[str, Any]:
    return {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {"name": "api", "namespace": ns},
        "spec": {"maxUnavailable": budget, "selector": {"matchLabels": {"app": "api"}}},
    }


def _ha_ops(ns: str) -> list[Operation]:
    api = Target(kind="Deployment", name="api", namespace=ns)
    pdb = _pdb(ns, 1)
    return [
        PatchOp(target=api, patch_type="strategic", patch={"spec": {"replicas": 3}}),
        ApplyOp(target=Target.of(pdb), manifest=pdb),
    ]


@pytest.fixture
def api(kube: KubeClient, namespace: str) -> str:
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


# ------------------------------------------------------------------ findings 1 and 6
def test_resume_stops_when_another_writer_changed_a_landed_write_and_rollback_is_not_verified(
    kube: KubeClient, api: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = api
    with _operator(kubeconfig, tmp_path, _ha_ops(ns)) as op:
        proposal = op.analyze("make api highly available", namespace=ns)
        assert proposal.status == "proposed", proposal.dry_run
        _lose_answer_of_write(op, 2)  # killed before operation 2 landed
        with pytest.raises(Interrupted):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
    sid = proposal.session_id
    assert _replicas(kube, ns) == 3
    _scale_by_someone_else(kube, ns, 5)

    with _operator(kubeconfig, tmp_path, []) as other, pytest.raises(ExecutionRefused) as err:
        other.resume(sid)
    text = str(err.value)
    assert "deployment/api" in text
    assert "changed by someone else" in text
    assert f"dotop-nb session rollback {sid}" in text
    assert "blocked by policy" not in text
    assert not exists(kube, "policy/v1", "PodDisruptionBudget", "api", ns)  # nothing more written
    assert _replicas(kube, ns) == 5
    record = cli.record(tmp_path, sid)
    assert record["status"] == "interrupted"
    assert "resume_refused" in [e["type"] for e in record["events"]]

    code, doc, stderr = cli.run(
        "session", "rollback", sid, "--output", "json", "--timeout", "30",
        kubeconfig=kubeconfig, tmp_path=tmp_path,
    )  # fmt: skip
    assert code == 7, (doc, stderr)
    assert doc["status"] == "failed"
    verified = doc["rollback"]["verified"]
    assert verified["ok"] is False
    assert any(not c["ok"] and "api" in c["name"] for c in verified["checks"])
    assert "ROLLBACK INCOMPLETE" in doc["message"]
    assert "NOT verified" in doc["message"]
    assert "deployment/api" in doc["message"]
    # The PDB write never landed: settled, not left "write sent; answer not recorded".
    pdb_record = doc["execution"][1]
    assert pdb_record["status"] == "skipped", pdb_record
    assert "never landed" in pdb_record["message"]
    assert _replicas(kube, ns) == 5  # the other writer's change is spared
    code, text_out, _ = cli.run("session", "show", sid, kubeconfig=kubeconfig, tmp_path=tmp_path)
    assert code == 0
    assert "prior state NOT verified — not restored: deployment/api" in text_out
    assert "prior state verified" not in text_out


@pytest.mark.parametrize("landed", [True, False], ids=["landed", "not-landed"])
def test_resume_stops_when_a_written_configmap_was_changed_since(
    landed: bool, kube: KubeClient, api: str, kubeconfig: str, tmp_path: Path
) -> None:
    """The resourceVersion path (a ConfigMap has no generation); the unanswered write is the
    second one, landed or not: either way nothing more is written."""
    ns = api
    settings = Target(kind="ConfigMap", name="settings", namespace=ns)
    ops: list[Operation] = [
        PatchOp(target=settings, patch_type="merge", patch={"data": {"mode": "fast"}}),
        ScaleOp(target=Target(kind="Deployment", name="api", namespace=ns), replicas=4),
        SetImageOp(
            target=Target(kind="Deployment", name="api", namespace=ns),
            container="app",
            image="nginx:1.27",
        ),
    ]
    with _operator(kubeconfig, tmp_path, ops) as op:
        proposal = op.analyze("tune settings and api", namespace=ns)
        assert proposal.status == "proposed", proposal.dry_run
        _lose_answer_of_write(op, 2, landed=landed)
        with pytest.raises(Interrupted):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
    kube.request(
        "PATCH",
        f"/api/v1/namespaces/{ns}/configmaps/settings",
        body={"data": {"mode": "other"}},
        content_type="application/merge-patch+json",
    )
    refused = pytest.raises(ExecutionRefused, match=r"configmap/settings .* changed by someone")
    with _operator(kubeconfig, tmp_path, []) as other, refused:
        other.resume(proposal.session_id)
    dep = kube.get("apps/v1", "Deployment", "api", ns)
    assert dep["spec"]["replicas"] == (4 if landed else 2)
    assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.25"
    assert kube.get("v1", "ConfigMap", "settings", ns)["data"] == {"mode": "other"}


# ------------------------------------------------------------------ finding 2
def _foreign(kind: str, ns: str) -> tuple[ApplyOp, dict[str, Any], str]:
    """(our create, the object someone else creates, its collection path)."""
    if kind == "pdb":
        ours = _pdb(ns, 1)
        theirs = _pdb(ns, 2)
        path = f"/apis/policy/v1/namespaces/{ns}/poddisruptionbudgets"
    else:
        ours = {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "fresh", "namespace": ns},
            "data": {"owner": "dotop"},
        }
        theirs = {**ours, "data": {"owner": "them"}}
        path = f"/api/v1/namespaces/{ns}/configmaps"
    return ApplyOp(target=Target.of(ours), manifest=ours), theirs, path


def _managers(obj: dict[str, Any]) -> set[str]:
    return {m.get("manager", "") for m in obj["metadata"].get("managedFields") or []}


@pytest.mark.parametrize("kind", ["pdb", "configmap"])
def test_a_create_never_takes_over_an_object_created_by_someone_else_since(
    kind: str, kube: KubeClient, api: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = api
    create, theirs, path = _foreign(kind, ns)
    t = create.target
    with _operator(kubeconfig, tmp_path, [create]) as op:
        proposal = op.analyze(f"create {t.kind} {t.name}", namespace=ns)
        assert proposal.status == "proposed", proposal.dry_run
        real = op.gateway.execute

        def someone_creates_it_first(o: Operation, current: Any, *, precondition: Any) -> Any:
            kube.request("POST", path, body=theirs)  # after every check, before our write
            return real(o, current, precondition=precondition)

        op.gateway.execute = someone_creates_it_first  # type: ignore[method-assign,assignment]
        with pytest.raises(ExecutionRefused, match="AlreadyExists") as err:
            op.execute(proposal.session_id, approve=proposal.plan_hash)
        assert "nothing was changed" in str(err.value)
        assert "created by someone else" in str(err.value)
        session = op.session(proposal.session_id)
        # The dry-run is the same create: it is refused by the apiserver too now.
        rehearsal = op.gateway.dry_run(create, current=None)
    assert session.status == "blocked"
    assert [r.status for r in session.execution] == ["failed"]
    assert not rehearsal.ok
    assert "AlreadyExists" in rehearsal.message
    obj = kube.get(t.api_version, t.kind, t.name, ns)
    if kind == "pdb":
        assert obj["spec"]["maxUnavailable"] == 2
    else:
        assert obj["data"] == {"owner": "them"}
    assert "dotop-nb" not in _managers(obj)


def test_a_create_the_plan_saw_absent_is_refused_when_the_object_appeared_before_execution(
    kube: KubeClient, api: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = api
    create, theirs, path = _foreign("pdb", ns)
    with _operator(kubeconfig, tmp_path, [create]) as op:
        proposal = op.analyze("create poddisruptionbudget api", namespace=ns)
        kube.request("POST", path, body=theirs)
        with pytest.raises(ExecutionRefused, match=r"changed since the plan was made|409"):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
    obj = kube.get("policy/v1", "PodDisruptionBudget", "api", ns)
    assert obj["spec"]["maxUnavailable"] == 2
    assert "dotop-nb" not in _managers(obj)


# ------------------------------------------------------------------ finding 3
def _unwritable(
    monkeypatch: pytest.MonkeyPatch, code: int, when: Callable[[dict[str, Any]], bool]
) -> None:
    """The journal's disk fails (``code``) for every save whose record satisfies ``when``."""
    real = Journal._write

    def failing(self: Journal, session_id: str, target: Path, data: str) -> None:
        if when(json.loads(data)):
            raise OSError(code, os.strerror(code))
        real(self, session_id, target, data)

    monkeypatch.setattr(Journal, "_write", failing)


def _second_write(stage: str) -> Callable[[dict[str, Any]], bool]:
    wanted = "writing" if stage == "ahead" else "applied"
    return lambda body: any(
        r["index"] == 1 and r["status"] == wanted for r in body.get("execution", [])
    )


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES], ids=errno.errorcode.get)
@pytest.mark.parametrize("stage", ["ahead", "after"])
def test_an_unwritable_journal_stops_with_the_session_and_what_is_in_place(
    stage: str,
    code: int,
    kube: KubeClient,
    api: str,
    kubeconfig: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ns = api
    target = Target(kind="Deployment", name="api", namespace=ns)
    ops: list[Operation] = [
        ScaleOp(target=target, replicas=3),
        SetImageOp(target=target, container="app", image="nginx:1.27"),
    ]
    with _operator(kubeconfig, tmp_path, ops) as op:
        proposal = op.analyze("scale and update api", namespace=ns)
        sid = proposal.session_id
        with monkeypatch.context() as patch:
            _unwritable(patch, code, _second_write(stage))
            with pytest.raises(JournalUnwritable) as err:
                op.execute(sid, approve=proposal.plan_hash)
    message = str(err.value)
    assert err.value.exit_code == 12
    assert f"session {sid}" in message
    assert "LEFT IN PLACE" in message
    assert "scale" in message
    assert os.strerror(code) in message
    assert "Nothing more is written" in message
    assert f"dotop-nb session rollback {sid}" in message
    dep = kube.get("apps/v1", "Deployment", "api", ns)
    assert dep["spec"]["replicas"] == 3
    image = dep["spec"]["template"]["spec"]["containers"][0]["image"]
    on_disk = cli.record(tmp_path, sid)
    if stage == "ahead":
        # The write-ahead record of operation 2 could not be saved: it was never sent.
        assert image == "nginx:1.25"
        assert [r["status"] for r in on_disk["execution"]] == ["applied"]
    else:
        assert image == "nginx:1.27"
        assert [r["status"] for r in on_disk["execution"]] == ["applied", "writing"]
    assert on_disk["status"] == "executing"  # its lock is free: shown as interrupted

    # Writable again: another process undoes it from the record.
    with _operator(kubeconfig, tmp_path, []) as other:
        session = other.rollback(sid)
    assert session.status == "rolled_back", session.rollback
    dep = kube.get("apps/v1", "Deployment", "api", ns)
    assert dep["spec"]["replicas"] == 2
    assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.25"


def _cli_env(monkeypatch: pytest.MonkeyPatch, kubeconfig: str, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KUBECONFIG", kubeconfig)
    monkeypatch.setenv("DOTOP_SESSIONS", str(tmp_path / "sessions"))
    monkeypatch.setenv("DOTOP_POLICIES", "none")
    monkeypatch.setenv("DOTOP_USER", "tester")


def test_the_cli_says_which_session_an_unwritable_journal_stopped(
    kube: KubeClient,
    api: str,
    kubeconfig: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ns = api
    _cli_env(monkeypatch, kubeconfig, tmp_path)
    with monkeypatch.context() as patch:
        _unwritable(
            patch,
            errno.EROFS,
            lambda body: any(r["status"] == "applied" for r in body.get("execution", [])),
        )
        code = cli_main.main(
            ["operate", "scale api to 3", "-n", ns, "--approve", "--planner", "offline"]
        )
    err = capsys.readouterr().err
    (sid,) = cli.records(tmp_path)
    assert code == 12, err
    assert "unexpected" not in err
    assert f"session {sid}" in err
    assert "LEFT IN PLACE" in err
    assert f"dotop-nb session rollback {sid}" in err
    assert _replicas(kube, ns) == 3
    code, doc, stderr = cli.run(
        "session", "rollback", sid, "--output", "json", "--timeout", "30",
        kubeconfig=kubeconfig, tmp_path=tmp_path,
    )  # fmt: skip
    assert code == 8, (doc, stderr)
    assert _replicas(kube, ns) == 2


# ------------------------------------------------------------------ finding 4
def test_sigterm_names_the_real_session_and_show_marks_a_killed_one_interrupted(
    kube: KubeClient, api: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = api
    for sig in (signal.SIGTERM, signal.SIGKILL):
        proc = cli.start(
            "operate", f"update api to {NEVER_READY}", "-n", ns, "--approve",
            "--planner", "offline", "--timeout", "300", kubeconfig=kubeconfig, tmp_path=tmp_path,
        )  # fmt: skip
        sid, _ = cli.wait_record(
            tmp_path, lambda d: cli.validating(d) and d["status"] == "executing", proc=proc
        )
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=60)
        if sig == signal.SIGTERM:
            assert proc.returncode == 143
            assert f"`dotop-nb session resume {sid}`" in err
            assert f"`dotop-nb session rollback {sid}`" in err
            assert "session resume ID" not in err
        else:
            code, out, _ = cli.run("session", "show", sid, kubeconfig=kubeconfig, tmp_path=tmp_path)
            assert code == 0
            assert "Status: interrupted" in out, out
            assert f"dotop-nb session resume {sid}" in out
            assert f"dotop-nb session rollback {sid}" in out
            code, doc, _ = cli.run(
                "session", "show", sid, "--output", "json", kubeconfig=kubeconfig,
                tmp_path=tmp_path,
            )  # fmt: skip
            assert doc["status"] == "interrupted"
        code, _, err = cli.run(
            "session", "rollback", sid, "--timeout", "60", kubeconfig=kubeconfig, tmp_path=tmp_path
        )
        assert code == 8, err


@pytest.mark.parametrize("where", ["planning", "checks"])
def test_a_signal_before_execution_says_nothing_was_executed(
    where: str,
    kube: KubeClient,
    api: str,
    kubeconfig: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ns = api
    _cli_env(monkeypatch, kubeconfig, tmp_path)

    def stop(*_: Any, **__: Any) -> Any:
        raise Terminated(signal.SIGTERM) if where == "checks" else KeyboardInterrupt

    if where == "planning":
        monkeypatch.setattr(Operator, "analyze", stop)
    else:
        monkeypatch.setattr(ExecutionLedger, "check_new", stop)
    code = cli_main.main(
        ["operate", "scale api to 3", "-n", ns, "--approve", "--planner", "offline"]
    )
    err = capsys.readouterr().err
    assert code == (130 if where == "planning" else 143)
    assert "nothing was" in err
    assert "recorded as interrupted" not in err
    assert "session resume" not in err
    if where == "checks":
        (sid,) = cli.records(tmp_path)
        assert f"session {sid} executed nothing" in err
    assert _replicas(kube, ns) == 2


def test_an_interrupted_rollback_leaves_an_event_and_can_be_finished(
    kube: KubeClient, api: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = api
    scale = ScaleOp(target=Target(kind="Deployment", name="api", namespace=ns), replicas=3)
    update = SetImageOp(target=scale.target, container="app", image="nginx:1.27")
    with _operator(kubeconfig, tmp_path, [scale, update]) as op:
        proposal = op.analyze("scale api", namespace=ns)
        _lose_answer_of_write(op, 2, landed=True)
        with pytest.raises(Interrupted):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
    sid = proposal.session_id
    with _operator(kubeconfig, tmp_path, []) as other:
        real = other.gateway.restore

        def stopped(*_: Any, **__: Any) -> Any:
            other.gateway.restore = real  # type: ignore[method-assign]
            raise Terminated(signal.SIGTERM)

        other.gateway.restore = stopped  # type: ignore[method-assign]
        with pytest.raises(Terminated):
            other.rollback(sid)
    record = cli.record(tmp_path, sid)
    events = [e["type"] for e in record["events"]]
    assert "rollback_requested" in events
    assert "rollback_interrupted" in events
    assert record["status"] == "interrupted"
    assert f"session rollback {sid}" in record["message"]
    with _operator(kubeconfig, tmp_path, []) as again:
        assert again.rollback(sid).status == "rolled_back"
    assert _replicas(kube, ns) == 2


# ------------------------------------------------------------------ finding 5
def test_a_busy_session_is_refused_with_exit_5(
    kube: KubeClient, api: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = api
    scale = ScaleOp(target=Target(kind="Deployment", name="api", namespace=ns), replicas=3)
    with _operator(kubeconfig, tmp_path, [scale]) as op:
        proposal = op.analyze("scale api to 3", namespace=ns)
        _lose_answer_of_write(op, 1, landed=False)
        with pytest.raises(Interrupted):
            op.execute(proposal.session_id, approve=proposal.plan_hash)
        with op.journal.lock(proposal.session_id):
            for action in ("resume", "rollback"):
                code, _, err = cli.run(
                    "session", action, proposal.session_id, kubeconfig=kubeconfig,
                    tmp_path=tmp_path,
                )  # fmt: skip
                assert code == 5, err
                assert "being executed by pid" in err
    assert _replicas(kube, ns) == 2
    assert cli.record(tmp_path, proposal.session_id)["status"] == "interrupted"


def test_a_refused_session_approve_prints_its_json_and_timeout_is_named_as_typed(
    kube: KubeClient, api: str, kubeconfig: str, tmp_path: Path
) -> None:
    ns = api
    code, doc, _ = cli.run(
        "operate", "scale api to 3", "-n", ns, "--planner", "offline", "--output", "json",
        kubeconfig=kubeconfig, tmp_path=tmp_path,
    )  # fmt: skip
    assert code == 3
    sid = doc["session_id"]
    code, doc, err = cli.run(
        "session", "approve", sid, "--hash", "0" * 64, "--output", "json",
        kubeconfig=kubeconfig, tmp_path=tmp_path,
    )  # fmt: skip
    assert code == 5, err
    assert isinstance(doc, dict), doc
    assert sid in json.dumps(doc)
    assert "approval is for plan" in err
    assert _replicas(kube, ns) == 2
    code, _, err = cli.run(
        "operate", "scale api to 3", "-n", ns, "--planner", "offline", "--timeout=nan",
        kubeconfig=kubeconfig, tmp_path=tmp_path,
    )  # fmt: skip
    assert code == 2
    assert "--timeout must be a positive, finite number of seconds" in err
    assert "validation_timeout" not in err
