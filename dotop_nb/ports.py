"""The interfaces between the service and the engines (core: no I/O, no third-party imports).

A planner sees the cluster only through :class:`ClusterReader`, which the service hands it: reads
and server-side dry-run, never a write. The service turns a :class:`PlanResult` into a
:class:`~dotop_nb.models.Proposal`; only the service can do that.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from dotop_nb.intents import StructuredIntent
from dotop_nb.models import ClusterRef, DryRunResult, Operation, Proposal, Session, Target, Usage

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
        stale_ok: bool = False,
    ) -> list[Json]:
        """Objects of a kind. ``stale_ok`` reads the apiserver's cache (fast, possibly a moment
        old): for advice, never for decisions that change the cluster."""
        ...

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

    def events(self, target: Target, *, limit: int = 50) -> list[Json]:
        """Events about one object, oldest first, at most ``limit`` (the newest ones).

        Each item: ``type``, ``reason``, ``message``, ``count``, ``first``, ``last``, ``source``,
        ``object`` (``Kind/name``). Messages are cut to a bounded length."""
        ...

    def logs(
        self,
        pod: str,
        namespace: str,
        *,
        container: str | None = None,
        tail_lines: int = 100,
        limit_bytes: int = 64_000,
    ) -> str:
        """The last lines of a pod's log. Raises a :class:`~dotop_nb.errors.ClusterError` with a
        short message when the apiserver cannot serve them (no kubelet, unknown container …)."""
        ...

    def api_resources(self) -> list[Json]:
        """What the apiserver serves: ``apiVersion``, ``kind``, ``namespaced``, ``verbs``."""
        ...

    def crd_schema(self, kind: str, *, group: str | None = None) -> Json | None:
        """The CustomResourceDefinition that defines ``kind`` (optionally in ``group``):
        ``name``, ``group``, ``kind``, ``plural``, ``scope`` and per version ``name``, ``served``,
        ``storage``, ``schema`` (openAPIV3Schema). None when no CRD defines the kind."""
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
    # The patterns retrieved for the intent alone (None: ``patterns``). ``patterns`` are those
    # for the intent with its corrections; a conversation that continues keeps its opening
    # message byte-identical (and cached) by opening with these, and adds the rest later.
    intent_patterns: list[Json] | None = None
    # Typed parameters when the caller gave them (``intent`` is then their sentence): a planner
    # uses them as they are instead of reading values back out of words.
    structured: StructuredIntent | None = None


@dataclass
class PlanResult:
    """A planner's answer: typed operations with their explanation, or a question."""

    operations: list[Operation] = field(default_factory=list)
    analysis: str = ""
    category: str = ""
    question: str | None = None
    risks: list[str] = field(default_factory=list)
    validation_plan: list[str] = field(default_factory=list)
    # How a person undoes the change (the AI planner must say; the recorded prior state is
    # restored automatically when validation fails either way).
    rollback_plan: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    capabilities: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    # Who actually planned, when a planner delegates (``hybrid``: offline rules or the model);
    # empty: the planner the service called.
    planner: str = ""
    model: str | None = None


class Planner(Protocol):
    """Turns an intent into typed operations. Implementations: offline rules, Anthropic."""

    name: str
    model: str | None

    def plan(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult: ...


class ProgressListener(Protocol):
    """Told about every saved state of a session (executing, each operation written ahead and
    applied, validated, rolled back), after it is recorded. A surface shows live progress
    with it; ``Operator(progress=...)`` or ``Journal(listeners=[...])`` installs one."""

    def __call__(self, session: Session, /) -> None: ...


__all__ = [
    "ClusterReader",
    "ClusterRef",
    "Operation",
    "PlanRequest",
    "PlanResult",
    "Planner",
    "ProgressListener",
]
