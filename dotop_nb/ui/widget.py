"""The proposal widget: review a plan and Approve / Refine / Reject it in a live notebook.

The widget shows the session's record HTML (:func:`dotop_nb.ui.html.session`: analysis, the
changes as a unified diff, dry-run verdicts, policies, risks, the manifest folded) with the
controls under it, and it is displayed as the same output as the record
(:func:`dotop_nb.ui.views.show_session` with ``widget=``): one output per session, the controls
where the kernel is live, the readable record everywhere else. Approve is bound to the plan hash
shown: it runs ``app.workflow.approve`` (an interactive approval by <user>) in a background
thread, so the kernel stays free for other cells while the change validates. That one worker
does every session and journal write of the run; the widget only sets traits from it
(thread-safe in ipywidgets) and shows each operation as it is applied, the rollout's progress
(``3/5 updated, 2 available``), the time elapsed and the time left before the validation timeout.
Cancel stops the wait and rolls back what was changed (:class:`~dotop_nb.ports.RunControl`).
Refine and Reject run in the click callback (they only plan or record), while an ``Output``
widget captures anything printed meanwhile (prints in a callback would otherwise land in
JupyterLab's log console). Enter in the text box refines.

Each decision, and each phase of an approved run (writing, validating), also replaces that output
(:func:`dotop_nb.ui.views.update_session`); a decided session's output is the plain record, which
is what a saved notebook keeps (widget state is not saved by default). A click whose update
cannot reach that output (after a page reload the browser no longer maps its display id) still
records the outcome in the session journal, where the record says it lives.

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
from IPython import get_ipython

from dotop_nb import lifecycle, report
from dotop_nb.app import Approval, workflow
from dotop_nb.app.approval import Facts
from dotop_nb.errors import DotopError
from dotop_nb.models import Session
from dotop_nb.ports import LiveCheck, RunControl
from dotop_nb.ui import html, views
from dotop_nb.ui.progress import ProgressJournal

if TYPE_CHECKING:
    from dotop_nb.service import Operator

# What ``repr(widget)`` says (the output itself carries the record's text/plain).
PLAIN = "dotop-nb proposal controls (Approve / Refine / Reject need a live kernel)"


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
        # The record's own HTML (ui.html.session): the controls show what a saved notebook
        # shows, once, in the same output (ui.views.show_session).
        self.record = w.HTML()
        self.record.add_class("dotop-record")
        self.text = w.Text(
            placeholder="an answer or a correction for Refine (Enter), or a reason for Reject",
            layout=w.Layout(width="60%"),
        )
        # Enter sends a "submit" event (ipywidgets' on_submit is deprecated; this is its message).
        self.text.on_msg(self._text_event)
        self.approve_button = w.Button(description="Approve", button_style="success", icon="check")
        self.refine_button = w.Button(description="Refine", icon="pencil")
        self.reject_button = w.Button(description="Reject", button_style="danger", icon="times")
        # A production namespace: Approve waits until its name is typed here (gate.risks).
        self.confirm = w.Text(
            placeholder=f"type {session.namespace} to confirm approving in production",
            layout=w.Layout(width="60%"),
        )
        self.confirm.add_class("dotop-confirm")
        self.confirm.observe(lambda _change: self._set_buttons(), names="value")
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
                self.record,
                w.HBox([self.text, self.refine_button]),
                self.confirm,
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
    def view(self) -> dict[str, Any]:
        """The widget view pointer (``model_id`` and protocol version) that the session's one
        output carries beside the record (:func:`dotop_nb.ui.views.show_session`)."""
        bundle = self.box._repr_mimebundle_()
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        return dict(data[views.WIDGET_MIME])

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> Any:
        # Displayed on its own, the widget is still one output with the record beside it.
        session = views.SessionView(self.session, buttons=True, widget=self.view())
        return session._repr_mimebundle_(include=include, exclude=exclude)

    def __repr__(self) -> str:
        return PLAIN

    @property
    def needs_confirmation(self) -> bool:
        """A production namespace: the namespace name must be typed before Approve."""
        s = self.session
        return bool(s.proposals and s.proposal.confirm_namespace) and s.status in lifecycle.READY

    @property
    def confirmed(self) -> bool:
        return not self.needs_confirmation or self.confirm.value.strip() == self.session.namespace

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
        """Show ``session``: its record, the plan hash Approve is bound to, the buttons."""
        self.session = session
        proposal = session.proposal if session.proposals else None
        if proposal is not None and proposal.revision != self._revision:
            self._revision = proposal.revision
            self.plan_hash = proposal.plan_hash
        if session.status in lifecycle.FINAL | lifecycle.RESUMABLE:
            self._decided = True
        self.record.value = self._record(session)
        self._set_buttons()
        # The record above says the status (and the question) already: the line under the
        # buttons is only for what the record does not say (a refusal, a prompt to type).
        self.status.value = ""

    @staticmethod
    def _record(session: Session) -> str:
        buttons = session.status in lifecycle.READY
        hint = views.approve_hint(session, buttons=buttons)
        return html.session(session, approve_hint=hint)

    def _set_buttons(self) -> None:
        running = self._control is not None and self._busy
        self.cancel_button.layout.display = "" if running else "none"
        self.cancel_button.disabled = not running or bool(
            self._control is not None and self._control.cancelled
        )
        idle = not self._busy and not self._decided
        self.approve_button.disabled = not (
            idle and self.session.status in lifecycle.READY and self.confirmed
        )
        # A disabled Approve loses its green (a disabled green button still reads "go"), and a
        # session with nothing to do offers no Approve at all.
        self.approve_button.button_style = "" if self.approve_button.disabled else "success"
        self.confirm.layout.display = None if self.needs_confirmation else "none"
        self.confirm.disabled = not idle
        # Nothing to approve (satisfied) or a question to answer first: no Approve button.
        nothing = self.session.status in lifecycle.PLANNED - lifecycle.APPROVABLE
        self.approve_button.layout.display = "none" if nothing else None
        self.refine_button.disabled = not idle
        self.reject_button.disabled = not idle
        self.text.disabled = not idle
        if self.session.status not in lifecycle.READY and idle:
            self.approve_button.tooltip = f"not approvable: {self.session.status}"
        elif not self.confirmed:
            self.approve_button.tooltip = f"production: type {self.session.namespace} above first"
        else:
            self.approve_button.tooltip = f"run plan {self.plan_hash[:12]} now"

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
            if (
                self._decided
                or self._busy
                or self.session.status not in lifecycle.READY
                or not self.confirmed
            ):
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
        approval = Approval.given(
            "widget",
            by=self.approver,
            plan_hash=self.plan_hash,
            confirm_namespace=self.confirm.value if self.needs_confirmation else "",
            facts=Facts.of_click(get_ipython()),
        )
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
                self.record.value = self._record(s)
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
