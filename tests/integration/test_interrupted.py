"""The apiserver stops answering in the middle of an execution: a clear error, an accurate record,
and a resume that applies nothing twice. Runs on a cluster of its own, whose apiserver is paused
(SIGSTOP) after the first operation and resumed (SIGCONT) before the retry."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import Interrupted
from dotop_nb.localcluster import LocalCluster
from dotop_nb.models import Operation, ScaleOp, Target
from dotop_nb.service import ExecutionRefused, Operator
from tests.helpers import deploy, deployment
from tests.planners import ScriptedPlanner

pytestmark = pytest.mark.integration


@pytest.fixture
def own_cluster(tmp_path: Path, kubeconfig: str) -> Iterator[LocalCluster]:
    cluster = LocalCluster(tmp_path / "paused", name="paused")
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


def test_an_unreachable_apiserver_mid_execution_is_recorded_and_resumable(
    own_cluster: LocalCluster, tmp_path: Path
) -> None:
    kube = KubeClient(kubeconfig=str(own_cluster.kubeconfig))
    kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "shop"}})
    deploy(kube, deployment("api", "shop", replicas=1))
    deploy(kube, deployment("web", "shop", replicas=1))
    ops: list[Operation] = [
        ScaleOp(target=Target(kind="Deployment", name="api", namespace="shop"), replicas=3),
        ScaleOp(target=Target(kind="Deployment", name="web", namespace="shop"), replicas=4),
    ]
    state = own_cluster.state()
    assert state is not None
    apiserver = next(c for c in state.components if c.name == "kube-apiserver")

    operator = Operator(
        kubeconfig=str(own_cluster.kubeconfig),
        planner=ScriptedPlanner(ops),
        sessions=tmp_path / "sessions",
        policies=tmp_path,
        request_timeout=2,
        validation_timeout=30,
    )
    proposal = operator.analyze("scale api and web", namespace="shop")
    assert proposal.status == "proposed"

    real_execute = operator.gateway.execute
    calls: list[str] = []

    def pause_after_first(op: Operation, current: Any, *, precondition: str | None) -> Any:
        calls.append(op.target.name)
        answer = real_execute(op, current, precondition=precondition)
        if len(calls) == 1:
            os.kill(apiserver.pid, signal.SIGSTOP)
        return answer

    operator.gateway.execute = pause_after_first  # type: ignore[method-assign]
    with pytest.raises(Interrupted, match="unreachable") as err:
        operator.execute(proposal.session_id, approve=proposal.plan_hash)
    assert err.value.exit_code == 12  # interrupted and resumable, not "refused"
    assert f"dotop-nb session resume {proposal.session_id}" in str(err.value)

    record = json.loads((tmp_path / "sessions" / f"{proposal.session_id}.json").read_text())
    assert record["status"] == "interrupted"
    # The second operation could not even read its target: nothing was recorded or sent for it.
    assert [(r["index"], r["status"]) for r in record["execution"]] == [(0, "applied")]

    os.kill(apiserver.pid, signal.SIGCONT)
    api_generation = kube.get("apps/v1", "Deployment", "api", "shop")["metadata"]["generation"]
    operator.gateway.execute = real_execute  # type: ignore[method-assign]
    session = operator.execute(proposal.session_id, approve=proposal.plan_hash)
    assert session.status == "executed", session.message
    assert [e.type for e in session.events].count("resumed") == 1
    # The first scale was not applied again: its generation did not move.
    api = kube.get("apps/v1", "Deployment", "api", "shop")
    assert api["metadata"]["generation"] == api_generation
    assert api["spec"]["replicas"] == 3
    assert kube.get("apps/v1", "Deployment", "web", "shop")["spec"]["replicas"] == 4
    with pytest.raises(ExecutionRefused, match="already executed"):
        operator.execute(proposal.session_id, approve=proposal.plan_hash)
    operator.close()
    kube.close()
