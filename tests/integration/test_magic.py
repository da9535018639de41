"""``%operate`` in a real IPython InteractiveShell, against the real local control plane.

Cells run through ``shell.run_cell`` exactly as a kernel runs them (magics, variable expansion,
exceptions and ``_render_traceback_``); outputs are captured with their display ids.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from IPython.core.interactiveshell import ExecutionResult, InteractiveShell
from IPython.utils.capture import CapturedIO, capture_output
from traitlets.config import Config

from dotop_nb import audit
from dotop_nb.app import approval as approval_module
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import ConfigError
from dotop_nb.magics import SUBCOMMANDS, ChangeFailed, DriftDetected, NotExecutable, OperateMagics
from dotop_nb.magics import parsing as module
from dotop_nb.sessions import SessionNotFound
from dotop_nb.ui.widget import PLAIN
from tests.helpers import deploy, deployment, wait_for

pytestmark = pytest.mark.integration

MIME = audit.MIME
WIDGET = "application/vnd.jupyter.widget-view+json"


@dataclass
class Cell:
    result: ExecutionResult
    io: CapturedIO

    @property
    def error(self) -> BaseException | None:
        return self.result.error_in_exec

    @property
    def records(self) -> list[Any]:
        return [o for o in self.io.outputs if MIME in o.data]

    @property
    def record(self) -> Any:
        [one] = self.records
        return one


class Notebook:
    """A shell with ``%operate`` loaded and configured for one test."""

    def __init__(self, shell: InteractiveShell, magics: OperateMagics) -> None:
        self.shell = shell
        self.magics = magics

    def run(self, source: str) -> Cell:
        with capture_output() as io:
            result = self.shell.run_cell(source, store_history=False)
        return Cell(result, io)

    def ok(self, source: str) -> Cell:
        cell = self.run(source)
        assert cell.error is None, f"{source!r} failed: {cell.error!r}\n{cell.io.stdout}"
        return cell

    def hash(self, session_id: str) -> str:
        """The current plan hash of a session, as its proposal shows it (12 characters)."""
        return self.magics.operator().session(session_id).proposal.plan_hash[:12]


def _forget_settings(shell: InteractiveShell) -> None:
    # %config merges into the shell's config, which outlives a test (the shell is a singleton).
    if "OperateMagics" in shell.config:
        del shell.config["OperateMagics"]


@pytest.fixture
def nb(kubeconfig: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Notebook]:
    """The shell as terminal IPython has it: a person at a terminal (stdin a TTY), so that
    `%operate approve` is interactive; the unattended cases say otherwise explicitly."""
    monkeypatch.setattr(approval_module, "stdin_is_tty", lambda: True)
    for name in ("DOTOP_UNATTENDED", "CI"):
        monkeypatch.delenv(name, raising=False)
    shell = InteractiveShell.instance()
    _forget_settings(shell)
    shell.run_line_magic("load_ext", "dotop_nb")
    magics = shell.magics_manager.registry["OperateMagics"]
    assert isinstance(magics, OperateMagics)
    (tmp_path / "policies").mkdir()
    notebook = Notebook(shell, magics)
    for line in (
        f"%config OperateMagics.kubeconfig = {kubeconfig!r}",
        f"%config OperateMagics.sessions_dir = {str(tmp_path / 'sessions')!r}",
        f"%config OperateMagics.policies_dir = {str(tmp_path / 'policies')!r}",
        "%config OperateMagics.planner = 'offline'",
        "%config OperateMagics.validation_timeout = 60.0",
        "%config OperateMagics.user = 'alice'",
    ):
        notebook.ok(line)
    try:
        yield notebook
    finally:
        shell.run_line_magic("unload_ext", "dotop_nb")
        _forget_settings(shell)


def replicas(kube: KubeClient, ns: str, name: str = "my-api") -> int:
    return int(kube.get("apps/v1", "Deployment", name, ns)["spec"]["replicas"])


def test_propose_is_one_record_with_three_mime_types_and_a_display_id_of_its_own(
    nb: Notebook, kube: KubeClient, namespace: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    cell = nb.ok(f"%operate scale my-api to 3 -n {namespace}")

    out = cell.record
    assert set(out.data) == {"text/plain", "text/html", MIME}
    data, meta = out.data[MIME], out.metadata[MIME]
    sid = meta["session_id"]
    assert out.transient["display_id"].startswith(f"{sid}/")
    assert not out.update
    assert data["v"] == 1
    assert data["status"] == "proposed"
    assert data["decision"] == "none"
    assert [o["spec"]["replicas"] for o in data["operations"]] == [3]
    assert data["dry_run"][0]["diff"] == [{"path": "spec.replicas", "before": 2, "after": 3}]
    assert audit.check(data, meta) == []
    # What nbval compares (the data) holds no id, hash, time or apiserver address.
    volatile = [sid, meta["plan_hash"], meta["created_at"][:10], meta["cluster"]["server"]]
    assert not [v for v in volatile if v in json.dumps(data)]
    assert f"%operate approve {sid} --hash {meta['plan_hash'][:12]}" in out.data["text/plain"]
    assert f'data-session="{sid}"' in out.data["text/html"]
    # A plain shell has no widget frontend: the record alone, and nothing changed.
    assert len(cell.io.outputs) == 1
    assert replicas(kube, namespace) == 2


def test_approve_in_a_later_cell_runs_once_and_a_rerun_shows_the_recorded_outcome(
    nb: Notebook, kube: KubeClient, namespace: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    proposed = nb.ok(f"%operate scale my-api to 3 -n {namespace}").record
    sid = proposed.metadata[MIME]["session_id"]
    short = proposed.metadata[MIME]["plan_hash"][:12]

    approved = nb.ok(f"%operate approve {sid} --hash {short}").record
    # A display id of its own: the proposal cell keeps its history, this cell shows what it did.
    assert approved.transient["display_id"] != proposed.transient["display_id"]
    assert "ran nothing again" not in approved.data["text/plain"]
    data, meta = approved.data[MIME], approved.metadata[MIME]
    assert data["status"] == "executed"
    assert data["decision"] == "approved"
    assert data["validation"]["ok"] is True
    assert meta["approval"]["by"] == "alice"
    assert meta["approval"]["interactive"] is True
    assert meta["approval"]["plan_hash"] == proposed.metadata[MIME]["plan_hash"]
    assert audit.check(data, meta) == []
    assert replicas(kube, namespace) == 3
    events = meta["events"]

    # Re-executing the notebook must be safe: the same cell shows the recorded outcome.
    again = nb.ok(f"%operate approve {sid} --hash {short}").record
    # ... in an output of its own, which rewrites neither the proposal nor the approval cell.
    assert again.transient["display_id"] not in {
        proposed.transient["display_id"],
        approved.transient["display_id"],
    }
    assert not again.update
    assert again.data[MIME]["status"] == "executed"
    assert again.metadata[MIME]["replayed"] is True
    assert again.metadata[MIME]["events"] == events
    assert again.data["text/plain"].startswith(f"RECORDED OUTCOME — session {sid} was already")
    assert "dotop-replayed" in again.data["text/html"]

    # A hash for another plan is refused, with nothing run.
    refused = nb.run(f"%operate approve {sid} --hash 0123456789ab")
    assert "was executed with plan" in str(refused.error)


def test_unattended_approval_cannot_satisfy_a_policy_that_requires_a_person(
    nb: Notebook, kube: KubeClient, namespace: str, tmp_path: Path
) -> None:
    (tmp_path / "policies" / "approval.yaml").write_text(
        "id: people-approve\nname: People Approve\neffect: require_approval\n"
        "rules: {require_approval_for: [scale]}\n"
    )
    deploy(kube, deployment("my-api", namespace, replicas=2))
    nb.ok("%config OperateMagics.unattended = True")
    sid = nb.ok(f"%operate scale my-api to 3 -n {namespace}").record.metadata[MIME]["session_id"]
    cell = nb.run(f"%operate approve {sid} --hash {nb.hash(sid)}")
    assert type(cell.error).__name__ == "ExecutionRefused"
    assert "interactive human approval is required" in str(cell.error)
    assert cell.record.data[MIME]["status"] == "proposed"
    nb.ok("%config OperateMagics.unattended = False")
    # An InteractiveShell in a script without a terminal: nobody can be asked, so unattended.
    with pytest.MonkeyPatch.context() as script:
        script.setattr(approval_module, "stdin_is_tty", lambda: False)
        cell = nb.run(f"%operate approve {sid} --hash {nb.hash(sid)}")
    assert type(cell.error).__name__ == "ExecutionRefused"
    assert "interactive human approval is required" in str(cell.error)
    assert replicas(kube, namespace) == 2
    # Terminal IPython (a person at the TTY: the fixture's default) is interactive.
    approved = nb.ok(f"%operate approve {sid} --hash {nb.hash(sid)}").record.data[MIME]
    assert approved["status"] == "executed"
    assert replicas(kube, namespace) == 3


def _widget_cell(nb: Notebook, intent: str) -> tuple[Cell, Any]:
    nb.ok("%config OperateMagics.widgets = 'on'")
    cell = nb.ok(intent)
    # One output per session (issue 12 §1): the widget's view beside the record.
    [record] = cell.io.outputs
    assert set(record.data) == {WIDGET, "text/plain", "text/html", MIME}
    widget = nb.magics.views[record.metadata[MIME]["session_id"]]
    assert repr(widget) == PLAIN
    assert record.data[WIDGET]["model_id"] == widget.box.model_id
    assert widget.record.value == record.data["text/html"]
    return cell, widget


def _click(button: Any, widget: Any = None) -> CapturedIO:
    """Click, and for Approve wait for the background run (the kernel is free meanwhile)."""
    with capture_output() as io:
        button.click()
        if widget is not None:
            assert widget.wait(60)
    return io


def test_widget_approve_executes_with_progress_and_a_second_click_does_nothing(
    nb: Notebook, kube: KubeClient, namespace: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    cell, widget = _widget_cell(nb, f"%operate scale my-api to 3 -n {namespace}")
    assert not widget.approve_button.disabled
    beside = cell.io.outputs[0]
    assert "the Approve / Reject buttons below" in beside.data["text/plain"]

    io = _click(widget.approve_button, widget)
    # The record beside the buttons, in place: writing, validating, then the outcome.
    assert [u.data[MIME]["status"] for u in io.outputs][-1] == "executed"
    # Decided: the output is the plain record (a reopened notebook shows it, no widget error).
    assert WIDGET not in io.outputs[-1].data
    assert all(WIDGET in u.data for u in io.outputs[:-1])
    assert "executing" in [u.data[MIME]["status"] for u in io.outputs[:-1]]
    assert all(u.update for u in io.outputs)
    assert {u.transient["display_id"] for u in io.outputs} == {beside.transient["display_id"]}
    update = io.outputs[-1]
    assert update.metadata[MIME]["approval"]["by"] == "alice"
    assert update.metadata[MIME]["approval"]["interactive"] is True
    assert replicas(kube, namespace) == 3
    log = widget.log_text()
    assert "approved by alice: running 1 operation(s)" in log
    assert "✓ 1/1 applied: scale deployment/my-api" in log
    assert "validating the result" in log
    assert "validation passed" in log
    assert all(b.disabled for b in widget.buttons)
    assert widget.decided

    events = len(nb.magics.operator().session(widget.session_id).events)
    assert _click(widget.approve_button).outputs == []
    assert _click(widget.reject_button).outputs == []
    assert len(nb.magics.operator().session(widget.session_id).events) == events


def test_widget_refine_replaces_the_view_and_keeps_the_history(
    nb: Notebook, kube: KubeClient, namespace: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    _, widget = _widget_cell(nb, f"%operate scale my-api to 5 -n {namespace}")
    first = widget.plan_hash

    assert _click(widget.refine_button).outputs == []  # nothing typed: nothing happens
    assert "Type a correction" in widget.status.value
    widget.text.value = "use 4 instead"
    [update] = _click(widget.refine_button).outputs
    data, meta = update.data[MIME], update.metadata[MIME]
    assert data["revision"] == 2
    assert data["refinements"] == ["use 4 instead"]
    assert [o["spec"]["replicas"] for o in data["operations"]] == [4]
    assert data["history"] == [
        {
            "revision": 1,
            "status": "proposed",
            "operations": [f"scale deployment/my-api in {namespace} to 5 replicas"],
        }
    ]
    assert meta["history"][0]["plan_hash"] == first
    assert widget.plan_hash == meta["plan_hash"] != first
    assert widget.text.value == ""
    assert "Earlier revisions" in update.data["text/plain"]

    _click(widget.approve_button, widget)
    assert replicas(kube, namespace) == 4


def test_widget_reject_records_who_and_why_and_changes_nothing(
    nb: Notebook, kube: KubeClient, namespace: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    _, widget = _widget_cell(nb, f"%operate scale my-api to 3 -n {namespace}")
    widget.text.value = "not during the sale"
    [update] = _click(widget.reject_button).outputs
    assert update.data[MIME]["status"] == "rejected"
    assert update.data[MIME]["decision"] == "rejected"
    assert update.metadata[MIME]["rejected_by"] == "alice"
    assert "not during the sale" in update.metadata[MIME]["message"]
    assert all(b.disabled for b in widget.buttons)
    assert _click(widget.approve_button).outputs == []
    assert replicas(kube, namespace) == 2
    # The magic sees the same decision; approving it now is refused.
    refused = nb.run(f"%operate approve {widget.session_id} --hash {nb.hash(widget.session_id)}")
    assert "was rejected by alice" in str(refused.error)


def test_approve_by_magic_disables_the_live_widget(
    nb: Notebook, kube: KubeClient, namespace: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    _, widget = _widget_cell(nb, f"%operate scale my-api to 3 -n {namespace}")
    nb.ok(f"%operate approve {widget.session_id} --hash {nb.hash(widget.session_id)}")
    assert widget.session.status == "executed"
    assert all(b.disabled for b in widget.buttons)


def test_errors_are_real_exceptions_with_short_messages(
    nb: Notebook, kube: KubeClient, namespace: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    cases = {
        f"%operate scale my-api to 3 -n nope-{namespace}": (ConfigError, "does not exist"),
        "%operate approve op-20260101-deadbeef --hash 0123456789ab": (
            SessionNotFound,
            "no session",
        ),
        "%operate approve ../../etc/passwd --hash 0123456789ab": (
            ConfigError,
            "is not a session id",
        ),
        "%operate approve op-20260101-deadbeef": (ConfigError, "needs the plan hash you reviewed"),
        "%operate approve op-20260101-deadbeef --hash abc": (ConfigError, "'abc' is not one"),
        "%operate scale my-api --namspace x": (ConfigError, "unknown option '--namspace'"),
        "%operate": (ConfigError, "say what to do"),
        "%operate -n": (ConfigError, "-n needs a value"),
        "%%operate status\nbody": (ConfigError, "not a cell magic"),
    }
    for source, (kind, text) in cases.items():
        cell = nb.run(source)
        assert isinstance(cell.error, kind), (source, cell.error)
        assert text in str(cell.error), (source, str(cell.error))
        shown = cell.io.stdout
        assert "Traceback" not in shown, shown
        assert shown.startswith(type(cell.error).__name__ + ": "), shown
        assert len(shown.splitlines()) <= 3, shown

    # Headless approval of a plan a policy denies: the record is shown, then the cell fails.
    (tmp_path / "policies" / "deny.yaml").write_text(
        "id: no-scaling\nname: No Scaling\neffect: deny\nrules: {forbidden_operations: [scale]}\n"
    )
    nb.ok("%config OperateMagics.policies_dir = " + repr(str(tmp_path / "policies")))
    nb.magics._retire_all()  # policies are read when the engine starts
    cell = nb.run(f"%operate scale my-api to 3 -n {namespace} --approve")
    assert isinstance(cell.error, NotExecutable)
    assert "blocked" in str(cell.error)
    assert cell.record.data[MIME]["status"] == "blocked"
    assert replicas(kube, namespace) == 2


def test_a_session_is_approved_only_against_the_cluster_it_was_planned_on(
    nb: Notebook, kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    sid = nb.ok(f"%operate scale my-api to 3 -n {namespace}").record.metadata[MIME]["session_id"]
    other = yaml.safe_load(Path(kubeconfig).read_text())
    for entry in other["clusters"]:
        entry["cluster"]["server"] = "https://127.0.0.2:1"
    elsewhere = tmp_path / "elsewhere.kubeconfig"
    elsewhere.write_text(yaml.safe_dump(other))
    plan_hash = nb.hash(sid)
    nb.ok(f"%config OperateMagics.kubeconfig = {str(elsewhere)!r}")
    cell = nb.run(f"%operate approve {sid} --hash {plan_hash}")
    assert isinstance(cell.error, ConfigError)
    assert "was planned against https://127.0.0.1:" in str(cell.error)
    assert "connected to https://127.0.0.2:1" in str(cell.error)
    assert replicas(kube, namespace) == 2


def test_headless_approve_runs_at_once_and_a_failed_change_fails_the_cell(
    nb: Notebook, kube: KubeClient, namespace: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    cell = nb.ok(f"%operate scale my-api to 3 -n {namespace} --approve")
    [record] = cell.io.outputs  # one output, shown once the change is done
    assert record.data[MIME]["status"] == "executed"
    assert record.metadata[MIME]["approval"]["interactive"] is False
    assert replicas(kube, namespace) == 3

    # An image that cannot be pulled (a reserved image of the local cluster) fails validation;
    # the change is rolled back and the cell fails, after showing the record.
    failed = nb.run(
        f"%operate update my-api to registry.invalid/dotop/unpullable:1 -n {namespace} --approve"
    )
    assert isinstance(failed.error, ChangeFailed), failed.io.stdout
    assert "rolled_back" in str(failed.error)
    data = failed.record.data[MIME]
    assert data["status"] == "rolled_back"
    assert data["validation"]["ok"] is False
    assert data["rollback"]["performed"] is True
    assert data["rollback"]["verified"] is True
    assert "ImagePullBackOff" in failed.record.data["text/plain"]


def test_intent_text_is_never_expanded(nb: Notebook, kube: KubeClient, namespace: str) -> None:
    nb.shell.user_ns["x"] = "EXPANDED"
    cell = nb.ok(f"%operate scale {{x}} to $x replicas using {{.spec.replicas}} -n {namespace}")
    assert cell.record.data[MIME]["intent"] == "scale {x} to $x replicas using {.spec.replicas}"
    body = nb.ok(f"%%operate -n {namespace}\nscale {{x}} to $x\n").record
    assert body.data[MIME]["intent"] == "scale {x} to $x"
    literal = nb.ok(f"%operate -n {namespace} -- -n is not an option here").record
    assert literal.data[MIME]["intent"] == "-n is not an option here"


def test_settings_are_traitlets_and_a_change_rebuilds_the_engine(
    nb: Notebook, caplog: pytest.LogCaptureFixture
) -> None:
    magics = nb.magics
    engine = magics.operator()
    assert magics.operator() is engine
    nb.ok("%config OperateMagics.validation_timeout = 33.0")
    rebuilt = magics.operator()
    assert rebuilt is not engine
    assert rebuilt.validation_timeout == 33.0
    assert rebuilt.user == "alice"

    # %config reports a bad value (it logs it) and keeps the setting as it was.
    nb.ok("%config OperateMagics.planner = 'crystal-ball'")
    assert magics.planner == "offline"
    assert "unknown planner 'crystal-ball'" in caplog.text
    nb.ok("%config OperateMagics.widgets = 'sometimes'")
    assert magics.widgets == "auto"

    listing = nb.ok("%config OperateMagics")
    names = "planner namespace context kubeconfig sessions_dir policies_dir validation_timeout"
    for name in (*names.split(), "request_timeout", "user", "widgets", "unattended", "rollback"):
        assert f"OperateMagics.{name}" in listing.io.stdout, name


def test_settings_come_from_ipython_config_and_env(
    kubeconfig: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shell = InteractiveShell.instance()
    config = Config()
    config.OperateMagics.namespace = "shop"
    config.OperateMagics.planner = "offline"
    monkeypatch.setenv("DOTOP_USER", "carol")
    monkeypatch.setenv("DOTOP_UNATTENDED", "1")
    previous = shell.config
    shell.config = config
    try:
        shell.run_line_magic("load_ext", "dotop_nb")
        magics = shell.magics_manager.registry["OperateMagics"]
        assert (magics.namespace, magics.planner) == ("shop", "offline")
        assert (magics.user, magics.unattended) == ("carol", True)
    finally:
        shell.run_line_magic("unload_ext", "dotop_nb")
        shell.config = previous
    assert "operate" not in shell.magics_manager.magics["line"]


def test_help_names_every_subcommand_and_option(nb: Notebook) -> None:
    shown = nb.ok("%operate?").io.stdout
    helptext = nb.ok("%operate help").io.stdout
    for text in (shown, helptext):
        for sub in SUBCOMMANDS:
            assert f"%operate {sub}" in text, sub
        options = {
            *module.INTENT_OPTIONS,
            *module.APPROVE_OPTIONS,
            *module.HISTORY_OPTIONS,
            *module.VERIFY_OPTIONS,
            *module.CAPABILITY_OPTIONS,
        }
        for option in options:
            assert option in text, option


def test_verify_reports_drift_from_what_was_applied(
    nb: Notebook, kube: KubeClient, namespace: str
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    sid = nb.ok(f"%operate scale my-api to 3 -n {namespace}").record.metadata[MIME]["session_id"]
    nb.ok(f"%operate approve {sid} --hash {nb.hash(sid)}")

    cell = nb.ok(f"%operate verify {sid}")
    [out] = cell.io.outputs
    assert out.data["application/vnd.dotop.drift+json"]["in_sync"] is True
    assert out.data["text/plain"].startswith("in sync")

    kube.request(
        "PATCH",
        f"/apis/apps/v1/namespaces/{namespace}/deployments/my-api/scale",
        body={"spec": {"replicas": 5}},
        content_type="application/merge-patch+json",
    )
    wait_for(lambda: replicas(kube, namespace) == 5, what="manual scale")
    drifted = nb.ok(f"%operate verify {sid}")
    text = drifted.io.outputs[0].data["text/plain"]
    assert text.startswith("DRIFT: 1 of 1 changes")
    assert "spec.replicas: applied 3, now 5" in text
    strict = nb.run(f"%operate verify {sid} --strict")
    assert isinstance(strict.error, DriftDetected)


def test_status_history_policies_capabilities_and_patterns(
    nb: Notebook, kube: KubeClient, namespace: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    (tmp_path / "policies" / "min.yaml").write_text(
        "id: min-two\nname: Two Replicas\neffect: warn\nrules: {min_replicas: 2}\n"
    )
    nb.magics._retire_all()
    sid = nb.ok(f"%operate scale my-api to 3 -n {namespace}").record.metadata[MIME]["session_id"]

    status = nb.ok("%operate status").record
    assert status.transient["display_id"].startswith(f"{sid}/")
    assert not status.update
    assert nb.ok(f"%operate status {sid}").record.metadata[MIME]["session_id"] == sid

    history = nb.ok("%operate history --limit 5").io.outputs[0]
    assert sid in history.data["text/plain"]
    assert history.data["application/vnd.dotop.table+json"]["rows"][0][0] == sid

    policies = nb.ok("%operate policies").io.outputs[0].data["text/plain"]
    assert "min-two" in policies
    assert "min_replicas=2" in policies

    capabilities = nb.ok("%operate capabilities").io.outputs[0]
    names = [r[0] for r in capabilities.data["application/vnd.dotop.table+json"]["rows"]]
    assert "hpa" in names


def test_patterns_are_listed_and_searched_when_the_knowledge_engine_is_there(
    nb: Notebook, repo_root: Path
) -> None:
    nb.ok(f"%config OperateMagics.patterns_dir = {str(repo_root / 'patterns')!r}")
    listed = nb.ok("%operate patterns").io.outputs[0].data["application/vnd.dotop.table+json"]
    assert "stateless-ha" in [r[0] for r in listed["rows"]]
    found = nb.ok("%operate patterns make checkout survive a node failure").io.outputs[0]
    rows = found.data["application/vnd.dotop.table+json"]["rows"]
    assert 0 < len(rows) <= 5
    assert "stateless-ha" in [r[0] for r in rows]
