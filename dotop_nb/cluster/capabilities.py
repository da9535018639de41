"""What a cluster can do, named the way planners think: ``keda``, ``vpa``, ``velero``, ``hpa`` ….

A planner choosing between alternatives (a KEDA ScaledObject or an HPA, a Velero Schedule or a
CronJob that dumps a database) needs to know which APIs the cluster serves. Each capability is
detected from served resources, identified by API group and kind: the group says which project
owns the API (``argoproj.io`` alone is Argo CD, Workflows *and* Rollouts), the kind says which
part of it is there. CRD versions are not pinned because projects move them (v1alpha1 → v1);
built-ins are pinned to the version a planner would write (``autoscaling/v2``, not v1).

"Present" means the API is served, not that its controller runs or is healthy: a ScaledObject CRD
left behind by an uninstalled KEDA still reads as ``keda``. Discovery cannot tell more without
per-operator probes, which this module deliberately avoids (one request round per cluster).

The core, :func:`detect`, is a pure function over the ``{(apiVersion, kind): Resource}`` map that
:meth:`KubeClient.resources` returns; :func:`discover` adds the per-cluster cache.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from dotop_nb.cluster.client import Identity, Resource

DEFAULT_TTL = 300.0
FRESH = 5.0
"""Seconds a client's own discovery counts as fresh for a capability report (see discover)."""


@dataclass(frozen=True)
class Signal:
    """A served resource that shows a capability: API group, kind, optionally pinned versions."""

    group: str
    kind: str
    versions: tuple[str, ...] = ()  # empty: any served version counts


@dataclass(frozen=True)
class CapabilitySpec:
    """How one capability is detected: present when any of its signals is served."""

    name: str
    description: str
    signals: tuple[Signal, ...]


def _spec(name: str, description: str, *signals: tuple[str, ...]) -> CapabilitySpec:
    return CapabilitySpec(
        name, description, tuple(Signal(s[0], s[1], tuple(s[2:])) for s in signals)
    )


