"""Rollout state of workloads, read from their status the way ``kubectl rollout status`` does.

Pure functions over the objects' JSON: no I/O, so they are shared by the validator, the demo and
the tests, and unit-testable on recorded objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Json = dict[str, Any]


@dataclass(frozen=True)
class RolloutState:
    done: bool
    failed: bool
    message: str


def _condition(obj: Json, kind: str) -> Json | None:
    for cond in (obj.get("status") or {}).get("conditions") or []:
        if cond.get("type") == kind:
            return dict(cond)
    return None


def deployment(obj: Json) -> RolloutState:
    """Rollout state of a Deployment."""
    spec, status, meta = obj.get("spec", {}), obj.get("status") or {}, obj.get("metadata", {})
    name = meta.get("name", "?")
    if status.get("observedGeneration", 0) < meta.get("generation", 0):
        return RolloutState(False, False, f"waiting for deployment {name} spec to be observed")
    progressing = _condition(obj, "Progressing")
    if progressing and progressing.get("reason") == "ProgressDeadlineExceeded":
        return RolloutState(False, True, f"deployment {name} exceeded its progress deadline")
    want = int(spec.get("replicas", 1))
    updated = int(status.get("updatedReplicas", 0))
    total = int(status.get("replicas", 0))
    available = int(status.get("availableReplicas", 0))
    if updated < want:
        return RolloutState(
            False, False, f"{updated} of {want} updated replicas of {name} are available"
        )
    if total > updated:
        return RolloutState(
            False, False, f"{total - updated} old replicas of {name} are pending termination"
        )
    if available < updated:
        return RolloutState(
            False, False, f"{available} of {updated} updated replicas of {name} are available"
        )
    return RolloutState(True, False, f"deployment {name} successfully rolled out")


def progress(obj: Json) -> str:
    """A workload's rollout progress in a few words, for a live display: a Deployment's
    ``3/5 updated, 2 available``, a StatefulSet's or DaemonSet's ready and updated counts."""
    spec, status = obj.get("spec") or {}, obj.get("status") or {}
    kind = obj.get("kind")
    if kind == "DaemonSet":
        want = int(status.get("desiredNumberScheduled", 0))
        updated = int(status.get("updatedNumberScheduled", 0))
        return f"{updated}/{want} updated, {int(status.get('numberAvailable', 0))} available"
    want = int(spec.get("replicas", 1))
    updated = int(status.get("updatedReplicas", 0))
    if kind == "StatefulSet":
        return f"{updated}/{want} updated, {int(status.get('readyReplicas', 0))} ready"
    return f"{updated}/{want} updated, {int(status.get('availableReplicas', 0))} available"


def statefulset(obj: Json) -> RolloutState:
    """Rollout state of a StatefulSet (RollingUpdate strategy)."""
    spec, status, meta = obj.get("spec", {}), obj.get("status") or {}, obj.get("metadata", {})
    name = meta.get("name", "?")
    if status.get("observedGeneration", 0) < meta.get("generation", 0):
        return RolloutState(False, False, f"waiting for statefulset {name} spec to be observed")
    want = int(spec.get("replicas", 1))
    ready = int(status.get("readyReplicas", 0))
    if ready < want:
        return RolloutState(False, False, f"{ready} of {want} pods of {name} are ready")
    if status.get("updateRevision") and status.get("currentRevision") != status.get(
        "updateRevision"
    ):
        updated = int(status.get("updatedReplicas", 0))
        return RolloutState(False, False, f"{updated} of {want} pods of {name} are updated")
    return RolloutState(True, False, f"statefulset {name} rolled out: {ready} ready")


def daemonset(obj: Json) -> RolloutState:
    """Rollout state of a DaemonSet."""
    status, meta = obj.get("status") or {}, obj.get("metadata", {})
    name = meta.get("name", "?")
    if status.get("observedGeneration", 0) < meta.get("generation", 0):
        return RolloutState(False, False, f"waiting for daemonset {name} spec to be observed")
    want = int(status.get("desiredNumberScheduled", 0))
    updated = int(status.get("updatedNumberScheduled", 0))
    available = int(status.get("numberAvailable", 0))
    if updated < want or available < want:
        return RolloutState(
            False, False, f"{updated} updated, {available} available of {want} pods of {name}"
        )
    return RolloutState(True, False, f"daemonset {name} rolled out")


def of(obj: Json) -> RolloutState | None:
    """Rollout state of any workload kind this module knows, else None."""
    readers = {"Deployment": deployment, "StatefulSet": statefulset, "DaemonSet": daemonset}
    reader = readers.get(str(obj.get("kind")))
    return reader(obj) if reader else None
