"""Rich outputs: a session record, tables and drift reports as ``_repr_mimebundle_`` objects.

Each cell shows what it did. Every record output gets a display id of its own, so a later cell
(``%operate approve``, ``%operate status``, a replay) adds its own record and never rewrites the
history shown in another cell.

One output per session proposal: where the proposal widget is shown (a live kernel with
ipywidgets), the same output carries the widget's view
(``application/vnd.jupyter.widget-view+json``) beside the record (``text/html``,
``text/plain`` and the signed record). A frontend with the
widget's model (the live kernel, also after a page reload) shows the controls, which show the
record's own HTML above them; one without it — nbviewer, GitHub, nbconvert — shows the record
(nbconvert drops a widget view whose state the notebook does not hold). That output is updated
in place by the widget's decisions (:func:`show_session` with ``widget=``, then
:func:`update_session`); once the session is decided, the widget view is dropped from it, so a
saved notebook holds the plain record, readable without a kernel and without widget state. Where
a decision taken elsewhere cannot reach a cell (another cell, the command line, a click after a
page reload), the record says where the outcome lives: the deciding cell and the session
journal, which ``dotop-nb audit`` reads too.

Example::

    from dotop_nb.ui import views
    views.show_session(session, widget=proposal_widget)  # one output: controls + record
    views.update_session(session)                        # replace it (from a widget callback)
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Sequence
from typing import Any

from IPython.display import display, update_display

from dotop_nb import audit, lifecycle, report
from dotop_nb.audit import DRIFT_MIME, MIME, TABLE_MIME, WIDGET_MIME, Drift
from dotop_nb.models import Session
from dotop_nb.ui import html

Bundle = tuple[dict[str, Any], dict[str, Any]]

# IPython's display functions carry no annotations; typed aliases keep strict mypy useful.
_display: Callable[..., Any] = display
_update_display: Callable[..., Any] = update_display

__all__ = [
    "DRIFT_MIME",
    "MIME",
    "TABLE_MIME",
    "WIDGET_MIME",
    "DriftView",
    "SessionView",
    "TableView",
]


def approve_hint(session: Session, *, buttons: bool = False) -> str:
    """How to decide a session that waits for it, and where its outcome will be recorded.

    ``buttons``: the Approve / Reject buttons are shown beside this record (never for
    ``--approve``, papermill or ``widgets = "off"``: a record never points at a button that is
    not there).
    """
    if session.status not in lifecycle.READY or not session.proposals:
        return ""
    short = session.proposal.plan_hash[:12]
    line = f"`%operate approve {session.id} --hash {short}`"
    how = (
        f"To decide: the Approve / Reject buttons below, or a new cell with {line}. "
        "This output shows a button's decision while this page stays open."
        if buttons
        else f"To approve: a new cell with {line} (a re-executable record)."
    )
    return (
        f"{how} A decision taken anywhere else (another cell, after a page reload, the command "
        f"line) is recorded there and in the session journal: `%operate status {session.id}` "
        "shows it, and `dotop-nb audit` reads it."
    )


def session_text(session: Session, *, replayed: bool = False, buttons: bool = False) -> str:
    lines = []
    if replayed:
        lines += [
            f"RECORDED OUTCOME — session {session.id} was already "
            f"{session.status.replace('_', ' ')}; this cell ran nothing again.",
            "",
        ]
    lines.append(report.session_text(session))
    if len(session.proposals) > 1:
        lines.append("\nEarlier revisions:")
        for index, p in enumerate(session.proposals[:-1]):
            ops = "; ".join(op.summary() for op in p.operations) or "no operations"
            label = report.revision_label(session, index)
            lines.append(f"  revision {p.revision} ({label}): {ops}")
    hint = approve_hint(session, buttons=buttons)
    if hint:
        lines.append(f"\n{hint}")
    return "\n".join(lines)


LIVE: frozenset[str] = lifecycle.PLANNED | {"executing"}
"""Statuses in which the widget still has something to offer (a decision, a refinement, the
progress of a run): only then does the output carry the widget's view."""


