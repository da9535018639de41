"""Which targets of a plan lie outside its intent (for the unattended-approval guard).

A target is *within* the intent when the intent names it, or when an object the intent names owns
it (ownerReferences), points at it (an autoscaler's ``scaleTargetRef``), selects its pods (Service,
PodDisruptionBudget, NetworkPolicy, a Velero Schedule or Backup of its namespace alone) or uses
it (ConfigMaps, Secrets, claims and the service account its pod template references). Everything
else is *unnamed*: a model that followed text planted in the cluster, or a typo, reaching for an
unrelated object.

The relations are read from the target as it is now (a plan cannot make an unrelated object
related by rewriting it); only a new object is read as the plan creates it. A new object named
after a named one (``my-db-backup`` for ``my-db``) is within the intent too: creating is the
least harmful touch, and planners name what they add after its subject.

Example::

    names_in("scale my-api to 3")          # {'scale', 'my-api', 'to', '3'}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from dotop_nb.models import Json, Operation
from dotop_nb.policy.effects import POD_SPEC

_WORD = re.compile(r"[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?")
_WORKLOADS = (
    ("apps/v1", "Deployment"),
    ("apps/v1", "StatefulSet"),
    ("apps/v1", "DaemonSet"),
    ("batch/v1", "CronJob"),
)
Lister = Callable[[str, str], list[Json]]


def names_in(text: str) -> set[str]:
    """The words of ``text`` that could be object names (lower-case DNS labels and subdomains)."""
    return set(_WORD.findall(text.lower()))


def unnamed_targets(
    operations: Sequence[Operation],
    *,
    intent: str,
    states: Mapping[str, Json | None],
    afters: Mapping[int, Json | None],
    list_objects: Lister,
) -> set[str]:
    """Keys of the targets outside the intent. ``list_objects(apiVersion, kind)`` lists the
    session namespace; it is called only when a target is not related by its own references."""
    named = names_in(intent)
    outside: set[str] = set()
    workloads: list[Json] | None = None
    for index, op in enumerate(operations):
        key = op.target.key
        if op.target.name in named:
            continue
        if states.get(key) is None and any(op.target.name.startswith(f"{n}-") for n in named):
            continue  # a new object named after a named one (my-db-backup for my-db)
        obj = states.get(key) or afters.get(index)
        if obj is not None and _refers_to(obj, named):
            continue
        if workloads is None:
            planned = [
                after
                for i, o in enumerate(operations)
                if o.target.name in named and (after := afters.get(i)) is not None
            ]
            workloads = planned + [
                w
                for api_version, kind in _WORKLOADS
                for w in list_objects(api_version, kind)
                if (w.get("metadata") or {}).get("name") in named
            ]
        if obj is None or not any(_uses_or_selects(w, obj) for w in workloads):
            outside.add(key)
    return outside


def _refers_to(obj: Json, named: set[str]) -> bool:
    """Whether ``obj`` is owned by, or scales, an object the intent names."""
    owners = (obj.get("metadata") or {}).get("ownerReferences") or []
    if any(isinstance(o, dict) and o.get("name") in named for o in owners):
        return True
    spec = obj.get("spec") or {}
    refs = [spec.get("scaleTargetRef"), spec.get("targetRef")]
    return any(isinstance(r, dict) and r.get("name") in named for r in refs)


def _uses_or_selects(workload: Json, obj: Json) -> bool:
    """Whether a named workload selects ``obj``'s pods or references ``obj`` from its pods."""
    kind = str(workload.get("kind") or "")
    pod = _pod_template(workload, kind)
    labels = ((pod.get("metadata") or {}).get("labels")) or {}
    spec = obj.get("spec") or {}
    selector: Any = None
    if obj.get("kind") == "Service":
        selector = spec.get("selector")
    elif obj.get("kind") == "PodDisruptionBudget":
        selector = (spec.get("selector") or {}).get("matchLabels")
    elif obj.get("kind") == "NetworkPolicy":
        selector = (spec.get("podSelector") or {}).get("matchLabels")
    elif obj.get("kind") in ("Schedule", "Backup"):  # Velero: what it backs up
        backup = spec.get("template") or {} if obj.get("kind") == "Schedule" else spec
        where = (workload.get("metadata") or {}).get("namespace")
        if backup.get("includedNamespaces") == [where]:
            selector = (backup.get("labelSelector") or {}).get("matchLabels")
    if isinstance(selector, dict) and selector:
        # An empty selector selects everything: that is not "this workload's".
        return all(labels.get(k) == v for k, v in selector.items())
    name = (obj.get("metadata") or {}).get("name")
    return name in _references(pod.get("spec") or {}).get(str(obj.get("kind")), set())


def _pod_template(workload: Json, kind: str) -> Json:
    node: Any = workload
    for step in POD_SPEC.get(kind, ())[:-1]:  # up to the template, not its spec
        node = node.get(step) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else {}


def _references(pod: Json) -> dict[str, set[str]]:
    """Names of the objects a pod spec uses, per kind."""
    refs: dict[str, set[str]] = {
        "ConfigMap": set(),
        "Secret": set(),
        "PersistentVolumeClaim": set(),
        "ServiceAccount": set(),
    }
    if pod.get("serviceAccountName"):
        refs["ServiceAccount"].add(str(pod["serviceAccountName"]))
    for volume in _dicts(pod.get("volumes")):
        _volume_refs(volume, refs)
        for source in _dicts((volume.get("projected") or {}).get("sources")):
            _volume_refs(source, refs)
    containers = [*_dicts(pod.get("containers")), *_dicts(pod.get("initContainers"))]
    for container in containers:
        for source in _dicts(container.get("envFrom")):
            _add(refs["ConfigMap"], source.get("configMapRef"), "name")
            _add(refs["Secret"], source.get("secretRef"), "name")
        for env in _dicts(container.get("env")):
            value_from = env.get("valueFrom") or {}
            _add(refs["ConfigMap"], value_from.get("configMapKeyRef"), "name")
            _add(refs["Secret"], value_from.get("secretKeyRef"), "name")
    for secret in _dicts(pod.get("imagePullSecrets")):
        _add(refs["Secret"], secret, "name")
    return refs


def _volume_refs(volume: Json, refs: dict[str, set[str]]) -> None:
    _add(refs["ConfigMap"], volume.get("configMap"), "name")
    _add(refs["Secret"], volume.get("secret"), "secretName")
    _add(refs["Secret"], volume.get("secret"), "name")  # projected sources say name
    _add(refs["PersistentVolumeClaim"], volume.get("persistentVolumeClaim"), "claimName")


def _add(found: set[str], holder: Any, field: str) -> None:
    if isinstance(holder, dict) and isinstance(holder.get(field), str):
        found.add(holder[field])


def _dicts(items: Any) -> Iterable[Json]:
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
