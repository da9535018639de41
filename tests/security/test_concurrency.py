"""Finding 7: concurrent runs. Every write carries the resourceVersion it was planned on as a
precondition in the same request, so two runs planned on one version cannot both write; and
validation checks the requested values, so nobody reports someone else's value as theirs."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.cluster.gateway import Gateway
from dotop_nb.models import (
    ApplyOp,
    DeleteOp,
    Operation,
    PatchOp,
    ScaleOp,
    SetImageOp,
    Target,
)
from dotop_nb.service import ExecutionRefused, Operator, Session
from tests.helpers import deploy, deployment, exists
from tests.planners import ScriptedPlanner
from tests.security import processes as cli

pytestmark = pytest.mark.integration


def test_five_parallel_scales_planned_on_one_version_never_both_execute(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("api", namespace, replicas=2, probe=False))
    procs: dict[int, subprocess.Popen[str]] = {}
    for n in range(3, 8):
        args = ["operate", f"scale api to {n}", "-n", namespace, "--approve"]
        args += ["--planner", "offline", "--output", "json", "--timeout", "60"]
        procs[n] = cli.start(*args, kubeconfig=kubeconfig, tmp_path=tmp_path)
    codes = {n: p.wait(timeout=180) for n, p in procs.items()}
    for p in procs.values():
        p.communicate()
    records = list(cli.records(tmp_path).values())
    assert len(records) == 5
    wrote = [r for r in records if any(x["status"] == "applied" for x in r["execution"])]
    assert wrote, codes
    planned = [next(iter(r["proposals"][-1]["target_versions"].values())) for r in wrote]
    assert len(set(planned)) == len(planned), "two runs planned on one version both wrote"
    for r in records:
        replicas = r["proposals"][-1]["operations"][0]["replicas"]
        if r["status"] == "executed":
            assert codes[replicas] == 0
            assert r["validation"]["ok"]
        elif r in wrote:
            # It wrote, then a later run (planned on the newer version) wrote too: validation
            # must see someone else's value instead of reporting success, and the rollback must
            # leave that later change alone.
            assert codes[replicas] in (7, 8), (r["status"], r["message"])
            assert "another writer" in r["message"] or "someone else" in r["message"], r
        else:
            # Nothing written: refused at the check or by the apiserver (409), or the planning
            # dry-run itself lost the race (its precondition had moved).
            assert codes[replicas] in (5, 6), (r["status"], r["message"])
    last = max(wrote, key=lambda r: int(r["execution"][0]["after_resource_version"]))
    dep = kube.get("apps/v1", "Deployment", "api", namespace)
    assert dep["spec"]["replicas"] == last["proposals"][-1]["operations"][0]["replicas"]


# ------------------------------------------------------------------------------ preconditions
def _cases(ns: str) -> dict[str, Operation]:
    api = Target(kind="Deployment", name="api", namespace=ns)
    cm = Target(kind="ConfigMap", name="settings", namespace=ns)
    return {
        "scale": ScaleOp(target=api, replicas=4),
        "set_image": SetImageOp(target=api, container="app", image="nginx:1.27"),
        "merge_patch": PatchOp(target=cm, patch_type="merge", patch={"data": {"mode": "fast"}}),
        "json_patch": PatchOp(
            target=cm,
            patch_type="json",
            patch=[{"op": "replace", "path": "/data/mode", "value": "fast"}],
        ),
        "strategic_patch": PatchOp(
            target=api,
            patch={"spec": {"template": {"metadata": {"labels": {"tier": "gold"}}}}},
        ),
        "apply": ApplyOp(
            target=cm,
            manifest={
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "settings", "namespace": ns},
                "data": {"mode": "fast"},
            },
        ),
        "delete": DeleteOp(target=cm, propagation="Background"),
    }


def _operator(kubeconfig: str, tmp_path: Path, ops: list[Operation]) -> Operator:
    return Operator(
        kubeconfig=kubeconfig,
        planner=ScriptedPlanner(ops),
        sessions=tmp_path / "sessions",
        policies="none",
        validation_timeout=30,
    )


def _label(kube: KubeClient, op: Operation, value: str) -> None:
    """Another writer changes the target (a label) — between our check and our write."""
    t = op.target
    kube.request(
        "PATCH",
        kube.resource(t.api_version, t.kind).path(namespace=t.namespace, name=t.name),
        body={"metadata": {"labels": {"other-writer": value}}},
        content_type="application/merge-patch+json",
    )


@pytest.mark.parametrize(
    "kind",
    ["scale", "set_image", "merge_patch", "json_patch", "strategic_patch", "apply", "delete"],
)
def test_a_write_carries_its_planned_version_and_loses_to_a_concurrent_writer(
    kind: str, kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("api", namespace, replicas=2, probe=False))
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "settings", "namespace": namespace},
            "data": {"mode": "slow"},
        }
    )
    operation = _cases(namespace)[kind]
    with _operator(kubeconfig, tmp_path, [operation]) as op:
        proposal = op.analyze(kind, namespace=namespace)
        assert proposal.status == "proposed", proposal.dry_run
        real = op.gateway.execute

        def after_other_writer(o: Operation, current: Any, *, precondition: str | None) -> Any:
            _label(kube, o, "won")  # the check passed; now someone else writes first
            return real(o, current, precondition=precondition)

        op.gateway.execute = after_other_writer  # type: ignore[method-assign,assignment]
        with pytest.raises(ExecutionRefused, match="409") as err:
            op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
        assert "nothing was changed" in str(err.value)
        session = op.session(proposal.session_id)
    assert session.status == "blocked"
    assert [r.status for r in session.execution] == ["failed"]
    assert "conflict" in session.execution[0].message
    # The other writer's change is there; ours is not.
    t = operation.target
    obj = kube.get(t.api_version, t.kind, t.name, namespace)
    assert obj["metadata"]["labels"]["other-writer"] == "won"
    if t.kind == "ConfigMap":
        assert obj["data"] == {"mode": "slow"}
    else:
        assert obj["spec"]["replicas"] == 2
        tmpl = obj["spec"]["template"]
        assert tmpl["spec"]["containers"][0]["image"] == "nginx:1.25"
        assert "tier" not in tmpl["metadata"]["labels"]
    assert exists(kube, t.api_version, t.kind, t.name, namespace)


def test_validation_checks_the_requested_value_and_rollback_spares_a_later_writer(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("api", namespace, replicas=2, probe=False))
    scale = ScaleOp(target=Target(kind="Deployment", name="api", namespace=namespace), replicas=3)
    with _operator(kubeconfig, tmp_path, [scale]) as op:
        proposal = op.analyze("scale api to 3", namespace=namespace)
        real = op.gateway.execute

        def then_someone_else(o: Operation, current: Any, *, precondition: str | None) -> Any:
            answer = real(o, current, precondition=precondition)
            kube.request(
                "PATCH",
                f"/apis/apps/v1/namespaces/{namespace}/deployments/api/scale",
                body={"spec": {"replicas": 6}},
                content_type="application/merge-patch+json",
            )
            return answer

        op.gateway.execute = then_someone_else  # type: ignore[method-assign,assignment]
        session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "failed", session.message
    assert session.validation is not None
    assert not session.validation.ok
    assert "spec.replicas is 6, not the requested 3" in session.message
    assert session.rollback is not None
    assert not session.rollback.steps[0].ok
    assert "another writer" in session.rollback.steps[0].message
    assert "ROLLBACK INCOMPLETE" in session.message
    # Nobody's value was overwritten by a rollback of a change that was already superseded.
    assert kube.get("apps/v1", "Deployment", "api", namespace)["spec"]["replicas"] == 6


def test_a_second_operation_on_an_object_survives_its_controllers_status_updates(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("api", namespace, replicas=2, probe=False))
    api = Target(kind="Deployment", name="api", namespace=namespace)
    ops: list[Operation] = [
        ScaleOp(target=api, replicas=4),
        SetImageOp(target=api, container="app", image="nginx:1.27"),
        PatchOp(target=api, patch={"spec": {"template": {"metadata": {"labels": {"t": "x"}}}}}),
    ]
    with _operator(kubeconfig, tmp_path, ops) as op:
        proposal = op.analyze("three changes", namespace=namespace)
        session = op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)
    assert session.status == "executed", session.message
    dep = kube.get("apps/v1", "Deployment", "api", namespace)
    assert dep["spec"]["replicas"] == 4
    assert dep["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.27"


def _report_status(kube: KubeClient, namespace: str, tick: int) -> None:
    """What a controller does during a rollout: the status moves, the spec (generation) not."""
    kube.request(
        "PATCH",
        f"/apis/apps/v1/namespaces/{namespace}/deployments/api/status",
        body={"status": {"observedGeneration": tick}},
        content_type="application/merge-patch+json",
    )


Race = Callable[[str | None], None]


def _follow_up_write(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path, before_patch: Race
) -> Session:
    """Scale a Deployment, then patch it (the follow-up write on one object), with
    ``before_patch`` run before each attempt of the patch (given the version the attempt
    carries): what other writers do meanwhile."""
    deploy(kube, deployment("api", namespace, replicas=2, probe=False))
    api = Target(kind="Deployment", name="api", namespace=namespace)
    ops: list[Operation] = [
        ScaleOp(target=api, replicas=3),
        PatchOp(target=api, patch={"spec": {"template": {"metadata": {"labels": {"t": "x"}}}}}),
    ]
    with _operator(kubeconfig, tmp_path, ops) as op:
        proposal = op.analyze("two changes", namespace=namespace)
        real = op.gateway.execute

        def raced(o: Operation, current: Any, *, precondition: str | None) -> Any:
            if isinstance(o, PatchOp):
                before_patch(precondition)
            return real(o, current, precondition=precondition)

        op.gateway.execute = raced  # type: ignore[method-assign,assignment]
        return op.execute(proposal.session_id, approve=proposal.plan_hash, interactive=True)


def test_a_follow_up_write_outlasts_a_burst_of_status_reports(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    # On a loaded machine a rollout's status reports can win the race against several retries
    # in a row (CI saw five). The follow-up write keeps retrying while only status moved.
    attempts: list[str | None] = []

    def status_first(precondition: str | None) -> None:
        attempts.append(precondition)
        if len(attempts) <= 8:
            _report_status(kube, namespace, 100 + len(attempts))

    session = _follow_up_write(kube, namespace, kubeconfig, tmp_path, status_first)
    assert session.status == "executed", session.message
    assert len(attempts) == 9, "eight attempts lost to a status report, the ninth wrote"
    assert len(set(attempts)) == 9, "each retry must carry the version it read again"
    dep = kube.get("apps/v1", "Deployment", "api", namespace)
    assert dep["spec"]["template"]["metadata"]["labels"]["t"] == "x"


def test_a_follow_up_write_still_loses_to_a_spec_change_among_status_reports(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    attempts: list[str | None] = []

    def status_then_spec(precondition: str | None) -> None:
        attempts.append(precondition)
        if len(attempts) < 3:
            _report_status(kube, namespace, 200 + len(attempts))
        elif len(attempts) == 3:
            kube.request(
                "PATCH",
                f"/apis/apps/v1/namespaces/{namespace}/deployments/api",
                body={"spec": {"minReadySeconds": 7}},
                content_type="application/merge-patch+json",
            )

    session = _follow_up_write(kube, namespace, kubeconfig, tmp_path, status_then_spec)
    assert session.status != "executed", session.message
    assert "someone else" in session.message
    assert len(attempts) == 3
    dep = kube.get("apps/v1", "Deployment", "api", namespace)
    assert dep["spec"]["minReadySeconds"] == 7
    assert "t" not in (dep["spec"]["template"]["metadata"].get("labels") or {})


def _burst_before_dry_runs(
    kube: KubeClient, namespace: str, gateway: Any, reports: int
) -> list[str]:
    """Have the controller report status right before each of the first ``reports`` dry-runs
    the gateway sends (after it read the object): the versions those dry-runs carried."""
    carried: list[str] = []
    real = gateway._send

    def raced(request: Any, *, dry_run: bool) -> Any:
        if dry_run:
            body = request.body if isinstance(request.body, dict) else {}
            carried.append(str((body.get("metadata") or {}).get("resourceVersion") or ""))
            if len(carried) <= reports:
                _report_status(kube, namespace, 300 + len(carried))
        return real(request, dry_run=dry_run)

    gateway._send = raced
    return carried


@pytest.mark.parametrize("reports", [1, 6])
def test_a_dry_run_outlasts_status_reports_between_its_read_and_its_request(
    kube: KubeClient, namespace: str, reports: int
) -> None:
    # CI saw it: a StatefulSet just created reported status between the gate's read and its
    # dry-run of a scale, and a plan that was fine was refused as "rejected by the dry-run".
    deploy(kube, deployment("api", namespace, replicas=2, probe=False))
    gateway = Gateway(kube)
    api = Target(kind="Deployment", name="api", namespace=namespace)
    carried = _burst_before_dry_runs(kube, namespace, gateway, reports)
    result = gateway.dry_run(ScaleOp(target=api, replicas=3))
    assert result.ok, result.message
    assert result.action == "update"
    assert len(carried) == reports + 1, "each report costs one dry-run, then it goes through"
    assert len(set(carried)) == len(carried), "each retry must carry the version it read again"
    assert kube.get("apps/v1", "Deployment", "api", namespace)["spec"]["replicas"] == 2


def test_a_dry_run_still_fails_on_a_spec_change_between_its_read_and_its_request(
    kube: KubeClient, namespace: str
) -> None:
    deploy(kube, deployment("api", namespace, replicas=2, probe=False))
    gateway = Gateway(kube)
    api = Target(kind="Deployment", name="api", namespace=namespace)
    read = gateway.get_raw(api)
    kube.request(
        "PATCH",
        f"/apis/apps/v1/namespaces/{namespace}/deployments/api",
        body={"spec": {"minReadySeconds": 5}},
        content_type="application/merge-patch+json",
    )
    result = gateway.dry_run(ScaleOp(target=api, replicas=3), current=read)
    assert not result.ok
    assert "Conflict (409)" in result.message, result.message
