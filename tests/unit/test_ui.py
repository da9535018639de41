"""Notebook surfaces without a cluster: the record and its checks, the rich outputs, the nbval
sanitizer, option parsing, and the widget's buttons (in a real InteractiveShell)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output
from nbval.plugin import get_sanitize_patterns

from dotop_nb import audit
from dotop_nb.app.workflow import resolve_hash as _resolve_hash
from dotop_nb.errors import ConfigError
from dotop_nb.magics.parsing import INTENT_OPTIONS, parse
from dotop_nb.models import (
    Approval,
    Check,
    ClusterRef,
    DryRunResult,
    FieldChange,
    OperationRecord,
    Proposal,
    ScaleOp,
    Session,
    Target,
    ValidationReport,
)
from dotop_nb.service import ExecutionRefused
from dotop_nb.signing import Keyring
from dotop_nb.ui import SANITIZE_FILE, html, views
from dotop_nb.ui.progress import ProgressJournal
from dotop_nb.ui.views import WIDGET_MIME, SessionView
from dotop_nb.ui.widget import PLAIN, ProposalWidget
from tests.helpers import deployment
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)

MIME = audit.MIME
T0 = datetime(2026, 11, 26, 12, 0, 0, tzinfo=UTC)


def make_session(
    sid: str = "op-20261126-1a2b3c4d",
    *,
    server: str = "https://127.0.0.1:6443",
    version: str = "1234",
    at: datetime = T0,
    intent: str = "scale my-api to 3",
    replicas: int = 3,
) -> Session:
    target = Target(kind="Deployment", name="my-api", namespace="shop")
    draft = Proposal(
        session_id=sid,
        intent=intent,
        namespace="shop",
        cluster=ClusterRef(server=server, context="dotop-test"),
        planner="offline",
        analysis="my-api runs 2 replicas.",
        operations=[ScaleOp(target=target, replicas=replicas)],
        dry_run=[
            DryRunResult(
                ok=True,
                action="update",
                diff=[FieldChange(path="spec.replicas", before=2, after=replicas)],
            )
        ],
        target_versions={target.key: version},
        created_at=at,
    )
    proposal = draft.model_copy(update={"plan_hash": draft.compute_hash()})
    session = Session(id=sid, intent=intent, namespace="shop", created_at=at, proposals=[proposal])
    session.message = f"proposed 1 operation(s); approve plan {proposal.plan_hash[:12]}"
    return session


def executed(session: Session, *, at: datetime = T0, by: str = "alice") -> Session:
    s = session.model_copy(deep=True)
    p = s.proposal
    s.approval = Approval(by=by, at=at, plan_hash=p.plan_hash, interactive=True, revision=1)
    s.execution = [
        OperationRecord(
            index=0,
            summary=p.operations[0].summary(),
            target=p.operations[0].target,
            status="applied",
            after_resource_version="1300",
            message="applied",
            started_at=at,
            finished_at=at,
        )
    ]
    s.validation = ValidationReport(
        ok=True,
        checks=[Check(name="rollout my-api", ok=True, message="rolled out")],
        attempts=3,
        seconds=1.7,
    )
    s.status = "executed"
    s.message = "executed 1 operation(s); validation passed"
    return s


@pytest.fixture(scope="module")
def shell() -> InteractiveShell:
    return InteractiveShell.instance()


# ------------------------------------------------------------------------------ parsing
@pytest.mark.parametrize(
    ("line", "options", "words"),
    [
        ("scale my-api to 3 -n shop", {"namespace": "shop"}, ["scale", "my-api", "to", "3"]),
        ("--namespace=shop --approve scale it", {"namespace": "shop", "approve": True}, None),
        ("scale to -1 replicas", {}, ["scale", "to", "-1", "replicas"]),
        (
            "-n shop -- -n --approve stay words",
            {"namespace": "shop"},
            ["-n", "--approve", "stay", "words"],
        ),
        ("set {x} and $y", {}, ["set", "{x}", "and", "$y"]),
    ],
)
def test_options_are_parsed_and_the_rest_is_kept_literally(
    line: str, options: dict[str, Any], words: list[str] | None
) -> None:
    parsed = parse(line.split(), INTENT_OPTIONS, what="%operate")
    assert parsed.options == options
    if words is not None:
        assert parsed.words == words


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("scale --namspace shop", "unknown option '--namspace'"),
        ("scale -n", "-n needs a value"),
        ("scale -n --approve", "-n needs a value"),
        ("--approve=yes", "--approve takes no value"),
    ],
)
def test_bad_options_are_config_errors(line: str, message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        parse(line.split(), INTENT_OPTIONS, what="%operate")


def test_an_approval_hash_may_be_the_shown_prefix_of_the_current_plan_only() -> None:
    session = make_session()
    current = session.proposal.plan_hash
    assert _resolve_hash(session, "") == current
    assert _resolve_hash(session, current[:12]) == current
    assert _resolve_hash(session, "f" * 64) == "f" * 64  # the service refuses it, with its reason
    for bad in (current[:11], "0" * 12):
        with pytest.raises(ExecutionRefused, match="current plan is"):
            _resolve_hash(session, bad)


# ------------------------------------------------------------------------------ the record
def test_the_record_round_trips_and_its_checks_pass() -> None:
    data, meta = audit.record(executed(make_session()))
    assert data["v"] == 1
    assert data["decision"] == "approved"
    assert data["validation"] == {
        "ok": True,
        "checks": [{"name": "rollout my-api", "ok": True, "message": "rolled out"}],
    }
    assert meta["approval"]["by"] == "alice"
    assert meta["validation"] == {"attempts": 3, "seconds": 1.7}
    assert json.loads(json.dumps([data, meta])) == [data, meta]
    assert audit.check(data, meta) == []


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (lambda d, m: d["operations"][0]["spec"].update(replicas=30), "plan hash"),
        (lambda d, m: m["target_versions"].update({"x": "1"}), "plan hash"),
        (lambda d, m: m["cluster"].update(server="https://prod:6443"), "plan hash"),
        (lambda d, m: m["approval"].update(plan_hash="0" * 64), "approval is for a different"),
        (lambda d, m: d["operations"][0].update(summary="scale nothing"), "summary does not match"),
        (lambda d, m: d["operations"][0]["spec"].update(kind="launch"), "not a valid operation"),
        (lambda d, m: d.update(decision="none"), "decision does not match"),
        (lambda d, m: m.update(approval=None), "without an approval"),
    ],
)
def test_edits_are_found_even_when_the_signature_is_recomputed(edit: Any, problem: str) -> None:
    data, meta = audit.record(executed(make_session()))
    edit(data, meta)
    assert any("signature does not match" in p for p in audit.check(data, meta))
    # Someone holding the key re-signs the edit: the record's own checks still catch it.
    meta = audit.sign(data, meta)
    assert any(problem in p for p in audit.check(data, meta)), audit.check(data, meta)


def test_an_unknown_record_version_is_reported_as_such() -> None:
    data, meta = audit.record(make_session())
    data["v"] = 2
    assert audit.check(data, meta) == ["unsupported record version 2"]


# ------------------------------------------------------------------------------ outputs
def test_the_view_has_three_mime_types_and_escapes_everything() -> None:
    session = make_session(intent="scale my-api to 3 <script>alert(1)</script>")
    session.proposals[0] = session.proposal.model_copy(
        update={"analysis": "<img src=x onerror=alert(1)> & more"}
    )
    data, meta = SessionView(session)._repr_mimebundle_()
    assert set(data) == {"text/plain", "text/html", MIME}
    assert set(meta) == {MIME}
    page = data["text/html"]
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&amp; more" in page
    assert 'data-session="op-20261126-1a2b3c4d"' in page
    # No buttons beside it: the record never tells anyone to press one (issue 9 §3).
    assert (
        "To approve: a new cell with `%operate approve op-20261126-1a2b3c4d" in data["text/plain"]
    )
    assert "button" not in data["text/plain"]


def _sanitized(text: str) -> str:
    for regex, replace in get_sanitize_patterns(SANITIZE_FILE.read_text()):
        text = re.sub(regex, replace, text)
    return text


@pytest.mark.parametrize("state", ["proposed", "executed"])
def test_two_runs_of_a_runbook_compare_equal_under_nbval_with_the_sanitizer(state: str) -> None:
    """nbval compares data exactly (the JSON record unsanitized) and output metadata never."""
    one = make_session("op-20261126-1a2b3c4d", server="https://127.0.0.1:6443", version="41")
    two = make_session(
        "op-20261127-9f8e7d6c",
        server="https://127.0.0.1:39117",
        version="977",
        at=T0 + timedelta(days=1),
    )
    if state == "executed":
        one = executed(one)
        two = executed(two, at=T0 + timedelta(days=1))
        two.validation = two.validation.model_copy(update={"attempts": 9, "seconds": 12.25})  # type: ignore[union-attr]
    first, _ = SessionView(one)._repr_mimebundle_()
    second, _ = SessionView(two)._repr_mimebundle_()
    assert first[MIME] == second[MIME]
    assert first["text/plain"] != second["text/plain"]
    assert _sanitized(first["text/plain"]) == _sanitized(second["text/plain"])
    assert _sanitized(first["text/html"]) == _sanitized(second["text/html"])


def test_the_drift_path_lookup_takes_dotted_keys_and_named_items() -> None:
    obj = {
        "spec": {
            "replicas": 3,
            "template": {
                "metadata": {"annotations": {"kubectl.kubernetes.io/restartedAt": "T"}},
                "spec": {"containers": [{"name": "app", "image": "nginx:1.27"}]},
            },
        }
    }
    assert audit.lookup(obj, "spec.replicas") == 3
    assert (
        audit.lookup(obj, "spec.template.metadata.annotations.kubectl.kubernetes.io/restartedAt")
        == "T"
    )
    assert audit.lookup(obj, "spec.template.spec.containers[app].image") == "nginx:1.27"
    assert audit.lookup(obj, "spec.template.spec.containers[app]") == {
        "name": "app",
        "image": "nginx:1.27",
    }
    assert audit.lookup(obj, "spec.template.spec.containers[web].image") is audit._MISSING
    assert audit.lookup(obj, "spec.paused") is audit._MISSING


# ------------------------------------------------------------------------------ the widget
class JournalOperator:
    """The Operator's decision methods over a real journal, for the widget's refine, reject and
    question paths (execution runs the real engine over the in-memory cluster, below)."""

    def __init__(self, session: Session, folder: Path) -> None:
        self.journal = ProgressJournal(folder)
        session.log("created")
        self.journal.save(session)
        self.user = "bob"
        self.executions: list[dict[str, Any]] = []

    def session(self, session_id: str) -> Session:
        return self.journal.load(session_id)

    def execute(self, session_id: str, **kwargs: Any) -> Session:
        self.executions.append(kwargs)
        s = self.session(session_id)
        done = executed(s, by=kwargs["approver"])
        s.approval, s.status = done.approval, "executing"
        s.log("approved")
        self.journal.save(s)
        s.execution = done.execution
        s.log("operation_applied")
        self.journal.save(s)
        s.validation, s.status, s.message = done.validation, "executed", done.message
        s.log("executed")
        self.journal.save(s)
        return s

    def refine(self, session_id: str, text: str) -> Proposal:
        s = self.session(session_id)
        again = make_session(session_id, intent=s.intent, replicas=4)
        s.refinements.append(text)
        s.proposals.append(again.proposal.model_copy(update={"revision": 2}))
        s.log("refined", text)
        self.journal.save(s)
        return s.proposal

    def reject(self, session_id: str, *, reason: str = "") -> Session:
        s = self.session(session_id)
        s.status, s.rejected_by, s.message = "rejected", self.user, f"rejected: {reason}"
        s.log("rejected")
        self.journal.save(s)
        return s


def _views(data: dict[str, Any]) -> dict[str, Any]:
    """An output's representations as the audit reads them (record and widget pointer aside)."""
    return {k: v for k, v in data.items() if k not in (MIME, WIDGET_MIME)}