class SessionView:
    """A session as ``text/plain``, ``text/html`` and the record (:mod:`dotop_nb.audit`), and —
    ``widget``: the view pointer of the proposal widget (``{"model_id": …, "version_major": 2,
    …}``) — the widget's view beside them while the session is :data:`LIVE`."""

    def __init__(
        self,
        session: Session,
        *,
        replayed: bool = False,
        buttons: bool = False,
        widget: dict[str, Any] | None = None,
    ) -> None:
        self.session = session
        self.replayed = replayed
        self.buttons = buttons
        self.widget = widget if session.status in LIVE and not replayed else None

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> Bundle:
        hint = approve_hint(self.session, buttons=self.buttons)
        views = {
            "text/plain": session_text(self.session, replayed=self.replayed, buttons=self.buttons),
            "text/html": html.session(self.session, replayed=self.replayed, approve_hint=hint),
        }
        # What reviewers read is signed with the record (see dotop_nb.audit); the widget's
        # view is a pointer to kernel state with no text, so it is not.
        data, metadata = audit.record(self.session, replayed=self.replayed, views=views)
        live = {WIDGET_MIME: dict(self.widget)} if self.widget is not None else {}
        return {**live, **views, MIME: data}, {MIME: metadata}

    def __repr__(self) -> str:
        return session_text(self.session, replayed=self.replayed, buttons=self.buttons)


class _Shown:
    """The output that carries a session's controls: its display id, the session as shown there
    and the widget's view pointer (None: buttons beside it without a view of their own)."""

    def __init__(self, display_id: str, session: Session, widget: dict[str, Any] | None) -> None:
        self.display_id = display_id
        self.session = session
        self.widget = widget


# Session id → the output with that session's controls (one kernel).
_BESIDE_BUTTONS: dict[str, _Shown] = {}


def display_id(session_id: str) -> str:
    """A display id of its own for one record output: ``<session id>/<random>``."""
    return f"{session_id}/{secrets.token_hex(4)}"


def show_session(
    session: Session, *, replayed: bool = False, buttons: bool = False, widget: Any = None
) -> str:
    """Display the record as a new output of this cell; returns its display id.

    The display id is new each time, so no earlier output (another cell's history) is replaced.
    ``buttons``: Approve / Refine / Reject are offered with it; ``widget``: the proposal widget
    (anything with ``view()`` returning its view pointer) whose view this same output carries.
    Its decisions update this output (:func:`update_session`), and the text says so. When the
    controls move to a newer output (``%operate refine`` in another cell), the older one keeps
    its record and loses only the widget view, so one session never shows two sets of controls.
    """
    shown = display_id(session.id)
    pointer = widget.view() if widget is not None else None
    buttons = buttons or widget is not None
    _display(
        SessionView(session, replayed=replayed, buttons=buttons, widget=pointer), display_id=shown
    )
    if buttons and not replayed:
        earlier = _BESIDE_BUTTONS.get(session.id)
        if earlier is not None and earlier.widget is not None:
            _update_display(SessionView(earlier.session), display_id=earlier.display_id)
        _BESIDE_BUTTONS[session.id] = _Shown(shown, session, pointer)
    return shown


def update_session(session: Session) -> bool:
    """Replace the output with this session's controls (from a widget callback: no new output);
    False when there is none in this kernel. The widget view stays while the session is
    :data:`LIVE`; a decided session's output is the plain record."""
    shown = _BESIDE_BUTTONS.get(session.id)
    if shown is None:
        return False
    buttons = session.status in lifecycle.READY
    view = SessionView(session, buttons=buttons, widget=shown.widget)
    _update_display(view, display_id=shown.display_id)
    shown.session = session
    return True


def show(obj: Any) -> None:
    """Display any rich object (a table, a drift report, a widget) as a new output."""
    _display(obj)


