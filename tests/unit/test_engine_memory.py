"""The service and the executor end to end over the in-memory cluster (no control plane).

The real Operator — gateway, gate, policies, executor, validation, rollback, journal — runs on
:class:`~dotop_nb.cluster.memory.MemoryCluster`; each test takes milliseconds. The same
behaviours on the real control plane are in ``tests/integration`` and ``tests/security``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.errors import ConfigError, Interrupted
from dotop_nb.models import Operation, ScaleOp, Session, SetImageOp, Target
from dotop_nb.ports import ClusterReader, PlanRequest, PlanResult
from dotop_nb.service import ExecutionRefused
from tests.helpers import deployment
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)

API = Target(kind="Deployment", name="my-api", namespace="shop")


def replicas(cluster: MemoryCluster, name: str = "my-api") -> int:
    obj = cluster.get("apps/v1", "Deployment", name, "shop")
    assert obj is not None
    return int(obj["spec"]["replicas"])


def image(cluster: MemoryCluster) -> str:
    obj = cluster.get("apps/v1", "Deployment", "my-api", "shop")
    assert obj is not None
    return str(obj["spec"]["template"]["spec"]["containers"][0]["image"])


def plain(operations: list[Operation]) -> list[dict[str, object]]:
    """Operations without the planner's free-text reason."""
    return [o.model_dump(exclude={"reason"}) for o in operations]


