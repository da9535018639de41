"""The fleet audit's hygiene step: workloads without requests, readiness probes or a
PodDisruptionBudget, and the one structured intent that fixes them all (a proposal).

Example (inside the fleet-audit runbook)::

    gaps = fleet.gaps(proc.op.client, namespace="shop", when="before")
    intent = fleet.fixes_for(gaps)      # None when nothing is missing
"""

from __future__ import annotations

from dotop_nb import hygiene
from dotop_nb.cluster.client import KubeClient
from dotop_nb.intents import Fix, StructuredIntent, WorkloadRef
from dotop_nb.models import WORKLOAD_KINDS
from dotop_nb.ui import views

_FIXES: dict[str, str] = {
    "requests": f"requests of cpu {hygiene.REQUESTS['cpu']}, memory {hygiene.REQUESTS['memory']}",
    "probes": "a TCP readiness probe on its first declared port",
    "pdb": "a PodDisruptionBudget with maxUnavailable 1",
}


def gaps(client: KubeClient, *, namespace: str, when: str) -> dict[tuple[str, str], list[Fix]]:
    """(kind, name) → what each workload of ``namespace`` lacks, shown as a table."""
    pdbs = client.list("policy/v1", "PodDisruptionBudget", namespace)
    found: dict[tuple[str, str], list[Fix]] = {}
    rows = []
    for kind in WORKLOAD_KINDS:
        for obj in sorted(
            client.list("apps/v1", kind, namespace), key=lambda o: o["metadata"]["name"]
        ):
            lacking = hygiene.gaps(obj, pdbs)
            if lacking:
                found[(kind, obj["metadata"]["name"])] = list(lacking)
                offered = "; ".join(_offer(obj, g) for g in lacking)
                rows.append(
                    [f"{kind.lower()}/{obj['metadata']['name']}", ", ".join(lacking), offered]
                )
    views.display_table(
        views.TableView(
            f"Workloads without requests, probes or a PodDisruptionBudget ({when})",
            ["workload", "missing", "fix offered"],
            rows,
        )
    )
    return found


def _offer(obj: dict[str, object], gap: str) -> str:
    if gap == "probes":
        no_port = [
            str(c.get("name"))
            for c in hygiene.containers(obj)
            if not c.get("readinessProbe") and hygiene.probe_for(c) is None
        ]
        if no_port:
            return (
                f"probes: none (container {', '.join(no_port)} declares no port: add one by hand)"
            )
    return _FIXES[gap]


def fixes_for(found: dict[tuple[str, str], list[Fix]]) -> StructuredIntent | None:
    """One intent that adds every missing piece (None: nothing is missing)."""
    if not found:
        return None
    wanted: list[Fix] = [
        f for f in ("requests", "probes", "pdb") if any(f in g for g in found.values())
    ]
    return StructuredIntent(
        action="harden",
        targets=[WorkloadRef(kind=kind, name=name) for kind, name in found],
        fixes=wanted,
    )


__all__ = ["fixes_for", "gaps"]
