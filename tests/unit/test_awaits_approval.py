"""A plan said with a time or condition (``Proposal.awaits``) runs only on a person's approval,
given when it holds: every approval given in advance or unattended is refused, in one place
(``app.workflow.check_awaits``), over the in-memory cluster double; a record edited to drop the
condition is refused before that. tests/integration/test_awaits_approval.py does the same on
the real control plane."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dotop_nb import audit, report
from dotop_nb.app import Approval, workflow
from dotop_nb.app.approval import Facts
from dotop_nb.errors import SessionTampered
from dotop_nb.service import Operator
from tests.helpers import deployment
from tests.memory import MemoryCluster, engine


def _shop(tmp_path: Path) -> tuple[MemoryCluster, Operator]:
    return engine(tmp_path, deployment("my-api", "shop"))


def _replicas(cluster: MemoryCluster) -> int:
    return int(cluster.get("apps/v1", "Deployment", "my-api", "shop")["spec"]["replicas"])  # type: ignore[index]


def _person(plan_hash: str) -> Approval:
    return Approval.given(
        "cli", by="bob", plan_hash=plan_hash, facts=Facts(tty=True), unattended=False
    )


@pytest.mark.parametrize("where", ["cli", "magic", "runbook", "widget"])
def test_an_approval_given_in_advance_is_refused(tmp_path: Path, where: str) -> None:
    cluster, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 5 after the code freeze", namespace="shop")
    assert (p.status, p.awaits) == ("proposed", "after the code freeze")
    approval = Approval.given(where, by="bob", plan_hash=p.plan_hash, in_advance=True)  # type: ignore[arg-type]
    outcome = workflow.approve(op, p.session_id, approval, rollback=True)
    assert (outcome.status, outcome.exit_code) == ("refused", 5)
    assert outcome.error is not None
    assert "'after the code freeze'" in outcome.error.message
    assert f"dotop-nb session approve {p.session_id} --hash {p.plan_hash[:12]}" in (
        outcome.error.hint or ""
    )
    assert _replicas(cluster) == 2
    assert op.session(p.session_id).status == "proposed"


def test_a_process_marked_unattended_is_refused_even_on_a_terminal(tmp_path: Path) -> None:
    cluster, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 6 tonight", namespace="shop")
    ci = Approval.given(
        "cli", by="bob", plan_hash=p.plan_hash, facts=Facts(tty=True), unattended=True
    )
    assert workflow.approve(op, p.session_id, ci, rollback=True).status == "refused"
    assert _replicas(cluster) == 2


def test_operate_with_approve_proposes_and_runs_nothing(tmp_path: Path) -> None:
    cluster, op = _shop(tmp_path)
    approval = Approval.given("cli", by="bob", in_advance=True)
    outcome = workflow.operate(
        op, "scale my-api to 4 tomorrow", namespace="shop", approval=approval, rollback=True
    )
    assert outcome.status == "refused"
    assert _replicas(cluster) == 2


def test_a_person_approving_runs_it(tmp_path: Path) -> None:
    cluster, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 5 after the code freeze", namespace="shop")
    outcome = workflow.approve(op, p.session_id, _person(p.plan_hash), rollback=True)
    assert outcome.status == "executed", outcome.message
    assert _replicas(cluster) == 5


def test_a_plan_said_without_a_condition_still_runs_unattended(tmp_path: Path) -> None:
    cluster, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 3", namespace="shop")
    assert p.awaits is None
    approval = Approval.given("runbook", by="bob", plan_hash=p.plan_hash, in_advance=True)
    assert workflow.approve(op, p.session_id, approval, rollback=True).status == "executed"
    assert _replicas(cluster) == 3


def test_a_record_edited_to_drop_the_condition_is_refused(tmp_path: Path) -> None:
    cluster, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 5 tonight", namespace="shop")
    path = op.journal.path(p.session_id)
    edited = json.loads(path.read_text())
    edited["proposals"][-1]["awaits"] = None
    path.write_text(json.dumps(edited))
    approval = Approval.given("runbook", by="bob", plan_hash=p.plan_hash, in_advance=True)
    # 1. The signature no longer matches: the record is not even loaded.
    with pytest.raises(SessionTampered, match="signature does not match"):
        workflow.approve(op, p.session_id, approval, rollback=True)
    # 2. Re-signed by someone holding the key: the plan hash, bound to the condition, breaks.
    edited["signature"] = op.journal.keys.sign(
        "session", {k: v for k, v in edited.items() if k != "signature"}
    )
    path.write_text(json.dumps(edited))
    resigned = workflow.approve(op, p.session_id, approval, rollback=True)
    assert resigned.status == "refused"
    assert "modified after it was proposed" in resigned.message
    assert _replicas(cluster) == 2


def test_the_condition_is_shown_and_recorded(tmp_path: Path) -> None:
    _, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 5 tonight", namespace="shop")
    assert "Awaits:    tonight — approve it when that holds" in report.proposal_text(p)
    assert "Said with 'tonight': this runs when you approve it" in p.analysis
    session = op.session(p.session_id)
    data, metadata = audit.record(session, keys=op.journal.keys)
    assert data["awaits"] == "tonight"
    assert audit.check(data, metadata, keys=op.journal.keys) == []
    plain, _ = audit.record(
        op.session(op.analyze("scale my-api to 3", namespace="shop").session_id),
        keys=op.journal.keys,
    )
    assert "awaits" not in plain
