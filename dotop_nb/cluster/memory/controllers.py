"""The in-memory cluster's controllers: one synchronous step each, no scheduler, no kubelet.

* Deployments: a ReplicaSet per pod template (found again by its ``pod-template-hash`` when a
  template returns, as after a rollback), the ``deployment.kubernetes.io/revision`` annotation on
  both, pods for the newest ReplicaSet only, and the status (observedGeneration, replicas,
  updated / ready / available) that ``kubectl rollout status`` reads.
* StatefulSets and DaemonSets: ControllerRevisions (the history a rollback reads), pods, status.
* Pods: placed round robin on the seeded Nodes (no scheduler), unscheduled without any.
* PodDisruptionBudgets: expected and healthy pods of their selector.
* CustomResourceDefinitions: Established at once.

A pod is ready unless its image is in :attr:`MemoryCluster.unpullable`: then it waits in
``ImagePullBackOff`` and its workload never becomes available — a failed rollout on demand.
With ``controllers=False`` nothing runs: statuses stay as they are (a rollout that never ends).
"""

from __future__ import annotations

import copy
import hashlib
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dotop_nb.cluster.memory.store import MemoryCluster

Json = dict[str, Any]
REVISION = "deployment.kubernetes.io/revision"
HASH = "pod-template-hash"


