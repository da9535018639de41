"""Records that cannot be trusted or found: session files, the execution ledger, notebook outputs.
Nothing is ever executed from a record that raised one of these.

Exit codes:

- 2 — :class:`SessionNotFound`, :class:`SessionCorrupt` (bad input: no such record, unreadable);
- 9 — :class:`RecordTampered` and its kinds: edited after signing, unsigned, or an older copy
  put back (:class:`SessionReplayed`);
- 11 — :class:`RecordUnverified` and its kind: signed by a key not known here.

Example::

    raise SessionTampered("op-20250101-0a1b2c3d was edited after it was signed", hint="...")
"""

from __future__ import annotations

from dotop_nb.errors.base import DotopError
from dotop_nb.errors.input import ConfigError


class RecordTampered(DotopError):
    """A record (session journal, notebook output) was edited after it was signed, or carries no
    valid signature. It is not trusted, and nothing was executed from it."""

    exit_code = 9


class RecordUnverified(DotopError):
    """A record is signed by a key this machine does not know (another user's key, or a team key
    that is not configured here): it cannot be verified, so it is not trusted."""

    exit_code = 11


class SessionNotFound(ConfigError):
    """No session with that id in the journal."""


class SessionCorrupt(ConfigError):
    """A session file exists but cannot be read back."""


class SessionTampered(RecordTampered):
    """A session file was edited after dotop-nb signed it, or is not signed (exit 9)."""


class SessionUnverified(RecordUnverified):
    """A session file is signed by a key not known here (exit 11)."""


class SessionReplayed(RecordTampered):
    """The journal says a session never ran (or is unfinished), but this user's ledger says it
    started (or finished): the record is an older copy put back (exit 9)."""
