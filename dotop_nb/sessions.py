"""The session journal: one JSON file per session, written atomically, events append-only.

Any process can pick up a session by id — a notebook proposes, a CLI or runbook executes, an
auditor reads. The journal is the durable record; the notebook output mirrors it.

Layout (default ``./.dotop/sessions``, or ``DOTOP_SESSIONS``)::

    op-20261126-1a2b3c4d.json    the session (schema ``v``: 1)
    op-20261126-1a2b3c4d.lock    held while the session executes
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import secrets
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from dotop_nb.errors import ConfigError
from dotop_nb.models import SCHEMA_VERSION, Session, utcnow

_ID = re.compile(r"op-[0-9]{8}-[0-9a-f]{8}")


class SessionNotFound(ConfigError):
    """No session with that id in the journal."""


class SessionCorrupt(ConfigError):
    """A session file exists but cannot be read back."""


class SessionBusy(ConfigError):
    """Another process is executing this session right now."""


def new_id() -> str:
    """A fresh session id: ``op-YYYYMMDD-<8 hex>``."""
    return f"op-{utcnow():%Y%m%d}-{secrets.token_hex(4)}"


def check_id(session_id: str) -> str:
    """``session_id`` if well-formed; anything else (paths, traversal) is refused."""
    if not isinstance(session_id, str) or not _ID.fullmatch(session_id):
        shown = repr(session_id)[:80]
        raise ConfigError(
            f"{shown} is not a session id",
            hint="session ids look like op-20261126-1a2b3c4d (see `%operate history`)",
        )
    return session_id


def default_folder() -> Path:
    configured = os.environ.get("DOTOP_SESSIONS", "").strip()
    return Path(configured).expanduser() if configured else Path.cwd() / ".dotop" / "sessions"


class Journal:
    """Reads and writes sessions in one folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()

    def path(self, session_id: str) -> Path:
        return self.folder / f"{check_id(session_id)}.json"

    def save(self, session: Session) -> None:
        """Write atomically (temp file, fsync, rename). Events may only be appended."""
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.path(session.id)
        if target.exists():
            stored = self.load(session.id)
            if session.events[: len(stored.events)] != stored.events:
                raise SessionCorrupt(
                    f"refusing to rewrite the history of session {session.id}",
                    hint="events of a session are append-only; reload the session and retry",
                )
        data = session.model_dump_json(indent=2)
        fd, tmp = tempfile.mkstemp(prefix=f".{session.id}.", dir=self.folder)
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)

    def load(self, session_id: str) -> Session:
        target = self.path(session_id)
        try:
            text = target.read_text(encoding="utf-8")
        except UnicodeDecodeError as err:
            raise SessionCorrupt(
                f"session file {target} is corrupt: not UTF-8 text",
                hint="restore it from the notebook output or version control; nothing was executed",
            ) from err
        except FileNotFoundError:
            raise SessionNotFound(
                f"no session {session_id} in {self.folder}",
                hint="check the id, or the sessions folder (DOTOP_SESSIONS)",
            ) from None
        try:
            session = Session.model_validate_json(text)
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            raise SessionCorrupt(
                f"session file {target} is corrupt: {where}: {first.get('msg')}",
                hint="restore it from the notebook output or version control; nothing was executed",
            ) from err
        if session.v != SCHEMA_VERSION:
            raise SessionCorrupt(f"session file {target} has unsupported version {session.v}")
        if session.id != session_id:
            raise SessionCorrupt(f"session file {target} holds session {session.id}")
        return session

    def ids(self) -> list[str]:
        if not self.folder.exists():
            return []
        return sorted(p.stem for p in self.folder.glob("op-*.json") if _ID.fullmatch(p.stem))

    def lock_path(self, session_id: str) -> Path:
        return self.folder / f"{check_id(session_id)}.lock"

    @contextlib.contextmanager
    def lock(self, session_id: str) -> Iterator[None]:
        """Exclusive, non-blocking: a second executor gets :class:`SessionBusy` at once.

        The lock is an flock, which the kernel releases when its process dies (SIGKILL, crash):
        a session still ``executing`` whose lock is free was interrupted, and is never waited
        on. The holder writes its PID, host and start time into the lock file for the message.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        lock_path = self.lock_path(session_id)
        # "a+": opening must not truncate what the current holder wrote.
        with open(lock_path, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise SessionBusy(
                    f"session {session_id} is being executed by {_holder(lock_path)}",
                    hint="wait for it to finish, then look at `dotop-nb session show ID`; if "
                    "that process is stuck, stop it: the session can then be resumed or rolled "
                    "back from any process",
                ) from None
            try:
                handle.seek(0)
                handle.truncate()
                handle.write(
                    json.dumps(
                        {
                            "pid": os.getpid(),
                            "host": socket.gethostname(),
                            "since": utcnow().isoformat(timespec="seconds"),
                        }
                    )
                )
                handle.flush()
                yield
            finally:
                handle.truncate(0)
                fcntl.flock(handle, fcntl.LOCK_UN)

    def owner(self, session_id: str) -> str | None:
        """Who executes the session right now ("pid N on HOST since T"), None when nobody."""
        lock_path = self.lock_path(session_id)
        if not lock_path.exists():
            return None
        with open(lock_path, "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return _holder(lock_path)
            fcntl.flock(handle, fcntl.LOCK_UN)
        return None


def _holder(lock_path: Path) -> str:
    try:
        info = json.loads(lock_path.read_text() or "{}")
    except (OSError, ValueError):
        info = {}
    if not isinstance(info, dict) or "pid" not in info:
        return "another process"
    return f"pid {info.get('pid')} on {info.get('host', '?')} since {info.get('since', '?')}"
