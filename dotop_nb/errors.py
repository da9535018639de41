"""The project's one error tree.

Every failure a user can meet is a :class:`DotopError` with a short message that says what went
wrong and what to do next. Lower-level exceptions are chained (``raise ... from e``) so the cause is
kept for debugging, while the message itself stays short and never carries payloads (which could
hold secrets).

In IPython, ``_render_traceback_`` makes the error print as that short message while still being
a real exception, so papermill and nbval see a failed cell.
"""

from __future__ import annotations

# Messages longer than this are cut: a payload from a server must never flood a notebook or log.
_MAX_MESSAGE = 2000


def _truncate(text: str, limit: int = _MAX_MESSAGE) -> str:
    if len(text) <= limit:
        return text
    keep = limit - 40
    return text[:keep] + f" … [{len(text) - keep} more characters]"


class DotopError(Exception):
    """Base of every error dotop-nb raises on purpose.

    ``hint`` is the next step for the user; ``exit_code`` is what the command line exits with.
    """

    exit_code: int = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        self.message = _truncate(message)
        self.hint = hint
        super().__init__(self.message)

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message}\n  → {self.hint}"
        return self.message

    def _render_traceback_(self) -> list[str]:
        """Show IPython users the message, not a traceback (the cell still fails)."""
        return [f"{type(self).__name__}: {self}"]


class ConfigError(DotopError):
    """A setting, argument or input is invalid. Nothing was changed."""

    exit_code = 2


class RecordTampered(DotopError):
    """A record (session journal, notebook output) was edited after it was signed, or carries no
    valid signature. It is not trusted, and nothing was executed from it."""

    exit_code = 9


class RecordUnverified(DotopError):
    """A record is signed by a key this machine does not know (another user's key, or a team key
    that is not configured here): it cannot be verified, so it is not trusted."""

    exit_code = 11


class Interrupted(DotopError):
    """Execution stopped part-way (signal, lost answer, unreachable apiserver) with its record
    intact: ``dotop-nb session resume ID`` finishes it, ``session rollback ID`` undoes it."""

    exit_code = 12


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that execution records a resumable interruption."""


class LocalClusterError(DotopError):
    """The local control plane could not be built, started, stopped or inspected."""

    exit_code = 10


class BinariesMissing(LocalClusterError):
    """The control-plane binaries are neither built nor supplied."""


class ClusterAlreadyRunning(LocalClusterError):
    """``cluster up`` was asked for a cluster that is already running."""


class ClusterNotRunning(LocalClusterError):
    """``cluster down/status/env`` was asked for a cluster that is not running."""


class ComponentFailed(LocalClusterError):
    """A component of the local control plane exited or never became healthy."""

    def __init__(self, component: str, message: str, *, hint: str | None = None) -> None:
        self.component = component
        super().__init__(f"{component}: {message}", hint=hint)


class PortInUse(LocalClusterError):
    """A requested loopback port is already taken by another process."""


class ClusterError(DotopError):
    """The Kubernetes API could not be reached or refused a request."""

    exit_code = 20


class ClusterUnreachable(ClusterError):
    """No answer from the Kubernetes API (connection refused, timeout, TLS failure)."""

    exit_code = 21


class ApiError(ClusterError):
    """The apiserver answered with an error status. ``message`` is the apiserver's own text."""

    def __init__(self, status: int, reason: str, message: str, *, hint: str | None = None) -> None:
        self.status = status
        self.reason = reason
        super().__init__(f"{reason or 'Error'} ({status}): {message}", hint=hint)


class NotFound(ApiError):
    """404: the object or resource type does not exist."""


class Conflict(ApiError):
    """409: the object exists already or changed under us."""


class Invalid(ApiError):
    """400/422: the apiserver's validation rejected the object."""


class Forbidden(ApiError):
    """401/403: the credentials may not do this."""
