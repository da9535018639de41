"""The proposal widget: review a plan and Approve / Refine / Reject it in a live notebook.

Everything the proposal holds is here — analysis, changes grouped create / update / delete with
field diffs, kubectl equivalents and manifests folded in accordions, dry-run verdicts, policy
decisions with reasons, patterns, capabilities, risks and planner usage. Approve is bound to the
plan hash shown: it runs ``app.workflow.approve`` (an interactive approval by <user>) in a
background thread, so the kernel stays free for other cells while the change validates. That
one worker does every session and journal write of the run; the widget only sets traits from it
(thread-safe in ipywidgets) and shows each operation as it is applied, the rollout's progress
(``3/5 updated, 2 available``), the time elapsed and the time left before the validation timeout.
Cancel stops the wait and rolls back what was changed (:class:`~dotop_nb.ports.RunControl`).
Refine and Reject run in the click callback (they only plan or record), while an ``Output``
widget captures anything printed meanwhile (prints in a callback would otherwise land in
JupyterLab's log console). Enter in the text box refines.

Each decision, and each phase of an approved run (writing, validating), also replaces
the ordinary record output shown beside the buttons in the same cell
(:func:`dotop_nb.ui.views.update_session`), which is what a saved notebook keeps: widget state is
not saved by default. A click whose update cannot reach that output (after a page reload the
browser no longer maps its display id) still records the outcome in the session journal, where
the record says it lives.

After a decision every button is disabled, and a second click does nothing (clicks are queued
while the kernel runs the first one; a flag makes the later ones no-ops).
"""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from dotop_nb import lifecycle, report
from dotop_nb.app import Approval, workflow
from dotop_nb.errors import DotopError
from dotop_nb.models import Operation, Proposal, Session
from dotop_nb.ports import LiveCheck, RunControl
from dotop_nb.ui import html, views
from dotop_nb.ui.progress import ProgressJournal

if TYPE_CHECKING:
    from dotop_nb.service import Operator

# The widget's text/plain: what nbval compares and what viewers without widget support show.
PLAIN = "dotop-nb proposal controls (Approve / Refine / Reject need a live kernel)"


def _yaml(value: Any) -> str:
    import yaml  # noqa: PLC0415 -- only for display

    return str(yaml.safe_dump(value, sort_keys=False, default_flow_style=False))


def _code(text: str, rows: int) -> Any:
    # A Textarea so the text can be selected and copied as is.
    area = w.Textarea(value=text, rows=min(max(rows, 2), 20), layout=w.Layout(width="100%"))
    area.add_class("dotop-code")
    return area


def operation_panel(op: Operation, dry: Any) -> Any:
    """Dry-run verdict and field diff, the kubectl equivalent, and the manifest on demand."""
    verdict = "dry-run ok" if dry is None or dry.ok else "DRY-RUN FAILED"
    message = f": {dry.message}" if dry is not None and dry.message not in ("", "accepted") else ""
    diff = html.diff_table(dry.diff) if dry is not None else ""
    spec = op.model_dump(mode="json")
    manifest = _yaml(spec.get("manifest", spec))
    manifests = w.Accordion(
        children=[_code(manifest, manifest.count("\n") + 1)], selected_index=None
    )
    manifests.set_title(0, "manifest" if "manifest" in spec else "operation spec")
    kubectl = op.kubectl()
    return w.VBox(
        [
            w.HTML(f"<b>{html.e(verdict)}</b>{html.e(message)}{diff}"),
            w.HTML("kubectl equivalent (to read or copy; dotop-nb never runs a shell):"),
            _code(kubectl, kubectl.count("\n") + 1),
            manifests,
        ]
    )


