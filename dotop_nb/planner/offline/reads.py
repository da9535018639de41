"""The cluster as one plan reads it: each distinct read made once, then answered from memory.

Planning one intent asks the same questions of the cluster many times over: every reader that
resolves a name lists the namespace's Deployments and StatefulSets, every builder gets its target
again. In a namespace of 2,000 Deployments each of those lists is the costly part of a plan (the
benchmark's "big" case: 7 to 37 lists per intent). :class:`Once` wraps the read-only view for the
length of one plan: the first ``get``, ``list_objects``, ``history``, ``namespace_exists``,
``capabilities`` or ``api_resources`` with given arguments goes to the cluster, the next ones are
answered from what it returned — so the plan also sees one state of the cluster throughout,
not a namespace that changed between two of its reads. A list is read fresh even for a reader
that would take the apiserver's cache (``stale_ok``): one list then serves every reader.

Answers are shared, not copied: the planner never changes what it reads (it builds patches as
new objects), and copying a list of 2,000 manifests on every answer would cost more than the
reads it saves. ``tests/unit/test_offline_once.py`` holds the planner to that: it plans the
labelled corpus with ``check=True``, which keeps a snapshot of every answer and reports one
that changed. ``dry_run``, ``events`` and ``logs`` always go to the cluster. Nothing is kept
between plans: the next plan reads the cluster afresh.

What a reader derives from a whole list (the workloads by what they run, their labels' values)
is derived once per list too (:func:`derived`): in a namespace of 2,000 Deployments a pass over
the list is what a plan's own time grows with, and several readers of one plan make the same
pass, some of them once per word or clause. A list cut by a limit is cut once, so that every
reader asking with that limit gets the same list, and what was derived from it.

What is derived is also kept between plans, by what the list holds: the uid and
resourceVersion of each of its items, in order. Two lists with the same ones hold the same
objects as they were at the same version, so what ``build`` made of one (it depends on the items
alone) is what it would make of the other, and the next plan in an unchanged namespace of 2,000
Deployments pays for one pass reading those two fields instead of every index built anew. A list
whose items lack either field is never kept. At most :data:`KEPT` results are kept, the least
recently used dropped first.
"""

from __future__ import annotations

import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from dotop_nb.models import ClusterRef, DryRunResult, Operation, Target
from dotop_nb.ports import ClusterReader

Json = dict[str, Any]
T = TypeVar("T")


@dataclass
class _List:
    """A list as read: complete unless a limit cut it."""

    items: list[Json]
    limit: int | None
    # The list cut to a limit, kept: the same list object for every reader asking that limit.
    cut: dict[int, list[Json]] = field(default_factory=dict)

    def head(self, limit: int | None) -> list[Json]:
        if limit is None or limit >= len(self.items):
            return self.items
        if limit not in self.cut:
            self.cut[limit] = self.items[:limit]
        return self.cut[limit]

    def serves(self, limit: int | None) -> bool:
        complete = self.limit is None or len(self.items) < self.limit
        return complete or (limit is not None and limit <= len(self.items))


class Once:
    """A :class:`~dotop_nb.ports.ClusterReader` that makes each distinct read once."""

    def __init__(self, cluster: ClusterReader, *, check: bool = False) -> None:
        self._cluster = cluster
        self._answers: dict[Hashable, Any] = {}
        self._lists: dict[Hashable, _List] = {}
        # What was derived from a list, by what and the list's identity (the list kept with it).
        self._derived: dict[tuple[Hashable, int], tuple[list[Json], Any]] = {}
        # Each list's version (:func:`_version`), by its identity (the list kept with it).
        self._versions: dict[int, tuple[list[Json], _Version | None]] = {}
        # A list cut to a limit, by its identity: (the cut, the whole list, the limit).
        self._cuts: dict[int, tuple[list[Json], list[Json], int]] = {}
        # With check=True: every answer given, with a snapshot of it as it was read.
        self._given: list[tuple[Hashable, Any, bytes]] | None = [] if check else None

    def _once(self, key: Hashable, read: Callable[[], T]) -> T:
        if key not in self._answers:
            self._answers[key] = read()
            self._keep(key, self._answers[key])
        answer: T = self._answers[key]
        return answer

    def _keep(self, key: Hashable, answer: Any) -> None:
        if self._given is not None:
            self._given.append((key, answer, pickle.dumps(answer)))

    def changed(self) -> list[Hashable]:
        """The reads whose answer the caller changed since (``check=True`` only)."""
        if self._given is None:
            raise ValueError("Once(check=True) keeps the snapshots changed() compares")
        return [key for key, answer, snap in self._given if pickle.dumps(answer) != snap]

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
        # One list per kind, namespace and selector, whatever the limit and staleness asked: a
        # complete answer serves any limit. Read fresh even when the first reader would take
        # the apiserver's cache (stale_ok): a fresh list serves every later reader, stale_ok or
        # not, where a stale one would be read again for the first that is not — and the
        # words read before planning take it stale, the readers after them fresh, so in a
        # namespace of 2,000 Deployments every plan listed them twice.
        key = ("list", api_version, kind, namespace, label_selector)
        held = self._lists.get(key)
        if held is None or not held.serves(limit):
            items = self._cluster.list_objects(
                api_version,
                kind,
                namespace,
                label_selector=label_selector,
                limit=limit,
                stale_ok=False,
            )
            if api_version == "v1" and kind == "ConfigMap":
                items = _without_published(items)
            held = _List(items, limit=limit)
            self._lists[key] = held
            self._keep(key, items)
        out = held.head(limit)
        if out is not held.items and limit is not None:
            self._cuts[id(out)] = (out, held.items, limit)
        return out

    def derived(self, what: Hashable, items: list[Json], build: Callable[[list[Json]], T]) -> T:
        """``build(items)`` for a list this reader returned, built once per list and ``what``."""
        key = (what, id(items))
        kept = self._derived.get(key)
        if kept is None or kept[0] is not items:
            kept = (items, _across(what, self._version(items), items, build))
            self._derived[key] = kept
        value: T = kept[1]
        return value

    def _version(self, items: list[Json]) -> _Version | None:
        held = self._versions.get(id(items))
        if held is None or held[0] is not items:
            cut = self._cuts.get(id(items))
            if cut is not None and cut[0] is items:
                # A cut's version is the head of its whole list's: one pass serves both.
                whole = self._version(cut[1])
                version = None if whole is None else "\n".join(whole.split("\n", cut[2])[: cut[2]])
            else:
                version = _version(items)
            held = (items, version)
            self._versions[id(items)] = held
        return held[1]

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


