"""What an on-call engineer looks at before and after a change, as tables in the notebook.

For each workload: its replicas, images and update strategy; where its pods run (per zone and
node); and what guards it (autoscaler, PodDisruptionBudget, probes, requests). Reads only.

Example (inside a runbook)::

    state.show(op.client, ["my-api"], namespace="shop", when="before")
"""

from __future__ import annotations

from typing import Any

from dotop_nb import hygiene, topology
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import NotFound
from dotop_nb.models import WORKLOAD_KINDS
from dotop_nb.ui import views

Json = dict[str, Any]
ZONE = topology.ZONE


def workload(client: KubeClient, name: str, namespace: str) -> Json | None:
    """The Deployment, StatefulSet or DaemonSet named ``name`` (the first kind that has it)."""
    for kind in WORKLOAD_KINDS:
        try:
            return client.get("apps/v1", kind, name, namespace)
        except NotFound:
            continue
    return None


def pods_of(client: KubeClient, obj: Json) -> list[Json]:
    selector = topology.selector(obj)
    namespace = obj["metadata"]["namespace"]
    return client.list("v1", "Pod", namespace, label_selector=selector) if selector else []


def zones(client: KubeClient) -> dict[str, str]:
    """Node name → zone ("-" when a node has no zone label)."""
    return topology.zones(client.list("v1", "Node"))


def placement(client: KubeClient, obj: Json) -> list[list[Any]]:
    """Rows (zone, node, pods, ready) of the workload's running pods, sorted by zone and node
    (the computation the session pictures share: :func:`dotop_nb.topology.nodes_of`)."""
    rows, _ = topology.nodes_of(pods_of(client, obj), client.list("v1", "Node"), limit=0)
    return [[r.zone, r.node, r.pods, r.ready] for r in rows]


def guards(client: KubeClient, obj: Json) -> list[list[Any]]:
    """Rows (guard, what) for the autoscaler, PodDisruptionBudgets, probes and requests."""
    ns, name, kind = obj["metadata"]["namespace"], obj["metadata"]["name"], obj["kind"]
    rows: list[list[Any]] = []
    hpas = [
        h
        for h in client.list("autoscaling/v2", "HorizontalPodAutoscaler", ns)
        if (h["spec"].get("scaleTargetRef") or {}).get("name") == name
        and (h["spec"].get("scaleTargetRef") or {}).get("kind") == kind
    ]
    for h in hpas:
        rows.append(
            [
                "autoscaler",
                f"HorizontalPodAutoscaler {h['metadata']['name']}: "
                f"{h['spec'].get('minReplicas', 1)}-{h['spec']['maxReplicas']} replicas",
            ]
        )
    if not hpas:
        rows.append(["autoscaler", "none"])
    pdbs = hygiene.covering(obj, client.list("policy/v1", "PodDisruptionBudget", ns))
    for p in pdbs:
        budget = ", ".join(
            f"{k} {p['spec'][k]}" for k in ("minAvailable", "maxUnavailable") if k in p["spec"]
        )
        allowed = (p.get("status") or {}).get("disruptionsAllowed", "?")
        rows.append(
            ["disruption budget", f"{p['metadata']['name']}: {budget}; {allowed} allowed now"]
        )
    if not pdbs:
        rows.append(["disruption budget", "none"])
    for c in hygiene.containers(obj):
        probes = [p for p in ("readinessProbe", "livenessProbe") if c.get(p)]
        rows.append(
            [
                f"container {c['name']}",
                f"probes: {', '.join(p.removesuffix('Probe') for p in probes) or 'none'}; "
                f"requests: {_requests(c)}",
            ]
        )
    return rows


def _requests(container: Json) -> str:
    given = (container.get("resources") or {}).get("requests") or {}
    return ", ".join(f"{k} {v}" for k, v in sorted(given.items())) or "none"


def summary(obj: Json) -> list[Any]:
    """One row: kind/name, replicas desired/ready/updated, images, strategy."""
    spec, status = obj.get("spec") or {}, obj.get("status") or {}
    strategy = spec.get("strategy") or spec.get("updateStrategy") or {}
    return [
        f"{obj['kind'].lower()}/{obj['metadata']['name']}",
        spec.get("replicas", "-"),
        status.get("readyReplicas", status.get("numberReady", 0)),
        status.get("updatedReplicas", status.get("updatedNumberScheduled", 0)),
        ", ".join(str(c.get("image")) for c in hygiene.containers(obj)),
        strategy.get("type", "-"),
    ]


def show(client: KubeClient, names: list[str], *, namespace: str, when: str) -> list[Json]:
    """Display the workloads ``names`` (``when``: "before" or "after" the change): a summary
    table, then per workload its pods by zone and node and its guards. Returns the objects."""
    found: list[Json] = []
    missing: list[str] = []
    for name in names:
        obj = workload(client, name, namespace)
        if obj is None:
            missing.append(name)
        else:
            found.append(obj)
    views.display_table(
        views.TableView(
            f"Workloads {when} the change",
            ["workload", "replicas", "ready", "updated", "images", "strategy"],
            [summary(o) for o in found],
            note=f"not found in {namespace}: {', '.join(missing)}" if missing else "",
        )
    )
    for obj in found:
        ref = f"{obj['kind'].lower()}/{obj['metadata']['name']}"
        views.display_table(
            views.TableView(
                f"Pods of {ref} by zone and node ({when})",
                ["zone", "node", "pods", "ready"],
                placement(client, obj),
            )
        )
        views.display_table(
            views.TableView(f"Guards of {ref} ({when})", ["guard", "state"], guards(client, obj))
        )
    return found


__all__ = ["guards", "placement", "pods_of", "show", "summary", "workload", "zones"]
