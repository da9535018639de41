"""Risks people expect to be told about, computed from the objects (never by the planner).

The gate calls :func:`compute` with what it has already read — each target's object now and the
server-side dry-run's answer — and a ``list_objects`` reader for the namespace (pods, workloads,
PodDisruptionBudgets). Each risk is one sentence a reviewer can act on:

* a pod-template change restarts every pod, and how (the rollout strategy: ``maxUnavailable`` /
  ``maxSurge``, ``Recreate``, a StatefulSet's ``RollingUpdate`` partition or ``OnDelete``);
* an image from a registry that no pod or workload of the namespace uses today;
* scaling below a PodDisruptionBudget's ``minAvailable`` (node drains then block);
* a production namespace (:func:`production`), where the widget asks for the namespace name to
  be typed before Approve is enabled.

Pure functions over JSON; the only I/O is the ``list_objects`` callable the caller passes.

Example::

    compute(ops, states=states, afters=afters, namespace="shop",
            namespace_labels={"environment": "production"}, list_objects=lister)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from dotop_nb.gate.relations import selects
from dotop_nb.models import Json, Operation

ListObjects = Callable[[str, str], list[Json]]
_WORKLOADS = {"Deployment": "apps/v1", "StatefulSet": "apps/v1", "DaemonSet": "apps/v1"}
_PRODUCTION_WORDS = frozenset({"production", "prod"})
_PRODUCTION_LABELS = ("environment", "env", "stage", "tier")


def production(namespace: str, labels: Mapping[str, str]) -> str:
    """Why ``namespace`` is a production namespace ("" when it is not): its name is ``prod`` or
    ``production``, or a label ``environment`` (``env``, ``stage``, ``tier``) says so."""
    if namespace.lower() in _PRODUCTION_WORDS:
        return f"its name is {namespace}"
    for key in _PRODUCTION_LABELS:
        value = str(labels.get(key, ""))
        if value.lower() in _PRODUCTION_WORDS:
            return f"label {key}={value}"
    return ""


def compute(
    ops: Sequence[Operation],
    *,
    states: Mapping[str, Json | None],
    afters: Mapping[int, Json | None],
    namespace: str,
    namespace_labels: Mapping[str, str],
    list_objects: ListObjects,
) -> list[str]:
    """The risks of running ``ops`` (``afters``: the dry-run answer per operation index)."""
    found: list[str] = []
    why = production(namespace, namespace_labels)
    if why:
        found.append(
            f"namespace {namespace} is a production namespace ({why}): approving needs its "
            f"name typed to confirm (the widget's box; --confirm-namespace {namespace} on "
            "%operate approve and the CLI; the runbook parameter confirm_namespace)"
        )
    cache: dict[str, list[Json]] = {}

    def listed(kind: str, api_version: str) -> list[Json]:
        if kind not in cache:
            cache[kind] = list_objects(api_version, kind)
        return cache[kind]

    for index, op in enumerate(ops):
        before, after = states.get(op.target.key), afters.get(index)
        if not isinstance(after, dict) or op.target.kind not in _WORKLOADS:
            continue
        where = f"operation {index + 1} ({op.target.ref})"
        if isinstance(before, dict) and _template(before) != _template(after):
            found.append(f"{where} changes the pod template: {_rollout(op.target.kind, after)}")
        found += [f"{where}: {r}" for r in _new_registries(op, before, after, listed)]
        found += [f"{where}: {r}" for r in _below_budget(before, after, listed)]
    return found


def _template(obj: Json) -> Any:
    return (obj.get("spec") or {}).get("template")


def _replicas(obj: Json | None) -> int | None:
    value = ((obj or {}).get("spec") or {}).get("replicas")
    return value if isinstance(value, int) else None


def _rollout(kind: str, after: Json) -> str:
    """How the controller replaces the pods, in words."""
    spec = after.get("spec") or {}
    count = _replicas(after)
    pods = f"all {count} pods" if count is not None else "every pod"
    if kind == "Deployment":
        strategy = spec.get("strategy") or {}
        if strategy.get("type") == "Recreate":
            return f"{pods} restart; strategy Recreate stops them all before new ones start"
        rolling = strategy.get("rollingUpdate") or {}
        unavailable = rolling.get("maxUnavailable", "25%")
        surge = rolling.get("maxSurge", "25%")
        return (
            f"{pods} restart, rolling update with maxUnavailable {unavailable} and maxSurge {surge}"
        )
    strategy = spec.get("updateStrategy") or {}
    if strategy.get("type") == "OnDelete":
        return "pods change only when each is deleted (updateStrategy OnDelete)"
    rolling = strategy.get("rollingUpdate") or {}
    if kind == "StatefulSet":
        partition = rolling.get("partition", 0)
        tail = f", pods below ordinal {partition} are kept" if partition else ""
        unavailable = rolling.get("maxUnavailable", 1)
        return (
            f"{pods} restart one ordinal at a time from the highest (updateStrategy "
            f"RollingUpdate, maxUnavailable {unavailable}{tail})"
        )
    unavailable = rolling.get("maxUnavailable", 1)
    return f"every node's pod restarts (updateStrategy RollingUpdate, maxUnavailable {unavailable})"


def registry(image: str) -> str:
    """The registry an image reference pulls from (``docker.io`` when it names none)."""
    first, slash, _ = image.partition("/")
    if slash and ("." in first or ":" in first or first == "localhost"):
        return first
    return "docker.io"


def _images(obj: Json | None) -> set[str]:
    spec = (((obj or {}).get("spec") or {}).get("template") or {}).get("spec") or (
        (obj or {}).get("spec") or {}
    )
    found: set[str] = set()
    for field in ("containers", "initContainers"):
        for container in spec.get(field) or []:
            if isinstance(container, dict) and isinstance(container.get("image"), str):
                found.add(container["image"])
    return found


def _new_registries(
    op: Operation,
    before: Json | None,
    after: Json,
    listed: Callable[[str, str], list[Json]],
) -> list[str]:
    added = _images(after) - _images(before)
    if not added:
        return []
    used = {registry(i) for i in _images(before)}
    for kind, api_version in {**_WORKLOADS, "Pod": "v1"}.items():
        for obj in listed(kind, api_version):
            name = (obj.get("metadata") or {}).get("name")
            if kind == op.target.kind and name == op.target.name:
                continue
            used |= {registry(i) for i in _images(obj)}
    return [
        f"image {image} comes from registry {registry(image)}, which no workload in the "
        "namespace uses today"
        for image in sorted(added)
        if registry(image) not in used
    ]


def _below_budget(
    before: Json | None, after: Json, listed: Callable[[str, str], list[Json]]
) -> list[str]:
    wanted, now = _replicas(after), _replicas(before)
    if wanted is None or (now is not None and wanted >= now):
        return []
    labels = ((_template(after) or {}).get("metadata") or {}).get("labels") or {}
    found = []
    for budget in listed("PodDisruptionBudget", "policy/v1"):
        spec = budget.get("spec") or {}
        selector = spec.get("selector")
        minimum = spec.get("minAvailable")
        if not isinstance(selector, dict) or not selects(selector, labels):
            continue
        name = (budget.get("metadata") or {}).get("name")
        if isinstance(minimum, int) and wanted < minimum:
            found.append(
                f"scaling to {wanted} goes below PodDisruptionBudget {name} (minAvailable "
                f"{minimum}): it can never be met, so every voluntary eviction (a node drain) "
                "is blocked"
            )
        elif spec.get("maxUnavailable") in (0, "0%") or (wanted == 0 and minimum):
            found.append(
                f"PodDisruptionBudget {name} allows no voluntary eviction at {wanted} replicas"
            )
    return found


__all__ = ["compute", "production", "registry"]
