"""The Kubernetes API could not be reached, refused a request, or cannot take an operation.

Exit codes:

- 20 — :class:`ClusterError`, :class:`ApiError` and its statuses (:class:`NotFound` 404,
  :class:`Conflict` 409, :class:`Invalid` 400/422, :class:`Forbidden` 401/403);
- 21 — :class:`ClusterUnreachable`: no answer (connection refused, timeout, TLS failure);
- 4 — :class:`OperationRefused`: the operation cannot be made into a request against the target
  as it is now.

Example::

    raise NotFound(404, "NotFound", 'deployments.apps "my-api" not found', hint="check -n")
"""

from __future__ import annotations

from dotop_nb.errors.base import DotopError


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


class OperationRefused(DotopError):
    """The operation cannot be turned into a request against the target's current state."""

    exit_code = 4
