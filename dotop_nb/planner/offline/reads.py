"""The cluster as one plan reads it: each distinct read made once, then answered from memory.

Planning one intent asks the same questions of the cluster many times over: every reader that
resolves a name lists the namespace's Deployments and StatefulSets, every builder gets its target
again. In a namespace of 2,000 Deployments each of those lists is the costly part of a plan (the
benchmark's "big" case: 7 to 37 lists per intent). :class:`Once` wraps the read-only view for the
length of one plan: the first ``get``, ``list_objects``, ``history``, ``namespace_exists``,
``capabilities`` or ``api_resources`` with given arguments goes to the cluster, the next ones are
answered from what it returned — so the plan also sees one state of the cluster throughout,
not a namespace that changed between two of its reads.

Every answer is a deep copy: a builder may edit what it read to make a patch, and the next
reader must still see the object as the cluster holds it. ``dry_run``, ``events`` and ``logs``
always go to the cluster. A plan is short-lived; nothing is kept between plans, so the next plan
reads the cluster afresh.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from dotop_nb.models import ClusterRef, DryRunResult, Operation, Target
from dotop_nb.ports import ClusterReader

Json = dict[str, Any]
T = TypeVar("T")


class Once:
    """A :class:`~dotop_nb.ports.ClusterReader` that makes each distinct read once."""

    def __init__(self, cluster: ClusterReader) -> None:
        self._cluster = cluster
        self._answers: dict[Hashable, Any] = {}

    def _once(self, key: Hashable, read: Callable[[], T]) -> T:
        if key not in self._answers:
            self._answers[key] = read()
        answer: T = copy.deepcopy(self._answers[key])
        return answer

    @property
    def identity(self) -> ClusterRef:
        return self._cluster.identity

    def get(self, target: Target) -> Json | None:
        return self._once(("get", target.key), lambda: self._cluster.get(target))

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
        return self._once(
            ("list", api_version, kind, namespace, label_selector, limit, stale_ok),
            lambda: self._cluster.list_objects(
                api_version,
                kind,
                namespace,
                label_selector=label_selector,
                limit=limit,
                stale_ok=stale_ok,
            ),
        )

    def namespace_exists(self, namespace: str) -> bool:
        return self._once(("ns", namespace), lambda: self._cluster.namespace_exists(namespace))

    def history(self, target: Target) -> list[Json]:
        return self._once(("history", target.key), lambda: self._cluster.history(target))

    def capabilities(self) -> list[str]:
        return self._once(("capabilities",), self._cluster.capabilities)

    def api_resources(self) -> list[Json]:
        return self._once(("api_resources",), self._cluster.api_resources)

    def crd_schema(self, kind: str, *, group: str | None = None) -> Json | None:
        return self._once(("crd", kind, group), lambda: self._cluster.crd_schema(kind, group=group))

    def dry_run(self, operation: Operation) -> DryRunResult:
        return self._cluster.dry_run(operation)

    def events(self, target: Target, *, limit: int = 50) -> list[Json]:
        return self._cluster.events(target, limit=limit)

    def logs(
        self,
        pod: str,
        namespace: str,
        *,
        container: str | None = None,
        tail_lines: int = 100,
        limit_bytes: int = 64_000,
    ) -> str:
        return self._cluster.logs(
            pod, namespace, container=container, tail_lines=tail_lines, limit_bytes=limit_bytes
        )
