"""Where a workload's pods run (per zone and node) and how its rollout stands (its ReplicaSets).

One computation for everyone who shows it: the runbooks' state tables
(:mod:`dotop_nb.runbooks.state`), and the pictures a session keeps
(:class:`~dotop_nb.models.Picture`) — read when a proposal is made (before) and again once the
change was validated (after), then drawn by the record (:mod:`dotop_nb.ui.picture`,
:func:`text`). Reads only, through anything with ``get`` and ``list_objects`` (the planner's
read-only port, :class:`dotop_nb.ports.ClusterReader`).

Which operations get a picture (:func:`subjects`): a scale, a patch or apply of a workload, a
PodDisruptionBudget or autoscaler (the workloads they select or scale) → where the pods run; an
image update, restart or rollback of a Deployment → its ReplicaSets, old and new.

Example::

    from dotop_nb import topology
    rows = topology.nodes_of(pods, nodes)          # [NodePods(zone="zone-a", node="n0", pods=2, …)]
    pictures = topology.capture(reader, proposal.operations)
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal, Protocol

from dotop_nb.errors import DotopError
from dotop_nb.models import (
    WORKLOAD_KINDS,
    ApplyOp,
    NodePods,
    Operation,
    PatchOp,
    Picture,
    ReplicaSetCount,
    RolloutRestartOp,
    RolloutUndoOp,
    ScaleOp,
    SetImageOp,
    Target,
)

Json = dict[str, Any]
ZONE = "topology.kubernetes.io/zone"
NO_ZONE = "-"
UNSCHEDULED = "(unscheduled)"
REVISION = "deployment.kubernetes.io/revision"
# A picture stays small in records: nodes that run none of the pods fill up to this many rows.
MAX_NODES = 24
# Old ReplicaSets with no pods are history: only the latest few are shown.
MAX_REPLICA_SETS = 4

Kind = Literal["placement", "rollout"]


class Reader(Protocol):
    """What a picture needs from a cluster: reads only."""

    def get(self, target: Target) -> Json | None: ...

    def list_objects(
        self,
        api_version: str,
        kind: str,
        namespace: str | None = None,
        *,
        label_selector: str | None = None,
        limit: int | None = None,
        stale_ok: bool = False,
    ) -> list[Json]: ...


# ------------------------------------------------------------------------------ pure computation
def ready(pod: Json) -> bool:
    conditions = (pod.get("status") or {}).get("conditions") or []
    return any(c.get("type") == "Ready" and c.get("status") == "True" for c in conditions)


def zones(nodes: list[Json]) -> dict[str, str]:
    """Node name → zone (``-`` when a node has no zone label)."""
    return {
        n["metadata"]["name"]: (n["metadata"].get("labels") or {}).get(ZONE, NO_ZONE) for n in nodes
    }


def selector(obj: Json) -> str:
    """The workload's ``matchLabels`` as a label selector ("" when it has none)."""
    labels = ((obj.get("spec") or {}).get("selector") or {}).get("matchLabels") or {}
    return ",".join(f"{k}={v}" for k, v in sorted(labels.items()))


def nodes_of(
    pods: list[Json], nodes: list[Json] | None, *, limit: int = MAX_NODES
) -> tuple[list[NodePods], str]:
    """Rows (zone, node, pods, ready) sorted by zone and node, and a note when partial.

    Every node that runs one of ``pods`` is a row; nodes running none of them fill up to
    ``limit`` rows, so the picture shows where pods could also go. Pods being deleted are not
    where the workload runs. ``nodes`` None: nodes could not be read (zones unknown).
    """
    where = zones(nodes) if nodes is not None else {}
    count: Counter[tuple[str, str]] = Counter()
    up: Counter[tuple[str, str]] = Counter()
    for pod in pods:
        if pod["metadata"].get("deletionTimestamp"):
            continue
        node = (pod.get("spec") or {}).get("nodeName") or UNSCHEDULED
        key = (where.get(node, NO_ZONE if nodes is not None else "?"), node)
        count[key] += 1
        up[key] += int(ready(pod))
    keys = sorted(count)
    empty = sorted((zone, node) for node, zone in where.items() if (zone, node) not in count)
    room = max(0, limit - len(keys))
    keys = sorted(keys + empty[:room])
    rows = [NodePods(zone=z, node=n, pods=count[(z, n)], ready=up[(z, n)]) for z, n in keys]
    if nodes is None:
        note = "nodes not readable with these credentials: zones unknown"
    elif len(empty) > room:
        note = f"{len(empty) - room} more node(s) without its pods not shown"
    else:
        note = ""
    return rows, note


