"""Compact, redacted summaries of cluster objects for the model: what a person would read in
``kubectl describe``, without the noise (pure, over the ClusterReader's answers)."""

from __future__ import annotations

from typing import Any

from dotop_nb.errors import DotopError
from dotop_nb.planner.boundary import to_yaml
from dotop_nb.ports import ClusterReader

Json = dict[str, Any]

_WORKLOADS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob")
_REVISION = "deployment.kubernetes.io/revision"


def _containers(spec: Json) -> list[Json]:
    out = []
    init = spec.get("initContainers") or []
    for index, c in enumerate([*init, *(spec.get("containers") or [])]):
        env = []
        for e in c.get("env") or []:
            if "valueFrom" in e:
                env.append(f"{e.get('name')} (from {', '.join(e['valueFrom'])})")
            else:
                env.append(f"{e.get('name')}={str(e.get('value', ''))[:80]}")
        item: Json = {"name": c.get("name"), "image": c.get("image")}
        if index < len(init):
            item["init"] = True
        if c.get("ports"):
            item["ports"] = [
                f"{p.get('name', '')}:{p.get('containerPort')}/{p.get('protocol', 'TCP')}"
                for p in c["ports"]
            ]
        item["resources"] = c.get("resources") or "none"
        item["probes"] = [p for p in ("readiness", "liveness", "startup") if c.get(f"{p}Probe")]
        if env:
            item["env"] = env
        if c.get("envFrom"):
            item["envFrom"] = c["envFrom"]
        out.append(item)
    return out


def _conditions(status: Json) -> list[str]:
    return [
        f"{c.get('type')}={c.get('status')}"
        + (f" ({c.get('reason')}: {str(c.get('message', ''))[:200]})" if c.get("reason") else "")
        for c in status.get("conditions") or []
    ]


def _state_reason(state: Json) -> str | None:
    detail = next(iter(state.values()), None)
    return detail.get("reason") if isinstance(detail, dict) else None


def _template(obj: Json) -> Json:
    spec = obj.get("spec") or {}
    if obj.get("kind") == "CronJob":
        spec = (spec.get("jobTemplate") or {}).get("spec") or {}
    template = spec.get("template") or {}
    return template if isinstance(template, dict) else {}


def summarize(obj: Json) -> Json:
    """What a person reads first about an object (``kubectl describe`` without the noise)."""
    meta = obj.get("metadata") or {}
    spec = obj.get("spec") or {}
    status = obj.get("status") or {}
    kind = obj.get("kind", "")
    out: Json = {
        "object": f"{kind}/{meta.get('name')}",
        "apiVersion": obj.get("apiVersion"),
        "namespace": meta.get("namespace"),
        "created": meta.get("creationTimestamp"),
        "resourceVersion": meta.get("resourceVersion"),
        "labels": meta.get("labels") or {},
        "annotations": meta.get("annotations") or {},
    }
    if meta.get("ownerReferences"):
        out["owners"] = [f"{o.get('kind')}/{o.get('name')}" for o in meta["ownerReferences"]]
    if kind in _WORKLOADS:
        if kind in ("Deployment", "StatefulSet", "ReplicaSet"):
            out["replicas"] = {
                "desired": spec.get("replicas", 1),
                "ready": status.get("readyReplicas", 0),
                "updated": status.get("updatedReplicas", 0),
                "available": status.get("availableReplicas", 0),
            }
        if kind == "DaemonSet":
            out["pods"] = {
                "desired": status.get("desiredNumberScheduled", 0),
                "ready": status.get("numberReady", 0),
            }
        if kind == "CronJob":
            out["schedule"] = spec.get("schedule")
            out["suspend"] = spec.get("suspend", False)
        for key in ("strategy", "updateStrategy", "selector", "serviceName"):
            if key in spec:
                out[key] = spec[key]
        if _REVISION in out["annotations"]:
            out["revision"] = out["annotations"][_REVISION]
        template = _template(obj)
        pod_spec = template.get("spec") or {}
        out["pod_template"] = {
            "labels": (template.get("metadata") or {}).get("labels") or {},
            "annotations": (template.get("metadata") or {}).get("annotations") or {},
            "containers": _containers(pod_spec),
            **{
                k: pod_spec[k]
                for k in (
                    "serviceAccountName",
                    "nodeSelector",
                    "affinity",
                    "topologySpreadConstraints",
                    "tolerations",
                    "volumes",
                )
                if k in pod_spec
            },
        }
        out["conditions"] = _conditions(status)
    elif kind == "Pod":
        out["phase"] = status.get("phase")
        out["node"] = spec.get("nodeName")
        out["containers"] = _containers(spec)
        out["container_status"] = [
            {
                "name": c.get("name"),
                "ready": c.get("ready"),
                "restarts": c.get("restartCount", 0),
                "state": next(iter(c.get("state") or {}), None),
                "reason": _state_reason(c.get("state") or {}),
            }
            for c in status.get("containerStatuses") or []
        ]
        out["conditions"] = _conditions(status)
    elif kind == "Service":
        out.update(
            {
                "type": spec.get("type", "ClusterIP"),
                "selector": spec.get("selector") or {},
                "ports": spec.get("ports") or [],
            }
        )
    elif kind in ("ConfigMap", "Secret"):
        if kind == "Secret":
            out["type"] = obj.get("type")
        data = {**(obj.get("data") or {}), **(obj.get("stringData") or {})}
        out["data"] = {k: (str(v)[:200] if kind == "ConfigMap" else v) for k, v in data.items()}
    else:
        out["spec"] = spec
        if status:
            out["status"] = {k: v for k, v in status.items() if k != "conditions"}
            out["conditions"] = _conditions(status)
    return out