class Fixed:
    """A planner that proposes given operations (the service's handling, not planning, is
    under test)."""

    name = "fixed"
    model: str | None = None

    def __init__(self, *operations: Operation) -> None:
        self.operations = list(operations)

    def plan(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        return PlanResult(operations=list(self.operations), analysis="fixed plan")


# ------------------------------------------------------------------------------ service
def test_analyze_dry_runs_records_and_reports_progress(tmp_path: Path) -> None:
    seen: list[str] = []
    cluster, op = engine(
        tmp_path, deployment("my-api", "shop"), progress=lambda s: seen.append(s.status)
    )
    writes = len(cluster.requests)
    p = op.analyze("scale my-api to 5 replicas", namespace="shop")
    assert p.status == "proposed"
    assert plain(p.operations) == plain([ScaleOp(target=API, replicas=5)])
    assert [(d.ok, d.action) for d in p.dry_run] == [(True, "update")]
    assert [(c.path, c.before, c.after) for c in p.dry_run[0].diff] == [("spec.replicas", 2, 5)]
    assert (
        p.target_versions[API.key]
        == cluster.get("apps/v1", "Deployment", "my-api", "shop")["metadata"]["resourceVersion"]
    )  # type: ignore[index]
    assert replicas(cluster) == 2  # the dry-run stored nothing
    assert not any(m in ("POST", "PUT", "DELETE") for m, _ in cluster.requests[writes:])
    assert seen == ["proposed"]
    assert op.session(p.session_id).proposal.plan_hash == p.plan_hash


def test_refine_replans_and_the_old_hash_is_refused(tmp_path: Path) -> None:
    cluster, op = engine(tmp_path, deployment("my-api", "shop"))
    first = op.analyze("scale my-api to 5 replicas", namespace="shop")
    second = op.refine(first.session_id, "use 4 instead")
    assert second.revision == 2
    assert plain(second.operations) == plain([ScaleOp(target=API, replicas=4)])
    with pytest.raises(ExecutionRefused, match="current plan is"):
        op.execute(first.session_id, approve=first.plan_hash, interactive=True)
    assert replicas(cluster) == 2
    done = op.execute(second.session_id, approve=second.plan_hash, interactive=True)
    assert (done.status, replicas(cluster)) == ("executed", 4)


def test_a_rejected_session_never_executes(tmp_path: Path) -> None:
    cluster, op = engine(tmp_path, deployment("my-api", "shop"))
    p = op.analyze("scale my-api to 5 replicas", namespace="shop")
    s = op.reject(p.session_id, reason="not today")
    assert (s.status, s.rejected_by, s.message) == (
        "rejected",
        "alice",
        "rejected by alice: not today",
    )
    with pytest.raises(ExecutionRefused, match="was rejected by alice"):
        op.execute(p.session_id, approve=p.plan_hash, interactive=True)
    assert replicas(cluster) == 2


def test_a_policy_denial_blocks_the_proposal_and_its_execution(tmp_path: Path) -> None:
    policies = tmp_path / "org"
    policies.mkdir()
    (policies / "cap.yaml").write_text(
        "id: cap\nname: Cap\ndescription: at most 4 replicas\neffect: deny\n"
        "rules:\n  max_replicas: 4\n",
        encoding="utf-8",
    )
    cluster, op = engine(tmp_path, deployment("my-api", "shop"), policies=policies)
    p = op.analyze("scale my-api to 5 replicas", namespace="shop")
    assert p.status == "blocked"
    assert [(d.policy_id, d.effect) for d in p.policy if d.effect == "deny"] == [("cap", "deny")]
    with pytest.raises(ExecutionRefused, match="cap"):
        op.execute(p.session_id, approve=p.plan_hash, interactive=True)
    assert replicas(cluster) == 2


def test_statuses_for_questions_failed_dry_runs_and_missing_namespaces(tmp_path: Path) -> None:
    _cluster, op = engine(tmp_path, deployment("my-api", "shop"), deployment("my-web", "shop"))
    assert op.analyze("scale it", namespace="shop").status == "needs_clarification"
    with pytest.raises(ConfigError, match="namespace 'nowhere' does not exist"):
        op.analyze("scale my-api to 3", namespace="nowhere")
    op.planner = Fixed(SetImageOp(target=API, container="sidecar", image="nginx:1.27"))
    p = op.analyze("update the sidecar", namespace="shop")
    assert p.status == "dry_run_failed"
    assert "container 'sidecar' not found" in p.dry_run[0].message
    with pytest.raises(ExecutionRefused):
        op.execute(p.session_id, approve=p.plan_hash, interactive=True)


# ------------------------------------------------------------------------------ executor
def test_execute_writes_ahead_then_applies_validates_and_runs_once(tmp_path: Path) -> None:
    states: list[tuple[str, list[str], int]] = []
    cluster, op = engine(tmp_path, deployment("my-api", "shop"))
    op.journal.listeners.append(
        lambda s: states.append((s.status, [r.status for r in s.execution], replicas(cluster)))
    )
    p = op.analyze("scale my-api to 5 replicas", namespace="shop")
    planned = p.target_versions[API.key]
    s = op.execute(p.session_id, approve=p.plan_hash, interactive=True)
    # The write-ahead record is on disk before the write (replicas still 2), the outcome after.
    assert states[1:] == [
        ("executing", [], 2),
        ("executing", ["writing"], 2),
        ("executing", ["applied"], 5),
        ("executed", ["applied"], 5),
    ]
    [record] = s.execution
    assert record.precondition == planned
    assert record.prior is not None
    assert record.prior["spec"]["replicas"] == 2
    assert int(record.after_resource_version or 0) > int(planned)
    assert s.validation is not None
    assert s.validation.ok
    assert s.approval is not None
    assert (s.approval.by, s.approval.interactive) == ("alice", True)
    with pytest.raises(ExecutionRefused, match="already executed"):
        op.execute(p.session_id, approve=p.plan_hash, interactive=True)


def test_a_wrong_hash_or_a_changed_target_is_refused_before_any_write(tmp_path: Path) -> None:
    cluster, op = engine(tmp_path, deployment("my-api", "shop"))
    p = op.analyze("scale my-api to 5 replicas", namespace="shop")
    with pytest.raises(ExecutionRefused, match="the approval is for plan"):
        op.execute(p.session_id, approve="0" * 64, interactive=True)
    cluster.client().request(
        "PATCH",
        "/apis/apps/v1/namespaces/shop/deployments/my-api",
        body={"spec": {"replicas": 3}},
        content_type="application/merge-patch+json",
    )
    with pytest.raises(ExecutionRefused, match="changed since the plan was made"):
        op.execute(p.session_id, approve=p.plan_hash, interactive=True)
    assert replicas(cluster) == 3
    assert op.session(p.session_id).execution == []


def test_a_writer_between_the_check_and_the_write_meets_the_precondition(tmp_path: Path) -> None:
    """The gate saw the planned version; another writer moves the object just before the
    write: the apiserver refuses the write (409) and nothing is changed."""
    cluster, op = engine(tmp_path, deployment("my-api", "shop"))
    other = cluster.client()

    def race(session: Session) -> None:
        if [r.status for r in session.execution] == ["writing"]:
            other.request(
                "PATCH",
                "/apis/apps/v1/namespaces/shop/deployments/my-api",
                body={"metadata": {"labels": {"touched": "yes"}}},
                content_type="application/merge-patch+json",
            )

    op.journal.listeners.append(race)
    p = op.analyze("scale my-api to 5 replicas", namespace="shop")
    with pytest.raises(ExecutionRefused, match="changed by someone else"):
        op.execute(p.session_id, approve=p.plan_hash, interactive=True)
    s = op.session(p.session_id)
    assert s.status == "blocked"
    assert [r.status for r in s.execution] == ["failed"]
    assert "409 Conflict" in s.execution[0].message
    assert replicas(cluster) == 2


def test_failed_validation_rolls_back_to_the_prior_state(tmp_path: Path) -> None:
    cluster, op = engine(tmp_path, deployment("my-api", "shop", image="nginx:1.25"))
    cluster.unpullable.add("nginx:9.99")
    p = op.analyze("update my-api to nginx:9.99", namespace="shop")
    assert plain(p.operations) == plain(
        [SetImageOp(target=API, container="app", image="nginx:9.99")]
    )
    s = op.execute(p.session_id, approve=p.plan_hash, interactive=True)
    assert s.status == "rolled_back"
    assert s.validation is not None
    assert not s.validation.ok
    assert "ImagePullBackOff" in s.message
    assert s.rollback is not None
    assert s.rollback.performed
    assert s.rollback.verified is not None
    assert s.rollback.verified.ok
    assert image(cluster) == "nginx:1.25"


def test_rollback_disabled_leaves_the_failed_change(tmp_path: Path) -> None:
    cluster, op = engine(tmp_path, deployment("my-api", "shop"))
    cluster.unpullable.add("nginx:9.99")
    p = op.analyze("update my-api to nginx:9.99", namespace="shop")
    s = op.execute(p.session_id, approve=p.plan_hash, interactive=True, rollback=False)
    assert (s.status, image(cluster)) == ("failed", "nginx:9.99")
    assert s.rollback is not None
    assert s.rollback.reason == "rollback disabled"


def test_an_interrupted_execution_resumes_from_another_engine(tmp_path: Path) -> None:
    """The cluster becomes unreachable right after the first write: the session is recorded
    interrupted; a second engine (another process) resumes it and finishes the plan."""
    cluster, op = engine(tmp_path, deployment("my-api", "shop"), deployment("my-web", "shop"))
    web = Target(kind="Deployment", name="my-web", namespace="shop")
    op.planner = Fixed(ScaleOp(target=API, replicas=4), ScaleOp(target=web, replicas=3))

    def outage(session: Session) -> None:
        if [r.status for r in session.execution] == ["applied"]:
            cluster.unreachable = True

    op.journal.listeners.append(outage)
    p = op.analyze("scale both", namespace="shop")
    with pytest.raises(Interrupted):
        op.execute(p.session_id, approve=p.plan_hash, interactive=True)
    cluster.unreachable = False
    s = op.session(p.session_id)
    assert s.status == "interrupted"
    assert (replicas(cluster), replicas(cluster, "my-web")) == (4, 2)

    _, again = engine(tmp_path, cluster=cluster)
    done = again.resume(p.session_id)
    assert done.status == "executed"
    assert [r.status for r in done.execution] == ["applied", "applied"]
    assert (replicas(cluster), replicas(cluster, "my-web")) == (4, 3)


def test_an_interrupted_execution_rolls_back_to_before_its_first_write(tmp_path: Path) -> None:
    cluster, op = engine(tmp_path, deployment("my-api", "shop"), deployment("my-web", "shop"))
    web = Target(kind="Deployment", name="my-web", namespace="shop")
    op.planner = Fixed(ScaleOp(target=API, replicas=4), ScaleOp(target=web, replicas=3))

    def outage(session: Session) -> None:
        if [r.status for r in session.execution] == ["applied"]:
            cluster.unreachable = True

    op.journal.listeners.append(outage)
    p = op.analyze("scale both", namespace="shop")
    with pytest.raises(Interrupted):
        op.execute(p.session_id, approve=p.plan_hash, interactive=True)
    cluster.unreachable = False
    _, again = engine(tmp_path, cluster=cluster)
    s = again.rollback(p.session_id)
    assert s.status == "rolled_back"
    assert (replicas(cluster), replicas(cluster, "my-web")) == (2, 2)
    with pytest.raises(ExecutionRefused):
        again.resume(p.session_id)


def _interrupted(tmp_path: Path) -> tuple[MemoryCluster, str]:
    """A session interrupted after its first of two writes (approved by alice)."""
    cluster, op = engine(tmp_path, deployment("my-api", "shop"), deployment("my-web", "shop"))
    web = Target(kind="Deployment", name="my-web", namespace="shop")
    op.planner = Fixed(ScaleOp(target=API, replicas=4), ScaleOp(target=web, replicas=3))

    def outage(session: Session) -> None:
        if [r.status for r in session.execution] == ["applied"]:
            cluster.unreachable = True

    op.journal.listeners.append(outage)
    p = op.analyze("scale both", namespace="shop")
    with pytest.raises(Interrupted):
        op.execute(p.session_id, approve=p.plan_hash, interactive=True)
    cluster.unreachable = False
    return cluster, p.session_id


def test_a_resume_is_recorded_under_who_did_it(tmp_path: Path) -> None:
    cluster, sid = _interrupted(tmp_path)
    _, again = engine(tmp_path, cluster=cluster)
    done = again.resume(sid, by="bob")
    assert done.status == "executed"
    assert done.approval is not None
    assert done.approval.by == "alice"  # the approval stays as given
    events = [(e.type, e.detail) for e in again.session(sid).events]
    assert ("resumed", "by bob") in events
    assert ("resumed", "by alice") not in events


def test_a_rollback_is_recorded_under_who_did_it(tmp_path: Path) -> None:
    cluster, sid = _interrupted(tmp_path)
    _, again = engine(tmp_path, cluster=cluster)
    s = again.rollback(sid, by="carol")
    assert s.status == "rolled_back"
    recorded = again.session(sid)
    assert ("rollback_requested", "by carol") in [(e.type, e.detail) for e in recorded.events]
    assert recorded.message.startswith("rolled back on request by carol; ")


def test_the_workflow_records_the_acting_identity_of_its_approval(tmp_path: Path) -> None:
    from dotop_nb.app import Approval, workflow  # noqa: PLC0415

    cluster, sid = _interrupted(tmp_path)
    _, again = engine(tmp_path, cluster=cluster)
    acting = Approval(by="dave", how="interactive", where="cli")
    outcome = workflow.roll_back(again, sid, acting)
    assert (outcome.status, outcome.exit_code) == ("rolled_back", 8)
    assert "by dave" in outcome.done
    events = [(e.type, e.detail) for e in again.session(sid).events]
    assert ("rollback_requested", "by dave") in events
    # Refused (nothing left to resume): nothing is recorded under dave's name.
    refused = workflow.resume(again, sid, acting, rollback=True)
    assert (refused.status, refused.exit_code) == ("refused", 5)
    assert [e for e in again.session(sid).events if e.type == "resumed"] == []


def test_a_resume_by_a_forged_identity_is_refused_before_anything_runs(tmp_path: Path) -> None:
    cluster, sid = _interrupted(tmp_path)
    _, again = engine(tmp_path, cluster=cluster)
    before = again.session(sid)
    with pytest.raises(ConfigError, match="not a usable user name"):
        again.resume(sid, by="mallory\nresumed by root")
    with pytest.raises(ConfigError, match="not a usable user name"):
        again.rollback(sid, by="")
    assert again.session(sid).events == before.events
    assert (replicas(cluster), replicas(cluster, "my-web")) == (4, 2)


def test_a_session_planned_on_another_cluster_is_refused(tmp_path: Path) -> None:
    _cluster, op = engine(tmp_path, deployment("my-api", "shop"))
    p = op.analyze("scale my-api to 5 replicas", namespace="shop")

    elsewhere = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    _, there = engine(tmp_path, deployment("my-api", "shop"), cluster=elsewhere)
    with pytest.raises(ExecutionRefused, match="was planned on cluster"):
        there.execute(p.session_id, approve=p.plan_hash, interactive=True)
    assert replicas(elsewhere) == 2