# The detection table. Kinds are the ones a planner would create (or read, for metrics); kinds a
# project shares with others are always qualified by the project's own group (Istio's Gateway and
# Linkerd's HTTPRoute are not Gateway API, Argo CD's Application is not Argo Rollouts).
SPECS: tuple[CapabilitySpec, ...] = (
    # Built-ins of every conformant cluster: listed so planners can rely on one source of truth
    # and so a cluster too old for the version a planner writes reads as lacking them.
    _spec(
        "hpa",
        "HorizontalPodAutoscaler autoscaling/v2 (resource metrics need metrics-server)",
        ("autoscaling", "HorizontalPodAutoscaler", "v2"),
    ),
    _spec("pdb", "PodDisruptionBudget policy/v1", ("policy", "PodDisruptionBudget", "v1")),
    _spec(
        "network-policy",
        "NetworkPolicy API (enforced only if the CNI plugin implements it)",
        ("networking.k8s.io", "NetworkPolicy", "v1"),
    ),
    _spec("cronjob", "CronJob batch/v1", ("batch", "CronJob", "v1")),
    # Aggregated API: metrics-server, or an adapter (prometheus-adapter) serving the same API.
    _spec(
        "metrics-server",
        "resource metrics API metrics.k8s.io (kubectl top, HPA on CPU/memory)",
        ("metrics.k8s.io", "PodMetrics"),
        ("metrics.k8s.io", "NodeMetrics"),
    ),
    _spec(
        "keda",
        "KEDA event-driven autoscaling (ScaledObject, ScaledJob)",
        ("keda.sh", "ScaledObject"),
        ("keda.sh", "ScaledJob"),
    ),
    _spec(
        "vpa",
        "Vertical Pod Autoscaler (VerticalPodAutoscaler)",
        ("autoscaling.k8s.io", "VerticalPodAutoscaler"),
    ),
    _spec(
        "prometheus-operator",
        "Prometheus Operator scrape and alerting config (ServiceMonitor, PodMonitor, "
        "PrometheusRule)",
        ("monitoring.coreos.com", "ServiceMonitor"),
        ("monitoring.coreos.com", "PodMonitor"),
        ("monitoring.coreos.com", "PrometheusRule"),
    ),
    _spec(
        "velero",
        "Velero backup and restore (Schedule, Backup, Restore)",
        ("velero.io", "Schedule"),
        ("velero.io", "Backup"),
        ("velero.io", "Restore"),
    ),
    _spec(
        "cert-manager",
        "cert-manager certificates (Certificate, Issuer, ClusterIssuer)",
        ("cert-manager.io", "Certificate"),
        ("cert-manager.io", "Issuer"),
        ("cert-manager.io", "ClusterIssuer"),
    ),
    _spec(
        "cloudnative-pg",
        "CloudNativePG PostgreSQL clusters (Cluster, ScheduledBackup, Pooler)",
        ("postgresql.cnpg.io", "Cluster"),
        ("postgresql.cnpg.io", "ScheduledBackup"),
        ("postgresql.cnpg.io", "Pooler"),
    ),
    _spec(
        "argo-rollouts",
        "Argo Rollouts canary and blue-green delivery (Rollout)",
        ("argoproj.io", "Rollout"),
    ),
    _spec(
        "gateway-api",
        "Gateway API routing (Gateway, HTTPRoute)",
        ("gateway.networking.k8s.io", "Gateway"),
        ("gateway.networking.k8s.io", "HTTPRoute"),
    ),
    _spec(
        "istio",
        "Istio service mesh traffic and security policy",
        ("networking.istio.io", "VirtualService"),
        ("networking.istio.io", "DestinationRule"),
        ("security.istio.io", "AuthorizationPolicy"),
        ("security.istio.io", "PeerAuthentication"),
    ),
    _spec(
        "linkerd",
        "Linkerd service mesh policy and routing",
        ("policy.linkerd.io", "Server"),
        ("policy.linkerd.io", "AuthorizationPolicy"),
        ("policy.linkerd.io", "HTTPRoute"),
        ("linkerd.io", "ServiceProfile"),
    ),
    _spec(
        "volume-snapshot",
        "CSI volume snapshots (VolumeSnapshot)",
        ("snapshot.storage.k8s.io", "VolumeSnapshot"),
    ),
)

# (group, kind) → the specs and signals it may satisfy, so detection is one pass over the served
# resources with a dict lookup each, however many CRDs the cluster has.
_INDEX: dict[tuple[str, str], list[tuple[str, Signal]]] = {}
for _s in SPECS:
    for _sig in _s.signals:
        _INDEX.setdefault((_sig.group, _sig.kind), []).append((_s.name, _sig))


@dataclass(frozen=True)
class Capability:
    """One named capability and the served resources it was detected from."""

    name: str
    description: str
    present: bool
    evidence: tuple[str, ...] = ()  # served "apiVersion Kind", e.g. "keda.sh/v1alpha1 ScaledObject"
    versions: tuple[str, ...] = ()  # served apiVersions among the evidence, e.g. "keda.sh/v1alpha1"


@dataclass(frozen=True)
class CapabilityReport:
    """Every known capability of one cluster, present or not.

    >>> report = discover(kube)                  # doctest: +SKIP
    >>> report.has("keda"), report.names[:2]     # doctest: +SKIP
    (True, ['cronjob', 'hpa'])
    >>> report.get("keda").evidence              # doctest: +SKIP
    ('keda.sh/v1alpha1 ScaledObject',)
    """

    server: str
    discovered_at: float  # wall-clock seconds (time.time()) of the discovery round
    capabilities: tuple[Capability, ...]

    @property
    def names(self) -> list[str]:
        """Names of the present capabilities, sorted."""
        return sorted(c.name for c in self.capabilities if c.present)

    def get(self, name: str) -> Capability:
        """The capability called ``name``; an unknown name is a ``KeyError`` (typos must not
        read as "absent" and silently steer a planner to the fallback)."""
        for cap in self.capabilities:
            if cap.name == name:
                return cap
        known = ", ".join(c.name for c in self.capabilities)
        raise KeyError(f"unknown capability {name!r}; known: {known}")

    def has(self, name: str) -> bool:
        """Whether the capability is present (``KeyError`` for an unknown name)."""
        return self.get(name).present