def display_table(table: TableView) -> None:
    """Display a :class:`TableView` as a new output."""
    _display(table)


class TableView:
    """A small table (history, policies, capabilities) as text, HTML and JSON."""

    def __init__(
        self, title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], *, note: str = ""
    ) -> None:
        self.title = title
        self.columns = list(columns)
        self.rows = [list(r) for r in rows]
        self.note = note

    def text(self) -> str:
        cells = [[str(c) for c in self.columns], *[[str(v) for v in r] for r in self.rows]]
        widths = [max(len(row[i]) for row in cells) for i in range(len(self.columns))]
        lines = [self.title] if self.title else []
        for n, row in enumerate(cells):
            lines.append("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
            if n == 0:
                lines.append("  ".join("-" * w for w in widths))
        if not self.rows:
            lines.append("(none)")
        if self.note:
            lines.append(self.note)
        return "\n".join(lines)

    def html(self) -> str:
        """The table as HTML (a listing with coloured or linked cells overrides this)."""
        return html.table(self.columns, self.rows, title=self.title)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> Bundle:
        note = f"<div>{html.e(self.note)}</div>" if self.note else ""
        views = {
            "text/plain": self.text(),
            "text/html": self.html() + note,
        }
        data = {
            "v": 1,
            "title": self.title,
            "columns": self.columns,
            "rows": json.loads(json.dumps(self.rows, default=str)),
        }
        # Signed like a record: a history table names sessions, and the audit accepts a
        # session's id only beside a verified signature (dotop_nb.audit).
        return {**views, TABLE_MIME: data}, {
            TABLE_MIME: audit.sign_output(TABLE_MIME, data, {}, views)
        }

    def __repr__(self) -> str:
        return self.text()


class DriftView:
    """The result of ``%operate verify``."""

    def __init__(self, drift: Drift) -> None:
        self.drift = drift

    def verdict(self) -> str:
        d = self.drift
        if d.expected == "nothing":
            return f"session {d.session_id} is {d.status}: nothing was applied, nothing to verify"
        what = "the prior state it restored" if d.expected == "prior" else "what it applied"
        if d.in_sync:
            return f"in sync: the cluster still matches {what} (session {d.session_id})"
        return (
            f"DRIFT: {len(d.drifted)} of {len(d.items)} changes of session {d.session_id} no "
            f"longer match {what}"
        )

    def text(self) -> str:
        lines = [self.verdict()]
        for item in self.drift.items:
            lines.append(f"  {item.index + 1}. {item.state}: {item.summary}")
            lines += [f"       {d}" for d in item.details]
        return "\n".join(lines)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> Bundle:
        d = self.drift
        items = [
            f"{html.e(i.state)}: {html.e(i.summary)}"
            + (
                "<ul>" + "".join(f"<li><code>{html.e(x)}</code></li>" for x in i.details) + "</ul>"
                if i.details
                else ""
            )
            for i in d.items
        ]
        color = "#1a7f37" if d.in_sync else "#cf222e"
        body = (
            f'<div class="dotop-drift" style="border-left:4px solid {color};padding:4px 10px">'
            f"<strong>{html.e(self.verdict())}</strong>"
            + ("<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>" if items else "")
            + "</div>"
        )
        data = {
            "v": 1,
            "status": d.status,
            "expected": d.expected,
            "in_sync": d.in_sync,
            "items": [
                {"index": i.index, "summary": i.summary, "state": i.state, "details": i.details}
                for i in d.items
            ],
        }
        meta = {"session_id": d.session_id, "checked_at": d.checked_at.isoformat()}
        views = {"text/plain": self.text(), "text/html": body}
        signed = audit.sign_output(DRIFT_MIME, data, meta, views)
        return {**views, DRIFT_MIME: data}, {DRIFT_MIME: signed}

    def __repr__(self) -> str:
        return self.text()