def _revision(obj: Json) -> int:
    value = ((obj.get("metadata") or {}).get("annotations") or {}).get(REVISION, "0")
    return int(value) if str(value).isdigit() else 0


def replica_sets(owner: Json, sets: list[Json]) -> list[ReplicaSetCount]:
    """The ReplicaSets ``owner`` (a Deployment) owns, oldest first: older ones with no pods are
    history, so only the newest two and those still holding pods are kept (at most a few)."""
    uid = (owner.get("metadata") or {}).get("uid")
    owned = [
        rs
        for rs in sets
        if any(
            ref.get("uid") == uid or (not uid and ref.get("name") == owner["metadata"]["name"])
            for ref in (rs["metadata"].get("ownerReferences") or [])
            if ref.get("kind") == owner.get("kind")
        )
    ]
    owned.sort(key=_revision)
    newest = owned[-1]["metadata"]["name"] if owned else ""
    # The newest and the one before it (what a rollout replaced, scaled to 0 once done), and
    # any other that still holds pods.
    latest = {rs["metadata"]["name"] for rs in owned[-2:]}
    kept = [
        rs
        for rs in owned
        if rs["metadata"]["name"] in latest
        or (rs.get("spec") or {}).get("replicas")
        or (rs.get("status") or {}).get("replicas")
    ][-MAX_REPLICA_SETS:]
    out = []
    for rs in kept:
        template = ((rs.get("spec") or {}).get("template") or {}).get("spec") or {}
        out.append(
            ReplicaSetCount(
                name=rs["metadata"]["name"],
                revision=str(_revision(rs) or ""),
                desired=int((rs.get("spec") or {}).get("replicas") or 0),
                ready=int((rs.get("status") or {}).get("readyReplicas") or 0),
                images=[str(c.get("image")) for c in template.get("containers") or []],
                newest=rs["metadata"]["name"] == newest,
            )
        )
    return out


def _workload(target: Target) -> bool:
    return target.kind in WORKLOAD_KINDS


def subjects(operations: list[Operation]) -> list[tuple[Target, Kind]]:
    """Which targets get which picture, in plan order, each once (see the module docstring).
    PodDisruptionBudgets and autoscalers stand for the workloads they guard: see
    :func:`capture`, which resolves them against the cluster."""
    found: dict[str, tuple[Target, Kind]] = {}
    for op in operations:
        target = op.target
        kind: Kind | None = None
        if isinstance(op, SetImageOp | RolloutRestartOp | RolloutUndoOp):
            kind = "rollout" if target.kind == "Deployment" else "placement"
        elif isinstance(op, ScaleOp | PatchOp | ApplyOp) and (
            _workload(target) or target.kind in ("PodDisruptionBudget", "HorizontalPodAutoscaler")
        ):
            kind = "placement"
        if kind is not None and target.key + kind not in found:
            found[target.key + kind] = (target, kind)
    return list(found.values())


# ------------------------------------------------------------------------------ reading
def _guarded(reader: Reader, target: Target, operations: list[Operation]) -> list[Target]:
    """The workloads a PodDisruptionBudget selects or an autoscaler scales (the op's manifest,
    else the object in the cluster)."""
    manifest: Json | None = next(
        (
            op.manifest
            for op in operations
            if isinstance(op, ApplyOp) and op.target.key == target.key
        ),
        None,
    )
    obj = manifest or reader.get(target)
    if obj is None:
        return []
    spec = obj.get("spec") or {}
    ns = target.namespace
    if target.kind == "HorizontalPodAutoscaler":
        ref = spec.get("scaleTargetRef") or {}
        if ref.get("kind") in WORKLOAD_KINDS and ref.get("name"):
            return [Target(kind=ref["kind"], name=ref["name"], namespace=ns)]
        return []
    wanted = (spec.get("selector") or {}).get("matchLabels") or {}
    if not wanted:
        return []
    out = []
    for kind in WORKLOAD_KINDS:
        for w in reader.list_objects("apps/v1", kind, ns):
            labels = (((w.get("spec") or {}).get("template") or {}).get("metadata") or {}).get(
                "labels"
            ) or {}
            if all(labels.get(k) == v for k, v in wanted.items()):
                out.append(Target.of(w))
    return out