def beside_buttons(operator: JournalOperator) -> tuple[ProposalWidget, str]:
    """The widget and the display id of the record shown beside it, as ``%operate`` shows them."""
    session = operator.session("op-20261126-1a2b3c4d")
    with capture_output():
        shown = views.show_session(session, buttons=True)
    return ProposalWidget(operator, session, approver="alice"), shown  # type: ignore[arg-type]


def test_approve_runs_once_with_progress_and_updates_the_record(
    shell: InteractiveShell, tmp_path: Path
) -> None:
    """The real engine over the in-memory cluster: the widget's button executes the plan."""
    cluster, operator = engine(
        tmp_path, deployment("my-api", "shop"), journal=ProgressJournal(tmp_path / "sessions")
    )
    proposal = operator.analyze("scale my-api to 3 replicas", namespace="shop")
    session = operator.session(proposal.session_id)
    widget = ProposalWidget(operator, session, approver="bob")
    assert repr(widget) == PLAIN
    with capture_output() as io:
        shown = views.show_session(session, widget=widget)
    # One output: the widget's view beside the signed record, its text and its HTML.
    [output] = io.outputs
    assert set(output.data) == {WIDGET_MIME, "text/plain", "text/html", MIME}
    assert output.data[WIDGET_MIME] == {
        "version_major": 2,
        "version_minor": 0,
        "model_id": widget.box.model_id,
    }
    assert "the Approve / Reject buttons below" in output.data["text/plain"]
    assert audit.check(output.data[MIME], output.metadata[MIME], _views(output.data)) == []
    # The widget shows the record's own HTML above its buttons: the same text, not a repeat.
    assert widget.record.value == output.data["text/html"]

    with capture_output() as io:
        widget.approve_button.click()
        assert widget.wait(10)
    # The one output, in place: writing, then validating (still with the controls), then the
    # outcome as the plain record (no widget view left to fail after a reload).
    assert all(u.update is True for u in io.outputs)
    assert {u.transient["display_id"] for u in io.outputs} == {shown}
    assert [u.data[MIME]["status"] for u in io.outputs] == ["executing", "executing", "executed"]
    assert [WIDGET_MIME in u.data for u in io.outputs] == [True, True, False]
    assert all(
        audit.check(u.data[MIME], u.metadata[MIME], _views(u.data)) == [] for u in io.outputs
    )
    assert [u.data["text/plain"].splitlines()[0].rsplit(" · ", 1)[-1] for u in io.outputs] == [
        "operation 1 of 1",
        "validating the result",
        "executed",
    ]
    assert widget.log_text().splitlines() == [
        f"approved by bob: running 1 operation(s) of plan {widget.plan_hash[:12]}",
        "✓ 1/1 applied: scale deployment/my-api in shop to 3 replicas",
        "validating the result …",
        "validation passed",
        "  ✓ deployment/my-api in shop rolled out: deployment my-api successfully rolled out",
        "executed: executed 1 operation(s); validation passed",
    ]
    assert all(b.disabled for b in widget.buttons)
    assert operator.journal.listeners == []
    session = operator.session(proposal.session_id)
    assert session.approval is not None
    assert (session.approval.by, session.approval.interactive) == ("bob", True)
    deployed = cluster.get("apps/v1", "Deployment", "my-api", "shop")
    assert deployed is not None
    assert deployed["spec"]["replicas"] == 3
    version = deployed["metadata"]["resourceVersion"]

    with capture_output() as io:
        widget.approve_button.click()
        assert widget.wait(10)
        widget.refine_button.click()
        widget.reject_button.click()
    assert io.outputs == []
    assert (
        cluster.get("apps/v1", "Deployment", "my-api", "shop")["metadata"][  # type: ignore[index]
            "resourceVersion"
        ]
        == version
    )


