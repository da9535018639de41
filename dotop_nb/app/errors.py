"""The workflow's errors: an outcome short of its goal, raised so that a notebook cell fails
(papermill and nbval see it) with a short message. Each carries the exit code the one table
(:mod:`dotop_nb.app.outcomes`) gives its outcome, so the magic, a runbook and the CLI agree.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from dotop_nb.app.outcomes import (
    CHANGE_FAILED,
    EXIT,
    EXIT_DRIFT,
    EXIT_UNEXPECTED,
    Outcome,
    exit_code,
)
from dotop_nb.errors import DotopError


class OutcomeError(DotopError):
    """An outcome other than the one asked for. The message starts with the outcome status
    (``"blocked: …"``): a runbook's parent process reads it back from papermill's error."""

    exit_code = EXIT["failed"]

    def __init__(self, message: str, *, status: str | None = None, hint: str | None = None):
        super().__init__(message, hint=hint)
        self.status = status
        if status is not None:
            self.exit_code = exit_code(status)

    @classmethod
    def of(cls, outcome: Outcome, *, hint: str | None = None) -> OutcomeError:
        subject = f"session {outcome.session.id} " if outcome.session is not None else ""
        return cls(
            f"{outcome.status}: {subject}{outcome.message}", status=outcome.status, hint=hint
        )

    @staticmethod
    def status_in(message: str) -> str | None:
        """The outcome status a message made by :meth:`of` starts with, if any."""
        head = message.partition(":")[0].strip()
        return head if head in EXIT else None


class NotExecutable(OutcomeError):
    """An approval was given with the request (``--approve``, ``approve=True``) but the proposal
    cannot run: it asks a question, a dry-run failed, or a policy blocks it."""


class ChangeFailed(OutcomeError):
    """The approved change ran but did not end well (validation failed, rolled back, stopped)."""


class DriftDetected(DotopError):
    """``%operate verify --strict``: the cluster no longer matches what the session applied."""

    exit_code = EXIT_DRIFT


class RunbookFailed(DotopError):
    """The runbook ran but did not get to its goal; the executed notebook says why."""

    def __init__(
        self, message: str, *, notebook: Path | None, status: str | None, exit_code: int
    ) -> None:
        self.notebook = notebook
        self.status = status
        self.exit_code = exit_code
        hint = f"the executed notebook is {notebook}" if notebook else None
        super().__init__(message, hint=hint)


def raise_for(outcome: Outcome, *, wanted: Collection[str]) -> None:
    """Raise what a cell must fail with when ``outcome`` is not one of the ``wanted`` statuses.

    The error that ended the call is raised as it is (its own exit code). A change that ran
    and did not end as wanted raises :class:`ChangeFailed`; a plan that could not run
    (question, dry-run, policy) :class:`NotExecutable`. A replay (the session had already been
    decided: the cell shows the recorded outcome) raises nothing.
    """
    if outcome.replayed:
        return
    if outcome.error is not None:
        raise outcome.error
    if outcome.status in wanted:
        return
    if outcome.status in CHANGE_FAILED or outcome.status == "executed":
        raise ChangeFailed.of(outcome)
    raise NotExecutable.of(outcome, hint="refine it (%operate refine ID TEXT) or change the intent")


def exit_code_of(ename: str, message: str) -> int:
    """The exit code of an error known only by its class name and message (a notebook cell's
    error as papermill reports it): an outcome error's status, else that DotopError's code."""
    status = OutcomeError.status_in(message)
    if status is not None and ename in _names(OutcomeError):
        return exit_code(status)
    for cls in _subclasses(DotopError):
        if cls.__name__ == ename:
            return int(cls.exit_code)
    return EXIT_UNEXPECTED


def _subclasses(cls: type[DotopError]) -> list[type[DotopError]]:
    found = [cls]
    for sub in cls.__subclasses__():
        found += _subclasses(sub)
    return found


def _names(cls: type[DotopError]) -> set[str]:
    return {c.__name__ for c in _subclasses(cls)}
