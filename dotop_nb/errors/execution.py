"""Execution that was refused before it changed anything, or stopped part-way with its record.

Exit codes:

- 5 — :class:`ExecutionRefused`, :class:`SessionBusy`, :class:`BackupError`: refused, nothing
  changed by this command;
- 12 — :class:`Interrupted`, :class:`JournalUnwritable`: stopped part-way, resumable
  (``dotop-nb session resume ID``);
- 130 / 143 — :class:`KeyboardInterrupt` / :class:`Terminated` (SIGINT / SIGTERM): the execution
  in progress is recorded as interrupted.

Example::

    raise ExecutionRefused("the plan hash does not match", hint="approve the plan you reviewed")
"""

from __future__ import annotations

from dotop_nb.errors.base import DotopError


class ExecutionRefused(DotopError):
    """Execution was refused before anything changed. The message says why and what to do."""

    exit_code = 5


class SessionBusy(DotopError):
    """Another process is executing this session right now: refused, nothing changed (exit 5,
    like any other refusal — it is not bad input)."""

    exit_code = 5


class BackupError(DotopError):
    """A prior state could not be kept in, or read back from, its backup Secret."""

    exit_code = 5


class Interrupted(DotopError):
    """Execution stopped part-way (signal, lost answer, unreachable apiserver) with its record
    intact: ``dotop-nb session resume ID`` finishes it, ``session rollback ID`` undoes it."""

    exit_code = 12


class JournalUnwritable(DotopError):
    """A session file could not be written (read-only file system, permission, disk full).

    The executor never writes to the cluster without its write-ahead record, so it stops here
    and says what is in place (exit 12: interrupted, resumable once the folder is writable)."""

    exit_code = 12

    def __init__(self, message: str, *, session_id: str, hint: str | None = None) -> None:
        self.session_id = session_id
        super().__init__(message, hint=hint)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that execution records a resumable interruption."""
