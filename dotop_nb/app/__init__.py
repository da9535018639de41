"""The application layer: the workflow behind every surface.

The CLI, the ``%operate`` magic, its widget and the runbooks parse their input, call a
:mod:`~dotop_nb.app.workflow` function with an :class:`Approval` and render the
:class:`Outcome` it returns; its exit code comes from the one table in
:mod:`dotop_nb.app.outcomes`. Nothing above this layer talks to the executor.
"""

from __future__ import annotations

from dotop_nb.app.approval import Approval, How, Where, how
from dotop_nb.app.errors import (
    ChangeFailed,
    DriftDetected,
    NotExecutable,
    OutcomeError,
    RunbookFailed,
    raise_for,
)
from dotop_nb.app.outcomes import EXIT, Outcome, exit_code

__all__ = [
    "EXIT",
    "Approval",
    "ChangeFailed",
    "DriftDetected",
    "How",
    "NotExecutable",
    "Outcome",
    "OutcomeError",
    "RunbookFailed",
    "Where",
    "exit_code",
    "how",
    "raise_for",
]
