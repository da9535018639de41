"""Minimal but faithful CRDs of the operators planners look for, for tests on a real control plane.

Each CRD keeps what upstream has where a test can notice it: group, served version, names
(kind, plural, singular, short names, categories), scope, the status subresource, and the
spec fields tests use with upstream's types, formats and ``required`` lists, so the apiserver
accepts and rejects objects the way a cluster with the real operator does. The rest of the
upstream schema is left out (strict field validation rejects those fields; extend the schema
here when a test needs one), and ``status`` is left open because only a controller would
write it. Sources: kedacore/keda ``config/crd/bases/keda.sh_scaledobjects.yaml``,
prometheus-operator ``example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml``
(and ``…_podmonitors.yaml``),
vmware-tanzu/velero ``config/crd/v1/bases/velero.io_schedules.yaml`` (and ``…_backups.yaml``,
``…_restores.yaml``).

CRDs are cluster-scoped and shared by every test of the session, so :func:`install` is idempotent
and nothing deletes them; a test must never assume one of these CRDs is absent. Usage::

    from tests import crds

    def test_scales_with_keda(kube, namespace):
        crds.install(kube, "keda")   # applied, Established and served by discovery on return
        kube.apply({"apiVersion": "keda.sh/v1alpha1", "kind": "ScaledObject", ...})

Names are the capability names of :mod:`dotop_nb.cluster.capabilities` (see :data:`NAMES`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from dotop_nb.cluster.client import KubeClient
from tests.helpers import wait_for

Json = dict[str, Any]

CRD_API_VERSION = "apiextensions.k8s.io/v1"


# --------------------------------------------------------------------------- schema pieces
def _string(**extra: Any) -> Json:
    return {"type": "string", **extra}


def _int32(**extra: Any) -> Json:
    return {"type": "integer", "format": "int32", **extra}


def _strings(**extra: Any) -> Json:
    return {"type": "array", "items": {"type": "string"}, **extra}


def _string_map() -> Json:
    return {"type": "object", "additionalProperties": {"type": "string"}}


def _object(properties: Json, *required: str, **extra: Any) -> Json:
    schema: Json = {"type": "object", "properties": properties, **extra}
    if required:
        schema["required"] = list(required)
    return schema


def _label_selector(**extra: Any) -> Json:
    requirement = _object(
        {"key": _string(), "operator": _string(), "values": _strings()}, "key", "operator"
    )
    return _object(
        {
            "matchExpressions": {"type": "array", "items": requirement},
            "matchLabels": _string_map(),
        },
        **extra,
    )


# Prometheus duration, as upstream validates ServiceMonitor intervals ("30s", "1m30s").
_DURATION = (
    r"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"
)


def _crd(
    *,
    group: str,
    version: str,
    kind: str,
    plural: str,
    spec: Json,
    short_names: tuple[str, ...] = (),
    categories: tuple[str, ...] = (),
    spec_required: bool = False,
) -> Json:
    names: Json = {
        "kind": kind,
        "listKind": f"{kind}List",
        "plural": plural,
        "singular": kind.lower(),
    }
    if short_names:
        names["shortNames"] = list(short_names)
    if categories:
        names["categories"] = list(categories)
    root = _object(
        {
            "apiVersion": _string(),
            "kind": _string(),
            "metadata": {"type": "object"},
            "spec": spec,
            "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
        },
        *(("spec",) if spec_required else ()),
    )
    return {
        "apiVersion": CRD_API_VERSION,
        "kind": "CustomResourceDefinition",
        "metadata": {"name": f"{plural}.{group}"},
        "spec": {
            "group": group,
            "names": names,
            "scope": "Namespaced",
            "versions": [
                {
                    "name": version,
                    "served": True,
                    "storage": True,
                    "schema": {"openAPIV3Schema": root},
                    "subresources": {"status": {}},
                }
            ],
        },
    }


# --------------------------------------------------------------------------- the CRDs
def keda_scaledobject() -> Json:
    """KEDA ``keda.sh/v1alpha1`` ScaledObject."""
    trigger = _object(
        {
            "type": _string(),
            "name": _string(),
            "metadata": _string_map(),
            "metricType": _string(),
            "authenticationRef": _object({"name": _string(), "kind": _string()}, "name"),
        },
        "metadata",
        "type",
    )
    spec = _object(
        {
            "scaleTargetRef": _object(
                {
                    "apiVersion": _string(),
                    "kind": _string(),
                    "name": _string(),
                    "envSourceContainerName": _string(),
                },
                "name",
            ),
            "pollingInterval": _int32(),
            "cooldownPeriod": _int32(),
            "idleReplicaCount": _int32(),
            "minReplicaCount": _int32(),
            "maxReplicaCount": _int32(),
            "triggers": {"type": "array", "items": trigger},
        },
        "scaleTargetRef",
        "triggers",
    )
    return _crd(
        group="keda.sh",
        version="v1alpha1",
        kind="ScaledObject",
        plural="scaledobjects",
        spec=spec,
        short_names=("so",),
    )


def prometheus_servicemonitor() -> Json:
    """Prometheus Operator ``monitoring.coreos.com/v1`` ServiceMonitor."""
    endpoint = _object(
        {
            "port": _string(),
            "targetPort": {
                "anyOf": [{"type": "integer"}, {"type": "string"}],
                "x-kubernetes-int-or-string": True,
            },
            "path": _string(),
            "scheme": _string(),
            "interval": _string(pattern=_DURATION),
            "scrapeTimeout": _string(pattern=_DURATION),
            "honorLabels": {"type": "boolean"},
        }
    )
    spec = _object(
        {
            "jobLabel": _string(),
            "selector": _label_selector(**{"x-kubernetes-map-type": "atomic"}),
            "namespaceSelector": _object({"any": {"type": "boolean"}, "matchNames": _strings()}),
            "endpoints": {"type": "array", "items": endpoint},
            "targetLabels": _strings(),
        },
        "endpoints",
        "selector",
    )
    return _crd(
        group="monitoring.coreos.com",
        version="v1",
        kind="ServiceMonitor",
        plural="servicemonitors",
        spec=spec,
        short_names=("smon",),
        categories=("prometheus-operator",),
        spec_required=True,
    )


def prometheus_podmonitor() -> Json:
    """Prometheus Operator ``monitoring.coreos.com/v1`` PodMonitor: the operator serves it
    beside ServiceMonitor, for pods no Service exposes (endpoints name a container port)."""
    endpoint = _object(
        {
            "port": _string(),
            "portNumber": _int32(minimum=1, maximum=65535),
            "targetPort": {
                "anyOf": [{"type": "integer"}, {"type": "string"}],
                "x-kubernetes-int-or-string": True,
            },
            "path": _string(),
            "scheme": _string(),
            "interval": _string(pattern=_DURATION),
            "scrapeTimeout": _string(pattern=_DURATION),
            "honorLabels": {"type": "boolean"},
        }
    )
    spec = _object(
        {
            "jobLabel": _string(),
            "podTargetLabels": _strings(),
            "selector": _label_selector(**{"x-kubernetes-map-type": "atomic"}),
            "namespaceSelector": _object({"any": {"type": "boolean"}, "matchNames": _strings()}),
            "podMetricsEndpoints": {"type": "array", "items": endpoint},
        },
        "selector",
    )
    return _crd(
        group="monitoring.coreos.com",
        version="v1",
        kind="PodMonitor",
        plural="podmonitors",
        spec=spec,
        short_names=("pmon",),
        categories=("prometheus-operator",),
        spec_required=True,
    )


def prometheus_rule() -> Json:
    """Prometheus Operator ``monitoring.coreos.com/v1`` PrometheusRule: groups of alerting and
    recording rules (``expr`` is int-or-string upstream; ``for`` a Prometheus duration)."""
    rule = _object(
        {
            "alert": _string(),
            "record": _string(),
            "expr": {
                "anyOf": [{"type": "integer"}, {"type": "string"}],
                "x-kubernetes-int-or-string": True,
            },
            "for": _string(pattern=_DURATION),
            "keep_firing_for": _string(minLength=1, pattern=_DURATION),
            "labels": _string_map(),
            "annotations": _string_map(),
        },
        "expr",
    )
    group = _object(
        {
            "name": _string(minLength=1),
            "interval": _string(pattern=_DURATION),
            "rules": {"type": "array", "items": rule},
        },
        "name",
    )
    spec = _object({"groups": {"type": "array", "items": group}})
    return _crd(
        group="monitoring.coreos.com",
        version="v1",
        kind="PrometheusRule",
        plural="prometheusrules",
        spec=spec,
        short_names=("promrule",),
        categories=("prometheus-operator",),
        spec_required=True,
    )


def _backup_spec() -> Json:
    """The spec of a Velero Backup (a Schedule's ``template`` is one)."""
    return _object(
        {
            "includedNamespaces": _strings(nullable=True),
            "excludedNamespaces": _strings(nullable=True),
            "includedResources": _strings(nullable=True),
            "excludedResources": _strings(nullable=True),
            "labelSelector": _label_selector(nullable=True),
            "snapshotVolumes": {"type": "boolean", "nullable": True},
            "storageLocation": _string(),
            "ttl": _string(),
        }
    )


def velero_schedule() -> Json:
    """Velero ``velero.io/v1`` Schedule (its ``template`` is a Backup spec)."""
    spec = _object(
        {
            "schedule": _string(),
            "template": _backup_spec(),
            "paused": {"type": "boolean"},
            "useOwnerReferencesInBackup": {"type": "boolean", "nullable": True},
        },
        "schedule",
        "template",
    )
    return _crd(
        group="velero.io",
        version="v1",
        kind="Schedule",
        plural="schedules",
        spec=spec,
    )


def velero_backup() -> Json:
    """Velero ``velero.io/v1`` Backup (its ``status.phase`` is written by Velero's server)."""
    return _crd(
        group="velero.io", version="v1", kind="Backup", plural="backups", spec=_backup_spec()
    )


def velero_restore() -> Json:
    """Velero ``velero.io/v1`` Restore."""
    spec = _object(
        {
            "backupName": _string(),
            "scheduleName": _string(),
            "includedNamespaces": _strings(nullable=True),
            "excludedNamespaces": _strings(nullable=True),
            "includedResources": _strings(nullable=True),
            "excludedResources": _strings(nullable=True),
            "namespaceMapping": _string_map(),
            "labelSelector": _label_selector(nullable=True),
            "restorePVs": {"type": "boolean", "nullable": True},
            "existingResourcePolicy": _string(),
        }
    )
    return _crd(group="velero.io", version="v1", kind="Restore", plural="restores", spec=spec)


# Capability name → builders of the CRDs it needs. Builders, not dicts: every caller gets a fresh
# manifest it may modify.
_CRDS: dict[str, tuple[Callable[[], Json], ...]] = {
    "keda": (keda_scaledobject,),
    "prometheus-operator": (prometheus_servicemonitor, prometheus_podmonitor, prometheus_rule),
    "velero": (velero_schedule, velero_backup, velero_restore),
}
NAMES: tuple[str, ...] = tuple(_CRDS)


def manifests(*names: str) -> list[Json]:
    """The CRD manifests for the given capability names (all of them when none is given)."""
    unknown = [n for n in names if n not in _CRDS]
    if unknown:
        raise KeyError(f"no test CRDs for {unknown}; known: {', '.join(NAMES)}")
    return [build() for name in names or NAMES for build in _CRDS[name]]


def served_key(crd: Json) -> tuple[str, str]:
    """The ``(apiVersion, kind)`` key under which discovery serves a CRD's storage version."""
    spec = crd["spec"]
    version = next(v["name"] for v in spec["versions"] if v.get("storage"))
    return f"{spec['group']}/{version}", spec["names"]["kind"]


def _established(kube: KubeClient, name: str) -> bool:
    crd = kube.get(CRD_API_VERSION, "CustomResourceDefinition", name)
    conditions = (crd.get("status") or {}).get("conditions") or []
    return any(c.get("type") == "Established" and c.get("status") == "True" for c in conditions)


def _in_discovery(kube: KubeClient, key: tuple[str, str]) -> bool:
    # The cached map first, so an install of an already-served CRD costs no discovery round.
    return key in kube.resources() or key in kube.resources(refresh=True)


def install(kube: KubeClient, *names: str, timeout: float = 60.0) -> list[Json]:
    """Apply the CRDs for ``names`` and return once each is Established and in discovery.

    Idempotent: re-applying an identical manifest changes nothing, and the waits return at once
    for a CRD that is already served. Waiting for discovery as well as for Established matters:
    the apiserver publishes a new CRD in its discovery document shortly after Established, and
    code under test (``KubeClient.resource``, capability discovery) reads discovery. A
    capability report cached before the install predates it: use ``discover(kube, refresh=True)``.
    """
    crds = manifests(*names)
    for crd in crds:
        kube.apply(crd)
    for crd in crds:
        name = crd["metadata"]["name"]
        wait_for(partial(_established, kube, name), what=f"CRD {name} Established", timeout=timeout)
        key = served_key(crd)
        wait_for(partial(_in_discovery, kube, key), what=f"{key} in discovery", timeout=timeout)
    return crds
