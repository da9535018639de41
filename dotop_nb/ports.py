"""The interfaces between the service and the engines (core: no I/O, no third-party imports).

A planner sees the cluster only through :class:`ClusterReader`, which the service hands it: reads
and server-side dry-run, never a write. The service turns a :class:`PlanResult` into a
:class:`~dotop_nb.models.Proposal`; only the service can do that.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from dotop_nb.intents import StructuredIntent
from dotop_nb.models import (
    Check,
    ClusterRef,
    DryRunResult,
    Operation,
    Proposal,
    Session,
    Target,
    Usage,
)

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
    # What the question asks for ("replicas"): an answer that fills it is merged into the
    # request (dotop_nb.clarification) instead of piling up as a correction.
    slot: str | None = None
    risks: list[str] = field(default_factory=list)
    validation_plan: list[str] = field(default_factory=list)
    # How a person undoes the change (the AI planner must say; the recorded prior state is
    # restored automatically when validation fails either way).
    rollback_plan: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    capabilities: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    # The time or condition said with the request ("tonight"), when the plan is made as said
    # and a person approves it when that holds (Proposal.awaits).
    awaits: str | None = None
    usage: Usage = field(default_factory=Usage)
    # Who actually planned, when a planner delegates (``hybrid``: offline rules or the model);
    # empty: the planner the service called.
    planner: str = ""
    model: str | None = None

    def held_back(self, question: str) -> PlanResult:
        """This answer with its plan held back and ``question`` asked in its place: no
        operations, and nothing said about the plan that is not made (analysis, risks,
        validation and rollback plans, awaits). Category, targets and patterns stay."""
        return replace(
            self,
            operations=[],
            question=question,
            analysis="",
            risks=[],
            validation_plan=[],
            rollback_plan=[],
            awaits=None,
        )


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


@dataclass(frozen=True)
class LiveCheck:
    """One validation check as it stands at one poll: the check, and for a workload its rollout
    progress in the words of ``kubectl rollout status`` (``3/5 updated, 2 available``)."""

    check: Check
    progress: str = ""


class RunControl:
    """What a surface holds while a plan runs in another thread: a cancel request (a person's
    Cancel click) and a live feed of the validation checks, each poll.

    The executor checks :attr:`cancelled` before each write and while it waits for validation;
    a cancelled run stops waiting and rolls back what it changed (the journal says who
    cancelled). Thread-safe: :meth:`cancel` is called from the kernel's main thread while the
    worker runs. ``timeout`` (set by the executor) and :attr:`started` give the time left.

    Example::

        control = RunControl(on_checks=lambda checks: print(checks))
        threading.Thread(target=op.execute, args=(sid,), kwargs={"approve": h,
                         "control": control}).start()
        control.cancel("alice")
    """

    def __init__(self, on_checks: Callable[[Sequence[LiveCheck]], None] | None = None) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._by = ""
        self.on_checks = on_checks
        self.started = time.monotonic()
        self.validating_since: float | None = None
        self.timeout: float | None = None

    def cancel(self, by: str) -> bool:
        """Ask the run to stop and roll back; False when it was already asked."""
        with self._lock:
            if self._event.is_set():
                return False
            self._by = by
            self._event.set()
            return True

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    @property
    def by(self) -> str:
        with self._lock:
            return self._by

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``, waking at once on a cancel; True when cancelled."""
        return self._event.wait(max(0.0, seconds))

    def report(self, checks: Sequence[LiveCheck]) -> None:
        if self.on_checks is not None:
            self.on_checks(checks)


__all__ = [
    "ClusterReader",
    "ClusterRef",
    "LiveCheck",
    "Operation",
    "PlanRequest",
    "PlanResult",
    "Planner",
    "ProgressListener",
    "RunControl",
]