def details(p: Proposal) -> list[Any]:
    """The widgets that show one proposal."""
    parts: list[Any] = []
    head = [
        f"<b>Intent</b> {html.e(p.intent)}",
        f"<b>Cluster</b> {html.e(p.cluster.server)} ({html.e(p.cluster.context or 'no context')})"
        f" · <b>namespace</b> {html.e(p.namespace)}",
    ]
    parts.append(w.HTML("<br>".join(head)))
    if p.question:
        parts.append(w.HTML(f"<b>Question:</b> {html.e(p.question)} <i>(answer with Refine)</i>"))
    if p.analysis:
        parts.append(
            w.HTML(f"<b>Analysis</b><pre style='white-space:pre-wrap'>{html.e(p.analysis)}</pre>")
        )
    groups: dict[str, list[tuple[int, Operation]]] = {"create": [], "update": [], "delete": []}
    for index, op in enumerate(p.operations):
        dry = p.dry_run[index] if index < len(p.dry_run) else None
        action = dry.action if dry is not None and dry.action in groups else "update"
        groups[action].append((index, op))
    for group, members in groups.items():
        if not members:
            continue
        panels = []
        titles = []
        for index, op in members:
            dry = p.dry_run[index] if index < len(p.dry_run) else None
            panels.append(operation_panel(op, dry))
            ok = "ok" if dry is None or dry.ok else "FAILED"
            titles.append(f"{index + 1}. {op.summary()} (dry-run {ok})")
        accordion = w.Accordion(children=panels, selected_index=None)
        for i, title in enumerate(titles):
            accordion.set_title(i, title)
        parts += [w.HTML(f"<b>{group.capitalize()} ({len(members)})</b>"), accordion]
    sections: list[tuple[str, list[str]]] = [
        (
            "Policies",
            [
                f"{d.effect}: {d.policy_id}"
                + (f" (operation {d.operation + 1})" if d.operation is not None else "")
                + f" — {d.reason}"
                for d in p.policy
            ],
        ),
        ("Risks", p.risks),
        ("Validation plan", p.validation_plan),
        ("Rollback plan", p.rollback_plan),
        ("Patterns", p.patterns),
        ("Capabilities", p.capabilities),
    ]
    for title, items in sections:
        if items:
            inner = "".join(f"<li>{html.e(i)}</li>" for i in items)
            parts.append(w.HTML(f"<b>{html.e(title)}</b><ul style='margin:0'>{inner}</ul>"))
    # The same planning line as the text report and the session view (report.usage_line).
    planned = p.planner + (f" · {p.model}" if p.model else "")
    parts.append(w.HTML(f"<small>planner {html.e(planned)}</small>"))
    if p.model or p.usage.model_turns:
        line = report.usage_line(p.model or p.planner, p.usage)
        parts.append(w.HTML(f"<small>Planning: {html.e(line)}</small>"))
    return parts


def _history(session: Session) -> list[Any]:
    """Earlier revisions of a refined session (the conversation is kept, not replaced)."""
    if len(session.proposals) < 2:
        return []
    items = "".join(
        f"<li>revision {p.revision} ({html.e(report.revision_label(session, index))}): "
        f"{html.e('; '.join(op.summary() for op in p.operations) or 'no operations')}</li>"
        for index, p in enumerate(session.proposals[:-1])
    )
    refinements = "".join(f"<li>{html.e(r)}</li>" for r in session.refinements)
    return [
        w.HTML(
            f"<b>Earlier revisions</b><ul style='margin:0'>{items}</ul>"
            f"<b>Refinements</b><ul style='margin:0'>{refinements}</ul>"
        )
    ]


