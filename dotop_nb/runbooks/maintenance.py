"""Before node maintenance: what a drain of each node would meet, checked without draining.

A drain evicts every pod of the node through the eviction API, so a PodDisruptionBudget that
allows no disruption now stops it; a pod no controller owns is gone for good (kubectl drain needs
``--force``), and an ``emptyDir`` volume's data is lost. A workload whose replicas all sit on one
node, or in one zone, loses all of its capacity at once. Reads only.

Example (inside the pre-maintenance runbook)::

    blockers = maintenance.report(client, namespace="shop", nodes=["kwok-node-a"])
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from dotop_nb import hygiene
from dotop_nb.app import OutcomeError
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import ConfigError
from dotop_nb.models import WORKLOAD_KINDS
from dotop_nb.runbooks import state
from dotop_nb.ui import views

Json = dict[str, Any]


def report(client: KubeClient, *, namespace: str, nodes: list[str]) -> list[list[Any]]:
    """Display nodes, disruption budgets, spread and drain blockers; returns the blocker rows
    (node, pod, reason). ``nodes`` empty: every node."""
    zones = state.zones(client)
    unknown = sorted(set(nodes) - set(zones))
    if unknown:
        raise ConfigError(
            f"no node named {', '.join(unknown)}", hint=f"nodes: {', '.join(sorted(zones))}"
        )
    chosen = nodes or sorted(zones)
    pods = [
        p for p in client.list("v1", "Pod", namespace) if not p["metadata"].get("deletionTimestamp")
    ]
    pdbs = client.list("policy/v1", "PodDisruptionBudget", namespace)
    on: dict[str, list[Json]] = defaultdict(list)
    for pod in pods:
        on[(pod.get("spec") or {}).get("nodeName") or ""].append(pod)
    views.display_table(
        views.TableView(
            f"Nodes to drain ({namespace} pods on each)",
            ["node", "zone", "pods"],
            [[n, zones[n], len(on[n])] for n in chosen],
        )
    )
    views.display_table(
        views.TableView(
            f"PodDisruptionBudgets in {namespace}",
            ["budget", "selects", "healthy / desired", "disruptions allowed"],
            [_budget_row(p) for p in sorted(pdbs, key=lambda p: p["metadata"]["name"])],
        )
    )
    spread, alone = _spread_rows(client, namespace, pods, zones)
    views.display_table(
        views.TableView(
            f"Spread of the workloads in {namespace}",
            ["workload", "replicas", "zones", "nodes", "spread constraints", "risk"],
            spread,
        )
    )
    blockers = []
    for node in chosen:
        for pod in sorted(on[node], key=lambda p: p["metadata"]["name"]):
            reasons = _blocks(pod, pdbs, on[node])
            if pod["metadata"]["name"] in alone:
                reasons.append(alone[pod["metadata"]["name"]])
            for reason in reasons:
                blockers.append([node, pod["metadata"]["name"], reason])
    views.display_table(
        views.TableView(
            "What would block or hurt a drain",
            ["node", "pod", "reason"],
            blockers,
            note="nothing blocks a drain of these nodes" if not blockers else "",
        )
    )
    return blockers


def verdict(blockers: list[list[Any]], *, fail: bool) -> str:
    """Say whether the drain can go ahead; with ``fail``, a blocker stops the runbook (exit 5),
    so a pipeline that drains next does not start."""
    nodes = sorted({str(b[0]) for b in blockers})
    if not blockers:
        said = "ready for maintenance: nothing would block or hurt a drain"
    else:
        said = f"{len(blockers)} finding(s) on {', '.join(nodes)}: resolve them before draining"
    views.display_table(views.TableView("Verdict", ["verdict"], [[said]]))
    if blockers and fail:
        raise OutcomeError(
            f"blocked: {said}",
            status="blocked",
            hint="see what would block a drain; fix it, or run without fail_if_blocked",
        )
    return said


def _budget_row(pdb: Json) -> list[Any]:
    status = pdb.get("status") or {}
    labels = (pdb["spec"].get("selector") or {}).get("matchLabels") or {}
    return [
        pdb["metadata"]["name"],
        ", ".join(f"{k}={v}" for k, v in sorted(labels.items())) or "(expression)",
        f"{status.get('currentHealthy', 0)} / {status.get('desiredHealthy', 0)}",
        status.get("disruptionsAllowed", 0),
    ]


def _blocks(pod: Json, pdbs: list[Json], neighbours: list[Json]) -> list[str]:
    owners = pod["metadata"].get("ownerReferences") or []
    if any(o.get("kind") == "DaemonSet" for o in owners):
        return []  # drains skip DaemonSet pods
    reasons = []
    labels = pod["metadata"].get("labels") or {}
    for pdb in pdbs:
        if not hygiene.covers(pdb, labels):
            continue
        allowed = (pdb.get("status") or {}).get("disruptionsAllowed", 0)
        same = sum(1 for p in neighbours if hygiene.covers(pdb, p["metadata"].get("labels") or {}))
        name = pdb["metadata"]["name"]
        if allowed == 0:
            reasons.append(f"PodDisruptionBudget {name} allows 0 disruptions now: eviction refused")
        elif same > allowed:
            reasons.append(
                f"PodDisruptionBudget {name} allows {allowed} at a time and {same} of its pods "
                "run here: the drain waits for replacements"
            )
    if not owners:
        reasons.append("no controller owns it: a drain needs --force and it is not recreated")
    if any("emptyDir" in v for v in (pod.get("spec") or {}).get("volumes") or []):
        reasons.append("emptyDir data is lost (kubectl drain --delete-emptydir-data)")
    return reasons


def _spread_rows(
    client: KubeClient, namespace: str, pods: list[Json], zones: dict[str, str]
) -> tuple[list[list[Any]], dict[str, str]]:
    """The spread table, and pod name → why draining its node stops its whole workload."""
    rows = []
    alone: dict[str, str] = {}
    for kind in WORKLOAD_KINDS[:2]:  # DaemonSets run everywhere by design
        for obj in sorted(
            client.list("apps/v1", kind, namespace), key=lambda o: o["metadata"]["name"]
        ):
            match = ((obj.get("spec") or {}).get("selector") or {}).get("matchLabels") or {}
            mine = [
                p
                for p in pods
                if all((p["metadata"].get("labels") or {}).get(k) == v for k, v in match.items())
            ]
            nodes = {(p.get("spec") or {}).get("nodeName") for p in mine} - {None}
            in_zones = {zones.get(str(n), "-") for n in nodes}
            template = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
            spread = "yes" if template.get("topologySpreadConstraints") else "no"
            replicas = (obj.get("spec") or {}).get("replicas", 1)
            if replicas < 2:
                risk = "one replica: a drain of its node stops it"
            elif len(nodes) == 1:
                risk = "every replica on one node"
            elif len(in_zones) == 1:
                risk = "every replica in one zone"
            else:
                risk = ""
            if risk:
                ref = f"{kind.lower()}/{obj['metadata']['name']}"
                for pod in mine:
                    alone[pod["metadata"]["name"]] = f"{ref}: {risk}"
            rows.append(
                [
                    f"{kind.lower()}/{obj['metadata']['name']}",
                    replicas,
                    len(in_zones),
                    len(nodes),
                    spread,
                    risk,
                ]
            )
    return rows, alone


__all__ = ["report", "verdict"]
