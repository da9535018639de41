"""The execution ledger: which sessions this user already started executing, outside the journal.

A session file is signed, but an *older* copy of it is validly signed too: copied before
execution and put back afterwards, it says "approved, never executed", and the plan would run
again (a create has no resourceVersion precondition to stop it). So before the first write of a
session the executor records its start here — one file per session, created with ``O_EXCL``, so
exactly one execution of a session can ever start — and the end of a finished one (executed or
rolled back). A journal that contradicts the ledger is refused as a replayed record (exit 9).

The ledger sits in the user's data folder, next to the signing key (``executions/`` beside
``DOTOP_SIGNING_KEY_FILE``, default ``~/.local/share/dotop-nb/executions``), not in the sessions
folder that a record is copied to and from. Its limit: it knows the executions started by the
users sharing this folder. A session run on another machine (or by a user with another data
folder) is not in it — there, only the cluster's state (resourceVersion preconditions, the
re-check of every target at execution) stands against a replay.

Layout::

    op-20261126-1a2b3c4d.started    {"plan_hash": ..., "pid": ..., "host": ..., "at": ...}
    op-20261126-1a2b3c4d.finished   {"status": "executed" | "rolled_back", "at": ...}
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
from datetime import UTC, datetime
from pathlib import Path

from dotop_nb.errors import ConfigError
from dotop_nb.errors import SessionReplayed as SessionReplayed  # noqa: PLC0414
from dotop_nb.signing import default_key_file

_ID = re.compile(r"op-[0-9]{8}-[0-9a-f]{8}")


def default_folder() -> Path:
    return default_key_file().parent / "executions"


class ExecutionLedger:
    """Start and end of every execution started by this user (one folder)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()

    def _path(self, session_id: str, what: str) -> Path:
        if not _ID.fullmatch(session_id):
            raise ConfigError(f"{session_id!r} is not a session id")
        return self.folder / f"{session_id}.{what}"

    def check_new(self, session_id: str) -> None:
        """Refuse a first execution of a session whose execution already started (read-only:
        checked before the journal is touched)."""
        if os.path.lexists(self._path(session_id, "started")):
            raise self._replayed(session_id, "its execution already started")

    def start(self, session_id: str, plan_hash: str) -> None:
        """Record that the execution of ``session_id`` starts now — only once, ever."""
        entry = self._path(session_id, "started")
        try:
            _create(entry, {"plan_hash": plan_hash, "pid": os.getpid(), "host": _host()})
        except FileExistsError:
            raise self._replayed(session_id, "its execution already started") from None

    def check_unfinished(self, session_id: str, plan_hash: str) -> None:
        """Refuse to resume or roll back a session that the ledger says has finished, or that
        started with another plan. (A session not in the ledger — another machine, an older
        dotop-nb — is left to the journal's own checks.)"""
        if self._path(session_id, "finished").exists():
            raise self._replayed(session_id, "its execution already finished")
        started = self._read(self._path(session_id, "started"))
        if started and started.get("plan_hash") not in (None, plan_hash):
            raise self._replayed(session_id, "its execution started with another plan")

    def finish(self, session_id: str, status: str) -> None:
        """Record that the session's execution reached its final state (idempotent)."""
        with contextlib.suppress(FileExistsError):
            _create(self._path(session_id, "finished"), {"status": status})

    def _replayed(self, session_id: str, what: str) -> SessionReplayed:
        return SessionReplayed(
            f"session {session_id}: its record says otherwise, but {what} (execution ledger "
            f"{self.folder}): the session file is an older copy put back; nothing was executed",
            hint="look at who replaced the session file; a plan runs once — analyze the intent "
            "again for a new change",
        )

    @staticmethod
    def _read(path: Path) -> dict[str, object] | None:
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return found if isinstance(found, dict) else None


def _host() -> str:
    return socket.gethostname()


def _create(path: Path, body: dict[str, object]) -> None:
    """Create ``path`` atomically and exclusively (FileExistsError when it exists, even as a
    link), durably: the file and its folder entry are fsynced before returning."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(path, flags, 0o600)
    try:
        data = {**body, "at": datetime.now(UTC).isoformat(timespec="seconds")}
        os.write(fd, json.dumps(data).encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