def test_a_refused_approval_shows_why_and_leaves_the_widget_usable(
    shell: InteractiveShell, tmp_path: Path
) -> None:
    """Someone scales the deployment after the plan was made: the engine refuses."""
    cluster, operator = engine(
        tmp_path, deployment("my-api", "shop"), journal=ProgressJournal(tmp_path / "sessions")
    )
    proposal = operator.analyze("scale my-api to 3 replicas", namespace="shop")
    widget = ProposalWidget(operator, operator.session(proposal.session_id), approver="bob")
    cluster.client().request(
        "PATCH",
        "/apis/apps/v1/namespaces/shop/deployments/my-api",
        body={"spec": {"replicas": 4}},
        content_type="application/merge-patch+json",
    )
    with capture_output():
        widget.approve_button.click()
        assert widget.wait(10)
    assert "changed since the plan was made" in widget.status.value
    assert "ExecutionRefused" in widget.status.value
    assert not widget.decided
    assert not widget.refine_button.disabled
    assert cluster.get("apps/v1", "Deployment", "my-api", "shop")["spec"]["replicas"] == 4  # type: ignore[index]


def test_refine_replaces_the_record_and_keeps_the_plan_hash_current(
    shell: InteractiveShell, tmp_path: Path
) -> None:
    operator = JournalOperator(make_session(), tmp_path)
    widget, _ = beside_buttons(operator)
    first, record = widget.plan_hash, widget.record.value
    widget.text.value = "use 4 instead"
    with capture_output() as io:
        widget.refine_button.click()
    assert io.outputs[0].data[MIME]["revision"] == 2
    assert widget.plan_hash != first
    assert widget.record.value != record
    assert widget.record.value == io.outputs[0].data["text/html"]
    earlier = widget.record.value
    assert (
        "revision 1 (superseded by revision 2 after &quot;use 4 instead&quot;): "
        "scale deployment/my-api in shop to 3 replicas"
    ) in earlier
    assert "use 4 instead" in earlier
    assert not widget.approve_button.disabled
    with capture_output():
        widget.approve_button.click()
        assert widget.wait(10)
    assert operator.executions[0]["approve"] == widget.plan_hash


