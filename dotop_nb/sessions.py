"""The session journal: one JSON file per session, written atomically, events append-only.

Any process can pick up a session by id — a notebook proposes, a CLI or runbook executes, an
auditor reads. The journal is the durable record; the notebook output mirrors it.

Each file is signed (:mod:`dotop_nb.signing`: HMAC-SHA256 over its canonical JSON, under the key
``"signature"``) and verified whenever it is loaded: a file edited by hand — even with its plan
hash recomputed — or signed by a key not known here raises :class:`SessionTampered` /
:class:`SessionUnverified` before anything can act on it. ``load(..., verify=False)`` reads it for
display only; :meth:`Journal.verdict` says whether it can be trusted.

Layout (default ``./.dotop/sessions``, or ``DOTOP_SESSIONS``)::

    op-20261126-1a2b3c4d.json    the session (schema ``v``: 1)
    op-20261126-1a2b3c4d.lock    held while the session executes
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import re
import secrets
import socket
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from dotop_nb.errors import ConfigError, RecordTampered, RecordUnverified

# The journal's errors live in the error tree (dotop_nb.errors); importable from here as before.
from dotop_nb.errors import JournalUnwritable as JournalUnwritable  # noqa: PLC0414
from dotop_nb.errors import SessionBusy as SessionBusy  # noqa: PLC0414
from dotop_nb.errors import SessionCorrupt as SessionCorrupt  # noqa: PLC0414
from dotop_nb.errors import SessionNotFound as SessionNotFound  # noqa: PLC0414
from dotop_nb.errors import SessionTampered as SessionTampered  # noqa: PLC0414
from dotop_nb.errors import SessionUnverified as SessionUnverified  # noqa: PLC0414
from dotop_nb.models import SCHEMA_VERSION, Session, utcnow
from dotop_nb.ports import ProgressListener
from dotop_nb.settings import setting, source
from dotop_nb.signing import Keyring, Verdict

_ID = re.compile(r"op-[0-9]{8}-[0-9a-f]{8}")


_SIGNATURE = "signature"
_RESTORE = "restore it from version control, or start a new analysis; nothing was executed"


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


def check_folder(folder: Path, *, where: str | None = None) -> Path:
    """``folder`` if sessions can be kept there (it may not exist yet); else a ConfigError that
    names the problem (and ``where`` the folder was configured, default: the ``sessions``
    setting's source), raised before anything is planned or changed."""
    if where is None:
        where = "DOTOP_SESSIONS" if source("sessions") != "default" else "sessions"
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent  # the nearest existing ancestor must be a writable folder
    if probe.exists() and not probe.is_dir():
        what = "is a file" if probe == folder else f"cannot be created: {probe} is a file"
        raise ConfigError(
            f"the sessions folder {folder} {what}, not a folder",
            hint=f"point {where} at a folder (it is created when missing)",
        )
    problem = _unwritable(probe) if probe.exists() else None
    if problem is not None:
        raise ConfigError(
            f"the sessions folder {folder} is not writable ({probe}: {problem})",
            hint=f"point {where} at a folder you can write to",
        )
    return folder


def _unwritable(folder: Path) -> str | None:
    """Why nothing can be written in the existing ``folder``, or None. Permission bits are not
    enough (root passes them; a read-only mount does not show in them): an existing folder is
    probed with a temporary file, removed at once."""
    if not os.access(folder, os.W_OK | os.X_OK):
        return "permission denied"
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as err:
        return err.strerror or type(err).__name__
    return None


def default_folder() -> Path:
    """The ``sessions`` setting: ``DOTOP_SESSIONS``, else ``./.dotop/sessions``."""
    folder: Path = setting("sessions")
    return folder


_log = logging.getLogger(__name__)


class Journal:
    """Reads and writes sessions in one folder.

    ``listeners`` are told about every saved session, after it is on disk: the service saves
    after each state change (executing, each operation written ahead and applied, validated,
    rolled back), so they are a faithful progress feed (see :class:`~dotop_nb.ports.
    ProgressListener`). A listener that raises is logged and skipped: a progress display must
    never stop an execution half-way.
    """

    def __init__(
        self,
        folder: Path | None = None,
        *,
        keys: Keyring | None = None,
        listeners: list[ProgressListener] | None = None,
    ) -> None:
        self.folder = check_folder(folder or default_folder())
        self._keys = keys
        self.listeners: list[ProgressListener] = list(listeners or [])

    @property
    def keys(self) -> Keyring:
        """The signing keys (from the environment when none were given), read on first use."""
        if self._keys is None:
            self._keys = Keyring.from_env()
        return self._keys

    def path(self, session_id: str) -> Path:
        return self.folder / f"{check_id(session_id)}.json"

    def fresh_id(self, draw: Callable[[], str] = new_id) -> str:
        """A new session id no record in this folder holds yet. Ids are 32 random bits a day, so
        a folder with thousands of sessions a day meets a drawn id again now and then: the new
        session's first save would then be refused as a rewrite of the other one's history."""
        while True:
            session_id = draw()
            if not self.path(session_id).exists() and not self.lock_path(session_id).exists():
                return session_id

    def save(self, session: Session) -> None:
        """Write atomically (temp file, fsync, rename). Events may only be appended. Any
        failure to write is a :class:`JournalUnwritable` naming the session."""
        target = self.path(session.id)
        if target.exists():
            stored = self.load(session.id)
            if session.events[: len(stored.events)] != stored.events:
                raise SessionCorrupt(
                    f"refusing to rewrite the history of session {session.id}",
                    hint="events of a session are append-only; reload the session and retry",
                )
        body = json.loads(session.model_dump_json())
        body[_SIGNATURE] = self.keys.sign("session", body)
        data = json.dumps(body, indent=2, ensure_ascii=False)
        try:
            self._write(session.id, target, data)
        except OSError as err:
            raise JournalUnwritable(
                f"the record of session {session.id} could not be written to {self.folder} "
                f"({err.strerror or err})",
                session_id=session.id,
                hint="make the sessions folder writable (space, permissions, a read-write "
                "mount), then look at `dotop-nb session show ID`",
            ) from err
        for listener in list(self.listeners):
            try:
                listener(session)
            except Exception:
                _log.warning("a progress listener failed on session %s", session.id, exc_info=True)

    def _write(self, session_id: str, target: Path, data: str) -> None:
        """Temp file, fsync, rename: a reader sees the old record or the new one, never half."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{session_id}.", dir=self.folder)
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)

    def load(self, session_id: str, *, verify: bool = True) -> Session:
        """The session, after checking its signature (``verify=False``: for display only)."""
        target, body, signature = self._read(session_id)
        if verify:
            error = untrusted(target, self.keys.verify("session", body, signature))
            if error is not None:
                raise error
        try:
            session = Session.model_validate_json(json.dumps(body))
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

    def verdict(self, session_id: str) -> Verdict:
        """Whether the stored session's signature verifies (for listings that mark it)."""
        _, body, signature = self._read(session_id)
        return self.keys.verify("session", body, signature)

    def problem(self, session_id: str) -> RecordTampered | RecordUnverified | None:
        """The error :meth:`load` would raise for the signature; None when it verifies."""
        return untrusted(self.path(session_id), self.verdict(session_id))

    def _read(self, session_id: str) -> tuple[Path, dict[str, object], object]:
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
            body = json.loads(text)
        except json.JSONDecodeError as err:
            raise SessionCorrupt(
                f"session file {target} is corrupt: not JSON ({err.msg}, line {err.lineno})",
                hint="restore it from the notebook output or version control; nothing was executed",
            ) from err
        if not isinstance(body, dict):
            raise SessionCorrupt(f"session file {target} is corrupt: not a JSON object")
        signature = body.pop(_SIGNATURE, None)
        return target, body, signature

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
        # Never truncated on open: that would erase what the current holder wrote.
        with open_private(lock_path) as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise SessionBusy(
                    f"session {session_id} is being executed by {_holder(handle)}",
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
        if not lock_path.exists() or lock_path.is_symlink():
            return None  # dotop-nb never locks through a link: nobody of ours holds it
        with open_private(lock_path) as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return _holder(handle)
            fcntl.flock(handle, fcntl.LOCK_UN)
        return None


def open_private(path: Path) -> IO[str]:
    """Open (create) ``path`` for reading and writing, as a regular file only: a symbolic link
    (which could point at any file the user can write), a FIFO or a device planted under that
    predictable name is refused with a ConfigError, never followed, truncated or written."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as err:
        if err.errno != errno.ELOOP:
            raise
        fd = -1
    if fd < 0 or not stat.S_ISREG(os.fstat(fd).st_mode):
        if fd >= 0:
            os.close(fd)
        raise ConfigError(
            f"{path} is not a regular file (a symbolic link or a special file); dotop-nb does not "
            "open it",
            hint=f"remove {path} (look at who created it); it is re-created when needed",
        )
    return os.fdopen(fd, "r+", encoding="utf-8")


def _holder(handle: IO[str]) -> str:
    try:
        handle.seek(0)
        info = json.loads(handle.read() or "{}")
    except (OSError, ValueError):
        info = {}
    if not isinstance(info, dict) or "pid" not in info:
        return "another process"
    return f"pid {info.get('pid')} on {info.get('host', '?')} since {info.get('since', '?')}"


def untrusted(target: Path, verdict: Verdict) -> RecordTampered | RecordUnverified | None:
    """The error that refuses a session file with this verdict; None when it verified."""
    if verdict.state == "unverified":
        return SessionUnverified(
            f"session file {target} is {verdict.reason}; it cannot be verified and is not trusted",
            hint="configure the team key that signed it (DOTOP_TEAM_KEY_FILE), or have its "
            "author act on it; nothing was executed",
        )
    if verdict.state == "tampered":
        return SessionTampered(
            f"session file {target} cannot be trusted — {verdict.reason}: it was edited after "
            "dotop-nb signed it, or never signed",
            hint=_RESTORE,
        )
    return None
