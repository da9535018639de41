"""On the real control plane: a plan said with a time or condition (``Proposal.awaits``) is
never run by an approval given in advance or unattended, nor after its record was edited to drop
the condition; a person's approval runs it (app.workflow.check_awaits)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dotop_nb.app import Approval, workflow
from dotop_nb.app.approval import Facts
from dotop_nb.cluster.client import KubeClient
from dotop_nb.service import Operator
from tests.helpers import deploy, deployment

pytestmark = pytest.mark.integration


def _operator(kubeconfig: str, tmp_path: Path) -> Operator:
    policies = tmp_path / "policies"
    policies.mkdir()
    return Operator(
        kubeconfig=kubeconfig,
        planner="offline",
        sessions=tmp_path / "sessions",
        policies=policies,
        validation_timeout=30,
    )


def _replicas(kube: KubeClient, namespace: str) -> int:
    return int(kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"])


def test_only_a_person_runs_a_plan_said_with_a_condition(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    with _operator(kubeconfig, tmp_path) as op:
        p = op.analyze("scale my-api to 4 once the code freeze is over", namespace=namespace)
        assert (p.status, p.awaits) == ("proposed", "once the code freeze is over"), p.question
        assert [o.summary() for o in p.operations] == [
            f"scale deployment/my-api in {namespace} to 4 replicas"
        ]

        # Given in advance (--approve, a runbook) or in a process marked unattended: refused.
        for approval in (
            Approval.given("cli", by="bob", plan_hash=p.plan_hash, in_advance=True),
            Approval.given("runbook", by="bob", plan_hash=p.plan_hash, in_advance=True),
            Approval.given(
                "cli", by="bob", plan_hash=p.plan_hash, facts=Facts(tty=True), unattended=True
            ),
        ):
            refused = workflow.approve(op, p.session_id, approval, rollback=True)
            assert refused.status == "refused", refused.message
            assert "'once the code freeze is over'" in refused.message
        assert _replicas(kube, namespace) == 2

        # A record edited to drop the condition, re-signed by someone holding the key: refused.
        path = op.journal.path(p.session_id)
        original = path.read_text()
        edited = json.loads(original)
        edited["proposals"][-1]["awaits"] = None
        edited["signature"] = op.journal.keys.sign(
            "session", {k: v for k, v in edited.items() if k != "signature"}
        )
        path.write_text(json.dumps(edited))
        unattended = Approval.given("runbook", by="bob", plan_hash=p.plan_hash, in_advance=True)
        resigned = workflow.approve(op, p.session_id, unattended, rollback=True)
        assert resigned.status == "refused"
        assert "modified after it was proposed" in resigned.message
        assert _replicas(kube, namespace) == 2
        path.write_text(original)

        # A person, on a terminal, when it holds: it runs.
        person = Approval.given(
            "cli", by="bob", plan_hash=p.plan_hash, facts=Facts(tty=True), unattended=False
        )
        done = workflow.approve(op, p.session_id, person, rollback=True)
        assert done.status == "executed", done.message
    assert _replicas(kube, namespace) == 4
