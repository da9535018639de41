"""A plan said with a time or condition (``Proposal.awaits``) runs only on a person's approval,
given when it holds: every approval given in advance or unattended is refused, in one place
(``app.workflow.check_awaits``), over the in-memory cluster double; a record edited to drop the
condition is refused before that. tests/integration/test_awaits_approval.py does the same on
the real control plane."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import nbformat
import pytest

from dotop_nb import audit, report
from dotop_nb.app import Approval, workflow
from dotop_nb.app.approval import Facts
from dotop_nb.app.approval import how as decide
from dotop_nb.commands import audit as audit_commands
from dotop_nb.commands import confirm
from dotop_nb.errors import ExecutionRefused, SessionTampered
from dotop_nb.service import Operator
from dotop_nb.settings import default_unattended
from dotop_nb.ui.views import SessionView
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


# --- the blind attack on the approval paths (session 8): each way it ran without a person ---


def test_the_python_api_default_is_refused_as_every_unattended_surface(tmp_path: Path) -> None:
    # op.execute's default (interactive=False) had run "scale worker to 3 tonight": the check
    # lived in the workflow only. It is the executor's now, for every caller.
    cluster, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 5 tonight", namespace="shop")
    with pytest.raises(ExecutionRefused, match="said with 'tonight'") as err:
        op.execute(p.session_id, approve=p.plan_hash)
    assert f"dotop-nb session approve {p.session_id}" in (err.value.hint or "")
    assert (_replicas(cluster), op.session(p.session_id).status) == (2, "proposed")
    assert op.execute(p.session_id, approve=p.plan_hash, interactive=True).status == "executed"
    assert _replicas(cluster) == 5


def test_a_click_made_by_a_cells_code_is_unattended() -> None:
    # papermill ran `button.click()` in a cell: the click arrived inside the cell's
    # execute_request, not as a frontend's comm_msg.
    class Kernel:
        def __init__(self, msg_type: str) -> None:
            self.parent = {"header": {"msg_type": msg_type}, "content": {}}

        def get_parent(self, channel: str) -> dict[str, object]:
            return self.parent

    class Shell:
        def __init__(self, msg_type: str) -> None:
            self.kernel = Kernel(msg_type)

    from_code = Facts.of_click(Shell("execute_request"))
    by_person = Facts.of_click(Shell("comm_msg"))
    assert (from_code.clicked, by_person.clicked, Facts.of_click(None).clicked) == (
        False,
        True,
        None,
    )
    assert decide("widget", in_advance=False, facts=from_code, unattended=False) == "unattended"
    assert decide("widget", in_advance=False, facts=by_person, unattended=False) == "interactive"
    assert decide("widget", in_advance=False, facts=Facts(), unattended=False) == "interactive"


@pytest.mark.parametrize(
    ("env", "unattended"),
    [
        ({"JENKINS_URL": "https://ci.example/"}, True),  # Jenkins sets no CI variable
        ({"GITHUB_ACTIONS": "true", "CI": ""}, True),
        ({"GITLAB_CI": "true", "CI": "false"}, True),
        ({"CI": "true", "DOTOP_UNATTENDED": "0"}, False),  # said explicitly: it decides
        ({"CI": "false"}, False),
        ({}, False),
    ],
)
def test_a_ci_runner_is_known_by_its_own_variables_too(
    env: dict[str, str], unattended: bool
) -> None:
    assert default_unattended(env) is unattended


def test_the_terminal_confirmation_is_asked_for_a_plan_that_awaits(tmp_path: Path) -> None:
    # `script -qec "dotop-nb session approve …"` had run it: nothing was asked on the terminal.
    _, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 5 tonight", namespace="shop")
    asked: list[str] = []

    def answer(text: str | None) -> Callable[[str], str | None]:
        def ask(prompt: str) -> str | None:
            asked.append(prompt)
            return text

        return ask

    session = op.session(p.session_id)
    assert not confirm.confirmed(session, ask=answer(None))
    assert "said with 'tonight'" in asked[-1]
    assert not confirm.confirmed(session, ask=answer("000000\n"))
    assert confirm.confirmed(session, ask=answer(p.plan_hash[: confirm.CONFIRM_CHARS] + "\n"))
    plain = op.session(op.analyze("scale my-api to 3", namespace="shop").session_id)
    before = len(asked)
    assert confirm.confirmed(plain, ask=answer(None))
    assert len(asked) == before  # nothing to confirm: not asked


def test_a_refused_approval_is_noted_in_the_record_and_another_hash_is_a_mismatch(
    tmp_path: Path,
) -> None:
    cluster, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 5 tonight", namespace="shop")
    other = "f" * len(p.plan_hash)
    wrong = Approval.given("runbook", by="ci-bot", plan_hash=other, in_advance=True)
    outcome = workflow.approve(op, p.session_id, wrong, rollback=True)
    assert outcome.status == "refused"
    assert "current plan is" in outcome.message  # the mismatch, not the condition
    approval = Approval.given("runbook", by="ci-bot", plan_hash=p.plan_hash, in_advance=True)
    assert workflow.approve(op, p.session_id, approval, rollback=True).status == "refused"
    session = op.session(p.session_id)
    refusals = [e.detail for e in session.events if e.type == "approval_refused"]
    assert len(refusals) == 2
    assert refusals[1].startswith("unattended approval by ci-bot refused: ")
    assert "'tonight'" in refusals[1]
    assert (session.status, _replicas(cluster)) == ("proposed", 2)
    data, metadata = audit.record(session, keys=op.journal.keys)
    assert audit.check(data, metadata, keys=op.journal.keys) == []


def test_the_condition_is_recorded_as_it_was_said(tmp_path: Path) -> None:
    _, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 5 once QA signs off", namespace="shop")
    assert p.awaits == "once QA signs off"


def test_the_audit_text_table_shows_the_condition(tmp_path: Path) -> None:
    _, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 5 tonight", namespace="shop")
    data, metadata = SessionView(op.session(p.session_id))._repr_mimebundle_()
    output = nbformat.v4.new_output("display_data", data=data, metadata=metadata)
    cell = nbformat.v4.new_code_cell(f"%operate {p.intent}", outputs=[output])
    notebook = tmp_path / "n.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[cell]), notebook)
    text = audit_commands.render_text(audit.read(notebook, journals=[op.journal.folder]))
    header, row = text.splitlines()[:2]
    assert "awaits" in header
    assert "tonight" in row


def test_a_refinement_of_a_plan_that_awaits_keeps_the_condition_and_takes_the_new_value(
    tmp_path: Path,
) -> None:
    # "scale worker to 5 tonight" refined with "use 3 instead" had been read as one phrase,
    # "tonight use 3 instead", and asked about on every later refinement.
    _, op = _shop(tmp_path)
    p = op.analyze("scale my-api to 5 tonight", namespace="shop")
    r = op.refine(p.session_id, "use 3 instead")
    assert (r.status, r.awaits) == ("proposed", "tonight"), r.question
    assert [o.summary() for o in r.operations] == ["scale deployment/my-api in shop to 3 replicas"]
    again = op.refine(p.session_id, "make it 4")
    assert [o.summary() for o in again.operations] == [
        "scale deployment/my-api in shop to 4 replicas"
    ]
