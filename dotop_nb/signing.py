"""Signed records: HMAC-SHA256 over a canonical JSON form, keyed by a per-user or team secret.

Session journals and the session records in notebooks are *records*, never permissions; the
signature says that they were written by someone holding the key, and that nothing changed since.
A hand edit — even one that recomputes every hash in the record — no longer verifies.

Canonical form (:func:`canonical`) — what a save by JupyterLab (``JSON.stringify``), nbformat,
jupytext-like tools or GitHub's editor can change is left out, nothing else:

* objects: keys sorted (by code point), no whitespace, ``,`` and ``:`` as separators;
* numbers: a number is the IEEE double it denotes (the JSON data model of JavaScript), written
  one way: ``0.0``, ``0``, ``-0`` → ``0``; ``1e2``, ``100.0`` → ``100``; other values as the
  shortest string that round-trips (``0.1``, ``1e-07``); integers beyond 2**53 become the double a
  JavaScript save turns them into. ``true``/``false`` are never numbers;
* strings: the same code points, escaped one way (``\\u00e9`` and ``é`` are equal). Strings are
  **not** Unicode-normalised: no tool above normalises them, and NFC would make distinct strings
  sign the same (the Kelvin sign ``K`` becomes the letter ``K``; Kubernetes treats them apart);
* arrays keep their order; ``NaN`` and infinities (not JSON) get fixed tokens.

Keys (:class:`Keyring`): records are signed with the team key when one is configured
(``DOTOP_TEAM_KEY_FILE`` or ``DOTOP_TEAM_KEY``), so colleagues holding it verify each other's
notebooks; otherwise with the user's own key, ``DOTOP_SIGNING_KEY_FILE`` or
``$XDG_DATA_HOME/dotop-nb/signing_key`` (``~/.local/share/dotop-nb/signing_key``), created on
first use with mode 0600 like Jupyter's ``notebook_secret``. Both verify. A signature names its key
by a key id (a short hash of the key), never the key.

Example::

    from dotop_nb import signing
    keys = signing.Keyring.from_env()
    sig = keys.sign("record", {"replicas": 3.0})
    keys.verify("record", {"replicas": 3}, sig)      # → Verdict(state="verified", …)
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import math
import os
import secrets
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from dotop_nb.config import data_dir
from dotop_nb.errors import ConfigError

ALGORITHM = "HMAC-SHA256"
# The largest integer a JavaScript number (a double) holds exactly.
_EXACT = 2**53
# Below this, JavaScript writes integral numbers without an exponent.
_PLAIN = 1e21
_MIN_KEY = 32
_KEY_FILE = "signing_key"

Purpose = Literal["session", "record"]
State = Literal["verified", "tampered", "unverified"]


class SigningKeyError(ConfigError):
    """A signing key cannot be created or read, or is unsafe to use."""


# ------------------------------------------------------------------------------ canonical form
def _number(value: float) -> str:
    if math.isnan(value):
        return '"NaN"'
    if math.isinf(value):
        return '"Infinity"' if value > 0 else '"-Infinity"'
    if value.is_integer() and abs(value) < _PLAIN:
        return str(int(value))  # also turns -0.0 into 0, as JSON.stringify does
    return repr(value)


def _write(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        if abs(value) <= _EXACT:
            out.append(str(value))
        else:
            try:
                out.append(_number(float(value)))
            except OverflowError:
                out.append('"Infinity"' if value > 0 else '"-Infinity"')
    elif isinstance(value, float):
        out.append(_number(value))
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=True))
    elif isinstance(value, Mapping):
        items = []
        for key in value:
            if not isinstance(key, str):
                raise TypeError(f"canonical JSON needs string keys, not {type(key).__name__}")
            items.append(key)
        out.append("{")
        for n, key in enumerate(sorted(items)):
            if n:
                out.append(",")
            out.append(json.dumps(key, ensure_ascii=True))
            out.append(":")
            _write(value[key], out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for n, item in enumerate(value):
            if n:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        raise TypeError(f"canonical JSON cannot hold {type(value).__name__}")


def canonical(value: Any) -> bytes:
    """The one byte string every JSON-equal form of ``value`` maps to (see the module doc)."""
    out: list[str] = []
    _write(value, out)
    return "".join(out).encode("ascii")


# ------------------------------------------------------------------------------ keys
def key_id(key: bytes) -> str:
    """A short public name for ``key``: 16 hex digits of a domain-separated sha256."""
    return hashlib.sha256(b"dotop-nb key id\x00" + key).hexdigest()[:16]


def default_key_file() -> Path:
    """``DOTOP_SIGNING_KEY_FILE``, else ``signing_key`` in the user's data folder."""
    configured = os.environ.get("DOTOP_SIGNING_KEY_FILE", "").strip()
    return Path(configured).expanduser() if configured else data_dir() / _KEY_FILE


def _check_private(path: Path, *, allow_group: bool) -> None:
    mode = stat.S_IMODE(path.stat().st_mode)
    loose = mode & (0o007 if allow_group else 0o077)
    if loose:
        raise SigningKeyError(
            f"the signing key {path} is readable or writable by others (mode {mode:o})",
            hint=f"restrict it: chmod 600 {path} — and if others could read it, delete it "
            "(a new key is created; records signed by the old one show as unverified)",
        )


