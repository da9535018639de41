"""What a workflow call did, and the one table that turns it into an exit code.

The CLI exits with :attr:`Outcome.exit_code`, ``dotop-nb runbook run`` with the same code for
the runbook's last outcome, and the magic's errors carry it. docs/cli.md prints this table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, get_args

from dotop_nb import lifecycle
from dotop_nb.errors import DotopError
from dotop_nb.models import Session, SessionStatus

OutcomeStatus = Literal[SessionStatus, "refused"]
"""A session's status, or ``refused``: an approval (or resume, rollback, reject) was refused
with nothing changed — the session stays as it was recorded."""

EXIT_OK = 0
EXIT_UNEXPECTED = 1
EXIT_DRIFT = 13
EXIT: Mapping[str, int] = {
    "executed": 0,
    # Nothing to do: the requested state already holds, which is what was asked for.
    "satisfied": 0,
    "proposed": 3,
    "needs_clarification": 4,
    "blocked": 5,
    "rejected": 5,
    "refused": 5,
    "dry_run_failed": 6,
    "failed": 7,
    "error": 7,
    "rolled_back": 8,
    "executing": 12,
    "interrupted": 12,
}
"""Outcome status → exit code: the only such table. An error that ended the call exits with its
own ``exit_code`` instead (e.g. 9 for a tampered record), see :func:`exit_code`."""

CHANGE_FAILED = lifecycle.UNSUCCESSFUL | lifecycle.RESUMABLE
"""Statuses that mean "the change did not end well" after it ran (or it has not ended)."""


def exit_code(status: str, error: BaseException | None = None) -> int:
    """The exit code of an outcome: the error's own code when an error ended it (a generic
    DotopError, code 1, defers to the status), else the status's code from :data:`EXIT`."""
    if isinstance(error, DotopError) and error.exit_code != EXIT_UNEXPECTED:
        return int(error.exit_code)
    return EXIT.get(status, EXIT_UNEXPECTED)


@dataclass(frozen=True)
class Outcome:
    """The result of one workflow call.

    ``session`` is the session as recorded (never rewritten for display); ``status`` is what
    happened — the session's status, or ``refused``; ``done`` says in a few words what this call
    did; ``error`` is the refusal or failure that ended it; ``replayed``: the call did nothing
    because the session had already been decided (a re-run cell shows the recorded outcome).
    """

    session: Session | None
    status: OutcomeStatus
    message: str
    done: str
    error: DotopError | None = None
    replayed: bool = False

    @property
    def exit_code(self) -> int:
        return exit_code(self.status, self.error)

    @property
    def ok(self) -> bool:
        """Whether the call reached what it was asked for (a proposal, or an executed change)."""
        return self.exit_code in (EXIT_OK, EXIT["proposed"]) and self.error is None

    @classmethod
    def of(cls, session: Session, done: str, *, replayed: bool = False) -> Outcome:
        return cls(session, session.status, session.message, done, replayed=replayed)


def statuses() -> tuple[str, ...]:
    """Every outcome status (the session statuses and ``refused``)."""
    return (*get_args(SessionStatus), "refused")