def picture(reader: Reader, target: Target, kind: Kind, nodes: list[Json] | None) -> Picture | None:
    """The picture of one workload now (None when it does not exist)."""
    obj = reader.get(target)
    if obj is None:
        return None
    ns = target.namespace
    if kind == "rollout":
        sets = reader.list_objects(
            "apps/v1", "ReplicaSet", ns, label_selector=selector(obj) or None
        )
        return Picture(target=target, kind=kind, replica_sets=replica_sets(obj, sets))
    labels = selector(obj)
    pods = reader.list_objects("v1", "Pod", ns, label_selector=labels) if labels else []
    rows, note = nodes_of(pods, nodes)
    return Picture(target=target, kind=kind, nodes=rows, note=note)


def capture(reader: Reader, operations: list[Operation]) -> list[Picture]:
    """The pictures of a plan's targets as they are now; empty when there is nothing to draw.

    Never fails a proposal or a run: a picture that cannot be read is left out (it is an aid
    for the eye, the record's facts are elsewhere).
    """
    wanted = subjects(operations)
    if not wanted:
        return []
    nodes: list[Json] | None
    try:
        nodes = reader.list_objects("v1", "Node")
    except DotopError:
        nodes = None
    out: list[Picture] = []
    seen: set[str] = set()
    for target, kind in wanted:
        try:
            workloads = [target] if _workload(target) else _guarded(reader, target, operations)
            for w in workloads:
                if w.key + kind in seen:
                    continue
                seen.add(w.key + kind)
                found = picture(reader, w, kind, nodes)
                if found is not None:
                    out.append(found)
        except DotopError:
            continue
    return out


def again(reader: Reader, before: list[Picture]) -> list[Picture]:
    """The same pictures as ``before``, read now (the state after a change)."""
    if not before:
        return []
    try:
        nodes: list[Json] | None = reader.list_objects("v1", "Node")
    except DotopError:
        nodes = None
    out: list[Picture] = []
    for p in before:
        try:
            found = picture(reader, p.target, p.kind, nodes)
        except DotopError:
            continue
        if found is not None:
            out.append(found)
    return out


# ------------------------------------------------------------------------------ text
def _dots(ready: int, pods: int) -> str:
    shown = min(pods, 12)
    dots = "●" * min(ready, shown) + "○" * (shown - min(ready, shown))
    return dots + (f"+{pods - shown}" if pods > shown else "")


def text(before: list[Picture], after: list[Picture]) -> list[str]:
    """The pictures as plain text (the record's text/plain): per target, one row per node
    (zone, node, pods before → after; ● ready, ○ not ready) or per ReplicaSet (ready/desired)."""
    lines: list[str] = []
    later = {p.target.key + p.kind: p for p in after}
    for b in before:
        a = later.get(b.target.key + b.kind)
        when = "before → after" if a is not None else "before"
        ref = b.target.describe()
        if b.kind == "placement":
            lines.append(f"\nPods of {ref} by zone and node ({when}; ● ready, ○ not ready):")
            rows_a = {(r.zone, r.node): r for r in (a.nodes if a else [])}
            rows_b = {(r.zone, r.node): r for r in b.nodes}
            width = max((len(n) for _, n in rows_a | rows_b), default=4)
            for zone, node in sorted(rows_b | rows_a):
                rb, ra = rows_b.get((zone, node)), rows_a.get((zone, node))
                cell_b = f"{rb.pods} {_dots(rb.ready, rb.pods)}" if rb else "-"
                line = f"  {zone:<10} {node:<{width}}  {cell_b:<16}"
                if a is not None:
                    line += f" → {ra.pods} {_dots(ra.ready, ra.pods)}" if ra else " → -"
                lines.append(line.rstrip())
            for p in (b, a):
                if p is not None and p.note:
                    lines.append(f"  ({p.note})")
        else:
            lines.append(f"\nReplicaSets of {ref} ({when}; ready/desired):")
            for label, p in (("before", b), ("after", a)):
                if p is None:
                    continue
                for rs in p.replica_sets:
                    mark = "new" if rs.newest else "old"
                    lines.append(
                        f"  {label:<6} {mark} {rs.name} (revision {rs.revision or '?'}): "
                        f"{rs.ready}/{rs.desired} ready — {', '.join(rs.images)}"
                    )
    return lines


__all__ = [
    "MAX_NODES",
    "ZONE",
    "again",
    "capture",
    "nodes_of",
    "picture",
    "ready",
    "replica_sets",
    "selector",
    "subjects",
    "text",
    "zones",
]
