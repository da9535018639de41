"""What an operation does to an object: the facts policies read from before/after objects.

Policies judge the effect of an operation, not the form of its request (a JSON patch ``copy`` into
``/spec/replicas`` sets replicas as surely as a scale does). The authoritative after-object is the
one the apiserver's server-side dry-run returns; the engine passes it in. :func:`estimate` is the
pure stand-in for callers without a dry-run (audits, unit tests): it applies the operation locally
and knows less (no strategic-merge directives, no rollout history, no server defaults).

Example::

    after = estimate(ScaleOp(target=t, replicas=5), current)
    replicas(after, "replicas")   # 5
"""

from __future__ import annotations

import copy
from typing import Any

from dotop_nb.models import (
    ApplyOp,
    DeleteOp,
    Json,
    Operation,
    PatchOp,
    ScaleOp,
    SetImageOp,
)

# Where each kind that runs pods keeps its pod spec. Every table of workload kinds in policy/ and
# gate/ derives from this one, so a kind added here is judged everywhere.
POD_SPEC: dict[str, tuple[str, ...]] = {
    **{
        kind: ("spec", "template", "spec")
        for kind in (
            "Deployment",
            "StatefulSet",
            "DaemonSet",
            "ReplicaSet",
            "ReplicationController",
            "Job",
        )
    },
    "CronJob": ("spec", "jobTemplate", "spec", "template", "spec"),
    "Pod": ("spec",),
}
SENSITIVE_METADATA = ("ownerReferences", "finalizers")
# Capabilities that amount to root on the node (or its network).
DANGEROUS_CAPABILITIES = frozenset({"SYS_ADMIN", "NET_ADMIN", "ALL"})


def estimate(op: Operation, before: Json | None) -> Json | None:
    """The object as ``op`` would leave it, computed locally (None: deleted or never created)."""
    if isinstance(op, DeleteOp):
        return None
    if isinstance(op, ApplyOp):
        return op.manifest if before is None else merge(before, op.manifest, by_name=True)
    if before is None:
        return None
    if isinstance(op, PatchOp) and isinstance(op.patch, dict):
        patched: Json = merge(before, op.patch, by_name=op.patch_type == "strategic")
        return patched
    if isinstance(op, PatchOp):
        return json_patch(before, op.patch) if isinstance(op.patch, list) else before
    after = copy.deepcopy(before)
    if isinstance(op, ScaleOp):
        after.setdefault("spec", {})["replicas"] = op.replicas
    elif isinstance(op, SetImageOp):
        found = containers(after, op.target.kind, "initContainers", "containers")
        for container in found:
            if container.get("name") == op.container:
                container["image"] = op.image
        if not any(c.get("name") == op.container for c in found):
            _pod_spec(after, op.target.kind).setdefault("containers", []).append(
                {"name": op.container, "image": op.image}
            )
    return after


def _pod_spec(obj: Json, kind: str) -> Json:
    node = obj
    for step in POD_SPEC.get(kind, ()):
        node = node.setdefault(step, {})
    return node


def merge(base: Any, patch: Any, *, by_name: bool) -> Any:
    """RFC 7386 merge; with ``by_name``, lists of named objects merge by name as a strategic
    merge patch does for containers (its directives are left to the server's dry-run)."""
    if by_name and isinstance(patch, list) and isinstance(base, list) and _named(patch + base):
        merged = {item["name"]: item for item in base}
        for item in patch:
            merged[item["name"]] = merge(merged.get(item["name"]), item, by_name=True)
        return list(merged.values())
    if not isinstance(patch, dict):
        return patch
    out = dict(base) if isinstance(base, dict) else {}
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge(out.get(key), value, by_name=by_name)
    return out


def _named(items: list[Any]) -> bool:
    return all(isinstance(item, dict) and isinstance(item.get("name"), str) for item in items)


class _Unapplicable(Exception):
    pass


def json_patch(doc: Json, steps: list[Json]) -> Json:
    """RFC 6902 applied locally (add, remove, replace, copy, move, test); the document unchanged
    when a step cannot apply (the apiserver would reject the patch)."""
    out: Any = copy.deepcopy(doc)
    try:
        for step in steps:
            op, path = step.get("op"), _pointer(step.get("path"))
            if op in ("copy", "move"):
                value = copy.deepcopy(_get(out, _pointer(step.get("from"))))
                if op == "move":
                    out = _remove(out, _pointer(step.get("from")))
                out = _add(out, path, value)
            elif op == "add":
                out = _add(out, path, copy.deepcopy(step.get("value")))
            elif op == "replace":
                _get(out, path)
                out = _add(_remove(out, path), path, copy.deepcopy(step.get("value")))
            elif op == "remove":
                out = _remove(out, path)
            elif op == "test" and _get(out, path) != step.get("value"):
                raise _Unapplicable
    except (_Unapplicable, KeyError, IndexError, ValueError, TypeError):
        return doc
    return out if isinstance(out, dict) else doc


def _pointer(path: Any) -> list[str]:
    if not isinstance(path, str) or (path and not path.startswith("/")):
        raise _Unapplicable
    return [p.replace("~1", "/").replace("~0", "~") for p in path.split("/")[1:]] if path else []