class ProposalWidget:
    """Review and decide one session. Display it with ``IPython.display.display(widget)``."""

    def __init__(
        self,
        operator: Operator,
        session: Session,
        *,
        approver: str,
        rollback: bool = True,
        background: bool = True,
    ) -> None:
        self.operator = operator
        # Approve runs in a worker thread (False: in the click callback, e.g. without a kernel).
        self.background = background
        self._state = threading.Lock()  # guards _busy / _decided / _lines across the worker
        self._worker: threading.Thread | None = None
        self._control: RunControl | None = None
        self.session_id = session.id
        self.approver = approver
        self.rollback = rollback
        self.session = session
        self.plan_hash = ""
        self._revision = -1
        self._decided = False
        self._busy = False
        self.title = w.HTML()
        self.details = w.VBox()
        self.text = w.Text(
            placeholder="an answer or a correction for Refine (Enter), or a reason for Reject",
            layout=w.Layout(width="60%"),
        )
        # Enter sends a "submit" event (ipywidgets' on_submit is deprecated; this is its message).
        self.text.on_msg(self._text_event)
        self.approve_button = w.Button(description="Approve", button_style="success", icon="check")
        self.refine_button = w.Button(description="Refine", icon="pencil")
        self.reject_button = w.Button(description="Reject", button_style="danger", icon="times")
        self.cancel_button = w.Button(
            description="Cancel and roll back",
            button_style="warning",
            icon="stop",
            tooltip="stop waiting for the rollout and restore what this run changed",
            layout=w.Layout(display="none", width="auto"),
        )
        self.cancel_button.add_class("dotop-cancel")
        # The live line of a run: operation, rollout progress, elapsed and time left.
        self.clock = w.HTML()
        self.clock.add_class("dotop-clock")
        self.status = w.HTML()
        self._lines: list[str] = []
        self.progress = w.HTML()
        # Anything printed while a button's callback runs lands here, not in the log console.
        self.output = w.Output(layout=w.Layout(max_height="240px", overflow="auto"))
        self.approve_button.on_click(self._approve)
        self.refine_button.on_click(self._refine)
        self.reject_button.on_click(self._reject)
        self.cancel_button.on_click(self._cancel)
        self.box = w.VBox(
            [
                self.title,
                self.details,
                w.HBox([self.text, self.refine_button]),
                w.HBox([self.approve_button, self.reject_button, self.cancel_button]),
                self.status,
                self.clock,
                self.progress,
                self.output,
            ]
        )
        self.box.add_class("dotop-proposal")
        self.sync(session)

    # ------------------------------------------------------------------------------ display
    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> Any:
        bundle = self.box._repr_mimebundle_(include=include, exclude=exclude)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/plain"] = PLAIN
        return bundle

    def __repr__(self) -> str:
        return PLAIN

    @property
    def decided(self) -> bool:
        return self._decided

    @property
    def buttons(self) -> tuple[Any, Any, Any]:
        return (self.approve_button, self.refine_button, self.reject_button)

    @property
    def running(self) -> bool:
        """An approved run is under way in the background."""
        worker = self._worker
        return worker is not None and worker.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for a background run to end (tests, scripts); True when none is running."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)
        return not self.running

    def log(self, line: str) -> None:
        """A progress line. Kept in an HTML widget that only the kernel writes: appending to an
        Output widget while it also captures would race with the frontend's copy of it."""
        with self._state:
            self._lines.append(line)
            text = html.e("\n".join(self._lines))
        self.progress.value = f'<pre class="dotop-progress" style="margin:0">{text}</pre>'

    def log_text(self) -> str:
        return "".join(f"{line}\n" for line in self._lines)

    # ------------------------------------------------------------------------------ state
    def sync(self, session: Session) -> None:
        """Show ``session``: rebuild the details for a new revision, set the buttons."""
        self.session = session
        proposal = session.proposal if session.proposals else None
        if proposal is not None and proposal.revision != self._revision:
            self._revision = proposal.revision
            self.plan_hash = proposal.plan_hash
            self.details.children = tuple(details(proposal) + _history(session))
        if session.status in lifecycle.FINAL | lifecycle.RESUMABLE:
            self._decided = True
        self.title.value = self._title(session)
        self._set_buttons()
        self.status.value = self._status_html(session)

    @staticmethod
    def _title(session: Session) -> str:
        proposal = session.proposal if session.proposals else None
        return (
            f"<b>dotop-nb</b> · session <code>{html.e(session.id)}</code>"
            + (f" · revision {proposal.revision}" if proposal else "")
            + f" · {html.badge(session.status, report.phase(session))}"
        )

    def _set_buttons(self) -> None:
        running = self._control is not None and self._busy
        self.cancel_button.layout.display = "" if running else "none"
        self.cancel_button.disabled = not running or bool(
            self._control is not None and self._control.cancelled
        )
        idle = not self._busy and not self._decided
        self.approve_button.disabled = not (idle and self.session.status in lifecycle.READY)
        self.refine_button.disabled = not idle
        self.reject_button.disabled = not idle
        self.text.disabled = not idle
        if self.session.status not in lifecycle.READY and idle:
            self.approve_button.tooltip = f"not approvable: {self.session.status}"
        else:
            self.approve_button.tooltip = f"run plan {self.plan_hash[:12]} now"

    def _status_html(self, s: Session) -> str:
        who = ""
        if s.approval is not None:
            who = f"approved by {s.approval.by} · "
        elif s.status == "rejected":
            who = f"{report.rejection_text(s)} · "
        return f"{html.badge(s.status, report.phase(s))} {html.e(who + s.message)}"

    def _fail(self, err: DotopError) -> None:
        self.log(f"✗ {err}")
        self.status.value = (
            f"<span style='color:#cf222e'><b>{html.e(type(err).__name__)}</b>: {html.e(err)}</span>"
        )

    def _reload(self) -> Session:
        try:
            return self.operator.session(self.session_id)
        except DotopError:
            return self.session

    def _finish(self, session: Session, err: DotopError | None) -> None:
        with self._state:
            self._busy = False
            self._control = None
        self.sync(session)
        if err is not None:
            self._fail(err)
        views.update_session(session)

    # ------------------------------------------------------------------------------ decisions
    def _approve(self, _button: Any = None) -> None:
        # The callback checks again: a click queued before the button was disabled still
        # arrives, and Button.click() ignores `disabled`.
        with self._state:
            if self._decided or self._busy or self.session.status not in lifecycle.READY:
                return
            self._busy = True
            control = RunControl(on_checks=self._on_checks)
            self._control = control
        self._set_buttons()
        total = len(self.session.proposal.operations) if self.session.proposals else 0
        self.log(
            f"approved by {self.approver}: running {total} operation(s) of plan "
            f"{self.plan_hash[:12]}"
        )
        approval = Approval.given("widget", by=self.approver, plan_hash=self.plan_hash)
        if not self.background:
            self._run(approval, control, total)
            return
        # The worker keeps this click's output context (ipykernel's parent header is a context
        # variable): what it displays belongs to the click, as in a callback.
        context = contextvars.copy_context()
        self._worker = threading.Thread(
            target=context.run,
            args=(self._run, approval, control, total),
            name=f"dotop-approve-{self.session_id}",
            daemon=True,
        )
        self._worker.start()

    def _run(self, approval: Approval, control: RunControl, total: int) -> None:
        """Run the approved plan (the worker: every journal write of the run happens here)."""
        seen: set[int] = set()
        validating = [False]
        shown = [""]

        def progress(s: Session) -> None:
            if s.id != self.session_id:
                return
            if s.status == "executing" and report.phase(s) != shown[0]:
                # The record beside the buttons says what runs now (writing, then validating for
                # up to the validation timeout), not "proposed" until the very end.
                shown[0] = report.phase(s)
                self.title.value = self._title(s)
                self.status.value = self._status_html(s)
                views.update_session(s)
            for r in s.execution:
                # "writing": recorded ahead of the write; its outcome comes in the next save.
                if r.status == "writing" and r.index not in seen:
                    self._tick(control, f"operation {r.index + 1}/{total}: {r.summary}")
                if r.index not in seen and r.status != "writing":
                    seen.add(r.index)
                    mark = "✓" if r.status == "applied" else "✗"
                    extra = "" if r.status == "applied" else f" — {r.message}"
                    self.log(f"{mark} {r.index + 1}/{total} {r.status}: {r.summary}{extra}")
            applied = sum(1 for r in s.execution if r.status == "applied")
            if s.status == "executing" and applied == total and not validating[0]:
                validating[0] = True
                self.log("validating the result …")
                self._tick(control, "validating")

        journal = self.operator.journal
        listeners = journal.listeners if isinstance(journal, ProgressJournal) else []
        listeners.append(progress)
        failure: DotopError | None = None
        result: Session | None = None
        session: Session | None = None
        try:
            try:
                outcome = workflow.approve(
                    self.operator,
                    self.session_id,
                    approval,
                    rollback=self.rollback,
                    control=control,
                )
            except DotopError as err:
                failure = err
            else:
                failure = outcome.error
                result = outcome.session if failure is None else None
                if failure is not None and outcome.session is not None:
                    session = outcome.session  # stopped part-way: as recorded (interrupted)
        finally:
            listeners.remove(progress)
            if result is None and session is None:
                session = self._reload()
            final = result if result is not None else session
            assert final is not None
            if result is not None:
                with self._state:
                    self._decided = True
                self._log_outcome(result)
            self.clock.value = self._clock_html(control, final.status, ended=True)
            self._finish(final, failure)

    # ------------------------------------------------------------------------------ live run
    def _on_checks(self, checks: Sequence[LiveCheck]) -> None:
        """Each validation poll (the worker): rollout progress and the time left."""
        control = self._control
        if control is None:
            return
        waiting = [c for c in checks if not c.check.ok]
        parts = [f"{c.check.name}: {c.progress}" for c in checks if c.progress]
        if not parts and waiting:
            parts = [waiting[0].check.message]
        self._tick(control, "validating" + (f" — {'; '.join(parts)}" if parts else ""))

    def _tick(self, control: RunControl, doing: str) -> None:
        self.clock.value = self._clock_html(control, doing)

    @staticmethod
    def _clock_html(control: RunControl, doing: str, *, ended: bool = False) -> str:
        now = time.monotonic()
        line = f"{doing} · {now - control.started:.0f}s elapsed"
        if not ended and control.validating_since is not None and control.timeout is not None:
            left = max(0.0, control.timeout - (now - control.validating_since))
            line += f" · at most {left:.0f}s left (validation timeout {control.timeout:.0f}s)"
        if control.cancelled:
            line += f" · cancel requested by {control.by}"
        return f'<span class="dotop-clock-line">{html.e(line)}</span>'

    def _cancel(self, _button: Any = None) -> None:
        """Stop waiting and roll back: the worker sees the request at its next poll."""
        control = self._control
        if control is None or not self._busy or not control.cancel(self.approver):
            return
        self.cancel_button.disabled = True
        self.log(f"cancel requested by {self.approver}: stopping and rolling back …")

    def _text_event(self, _widget: Any, content: Any, _buffers: Any) -> None:
        """Enter in the text box: Refine with what it holds."""
        if isinstance(content, dict) and content.get("event") == "submit":
            self._refine()

    def _log_outcome(self, s: Session) -> None:
        if s.validation is not None:
            verdict = "passed" if s.validation.ok else "FAILED"
            self.log(f"validation {verdict}")
            for c in s.validation.checks:
                self.log(f"  {'✓' if c.ok else '✗'} {c.name}: {c.message}")
        if s.rollback is not None and s.rollback.performed:
            self.log("rollback:")
            for st in s.rollback.steps:
                self.log(
                    f"  {'✓' if st.ok else '✗'} {st.action} {st.target.describe()}: {st.message}"
                )
        self.log(f"{s.status}: {s.message}")

    def _refine(self, _button: Any = None) -> None:
        text = self.text.value.strip()
        with self._state:
            if self._decided or self._busy:
                return
            if not text:
                self.status.value = "Type a correction in the box, then Refine."
                return
            self._busy = True
        self._set_buttons()
        failure: DotopError | None = None
        with self.output:
            try:
                self.operator.refine(self.session_id, text)
                self.log(f"refined: {text}")
            except DotopError as err:
                failure = err
        if failure is None:
            self.text.value = ""
        self._finish(self._reload(), failure)

    def _reject(self, _button: Any = None) -> None:
        with self._state:
            if self._decided or self._busy:
                return
            self._busy = True
        self._set_buttons()
        failure: DotopError | None = None
        reason = self.text.value.strip()
        with self.output:
            try:
                self.operator.reject(self.session_id, reason=reason)
                with self._state:
                    self._decided = True
                self.log(f"rejected by {self.operator.user}" + (f": {reason}" if reason else ""))
            except DotopError as err:
                failure = err
        self._finish(self._reload(), failure)
