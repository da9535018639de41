"""The project's one error tree, one module per family, each with its exit codes.

Every failure a user can meet is a :class:`DotopError` (:mod:`~dotop_nb.errors.base`) with a
short message and a ``hint``; ``exit_code`` is what the command line exits with. Import any of
them from here: ``from dotop_nb.errors import ConfigError``.

| exit | family | module |
|---|---|---|
| 1 | unexpected (a bug) | :mod:`~dotop_nb.errors.base` |
| 2 | bad input or settings; nothing changed | :mod:`~dotop_nb.errors.input`, |
| | | :mod:`~dotop_nb.errors.knowledge`, and session records not found or unreadable |
| 4 | an operation the target cannot take as it is now | :mod:`~dotop_nb.errors.cluster` |
| 5 | execution refused; nothing changed by this command | :mod:`~dotop_nb.errors.execution` |
| 9 | a record edited after signing, unsigned, or replayed | :mod:`~dotop_nb.errors.records` |
| 10 | the local control plane | :mod:`~dotop_nb.errors.localcluster` |
| 11 | a record signed by a key not known here | :mod:`~dotop_nb.errors.records` |
| 12 | interrupted part-way, resumable | :mod:`~dotop_nb.errors.execution` |
| 20, 21 | the Kubernetes API refused a request / did not answer | :mod:`~dotop_nb.errors.cluster` |
| 30, 31 | the AI planner stopped / its API was unavailable | :mod:`dotop_nb.planner` |

The planner's errors (``PlannerError``) stay in :mod:`dotop_nb.planner` because they carry the
planner's ``Usage``, a model of a higher layer than this one (the lowest: it imports nothing of
the project). Exit codes 3, 4, 6, 7 and 8 are also outcomes of a run (proposed, needs
clarification, dry-run failed, failed, rolled back), not only errors: docs/cli.md lists them all.
"""

from __future__ import annotations

from dotop_nb.errors.base import DotopError
from dotop_nb.errors.cluster import (
    ApiError,
    ClusterError,
    ClusterUnreachable,
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    OperationRefused,
)
from dotop_nb.errors.execution import (
    BackupError,
    ExecutionRefused,
    Interrupted,
    JournalUnwritable,
    SessionBusy,
    Terminated,
)
from dotop_nb.errors.input import ConfigError
from dotop_nb.errors.knowledge import (
    EmbedderUnavailable,
    IndexLocked,
    KnowledgeError,
    PatternError,
)
from dotop_nb.errors.localcluster import (
    BinariesMissing,
    ClusterAlreadyRunning,
    ClusterNotRunning,
    ComponentFailed,
    LocalClusterError,
    PortInUse,
)
from dotop_nb.errors.records import (
    RecordTampered,
    RecordUnverified,
    SessionCorrupt,
    SessionNotFound,
    SessionReplayed,
    SessionTampered,
    SessionUnverified,
)

__all__ = [
    "ApiError",
    "BackupError",
    "BinariesMissing",
    "ClusterAlreadyRunning",
    "ClusterError",
    "ClusterNotRunning",
    "ClusterUnreachable",
    "ComponentFailed",
    "ConfigError",
    "Conflict",
    "DotopError",
    "EmbedderUnavailable",
    "ExecutionRefused",
    "Forbidden",
    "IndexLocked",
    "Interrupted",
    "Invalid",
    "JournalUnwritable",
    "KnowledgeError",
    "LocalClusterError",
    "NotFound",
    "OperationRefused",
    "PatternError",
    "PortInUse",
    "RecordTampered",
    "RecordUnverified",
    "SessionBusy",
    "SessionCorrupt",
    "SessionNotFound",
    "SessionReplayed",
    "SessionTampered",
    "SessionUnverified",
    "Terminated",
]