def list_item(obj: Json) -> Json:
    """One line's worth of an object in a listing."""
    meta = obj.get("metadata") or {}
    spec = obj.get("spec") or {}
    status = obj.get("status") or {}
    kind = obj.get("kind", "")
    item: Json = {"name": meta.get("name")}
    if kind in _WORKLOADS:
        if kind in ("Deployment", "StatefulSet", "ReplicaSet"):
            item["ready"] = f"{status.get('readyReplicas', 0)}/{spec.get('replicas', 1)}"
        item["images"] = [
            c.get("image") for c in (_template(obj).get("spec") or {}).get("containers") or []
        ]
    elif kind == "Pod":
        statuses = status.get("containerStatuses") or []
        item["phase"] = status.get("phase")
        item["ready"] = f"{sum(1 for c in statuses if c.get('ready'))}/{len(statuses)}"
        item["restarts"] = sum(c.get("restartCount", 0) for c in statuses)
        item["node"] = spec.get("nodeName")
    elif kind == "Service":
        item["type"] = spec.get("type", "ClusterIP")
        item["ports"] = [
            f"{p.get('port')}->{p.get('targetPort', p.get('port'))}"
            for p in spec.get("ports") or []
        ]
        item["selector"] = spec.get("selector") or {}
    elif kind in ("ConfigMap", "Secret"):
        item["keys"] = sorted({**(obj.get("data") or {}), **(obj.get("stringData") or {})})
    elif kind == "HorizontalPodAutoscaler":
        ref = spec.get("scaleTargetRef") or {}
        item["target"] = f"{ref.get('kind')}/{ref.get('name')}"
        item["replicas"] = f"{spec.get('minReplicas', 1)}..{spec.get('maxReplicas')}"
    elif kind == "PodDisruptionBudget":
        item["minAvailable"] = spec.get("minAvailable")
        item["maxUnavailable"] = spec.get("maxUnavailable")
    if meta.get("labels") and kind not in ("Pod", "ReplicaSet"):
        item["labels"] = meta["labels"]
    return item


def revision_item(obj: Json) -> Json:
    meta = obj.get("metadata") or {}
    annotations = meta.get("annotations") or {}
    if obj.get("kind") == "ReplicaSet":
        return {
            "revision": int(annotations.get(_REVISION, 0)),
            "replicaset": meta.get("name"),
            "images": [
                c.get("image") for c in (_template(obj).get("spec") or {}).get("containers") or []
            ],
            "change_cause": annotations.get("kubernetes.io/change-cause", ""),
            "created": meta.get("creationTimestamp"),
        }
    return {
        "revision": obj.get("revision"),
        "controllerrevision": meta.get("name"),
        "created": meta.get("creationTimestamp"),
    }


_SUMMARY_KINDS = (
    ("apps/v1", "Deployment"),
    ("apps/v1", "StatefulSet"),
    ("apps/v1", "DaemonSet"),
    ("batch/v1", "CronJob"),
    ("v1", "Service"),
    ("v1", "ConfigMap"),
    ("v1", "Secret"),
    ("autoscaling/v2", "HorizontalPodAutoscaler"),
    ("policy/v1", "PodDisruptionBudget"),
    ("networking.k8s.io/v1", "NetworkPolicy"),
)


def namespace_summary(cluster: ClusterReader, namespace: str, *, limit: int = 30) -> str:
    """A compact YAML inventory of what runs in ``namespace`` (Secrets by key name only)."""
    inventory: Json = {}
    for api_version, kind in _SUMMARY_KINDS:
        try:
            # An inventory, not a decision: the apiserver's cache is good enough.
            items = cluster.list_objects(api_version, kind, namespace, limit=limit, stale_ok=True)
        except DotopError as err:
            inventory[kind] = f"(not listed: {err.message[:120]})"
            continue
        items = [i for i in items if (i.get("metadata") or {}).get("name") != "kube-root-ca.crt"]
        if items:
            inventory[kind] = [list_item(i) for i in items]
            if len(items) >= limit:
                inventory[kind].append(f"(first {limit} shown)")
    return to_yaml(inventory) if inventory else "(the namespace is empty)\n"