def template_hash(template: Json) -> str:
    """A stable short hash of a pod template (the role of ``pod-template-hash``)."""
    clean = copy.deepcopy(template)
    (clean.get("metadata") or {}).get("labels", {}).pop(HASH, None)
    text = json.dumps(clean, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def reconcile(cluster: MemoryCluster) -> None:
    """One pass of every controller over the cluster's objects."""
    for key, obj in list(cluster.objects.items()):
        if key not in cluster.objects:
            continue
        kind = obj["kind"]
        if kind == "Deployment":
            _deployment(cluster, obj)
        elif kind in ("StatefulSet", "DaemonSet"):
            _revisioned(cluster, obj)
    for key, obj in list(cluster.objects.items()):
        if obj["kind"] == "PodDisruptionBudget":
            _pdb(cluster, obj)
        elif obj["kind"] == "CustomResourceDefinition":
            _crd(cluster, key, obj)


def _crd(cluster: MemoryCluster, key: Any, crd: Json) -> None:
    """A CRD is Established (and served: the store adds it to discovery on write) at once."""
    changed = copy.deepcopy(crd)
    changed["status"] = {
        "acceptedNames": copy.deepcopy((crd.get("spec") or {}).get("names") or {}),
        "conditions": [
            {"type": "NamesAccepted", "status": "True", "reason": "NoConflicts"},
            {"type": "Established", "status": "True", "reason": "InitialNamesAccepted"},
        ],
        "storedVersions": [
            v["name"] for v in (crd.get("spec") or {}).get("versions") or [] if v.get("storage")
        ],
    }
    _put(cluster, key, changed)


def _owner(obj: Json) -> Json:
    meta = obj["metadata"]
    return {
        "apiVersion": obj["apiVersion"],
        "kind": obj["kind"],
        "name": meta["name"],
        "uid": meta["uid"],
        "controller": True,
        "blockOwnerDeletion": True,
    }


def _owned(cluster: MemoryCluster, obj: Json, kind: str) -> list[tuple[Any, Json]]:
    uid = obj["metadata"]["uid"]
    return [
        (key, child)
        for key, child in cluster.objects.items()
        if child["kind"] == kind
        and any(o.get("uid") == uid for o in child["metadata"].get("ownerReferences") or [])
    ]


def _put(cluster: MemoryCluster, key: Any, obj: Json) -> None:
    """Store a changed object as a write does (new resourceVersion), an unchanged one not."""
    if cluster.objects.get(key) != obj:
        obj["metadata"]["resourceVersion"] = cluster.next_version()
        cluster.objects[key] = obj


def _new(cluster: MemoryCluster, api_version: str, kind: str, meta: Json, **body: Any) -> None:
    import uuid  # noqa: PLC0415

    group = api_version.split("/", maxsplit=1)[0] if "/" in api_version else ""
    meta = {**meta, "uid": str(uuid.uuid4()), "creationTimestamp": "1970-01-01T00:00:00Z"}
    meta["resourceVersion"] = cluster.next_version()
    key = (group, kind, meta.get("namespace", ""), meta["name"])
    cluster.objects[key] = {"apiVersion": api_version, "kind": kind, "metadata": meta, **body}


def _pods(cluster: MemoryCluster, owner: Json, template: Json, count: int, extra: Json) -> int:
    """Keep ``count`` pods of ``template`` owned by ``owner``; the number that are ready."""
    meta = owner["metadata"]
    ns = meta.get("namespace", "")
    pods = sorted(_owned(cluster, owner, "Pod"), key=lambda kv: kv[1]["metadata"]["name"])
    for key, _ in pods[count:]:
        del cluster.objects[key]
    # No scheduler: with Nodes seeded, pod N goes to node N (round robin by name), so tests
    # see pods spread over nodes and zones; without Nodes pods stay unscheduled.
    nodes = sorted(o["metadata"]["name"] for o in cluster.objects.values() if o["kind"] == "Node")
    for index in range(len(pods), count):
        labels = {**((template.get("metadata") or {}).get("labels") or {}), **extra}
        name = f"{meta['name']}-{index}"
        spec = copy.deepcopy(template.get("spec") or {})
        if nodes and not spec.get("nodeName"):
            spec["nodeName"] = nodes[index % len(nodes)]
        _new(
            cluster,
            "v1",
            "Pod",
            {"name": name, "namespace": ns, "labels": labels, "ownerReferences": [_owner(owner)]},
            spec=spec,
        )
    ready = 0
    for key, pod in _owned(cluster, owner, "Pod"):
        statuses = []
        ok = True
        for container in (pod.get("spec") or {}).get("containers") or []:
            broken = container.get("image") in cluster.unpullable
            ok = ok and not broken
            state: Json = (
                {"waiting": {"reason": "ImagePullBackOff", "message": "image not found"}}
                if broken
                else {"running": {"startedAt": "1970-01-01T00:00:00Z"}}
            )
            statuses.append(
                {
                    "name": container.get("name"),
                    "ready": not broken,
                    "state": state,
                    "image": container.get("image"),
                }
            )
        status = {
            "phase": "Pending" if not ok else "Running",
            "conditions": [{"type": "Ready", "status": "True" if ok else "False"}],
            "containerStatuses": statuses,
        }
        ready += ok
        if pod.get("status") != status:
            updated = copy.deepcopy(pod)
            updated["status"] = status
            _put(cluster, key, updated)
    return ready


def _deployment(cluster: MemoryCluster, dep: Json) -> None:
    meta, spec = dep["metadata"], dep.get("spec") or {}
    ns = meta.get("namespace", "")
    template = spec.get("template") or {}
    digest = template_hash(template)
    sets = _owned(cluster, dep, "ReplicaSet")
    revisions = [int((rs["metadata"].get("annotations") or {}).get(REVISION, 0)) for _, rs in sets]
    newest = max(revisions, default=0)
    current = next((kv for kv in sets if kv[1]["metadata"]["labels"].get(HASH) == digest), None)
    replicas = int(spec.get("replicas", 1))
    if current is None:
        labels = {**((template.get("metadata") or {}).get("labels") or {}), HASH: digest}
        rs_template = copy.deepcopy(template)
        rs_template.setdefault("metadata", {})["labels"] = labels
        selector = copy.deepcopy(spec.get("selector") or {})
        selector.setdefault("matchLabels", {})[HASH] = digest
        _new(
            cluster,
            "apps/v1",
            "ReplicaSet",
            {
                "name": f"{meta['name']}-{digest}",
                "namespace": ns,
                "labels": labels,
                "annotations": {REVISION: str(newest + 1)},
                "ownerReferences": [_owner(dep)],
            },
            spec={"replicas": replicas, "selector": selector, "template": rs_template},
        )
        revision = newest + 1
        current = next(
            kv
            for kv in _owned(cluster, dep, "ReplicaSet")
            if kv[1]["metadata"]["labels"].get(HASH) == digest
        )
    else:
        revision = int((current[1]["metadata"].get("annotations") or {}).get(REVISION, 0))
        if revision < newest:
            revision = newest + 1  # a template that returns becomes the newest revision again
    ready = 0
    for key, rs in _owned(cluster, dep, "ReplicaSet"):
        updated = copy.deepcopy(rs)
        is_current = key == current[0]
        want = replicas if is_current else 0
        updated["spec"]["replicas"] = want
        if is_current:
            updated["metadata"].setdefault("annotations", {})[REVISION] = str(revision)
        got = _pods(cluster, updated, updated["spec"]["template"], want, {})
        updated["status"] = {"replicas": want, "readyReplicas": got, "availableReplicas": got}
        _put(cluster, key, updated)
        ready += got if is_current else 0
    key = ("apps", "Deployment", ns, meta["name"])
    changed = copy.deepcopy(dep)
    changed["metadata"].setdefault("annotations", {})[REVISION] = str(revision)
    changed["status"] = {
        "observedGeneration": meta.get("generation", 1),
        "replicas": replicas,
        "updatedReplicas": replicas,
        "readyReplicas": ready,
        "availableReplicas": ready,
        "conditions": [
            {"type": "Available", "status": "True" if ready >= replicas else "False"},
            {"type": "Progressing", "status": "True", "reason": "NewReplicaSetAvailable"},
        ],
    }
    _put(cluster, key, changed)


def _revisioned(cluster: MemoryCluster, obj: Json) -> None:
    meta, spec = obj["metadata"], obj.get("spec") or {}
    ns = meta.get("namespace", "")
    template = spec.get("template") or {}
    digest = template_hash(template)
    history = _owned(cluster, obj, "ControllerRevision")
    newest = max((int(cr.get("revision", 0)) for _, cr in history), default=0)
    mine = next(
        (
            kv
            for kv in history
            if kv[1]["metadata"]["labels"].get("controller-revision-hash") == digest
        ),
        None,
    )
    if mine is None:
        _new(
            cluster,
            "apps/v1",
            "ControllerRevision",
            {
                "name": f"{meta['name']}-{digest}",
                "namespace": ns,
                "labels": {
                    **((spec.get("selector") or {}).get("matchLabels") or {}),
                    "controller-revision-hash": digest,
                },
                "ownerReferences": [_owner(obj)],
            },
            revision=newest + 1,
            data={"spec": {"template": copy.deepcopy(template)}},
        )
    elif int(mine[1].get("revision", 0)) < newest:
        moved = copy.deepcopy(mine[1])
        moved["revision"] = newest + 1
        _put(cluster, mine[0], moved)
    count = int(spec.get("replicas", 1)) if obj["kind"] == "StatefulSet" else 1
    stale = [
        k
        for k, pod in _owned(cluster, obj, "Pod")
        if pod["metadata"]["labels"].get("controller-revision-hash") != digest
    ]
    for k in stale:
        del cluster.objects[k]
    ready = _pods(cluster, obj, template, count, {"controller-revision-hash": digest})
    changed = copy.deepcopy(obj)
    if obj["kind"] == "StatefulSet":
        status = {
            "observedGeneration": meta.get("generation", 1),
            "replicas": count,
            "readyReplicas": ready,
            "updatedReplicas": count,
            "currentRevision": digest,
            "updateRevision": digest,
        }
    else:
        status = {
            "observedGeneration": meta.get("generation", 1),
            "desiredNumberScheduled": 1,
            "updatedNumberScheduled": 1,
            "numberAvailable": ready,
            "numberReady": ready,
        }
    changed["status"] = status
    _put(cluster, ("apps", obj["kind"], ns, meta["name"]), changed)


def _pdb(cluster: MemoryCluster, pdb: Json) -> None:
    from dotop_nb.cluster.memory.catalog import label_match  # noqa: PLC0415

    meta, spec = pdb["metadata"], pdb.get("spec") or {}
    ns = meta.get("namespace", "")
    labels = (spec.get("selector") or {}).get("matchLabels") or {}
    selector = ",".join(f"{k}={v}" for k, v in sorted(labels.items()))
    pods = [
        p
        for (_, kind, pns, _), p in cluster.objects.items()
        if kind == "Pod" and pns == ns and label_match(selector, p["metadata"].get("labels") or {})
    ]
    healthy = sum(
        1
        for p in pods
        if any(
            c.get("type") == "Ready" and c.get("status") == "True"
            for c in (p.get("status") or {}).get("conditions") or []
        )
    )
    minimum = spec.get("minAvailable")
    wanted = (
        int(minimum)
        if isinstance(minimum, int)
        else max(
            0,
            len(pods)
            - int(
                spec.get("maxUnavailable", 1)
                if isinstance(spec.get("maxUnavailable", 1), int)
                else 1
            ),
        )
    )
    changed = copy.deepcopy(pdb)
    changed["status"] = {
        "observedGeneration": meta.get("generation", 1),
        "expectedPods": len(pods),
        "currentHealthy": healthy,
        "desiredHealthy": wanted,
        "disruptionsAllowed": max(0, healthy - wanted),
    }
    _put(cluster, ("policy", "PodDisruptionBudget", ns, meta["name"]), changed)
