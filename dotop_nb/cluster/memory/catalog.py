"""What the in-memory cluster serves: the built-in resource types, CRDs, and selectors.

:data:`BUILTIN` lists the resource types of a recent apiserver that dotop-nb reads or writes
(core, apps, autoscaling, policy, batch, networking, rbac, apiextensions, coordination and
events). A CustomResourceDefinition created in the cluster adds its served versions
(:func:`from_crd`), as the apiserver does once the CRD is Established. :func:`discovery` renders
them as the aggregated discovery document :class:`~dotop_nb.cluster.client.KubeClient` reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

Json = dict[str, Any]

_VERBS = ("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch")


@dataclass(frozen=True)
class Served:
    """One served resource type (one version of one kind)."""

    group: str
    version: str
    kind: str
    plural: str
    namespaced: bool = True
    scale: bool = False  # serves the scale subresource
    status: bool = True  # status is a subresource (writes to the object keep it)
    strategic: bool = True  # accepts strategic merge patches (built-ins only)

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}" if self.group else self.version


def _b(group: str, version: str, kind: str, plural: str, **kw: Any) -> Served:
    return Served(group, version, kind, plural, **kw)


BUILTIN: tuple[Served, ...] = (
    _b("", "v1", "Namespace", "namespaces", namespaced=False),
    _b("", "v1", "Node", "nodes", namespaced=False),
    _b("", "v1", "Pod", "pods"),
    _b("", "v1", "Service", "services"),
    _b("", "v1", "ConfigMap", "configmaps", status=False),
    _b("", "v1", "Secret", "secrets", status=False),
    _b("", "v1", "ServiceAccount", "serviceaccounts", status=False),
    _b("", "v1", "PersistentVolumeClaim", "persistentvolumeclaims"),
    _b("", "v1", "PersistentVolume", "persistentvolumes", namespaced=False),
    _b("", "v1", "Event", "events", status=False),
    _b("", "v1", "Endpoints", "endpoints", status=False),
    _b("", "v1", "LimitRange", "limitranges", status=False),
    _b("", "v1", "ResourceQuota", "resourcequotas"),
    _b("", "v1", "ReplicationController", "replicationcontrollers", scale=True),
    _b("apps", "v1", "Deployment", "deployments", scale=True),
    _b("apps", "v1", "StatefulSet", "statefulsets", scale=True),
    _b("apps", "v1", "DaemonSet", "daemonsets"),
    _b("apps", "v1", "ReplicaSet", "replicasets", scale=True),
    _b("apps", "v1", "ControllerRevision", "controllerrevisions", status=False),
    _b("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers"),
    _b("autoscaling", "v1", "HorizontalPodAutoscaler", "horizontalpodautoscalers"),
    _b("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets"),
    _b("batch", "v1", "Job", "jobs"),
    _b("batch", "v1", "CronJob", "cronjobs"),
    _b("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", status=False),
    _b("networking.k8s.io", "v1", "Ingress", "ingresses"),
    _b("rbac.authorization.k8s.io", "v1", "Role", "roles", status=False),
    _b("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", status=False),
    _b("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", namespaced=False),
    _b(
        "rbac.authorization.k8s.io",
        "v1",
        "ClusterRoleBinding",
        "clusterrolebindings",
        namespaced=False,
    ),
    _b(
        "apiextensions.k8s.io",
        "v1",
        "CustomResourceDefinition",
        "customresourcedefinitions",
        namespaced=False,
    ),
    _b("coordination.k8s.io", "v1", "Lease", "leases", status=False),
    _b("events.k8s.io", "v1", "Event", "events", status=False),
    _b("storage.k8s.io", "v1", "StorageClass", "storageclasses", namespaced=False, status=False),
)


def from_crd(crd: Json) -> list[Served]:
    """The resource types a CustomResourceDefinition serves (its ``served`` versions)."""
    spec = crd.get("spec") or {}
    names = spec.get("names") or {}
    found = []
    for version in spec.get("versions") or []:
        if not version.get("served", True):
            continue
        sub = version.get("subresources") or {}
        found.append(
            Served(
                group=str(spec.get("group", "")),
                version=str(version.get("name", "")),
                kind=str(names.get("kind", "")),
                plural=str(names.get("plural", "")),
                namespaced=spec.get("scope", "Namespaced") == "Namespaced",
                scale="scale" in sub,
                status="status" in sub,
                strategic=False,
            )
        )
    return found


def discovery(served: Iterable[Served], *, core: bool) -> Json:
    """The aggregated discovery document of ``/api`` (``core``) or ``/apis``."""
    groups: dict[str, dict[str, list[Json]]] = {}
    for res in served:
        if (res.group == "") != core:
            continue
        versions = groups.setdefault(res.group, {})
        subresources: list[Json] = [{"subresource": "status"}] if res.status else []
        if res.scale:
            subresources.append({"subresource": "scale", "responseKind": {"kind": "Scale"}})
        versions.setdefault(res.version, []).append(
            {
                "resource": res.plural,
                "responseKind": {"group": res.group, "version": res.version, "kind": res.kind},
                "scope": "Namespaced" if res.namespaced else "Cluster",
                "verbs": list(_VERBS),
                "subresources": subresources,
            }
        )
    return {
        "apiVersion": "apidiscovery.k8s.io/v2",
        "kind": "APIGroupDiscoveryList",
        "items": [
            {
                "metadata": {"name": group},
                "versions": [
                    {"version": version, "resources": resources}
                    for version, resources in versions.items()
                ],
            }
            for group, versions in groups.items()
        ],
    }


# ------------------------------------------------------------------------------ selectors
_SET = re.compile(r"^\s*(!?)([A-Za-z0-9./_-]+)\s*(?:(notin|in)\s*\(([^)]*)\))?\s*$")
_EQ = re.compile(r"^\s*([A-Za-z0-9./_-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)\s*$")


class SelectorError(ValueError):
    """A label or field selector that does not parse (the apiserver's 400)."""


def _requirements(selector: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in selector:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [p for p in parts if p.strip()]


def label_match(selector: str, labels: dict[str, str]) -> bool:
    """Whether ``labels`` satisfy the label ``selector`` (=, ==, !=, in, notin, exists, !)."""
    for part in _requirements(selector):
        eq = _EQ.match(part)
        if eq:
            key, op, value = eq.groups()
            if (labels.get(key) == value) != (op != "!="):
                return False
            continue
        found = _SET.match(part)
        if not found:
            raise SelectorError(f"unable to parse requirement: {part.strip()!r}")
        negate, key, op, values = found.groups()
        if op:
            wanted = {v.strip() for v in values.split(",") if v.strip()}
            inside = key in labels and labels[key] in wanted
            if inside != (op == "in"):
                return False
        elif (key in labels) == bool(negate):
            return False
    return True


def field_match(selector: str, obj: Json) -> bool:
    """Whether ``obj`` satisfies the field ``selector`` (dotted paths, = / == / !=)."""
    for part in _requirements(selector):
        eq = _EQ.match(part)
        if not eq:
            raise SelectorError(f"invalid field selector: {part.strip()!r}")
        path, op, value = eq.groups()
        node: Any = obj
        for step in path.split("."):
            node = node.get(step) if isinstance(node, dict) else None
        have = "" if node is None else str(node)
        if (have == value) != (op != "!="):
            return False
    return True