def test_a_question_disables_approve_but_not_refine(
    shell: InteractiveShell, tmp_path: Path
) -> None:
    session = make_session()
    session.proposals[0] = session.proposal.model_copy(
        update={"status": "needs_clarification", "question": "Which deployment?"}
    )
    session.status = "needs_clarification"
    operator = JournalOperator(session, tmp_path)
    widget = ProposalWidget(operator, operator.session("op-20261126-1a2b3c4d"), approver="alice")  # type: ignore[arg-type]
    assert widget.approve_button.disabled
    assert widget.approve_button.tooltip == "not approvable: needs_clarification"
    assert not widget.refine_button.disabled
    assert "Which deployment?" in widget.record.value
    with capture_output():
        widget.approve_button.click()
        assert widget.wait(10)
    assert operator.executions == []


def test_reject_disables_everything(shell: InteractiveShell, tmp_path: Path) -> None:
    operator = JournalOperator(make_session(), tmp_path)
    widget, _ = beside_buttons(operator)
    widget.text.value = "not today"
    with capture_output() as io:
        widget.reject_button.click()
    assert io.outputs[0].data[MIME]["status"] == "rejected"
    assert all(b.disabled for b in widget.buttons)
    with capture_output():
        widget.approve_button.click()
        assert widget.wait(10)
    assert operator.executions == []