def _get(doc: Any, parts: list[str]) -> Any:
    for part in parts:
        doc = doc[int(part)] if isinstance(doc, list) else doc[part]
    return doc


def _add(doc: Any, parts: list[str], value: Any) -> Any:
    if not parts:
        return value
    parent = _get(doc, parts[:-1])
    last = parts[-1]
    if isinstance(parent, list):
        parent.insert(len(parent) if last == "-" else int(last), value)
    elif isinstance(parent, dict):
        parent[last] = value
    else:
        raise _Unapplicable
    return doc


def _remove(doc: Any, parts: list[str]) -> Any:
    if not parts:
        raise _Unapplicable
    parent = _get(doc, parts[:-1])
    last = parts[-1]
    if isinstance(parent, list):
        del parent[int(last)]
    else:
        del parent[last]
    return doc


def containers(obj: Json | None, kind: str, *keys: str) -> list[Json]:
    """The containers of the given ``keys`` (containers, initContainers) of a workload."""
    pod = pod_spec(obj, kind) or {}
    return [c for key in keys for c in pod.get(key) or [] if isinstance(c, dict)]


def images(obj: Json | None, kind: str) -> list[str]:
    found = containers(obj, kind, "initContainers", "containers")
    return [c["image"] for c in found if isinstance(c.get("image"), str)]


def spec_int(obj: Json | None, field: str) -> int | None:
    value = ((obj or {}).get("spec") or {}).get(field)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def metadata_changes(op: Operation, before: Json | None, after: Json | None) -> list[str]:
    """Which of ownerReferences / finalizers the operation sets or changes.

    A new object counts with what the plan itself asks for (admission may add finalizers of its
    own, e.g. a PersistentVolumeClaim's protection); an existing one by before against after.
    A deletion changes neither (it is judged as a deletion)."""
    if isinstance(op, DeleteOp) or after is None:
        return []
    if before is None:
        asked = op.manifest.get("metadata") or {} if isinstance(op, ApplyOp) else {}
        return [field for field in SENSITIVE_METADATA if asked.get(field)]
    was, now = before.get("metadata") or {}, after.get("metadata") or {}
    return [f for f in SENSITIVE_METADATA if (was.get(f) or []) != (now.get(f) or [])]


def pod_spec(obj: Json | None, kind: str) -> Json | None:
    """The pod spec of a workload of ``kind`` (None: not a kind that runs pods, or none given)."""
    node: Any = obj
    for step in POD_SPEC.get(kind, ()) if obj is not None else ():
        node = node.get(step) if isinstance(node, dict) else None
    return node if kind in POD_SPEC and isinstance(node, dict) else None


def privileges(pod: Json | None) -> list[str]:
    """What a pod spec asks for beyond an ordinary container: privileged mode, privilege
    escalation, the node's PID/network/IPC namespaces, node paths, capabilities that amount
    to root. Each of these lets a pod take over its node, so they are judged on what the
    plan leaves (the after-object), however it was written."""
    if not pod:
        return []
    found = [f"{field}: true" for field in ("hostPID", "hostNetwork", "hostIPC") if pod.get(field)]
    found += [
        f"hostPath volume {v.get('name')} ({(v.get('hostPath') or {}).get('path')})"
        for v in _dicts(pod.get("volumes"))
        if v.get("hostPath") is not None
    ]
    every = [*_dicts(pod.get("initContainers")), *_dicts(pod.get("containers"))]
    every += _dicts(pod.get("ephemeralContainers"))
    for c in every:
        context = c.get("securityContext") or {}
        if not isinstance(context, dict):
            continue
        name = c.get("name")
        if context.get("privileged"):
            found.append(f"container {name}: privileged")
        if context.get("allowPrivilegeEscalation") is True:
            found.append(f"container {name}: allowPrivilegeEscalation")
        added = (context.get("capabilities") or {}).get("add") or []
        bad = sorted({str(a).upper().removeprefix("CAP_") for a in added} & DANGEROUS_CAPABILITIES)
        if bad:
            found.append(f"container {name}: adds capabilities {', '.join(bad)}")
    return found


def data_loss_switches(kind: str, before: Json | None, after: Json | None) -> list[str]:
    """Settings the operation turns on that make a later ordinary step destroy data: a
    StatefulSet's persistentVolumeClaimRetentionPolicy set to Delete (a scale-down or delete
    then deletes the volumes' claims). Judged like a deletion."""
    if kind != "StatefulSet" or after is None:
        return []
    was = ((before or {}).get("spec") or {}).get("persistentVolumeClaimRetentionPolicy") or {}
    now = (after.get("spec") or {}).get("persistentVolumeClaimRetentionPolicy") or {}
    if not isinstance(was, dict) or not isinstance(now, dict):
        return []
    return [
        f"persistentVolumeClaimRetentionPolicy.{when}: Delete"
        for when in ("whenScaled", "whenDeleted")
        if now.get(when) == "Delete" and was.get(when) != "Delete"
    ]


def _dicts(items: Any) -> list[Json]:
    return [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
