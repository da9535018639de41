"""Which targets of a plan lie outside its intent (for the unattended-approval guard).

A target is *within* the intent when the intent names it, or when it attaches to a named
workload: an object the intent names owns it (ownerReferences), it points at the workload (an
autoscaler's ``scaleTargetRef``), it selects the workload's pods and no one else's (Service,
PodDisruptionBudget, NetworkPolicy, PodMonitor; a Velero Schedule or Backup of its namespace
alone), or the workload uses it after the plan (ConfigMaps, Secrets, claims). Everything else is
*unnamed*: a model that followed text planted in the cluster, or a typo, reaching for an
unrelated object.

Whatever its name, an object that points at or selects a workload the intent does not name
touches that workload (an HPA ``my-api`` whose ``scaleTargetRef`` is ``payments`` scales
payments): it is outside the intent. RBAC objects and bare Pods are within it only when the
intent names them; a new Job or CronJob only when named, or when it is a companion of a named
workload (only that workload's images, its service account, nothing privileged, and only the
ConfigMaps, Secrets and claims the workload uses or the plan creates: it can do nothing the
workload itself cannot, like a backup job running the database's own client).

The relations of an existing object are read from it as it is now and as the plan leaves it (a
plan cannot make an unrelated object related by rewriting it, nor hide what it selects).

Example::

    names_in("scale my-api to 3")          # {'scale', 'my-api', 'to', '3'}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from dotop_nb.models import ApplyOp, Json, Operation
from dotop_nb.policy import effects
from dotop_nb.policy.effects import POD_SPEC

_WORD = re.compile(r"[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?")
_API_VERSIONS = {
    "Deployment": "apps/v1",
    "StatefulSet": "apps/v1",
    "DaemonSet": "apps/v1",
    "ReplicaSet": "apps/v1",
    "ReplicationController": "v1",
    "Job": "batch/v1",
    "CronJob": "batch/v1",
    "Pod": "v1",
}
# Every kind that runs pods (the same table policies read pod specs from).
_WORKLOADS = tuple((_API_VERSIONS[kind], kind) for kind in POD_SPEC)
# Within the intent only when it names them: they grant, or they run anything anywhere.
_NAMED_ONLY = frozenset(
    {"Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding", "ServiceAccount", "Pod"}
)
_JOBS = frozenset({"Job", "CronJob"})
_KIND_WORDS: dict[str, set[str]] = {
    "Pod": {"pod", "pods", "po"},
    "Job": {"job", "jobs"},
    "CronJob": {"cronjob", "cronjobs", "cj", "cron"},
    "Secret": {"secret", "secrets"},
    "Role": {"role", "roles"},
    "ClusterRole": {"clusterrole", "clusterroles", "cluster role"},
    "RoleBinding": {"rolebinding", "rolebindings", "rb", "role binding"},
    "ClusterRoleBinding": {"clusterrolebinding", "crb", "cluster role binding"},
    "ServiceAccount": {"serviceaccount", "serviceaccounts", "sa", "service account"},
}
_FILLER = frozenset(
    "a an the to and or of for in on at by with from into onto it its is be me my our your this "
    "that these those all each every please then also so up down".split()
)
Lister = Callable[[str, str], list[Json]]


def names_in(text: str) -> set[str]:
    """The words of ``text`` that could be object names (lower-case DNS labels and subdomains),
    without the little words every intent has ("scale my-api to 3" names ``my-api``, not an
    object called ``to``)."""
    return set(_WORD.findall(text.lower())) - _FILLER


def _kind_said(kind: str, intent: str) -> bool:
    """Does the intent say the kind (or a usual short name) of an object it names?"""
    words = set(_WORD.findall(intent.lower()))
    spoken = intent.lower().replace("-", " ")
    return bool(words & _KIND_WORDS.get(kind, {kind.lower()})) or any(
        " " in alias and alias in spoken for alias in _KIND_WORDS.get(kind, ())
    )


def unnamed_targets(
    operations: Sequence[Operation],
    *,
    intent: str,
    states: Mapping[str, Json | None],
    afters: Mapping[int, Json | None],
    list_objects: Lister,
) -> set[str]:
    """Keys of the targets outside the intent. ``list_objects(apiVersion, kind)`` lists the
    session namespace; it is called (once per workload kind) only when a relation needs it."""
    named = names_in(intent)
    world = _World(operations, named, states, afters, list_objects)
    outside: set[str] = set()
    for index, op in enumerate(operations):
        key, kind = op.target.key, op.target.kind
        objects = [o for o in (states.get(key), afters.get(index)) if o is not None]
        if any(world.touches_unnamed(o) for o in objects):
            within = False
        elif op.target.name in named and (
            kind not in _NAMED_ONLY | _JOBS | {"Secret"} or _kind_said(kind, intent)
        ):
            # A bare name means the workload it names: a Pod, Job, Secret or RBAC object of the
            # same name is named only when the intent also says its kind ("delete pod my-api").
            within = True
        elif kind in _NAMED_ONLY or kind in _JOBS:
            within = index in world.companions
        else:
            within = any(world.attaches(o) for o in objects)
        if not within:
            outside.add(key)
    return outside


class _World:
    """The namespace's workloads, read once and only if needed, and the plan's named ones."""

    def __init__(
        self,
        operations: Sequence[Operation],
        named: set[str],
        states: Mapping[str, Json | None],
        afters: Mapping[int, Json | None],
        list_objects: Lister,
    ) -> None:
        self.named = named
        self._list = list_objects
        self._listed: list[Json] | None = None
        self._by_uid: dict[Any, Json] | None = None
        self.created = {
            (op.target.kind, op.target.name)
            for op in operations
            if isinstance(op, ApplyOp) and states.get(op.target.key) is None
        }
        planned = [
            (i, after)
            for i, op in enumerate(operations)
            if op.target.kind in POD_SPEC and (after := afters.get(i)) is not None
        ]
        self._planned_named = [a for i, a in planned if _name(a) in named]
        self.companions = {
            i
            for i, op in enumerate(operations)
            if op.target.kind in _JOBS
            and states.get(op.target.key) is None
            and (after := afters.get(i)) is not None
            and self._companion(after)
        }
        self.planned = self._planned_named + [a for i, a in planned if i in self.companions]

    def listed(self) -> list[Json]:
        if self._listed is None:
            self._listed = [w for v, kind in _WORKLOADS for w in self._list(v, kind)]
        return self._listed

    def named_workloads(self) -> list[Json]:
        """Named workloads as they are now and as the plan leaves them."""
        return self.planned + [w for w in self.listed() if self._is_named(w)]

    def _is_named(self, workload: Json, depth: int = 0) -> bool:
        """Named, or owned (through up to three owners: pod, ReplicaSet, Deployment) by a
        named workload."""
        if _name(workload) in self.named:
            return True
        owners = [o for o in _meta(workload).get("ownerReferences") or [] if isinstance(o, dict)]
        if depth >= 3 or not owners:
            return False
        if self._by_uid is None:
            self._by_uid = {_meta(w).get("uid"): w for w in self.listed()}
        by_uid = self._by_uid
        return any(
            (o.get("uid") in by_uid and self._is_named(by_uid[o["uid"]], depth + 1))
            or o.get("name") in self.named
            for o in owners
        )

    def touches_unnamed(self, obj: Json) -> bool:
        """Whether ``obj`` points at, or selects the pods of, a workload the intent does not
        name (whatever the object's own name)."""
        if any(name not in self.named for name in _refs(obj)):
            return True
        selector = _pod_selector(obj)
        if selector is None:
            return False
        return any(
            _selects(selector, _pod_labels(w)) and not self._is_named(w) for w in self.listed()
        )

    def attaches(self, obj: Json) -> bool:
        """Whether ``obj`` is owned by, points at, selects or is used by a named workload."""
        owners = _meta(obj).get("ownerReferences") or []
        if any(isinstance(o, dict) and o.get("name") in self.named for o in owners):
            return True
        if _refs(obj):  # all named, or touches_unnamed would have said so
            return True
        workloads = self.named_workloads()
        selector, backup = _pod_selector(obj), _backup_selector(obj)
        if selector is not None and any(_selects(selector, _pod_labels(w)) for w in workloads):
            return True
        if backup is not None and any(
            _meta(w).get("namespace") == backup[0] and _selects(backup[1], _pod_labels(w))
            for w in workloads
        ):
            return True
        kind, name = str(obj.get("kind") or ""), _name(obj)
        return any(name in _references(_pod(w)).get(kind, set()) for w in workloads)

    def _companion(self, job: Json) -> bool:
        """A new Job/CronJob that can do nothing a named workload cannot: only its images,
        its service account, nothing privileged, only what it uses or the plan creates."""
        pod = _pod(job)
        if not pod or effects.privileges(pod):
            return False
        images = set(effects.images(job, str(job.get("kind"))))
        used = _references(pod)
        for workload in self._planned_named + [w for w in self.listed() if self._is_named(w)]:
            theirs = _pod(workload)
            if str(workload.get("kind")) in _JOBS or not images:
                continue
            if not images <= set(effects.images(workload, str(workload.get("kind")))):
                continue
            if (pod.get("serviceAccountName") or "default") != (
                theirs.get("serviceAccountName") or "default"
            ):
                continue
            available = _references(theirs)
            if all(
                name in available.get(kind, set()) or (kind, name) in self.created
                for kind, names in used.items()
                for name in names
            ):
                return True
        return False


def _meta(obj: Json) -> Json:
    meta = obj.get("metadata")
    return meta if isinstance(meta, dict) else {}


def _name(obj: Json) -> str:
    return str(_meta(obj).get("name") or "")


def _pod(workload: Json) -> Json:
    return effects.pod_spec(workload, str(workload.get("kind") or "")) or {}


def _pod_labels(workload: Json) -> dict[str, Any]:
    kind = str(workload.get("kind") or "")
    if kind == "Pod":
        return dict(_meta(workload).get("labels") or {})
    node: Any = workload
    for step in POD_SPEC.get(kind, ())[:-1]:  # up to the template, not its spec
        node = node.get(step) if isinstance(node, dict) else None
    labels = _meta(node).get("labels") if isinstance(node, dict) else None
    return dict(labels) if isinstance(labels, dict) else {}


def _refs(obj: Json) -> list[str]:
    """Names of the workloads an object points at (an autoscaler's target)."""
    spec = obj.get("spec") or {}
    refs = [spec.get("scaleTargetRef"), spec.get("targetRef")] if isinstance(spec, dict) else []
    return [str(r.get("name")) for r in refs if isinstance(r, dict)]


def _pod_selector(obj: Json) -> Json | None:
    """The label selector an object applies to pods, as {matchLabels, matchExpressions}
    (None: it selects no pods). An empty selector selects every pod of the namespace."""
    kind, spec = obj.get("kind"), obj.get("spec") or {}
    if not isinstance(spec, dict):
        return None
    if kind == "Service":
        selector = spec.get("selector")
        return {"matchLabels": selector} if isinstance(selector, dict) and selector else None
    field = {"PodDisruptionBudget": "selector", "NetworkPolicy": "podSelector"}.get(str(kind))
    if kind == "PodMonitor":
        field = "selector"
    if field is None:
        return None
    selector = spec.get(field)
    return selector if isinstance(selector, dict) else {}


def _backup_selector(obj: Json) -> tuple[str, Json] | None:
    """(namespace, selector) of what a Velero Schedule or Backup of one namespace alone backs
    up: it reads the pods rather than changing them, so it need not select only named ones."""
    if obj.get("kind") not in ("Schedule", "Backup"):
        return None
    spec = obj.get("spec") or {}
    backup = (spec.get("template") or {}) if obj.get("kind") == "Schedule" else spec
    where = backup.get("includedNamespaces") if isinstance(backup, dict) else None
    selector = backup.get("labelSelector") if isinstance(backup, dict) else None
    if not (isinstance(where, list) and len(where) == 1 and isinstance(selector, dict)):
        return None
    return (str(where[0]), selector) if selector.get("matchLabels") else None


def _selects(selector: Json, labels: Mapping[str, Any]) -> bool:
    """Kubernetes label-selector semantics (matchLabels and matchExpressions)."""
    match = selector.get("matchLabels") or {}
    if not isinstance(match, dict) or any(labels.get(k) != v for k, v in match.items()):
        return False
    for rule in _dicts(selector.get("matchExpressions")):
        key, values = str(rule.get("key")), rule.get("values") or []
        operator = rule.get("operator")
        present = key in labels
        if operator == "In" and labels.get(key) not in values:
            return False
        if operator == "NotIn" and present and labels.get(key) in values:
            return False
        if (operator == "Exists") != present and operator in ("Exists", "DoesNotExist"):
            return False
    return True


selects = _selects
"""Public name of the label-selector match (used by :mod:`dotop_nb.gate.risks`)."""


def _references(pod: Json) -> dict[str, set[str]]:
    """Names of the objects a pod spec uses, per kind."""
    refs: dict[str, set[str]] = {
        "ConfigMap": set(),
        "Secret": set(),
        "PersistentVolumeClaim": set(),
    }
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