def derived(
    cluster: ClusterReader, what: Hashable, items: list[Json], build: Callable[[list[Json]], T]
) -> T:
    """``build(items)``, where ``items`` is a list ``cluster`` returned: built once per list and
    ``what`` for the length of a plan when ``cluster`` is a :class:`Once` (each call otherwise).
    ``build`` must depend on ``items`` alone and its result must not be changed by the caller."""
    if isinstance(cluster, Once):
        return cluster.derived(what, items, build)
    return build(items)


# What a list holds, as far as anything derived from it can tell: its items' uids and
# resourceVersions, in order, as one string (strings are not tracked by the garbage collector: a
# tuple per item of a freshly read list of 2,000 set off collections that cost more than the
# pass itself).
_Version = str
# How many derived results are kept between plans (a few indexes per namespace and kind).
KEPT = 64
# By what was derived and the version's hash, with the version itself to compare on a hit.
_kept: OrderedDict[tuple[Hashable, int], tuple[_Version, Any]] = OrderedDict()
_kept_lock = threading.Lock()


def _version(items: list[Json]) -> _Version | None:
    """The uid and resourceVersion of every item, in order; None when an item lacks either."""
    # (Column by column: half the time of one string per item, in a list of 2,000.)
    try:
        metas = [o["metadata"] for o in items]
        uids = [m["uid"] for m in metas]
        versions = [m["resourceVersion"] for m in metas]
        if not all(uids) or not all(versions):
            return None
        return "\n".join(map(" ".join, zip(uids, versions, strict=True)))
    except (KeyError, TypeError):
        return None


def _across(
    what: Hashable, version: _Version | None, items: list[Json], build: Callable[[list[Json]], T]
) -> T:
    """``build(items)``, or what it made of a list of the same ``version`` in an earlier plan."""
    if version is None:
        return build(items)
    key = (what, hash(version))
    with _kept_lock:
        kept = _kept.get(key)
        if kept is not None and kept[0] == version:
            _kept.move_to_end(key)
            found: T = kept[1]
            return found
    value = build(items)
    with _kept_lock:
        _kept[key] = (version, value)
        _kept.move_to_end(key)
        while len(_kept) > KEPT:
            _kept.popitem(last=False)
    return value


# Round 42 (blind45 on the control plane): the CA bundles the cluster itself publishes into
# every namespace (kube-controller-manager's root-ca-cert-publisher; OpenShift's service CA) are
# nobody's application objects, and their names' words are no words of the user's ("the root
# site (frontend)" was read as frontend of something called root, kube-root-ca.crt): a plan's
# lists of ConfigMaps leave them out. (A get by name still finds them.)
PUBLISHED_CONFIGMAPS = frozenset({"kube-root-ca.crt", "openshift-service-ca.crt"})


def _without_published(items: list[Json]) -> list[Json]:
    if not any((i.get("metadata") or {}).get("name") in PUBLISHED_CONFIGMAPS for i in items):
        return items
    return [i for i in items if (i.get("metadata") or {}).get("name") not in PUBLISHED_CONFIGMAPS]
