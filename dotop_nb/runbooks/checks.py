"""The post-check of a runbook: each executed operation's effect, read back from the cluster.

The validator already waited for the rollout; this is the independent look an engineer takes
afterwards ("does it really run 4 replicas, all ready, with the new image?"), one row per
fact, so the executed notebook shows the evidence and not just a verdict.
"""

from __future__ import annotations

from typing import Any

from dotop_nb import hygiene
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import NotFound
from dotop_nb.models import (
    ApplyOp,
    DeleteOp,
    Operation,
    PatchOp,
    RolloutRestartOp,
    RolloutUndoOp,
    ScaleOp,
    Session,
    SetImageOp,
    Target,
)

Json = dict[str, Any]
_WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet")


def _get(client: KubeClient, target: Target) -> Json | None:
    try:
        return client.get(target.api_version, target.kind, target.name, target.namespace)
    except NotFound:
        return None


def _rolled_out(obj: Json) -> tuple[str, str, bool]:
    spec, status = obj.get("spec") or {}, obj.get("status") or {}
    if obj["kind"] == "DaemonSet":
        want = status.get("desiredNumberScheduled", 0)
        got = (status.get("numberReady", 0), status.get("updatedNumberScheduled", 0))
    else:
        want = spec.get("replicas", 1)
        got = (status.get("readyReplicas", 0), status.get("updatedReplicas", 0))
    return f"{want} ready and updated", f"{got[0]} ready, {got[1]} updated", got == (want, want)


def rows_for(client: KubeClient, op: Operation) -> list[list[Any]]:
    """Rows (check, expected, observed, ok) for one executed operation."""
    ref = op.target.ref
    obj = _get(client, op.target)
    if isinstance(op, DeleteOp):
        return [[f"{ref} deleted", "absent", "absent" if obj is None else "present", obj is None]]
    if obj is None:
        return [[f"{ref} exists", "present", "absent", False]]
    rows: list[list[Any]] = []
    if isinstance(op, ScaleOp):
        wanted = op.replicas
        got = (obj.get("spec") or {}).get("replicas")
        rows.append([f"{ref} replicas", wanted, got, got == wanted])
    elif isinstance(op, SetImageOp):
        images = {c["name"]: c.get("image") for c in hygiene.containers(obj)}
        got = images.get(op.container)
        rows.append([f"{ref} container {op.container} image", op.image, got, got == op.image])
    elif isinstance(op, ApplyOp):
        rows.append([f"{ref} exists", "present", "present", True])
    if op.target.kind in _WORKLOADS and isinstance(
        op, ScaleOp | SetImageOp | PatchOp | RolloutRestartOp | RolloutUndoOp
    ):
        expected, observed, ok = _rolled_out(obj)
        rows.append([f"{ref} rollout", expected, observed, ok])
    return rows


def observed(client: KubeClient, session: Session) -> list[list[Any]]:
    """The rows of every operation of the session's approved plan, in plan order."""
    rows: list[list[Any]] = []
    for op in session.proposal.operations:
        rows += rows_for(client, op)
    return rows


__all__ = ["observed", "rows_for"]
