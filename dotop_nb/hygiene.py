"""Workload hygiene as pure functions: which of requests, probes and a PodDisruptionBudget a
workload lacks, and the probe a container can be given safely.

Shared by the fleet-audit runbook (what it reports) and the offline planner's ``harden``
action (what it fixes), so the two can never disagree about what is missing.

Example::

    gaps(deployment, pdbs)   # ['requests', 'pdb']
"""

from __future__ import annotations

from typing import Any, Literal

Json = dict[str, Any]
Gap = Literal["requests", "probes", "pdb"]
REQUESTS = {"cpu": "100m", "memory": "128Mi"}
"""What a container without requests is given: small, so a fix never blocks scheduling."""


def containers(workload: Json) -> list[Json]:
    template = (workload.get("spec") or {}).get("template") or {}
    return list((template.get("spec") or {}).get("containers") or [])


def pod_labels(workload: Json) -> dict[str, str]:
    template = (workload.get("spec") or {}).get("template") or {}
    return dict((template.get("metadata") or {}).get("labels") or {})


def missing_requests(container: Json) -> list[str]:
    """The resources (cpu, memory) the container requests nothing of."""
    requests = (container.get("resources") or {}).get("requests") or {}
    return [r for r in REQUESTS if r not in requests]


def covers(pdb: Json, labels: dict[str, str]) -> bool:
    """Whether ``pdb`` selects pods with ``labels`` (matchLabels; an expression selector is
    read as covering — the apiserver is the judge, and a false gap would propose a second PDB)."""
    selector = (pdb.get("spec") or {}).get("selector") or {}
    if selector.get("matchExpressions"):
        return True
    wanted = selector.get("matchLabels") or {}
    return bool(wanted) and all(labels.get(k) == v for k, v in wanted.items())


def covering(workload: Json, pdbs: list[Json]) -> list[Json]:
    labels = pod_labels(workload)
    return [p for p in pdbs if covers(p, labels)]


def gaps(workload: Json, pdbs: list[Json]) -> list[Gap]:
    """What the workload lacks, in a fixed order. A DaemonSet needs no PDB (drains skip it)."""
    found: list[Gap] = []
    items = containers(workload)
    if any(missing_requests(c) for c in items):
        found.append("requests")
    if any(not c.get("readinessProbe") for c in items):
        found.append("probes")
    if workload.get("kind") != "DaemonSet" and not covering(workload, pdbs):
        found.append("pdb")
    return found


def probe_for(container: Json) -> Json | None:
    """A readiness probe that checks the container's first declared port accepts connections;
    None when it declares none (a path or command cannot be guessed)."""
    ports = container.get("ports") or []
    if not ports:
        return None
    port = ports[0].get("name") or ports[0].get("containerPort")
    return {"tcpSocket": {"port": port}, "periodSeconds": 10}


__all__ = [
    "REQUESTS",
    "Gap",
    "containers",
    "covering",
    "covers",
    "gaps",
    "missing_requests",
    "pod_labels",
    "probe_for",
]