def _read_key(path: Path, *, allow_group: bool = False) -> bytes:
    try:
        _check_private(path, allow_group=allow_group)
        key = path.read_bytes().strip()
    except OSError as err:
        raise SigningKeyError(
            f"cannot read the signing key {path}: {err.strerror or err}",
            hint="check the file and its permissions "
            "(DOTOP_SIGNING_KEY_FILE / DOTOP_TEAM_KEY_FILE)",
        ) from err
    if len(key) < _MIN_KEY:
        raise SigningKeyError(
            f"the signing key in {path} is too short ({len(key)} bytes, at least {_MIN_KEY})",
            hint="generate one: python -c 'import secrets; print(secrets.token_hex(32))'",
        )
    return key


def _create_key(path: Path) -> bytes:
    """Create ``path`` with a fresh secret, mode 0600; if another process won the race, use its."""
    key = secrets.token_hex(32).encode()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    except OSError as err:
        raise SigningKeyError(
            f"cannot create the signing key {path}: {err.strerror or err}",
            hint="point DOTOP_SIGNING_KEY_FILE at a writable private location",
        ) from err
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(key + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, path)  # atomic, and never replaces a key that exists
        except FileExistsError:
            return _read_key(path)
        except OSError as err:
            raise SigningKeyError(
                f"cannot create the signing key {path}: {err.strerror or err}",
                hint="point DOTOP_SIGNING_KEY_FILE at a writable private location",
            ) from err
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return key


def user_key(*, create: bool) -> bytes | None:
    """The user's own key; created on first use when ``create``, else None if there is none."""
    path = default_key_file()
    if path.exists():
        return _read_key(path)
    return _create_key(path) if create else None


def team_key() -> bytes | None:
    """The team key: ``DOTOP_TEAM_KEY_FILE`` (may be group-readable) or ``DOTOP_TEAM_KEY``."""
    configured = os.environ.get("DOTOP_TEAM_KEY_FILE", "").strip()
    if configured:
        return _read_key(Path(configured).expanduser(), allow_group=True)
    value = os.environ.get("DOTOP_TEAM_KEY", "").strip()
    if not value:
        return None
    if len(value) < _MIN_KEY:
        raise SigningKeyError(
            f"DOTOP_TEAM_KEY is too short ({len(value)} characters, at least {_MIN_KEY})",
            hint="generate one: python -c 'import secrets; print(secrets.token_hex(32))'",
        )
    return value.encode()


# ------------------------------------------------------------------------------ signing
@dataclass(frozen=True)
class Verdict:
    """Whether a signed value can be trusted, and why not."""

    state: State
    key_id: str | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.state == "verified"


def _mac(key: bytes, purpose: Purpose, value: Any) -> str:
    # The purpose separates the domains: a signed journal is never a valid notebook record.
    message = b"dotop-nb/" + purpose.encode() + b"/v1\n" + canonical(value)
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass
class Keyring:
    """The keys this process signs with (one) and verifies with (all it knows)."""

    signer: bytes | None = None
    known: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> Keyring:
        """Keys from the environment; the user key is not created until something is signed."""
        team = team_key()
        mine = user_key(create=False)
        known = {key_id(k): k for k in (team, mine) if k is not None}
        return cls(signer=team, known=known)

    @classmethod
    def of(cls, *keys: bytes) -> Keyring:
        """A keyring that signs with the first key and verifies with all (tests, tools)."""
        return cls(signer=keys[0] if keys else None, known={key_id(k): k for k in keys})

    def _signing_key(self) -> bytes:
        if self.signer is None:
            self.signer = user_key(create=True)
            assert self.signer is not None
            self.known[key_id(self.signer)] = self.signer
        return self.signer

    def sign(self, purpose: Purpose, value: Any) -> dict[str, str]:
        """``{"alg", "key", "mac"}`` for ``value`` (any JSON value)."""
        key = self._signing_key()
        return {"alg": ALGORITHM, "key": key_id(key), "mac": _mac(key, purpose, value)}

    def verify(self, purpose: Purpose, value: Any, signature: Any) -> Verdict:
        """Check ``signature`` (as :meth:`sign` returned it) over ``value``."""
        if not isinstance(signature, Mapping):
            return Verdict("tampered", None, "it is not signed")
        kid, mac = signature.get("key"), signature.get("mac")
        if (
            signature.get("alg") != ALGORITHM
            or not isinstance(kid, str)
            or not isinstance(mac, str)
        ):
            return Verdict("tampered", None, "its signature is malformed")
        key = self.known.get(kid)
        if key is None:
            return Verdict("unverified", kid, f"signed by key {kid}, which is not known here")
        if not hmac.compare_digest(_mac(key, purpose, value), mac):
            return Verdict("tampered", kid, "the signature does not match its content")
        return Verdict("verified", kid)


__all__ = [
    "ALGORITHM",
    "Keyring",
    "SigningKeyError",
    "Verdict",
    "canonical",
    "default_key_file",
    "key_id",
    "team_key",
    "user_key",
]
