"""Sessions of this notebook left by an earlier kernel (attack12 2, 3).

A kernel restart ends a background run mid-way and kills every widget's callbacks: the run's
record stays ``executing`` and the old controls look live but do nothing. On the first
``%operate`` of a new kernel, :func:`recover` finds this notebook's sessions (their ``origin``
event names the notebook, ``JPY_SESSION_NAME``) and says what they are now, in a new output:

- one still ``executing`` with no live run (its journal lock is free) is recorded
  ``interrupted`` — under the lock, so a run that is still alive elsewhere is never touched —
  and shown with the exact ``%operate resume ID`` / ``%operate rollback ID`` commands;
- one still waiting for a decision had its controls in the earlier kernel: its line says how to
  get them back (``%operate status ID``).

The earlier outputs cannot be replaced in place: their display ids lived in the earlier kernel
(they are never written to a record), so the new output is the honest place to say it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dotop_nb import lifecycle
from dotop_nb.errors import DotopError
from dotop_nb.models import Session

if TYPE_CHECKING:
    from dotop_nb.service import Operator

MAX_SCANNED = 200
PENDING = lifecycle.PLANNED - {"satisfied"}
"""Statuses whose controls (Approve, Refine, Reject) a person may still want."""


def from_notebook(session: Session, notebook: str) -> bool:
    """Whether ``session`` was proposed in ``notebook`` (its ``origin`` event)."""
    origin = next((ev.detail for ev in session.events if ev.type == "origin"), "")
    return bool(notebook) and (origin == notebook or origin.startswith(f"{notebook}, "))


def interrupt(op: Operator, session_id: str) -> Session:
    """Record a session whose executing process is gone as ``interrupted`` (under its lock:
    :class:`~dotop_nb.errors.SessionBusy` when a run still holds it)."""
    with op.journal.lock(session_id):
        session = op.session(session_id)
        if session.status != "executing":
            return session
        applied = sum(1 for r in session.execution if r.status == "applied")
        total = len(session.proposal.operations) if session.proposals else 0
        lifecycle.advance(
            session,
            "interrupted",
            f"execution interrupted: the kernel running it ended (restarted) after {applied} of "
            f"{total} operation(s) were applied; finish it with `%operate resume {session.id}` "
            f"or undo it with `%operate rollback {session.id}`",
            event="interrupted",
        )
        op.journal.save(session)
        return session


def recover(op: Operator, notebook: str) -> list[tuple[Session, str]]:
    """This notebook's sessions an earlier kernel left, each with what to do now (see the
    module docstring); executing ones with no live run are recorded ``interrupted`` first."""
    found: list[tuple[Session, str]] = []
    if not notebook:
        return found
    for sid in sorted(op.sessions(), reverse=True)[:MAX_SCANNED]:
        try:
            session = op.journal.load(sid, verify=False)
            if not from_notebook(session, notebook):
                continue
            if session.status == "executing" and op.journal.owner(sid) is None:
                session = interrupt(op, sid)
        except DotopError:
            continue  # unreadable, tampered or busy: never acted on from here
        if session.status == "interrupted":
            found.append(
                (
                    session,
                    f"interrupted: finish it with `%operate resume {sid}` or undo it with "
                    f"`%operate rollback {sid}`",
                )
            )
        elif session.status in PENDING:
            found.append(
                (
                    session,
                    f"{session.status}: its controls belong to an earlier kernel: run "
                    f"`%operate status {sid}` to get them back",
                )
            )
    return found
