"""The session lifecycle: every status a session can have, their named groups, and the moves
allowed between them. The one place these are spelled; everything else uses the names.

A session moves only through :func:`advance`, which refuses a move the table does not allow
with :class:`IllegalTransition` — that is a bug in dotop-nb, never a user's mistake: callers
check what a user may do (with :func:`can` or the groups) and refuse with their own message.

Example::

    from dotop_nb import lifecycle
    lifecycle.can("proposed", "executing")          # True
    lifecycle.can("executed", "executing")          # False: an approved plan runs once
    lifecycle.advance(session, "executing", "running the approved plan")
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, Protocol, get_args

from dotop_nb.errors import DotopError

PlanStatus = Literal["proposed", "needs_clarification", "dry_run_failed", "blocked", "satisfied"]
"""What planning concluded about a proposal (a proposal's own status). ``satisfied``: every
operation's server-side dry-run changes nothing — the target is already in the requested state,
so there is nothing to approve (refine may still ask for something else)."""

Status = Literal[
    PlanStatus,
    "rejected",
    "executing",
    "executed",
    "failed",
    "rolled_back",
    "error",
    "interrupted",
]
"""Every status of a session. ``interrupted``: execution stopped (signal, crash, lost answer,
outage) with its record intact; ``dotop-nb session resume|rollback ID`` finishes it either way.
``error``: planning failed (never approved), or — in records of older versions — an approved
execution stopped by an error."""

OperationStatus = Literal["applied", "failed", "skipped", "writing", "unknown"]
"""The status of one operation's record. ``writing``: sent, answer not recorded yet;
``unknown``: its answer was lost and reading back could not tell."""

STATUSES: frozenset[Status] = frozenset(get_args(Status))
"""Every session status."""

PLANNED: frozenset[Status] = frozenset(get_args(PlanStatus))
"""Planned, not decided: what a proposal's status says (refine re-plans any of these)."""

REFINABLE: frozenset[Status] = PLANNED
"""Statuses that refine accepts (an ``error`` session without an approval is retried too)."""

READY: frozenset[Status] = frozenset({"proposed"})
"""Planned and passing every check: what the widget's Approve button offers and what an approval
given in advance (``--approve``) runs."""

APPROVABLE: frozenset[Status] = frozenset({"proposed", "dry_run_failed", "blocked"})
"""Planned statuses from which an approval may start execution (the gate judges the plan again
now, so a plan blocked or failing its dry-run at planning may pass once the world changed)."""

RESUMABLE: frozenset[Status] = frozenset({"interrupted", "executing", "error"})
"""An approved execution that stopped part-way (``executing`` only while its lock is free: the
process that set it is gone; ``error`` only with an approval): resume or roll back."""

ROLLBACKABLE: frozenset[Status] = RESUMABLE | {"failed"}
"""Statuses from which a rollback on request may run (``failed``: not rolled back yet)."""

EXECUTED: frozenset[Status] = frozenset({"executed", "failed", "rolled_back"})
"""The approved plan ran to its end, whatever the outcome: it never runs again."""

STARTED: frozenset[Status] = EXECUTED | {"executing", "interrupted"}
"""Execution has started: the session can no longer be rejected or re-planned."""

DONE: frozenset[Status] = frozenset({"executed", "rolled_back"})
"""Ended with the cluster in a verified state (changed as approved, or restored)."""

ACHIEVED: frozenset[Status] = frozenset({"executed", "satisfied"})
"""The requested state holds: changed as approved, or nothing needed changing (what a run with
an approval given in advance succeeds with)."""

FINAL: frozenset[Status] = EXECUTED | {"rejected"}
"""Nothing more can happen to the session (``failed`` still accepts a rollback on request)."""

UNSUCCESSFUL: frozenset[Status] = frozenset({"failed", "rolled_back", "error", "interrupted"})
"""The change did not (or not yet) take effect as approved."""

TOUCHED: frozenset[OperationStatus] = frozenset({"applied", "writing", "unknown"})
"""Operation records whose write may have reached the cluster."""

UNANSWERED: frozenset[OperationStatus] = frozenset({"writing", "unknown"})
"""Operation records whose write was sent without a recorded answer."""

TRANSITIONS: Mapping[Status, frozenset[Status]] = {
    # A new session is "proposed" before its first plan; planning that fails ends in "error".
    "proposed": PLANNED | {"executing", "rejected", "error"},
    "dry_run_failed": PLANNED | {"executing", "rejected"},
    "blocked": PLANNED | {"executing", "rejected"},
    "needs_clarification": PLANNED | {"rejected"},
    # Nothing to do: never executed; asked again differently (refine), or dismissed.
    "satisfied": PLANNED | {"rejected"},
    # Planning failed: retried by refine, or rejected. With an approval (older records): an
    # execution that stopped, resumed or rolled back.
    "error": PLANNED | {"rejected", "executing", "failed", "rolled_back"},
    # "executing" again: resumed after the process that set it died; "blocked": the apiserver
    # refused the first write (409) before anything changed.
    "executing": frozenset(
        {"executing", "executed", "failed", "rolled_back", "interrupted", "blocked"}
    ),
    "interrupted": frozenset({"executing", "failed", "rolled_back", "interrupted"}),
    # A rollback on request of a failed, unrestored session: complete, or still incomplete.
    "failed": frozenset({"rolled_back", "failed"}),
    "executed": frozenset(),
    "rolled_back": frozenset(),
    "rejected": frozenset(),
}
"""From each status, the statuses a session may move to."""


class IllegalTransition(DotopError):
    """A session was about to move between statuses the lifecycle does not allow: a bug in
    dotop-nb (nothing more was recorded)."""

    exit_code = 70  # EX_SOFTWARE


class _Session(Protocol):
    id: str
    status: Status
    message: str

    def log(self, type_: str, detail: str = "") -> None: ...


def can(from_: Status, to: Status) -> bool:
    """Whether a session in ``from_`` may move to ``to``."""
    return to in TRANSITIONS.get(from_, frozenset())


def advance(session: _Session, to: Status, message: str, *, event: str | None = None) -> None:
    """Move ``session`` to ``to`` with ``message`` (and log ``event`` with it when given);
    :class:`IllegalTransition` when the table does not allow the move."""
    if not can(session.status, to):
        raise IllegalTransition(
            f"session {session.id} cannot go from {session.status} to {to}",
            hint="this is a bug in dotop-nb: please report it with the session record",
        )
    session.status = to
    session.message = message
    if event is not None:
        session.log(event, message)


__all__ = [
    "ACHIEVED",
    "APPROVABLE",
    "DONE",
    "EXECUTED",
    "FINAL",
    "PLANNED",
    "READY",
    "REFINABLE",
    "RESUMABLE",
    "ROLLBACKABLE",
    "STARTED",
    "STATUSES",
    "TOUCHED",
    "TRANSITIONS",
    "UNANSWERED",
    "UNSUCCESSFUL",
    "IllegalTransition",
    "OperationStatus",
    "PlanStatus",
    "Status",
    "advance",
    "can",
]
