"""The local control plane (``dotop-nb cluster …``, :mod:`dotop_nb.localcluster`): every error is
a :class:`LocalClusterError`, exit code 10.

Example::

    raise ComponentFailed("etcd", "exited with code 1", hint="see its log: …/etcd.log")
"""

from __future__ import annotations

from dotop_nb.errors.base import DotopError


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
    """A loopback port is already taken by another process.

    ``picked``: the port was one ``cluster up`` picked itself (not one asked for), so starting
    again with newly picked ports can succeed; ``up`` does that itself a few times.
    """

    def __init__(self, message: str, *, hint: str | None = None, picked: bool = False) -> None:
        self.picked = picked
        super().__init__(message, hint=hint)
