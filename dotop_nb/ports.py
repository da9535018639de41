"""The interfaces between the service and the engines (core: no I/O, no third-party imports).

A planner sees the cluster only through :class:`ClusterReader`, which the service hands it: reads
and server-side dry-run, never a write. The service turns a :class:`PlanResult` into a
:class:`~dotop_nb.models.Proposal`; only the service can do that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from dotop_nb.models import ClusterRef, DryRunResult, Operation, Proposal, Target, Usage

Json = dict[str, Any]


class ClusterReader(Protocol):
    """Read-only view of one cluster, plus server-side dry-run. Secret values come back redacted."""

    @property
    def identity(self) -> ClusterRef: ...

    def get(self, target: Target) -> Json | None:
        """The object, or None when it does not exist."""
        ...

    def list_objects(
        self,
        api_version: str,
        kind: str,
        namespace: str | None = None,
        *,
        label_selector: str | None = None,
        limit: int | None = None,
    ) -> list[Json]: ...

    def namespace_exists(self, namespace: str) -> bool: ...

    def history(self, target: Target) -> list[Json]:
        """Revisions of a workload, oldest first (ReplicaSets or ControllerRevisions)."""
        ...

    def dry_run(self, operation: Operation) -> DryRunResult:
        """Send the operation exactly as it would run, with ``dryRun=All``."""
        ...

    def capabilities(self) -> list[str]:
        """Names of the capabilities the cluster has (e.g. ``keda``, ``metrics-server``)."""
        ...


@dataclass(frozen=True)
class PlanRequest:
    """Everything a planner is told about the intent (cluster access comes separately)."""

    intent: str
    namespace: str
    refinements: list[str] = field(default_factory=list)
    previous: Proposal | None = None
    capabilities: list[str] = field(default_factory=list)
    patterns: list[Json] = field(default_factory=list)
    policies: list[Json] = field(default_factory=list)


@dataclass
class PlanResult:
    """A planner's answer: typed operations with their explanation, or a question."""

    operations: list[Operation] = field(default_factory=list)
    analysis: str = ""
    category: str = ""
    question: str | None = None
    risks: list[str] = field(default_factory=list)
    validation_plan: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    capabilities: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)


class Planner(Protocol):
    """Turns an intent into typed operations. Implementations: offline rules, Anthropic."""

    name: str
    model: str | None

    def plan(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult: ...


__all__ = [
    "ClusterReader",
    "ClusterRef",
    "Operation",
    "PlanRequest",
    "PlanResult",
    "Planner",
]