def test_the_widget_shows_the_record_once_with_a_diff_and_the_kubectl_line_folded(
    shell: InteractiveShell, tmp_path: Path
) -> None:
    operator = JournalOperator(make_session(), tmp_path)
    widget = ProposalWidget(operator, operator.session("op-20261126-1a2b3c4d"), approver="alice")  # type: ignore[arg-type]
    page = widget.record.value
    # One rendering of the proposal (the record's), not a second set of panels.
    assert widget.box.children[0] is widget.record
    assert page.count("scale deployment/my-api in shop to 3 replicas") == 1
    assert "-  replicas: 2" in page
    assert "+  replicas: 3" in page
    assert "<details><summary>kubectl, operation</summary>" in page
    assert "kubectl scale deployment/my-api --replicas=3 -n shop" in page
    assert page.count("<details>") == 1
    assert "planner" in page.lower()


def test_html_helpers_escape_table_cells() -> None:
    page = html.table(["a"], [["<b>x</b>"]], title="<t>")
    assert "<b>x" not in page
    assert "&lt;t&gt;" in page


# ------------------------------------------------------------------------------ signed views
def _output(session: Session) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    bundle, metadata = SessionView(session)._repr_mimebundle_()
    views = {k: v for k, v in bundle.items() if k != MIME}
    return bundle[MIME], metadata[MIME], views


def test_the_record_signs_what_reviewers_read() -> None:
    data, meta, views = _output(executed(make_session()))
    assert set(meta["views"]) == {"text/plain", "text/html"}
    assert set(meta["signature"]) == {"alg", "key", "mac"}
    assert audit.check(data, meta, views) == []
    assert audit.trust(data, meta, views)[0] == "verified"
    # nbformat and JupyterLab store multi-line strings as lists of lines: the same text.
    lines = {k: v.splitlines(keepends=True) for k, v in views.items()}
    assert audit.check(data, meta, lines) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda v: v.update({"text/html": v["text/html"].replace("alice", "bob")}), "text/html"),
        (lambda v: v.update({"text/plain": v["text/plain"] + " "}), "text/plain"),
        (lambda v: v.pop("text/html"), "the text/html representation was removed"),
        (
            lambda v: v.update({"text/markdown": "# approved"}),
            "text/markdown representation was not",
        ),
    ],
)
def test_an_edit_of_a_representation_is_tampering(change: Any, problem: str) -> None:
    data, meta, views = _output(executed(make_session()))
    change(views)
    problems = audit.check(data, meta, views)
    assert any(problem in p for p in problems), problems
    assert audit.trust(data, meta, views)[0] == "tampered"


def test_a_record_signed_by_another_key_is_unverified_unless_the_key_is_shared() -> None:
    data, meta, views = _output(executed(make_session()))
    colleague = Keyring.of(b"c" * 64)
    state, verdict, problems = audit.trust(data, meta, views, keys=colleague)
    assert (state, problems) == ("unverified", [])
    assert verdict.key_id == meta["signature"]["key"]
    team = Keyring.of(b"t" * 64)
    meta = audit.sign(data, meta, keys=team)
    assert audit.trust(data, meta, views, keys=Keyring.of(b"c" * 64, b"t" * 64))[0] == "verified"