def detect(resources: Mapping[tuple[str, str], Resource]) -> tuple[Capability, ...]:
    """Capabilities shown by served resources, in :data:`SPECS` order. Pure; one pass.

    >>> hpa = Resource("autoscaling", "v2", "HorizontalPodAutoscaler",
    ...                "horizontalpodautoscalers", namespaced=True)
    >>> [c.name for c in detect({("autoscaling/v2", hpa.kind): hpa}) if c.present]
    ['hpa']
    """
    evidence: dict[str, set[tuple[str, str]]] = {}
    for res in resources.values():
        for name, signal in _INDEX.get((res.group, res.kind), ()):
            if not signal.versions or res.version in signal.versions:
                evidence.setdefault(name, set()).add((res.api_version, res.kind))
    found: list[Capability] = []
    for spec in SPECS:
        hits = sorted(evidence.get(spec.name, ()))
        found.append(
            Capability(
                name=spec.name,
                description=spec.description,
                present=bool(hits),
                evidence=tuple(f"{api_version} {kind}" for api_version, kind in hits),
                versions=tuple(sorted({api_version for api_version, _ in hits})),
            )
        )
    return tuple(found)


class DiscoverySource(Protocol):
    """What :func:`discover` needs of a client (:class:`~dotop_nb.cluster.client.KubeClient`)."""

    identity: Identity

    def resources(
        self, *, refresh: bool = False, max_age: float | None = None
    ) -> Mapping[tuple[str, str], Resource]: ...


# server → (time.monotonic() of discovery, report). Per-server locks stop two notebook cells from
# running the same discovery twice, without one slow cluster blocking lookups for another.
_cache: dict[str, tuple[float, CapabilityReport]] = {}
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()
_monotonic = time.monotonic  # the TTL clock; a module attribute so tests can move it


def discover(
    client: DiscoverySource, *, refresh: bool = False, ttl: float = DEFAULT_TTL
) -> CapabilityReport:
    """The cluster's capabilities, cached per API server for ``ttl`` seconds in this process.

    A miss (first call, expired entry, or ``refresh=True``) costs at most one discovery round:
    the client's own discovery cache may be arbitrarily old, and the TTL must bound how stale a
    report can be, so the client discovers again unless it did so in the last
    :data:`FRESH` seconds (the first request of an operation discovers; the capabilities of the
    same operation then reuse that answer instead of asking again). ``refresh=True`` always
    discovers. A hit makes no request.

    >>> from dotop_nb.cluster.client import KubeClient
    >>> kube = KubeClient()                                  # doctest: +SKIP
    >>> discover(kube).has("keda")                           # doctest: +SKIP
    False
    >>> # after installing KEDA:
    >>> discover(kube, refresh=True).names                   # doctest: +SKIP
    ['cronjob', 'hpa', 'keda', 'network-policy', 'pdb']
    """
    server = client.identity.server
    with _locks_guard:
        lock = _locks.setdefault(server, threading.Lock())
    with lock:
        cached = _cache.get(server)
        if cached and not refresh and _monotonic() - cached[0] < ttl:
            return cached[1]
        stamp, wall = _monotonic(), time.time()
        report = CapabilityReport(
            server=server,
            discovered_at=wall,
            capabilities=detect(client.resources(refresh=refresh, max_age=FRESH)),
        )
        _cache[server] = (stamp, report)
        return report
