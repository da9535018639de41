from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest

from dotop_nb.cluster import capabilities
from dotop_nb.cluster.capabilities import SPECS, CapabilityReport, detect, discover
from dotop_nb.cluster.client import Identity, Resource

Key = tuple[str, str]


def res(api_version: str, kind: str, plural: str | None = None) -> Resource:
    group, _, version = api_version.rpartition("/")
    return Resource(group, version, kind, plural or kind.lower() + "s", namespaced=True)


def served(*pairs: str) -> dict[Key, Resource]:
    """``served("keda.sh/v1alpha1 ScaledObject", ...)`` → a discovery map."""
    out: dict[Key, Resource] = {}
    for pair in pairs:
        api_version, kind = pair.split()
        out[(api_version, kind)] = res(api_version, kind)
    return out


# What a plain conformant cluster serves (a small but representative part of it).
BUILTINS = (
    "v1 Pod",
    "v1 Service",
    "apps/v1 Deployment",
    "autoscaling/v1 HorizontalPodAutoscaler",
    "autoscaling/v2 HorizontalPodAutoscaler",
    "policy/v1 PodDisruptionBudget",
    "networking.k8s.io/v1 NetworkPolicy",
    "networking.k8s.io/v1 Ingress",
    "batch/v1 Job",
    "batch/v1 CronJob",
)

# Each capability with served resources that show it, one per case.
CASES = [
    ("metrics-server", "metrics.k8s.io/v1beta1 PodMetrics"),
    ("metrics-server", "metrics.k8s.io/v1beta1 NodeMetrics"),
    ("keda", "keda.sh/v1alpha1 ScaledObject"),
    ("vpa", "autoscaling.k8s.io/v1 VerticalPodAutoscaler"),
    ("prometheus-operator", "monitoring.coreos.com/v1 ServiceMonitor"),
    ("prometheus-operator", "monitoring.coreos.com/v1 PodMonitor"),
    ("prometheus-operator", "monitoring.coreos.com/v1 PrometheusRule"),
    ("velero", "velero.io/v1 Schedule"),
    ("velero", "velero.io/v1 Backup"),
    ("cert-manager", "cert-manager.io/v1 Certificate"),
    ("cert-manager", "cert-manager.io/v1 Issuer"),
    ("cloudnative-pg", "postgresql.cnpg.io/v1 Cluster"),
    ("argo-rollouts", "argoproj.io/v1alpha1 Rollout"),
    ("gateway-api", "gateway.networking.k8s.io/v1 Gateway"),
    ("gateway-api", "gateway.networking.k8s.io/v1 HTTPRoute"),
    ("istio", "networking.istio.io/v1beta1 VirtualService"),
    ("istio", "security.istio.io/v1 AuthorizationPolicy"),
    ("linkerd", "policy.linkerd.io/v1beta3 Server"),
    ("linkerd", "linkerd.io/v1alpha2 ServiceProfile"),
    ("volume-snapshot", "snapshot.storage.k8s.io/v1 VolumeSnapshot"),
    ("hpa", "autoscaling/v2 HorizontalPodAutoscaler"),
    ("pdb", "policy/v1 PodDisruptionBudget"),
    ("network-policy", "networking.k8s.io/v1 NetworkPolicy"),
    ("cronjob", "batch/v1 CronJob"),
]
BUILTIN_NAMES = {"hpa", "pdb", "network-policy", "cronjob"}


def by_name(caps: tuple[capabilities.Capability, ...]) -> dict[str, capabilities.Capability]:
    return {c.name: c for c in caps}


def test_every_capability_has_a_case_and_names_are_unique() -> None:
    names = [s.name for s in SPECS]
    assert len(names) == len(set(names))
    assert {name for name, _ in CASES} == set(names)


@pytest.mark.parametrize(("name", "evidence"), CASES)
def test_each_capability_is_detected_alone_and_names_its_evidence(name: str, evidence: str) -> None:
    caps = by_name(detect(served(evidence)))
    assert caps[name].present
    assert caps[name].evidence == (evidence,)
    assert caps[name].versions == (evidence.split(maxsplit=1)[0],)
    assert [c.name for c in caps.values() if c.present] == [name]


def test_nothing_is_present_on_an_empty_map_and_every_capability_is_reported() -> None:
    caps = detect({})
    assert [c.name for c in caps] == [s.name for s in SPECS]
    assert not any(c.present or c.evidence or c.versions for c in caps)


def test_bare_cluster_has_the_builtins_only() -> None:
    caps = by_name(detect(served(*BUILTINS)))
    assert {n for n, c in caps.items() if c.present} == BUILTIN_NAMES
    # autoscaling/v1 is served too but is not what a planner writes: only v2 is evidence.
    assert caps["hpa"].evidence == ("autoscaling/v2 HorizontalPodAutoscaler",)


def test_a_cluster_without_the_pinned_builtin_versions_lacks_them() -> None:
    # A pre-1.23 cluster: HPA only as v1/v2beta2, PDB only as policy/v1beta1.
    caps = by_name(
        detect(
            served(
                "autoscaling/v1 HorizontalPodAutoscaler",
                "autoscaling/v2beta2 HorizontalPodAutoscaler",
                "policy/v1beta1 PodDisruptionBudget",
            )
        )
    )
    assert not caps["hpa"].present
    assert not caps["pdb"].present


def test_kinds_of_other_projects_with_the_same_name_or_group_do_not_count() -> None:
    decoys = served(
        "argoproj.io/v1alpha1 Application",  # Argo CD, not Rollouts
        "argoproj.io/v1alpha1 Workflow",  # Argo Workflows
        "networking.istio.io/v1beta1 Gateway",  # Istio's Gateway, not Gateway API
        "policy.linkerd.io/v1beta3 HTTPRoute",  # detects linkerd, must not detect gateway-api
        "scaler.example.com/v1alpha1 ScaledObject",  # someone else's ScaledObject
        "acid.zalan.do/v1 postgresql",  # another Postgres operator
        "example.com/v1 Cluster",  # "Cluster" is a popular kind name
        "custom.metrics.k8s.io/v1beta1 MetricValueList",
    )
    present = {c.name for c in detect(decoys) if c.present}
    assert present == {"linkerd"}


def test_evidence_lists_every_served_version_and_kind_sorted() -> None:
    caps = by_name(
        detect(
            served(
                "monitoring.coreos.com/v1 ServiceMonitor",
                "monitoring.coreos.com/v1 PodMonitor",
                "monitoring.coreos.com/v1alpha1 ScrapeConfig",  # not a signal
                "autoscaling.k8s.io/v1 VerticalPodAutoscaler",
                "autoscaling.k8s.io/v1beta2 VerticalPodAutoscaler",
            )
        )
    )
    assert caps["prometheus-operator"].evidence == (
        "monitoring.coreos.com/v1 PodMonitor",
        "monitoring.coreos.com/v1 ServiceMonitor",
    )
    assert caps["prometheus-operator"].versions == ("monitoring.coreos.com/v1",)
    assert caps["vpa"].versions == ("autoscaling.k8s.io/v1", "autoscaling.k8s.io/v1beta2")


class CountingMap(Mapping[Key, Resource]):
    """A discovery map that counts how often its entries are touched."""

    def __init__(self, data: dict[Key, Resource]) -> None:
        self._data = data
        self.touches = 0

    def __getitem__(self, key: Key) -> Resource:
        self.touches += 1
        return self._data[key]

    def __iter__(self) -> Iterator[Key]:
        for key in self._data:
            self.touches += 1
            yield key

    def __len__(self) -> int:
        return len(self._data)


def test_hundreds_of_crds_are_one_pass_over_discovery() -> None:
    data = served(*BUILTINS, "keda.sh/v1alpha1 ScaledObject", "velero.io/v1 Schedule")
    for i in range(500):
        data[(f"crd{i}.example.com/v1", f"Widget{i}")] = res(f"crd{i}.example.com/v1", f"Widget{i}")
    # Same kinds as real signals, in groups that must not match.
    data[("fake.example.com/v1", "ScaledObject")] = res("fake.example.com/v1", "ScaledObject")
    counting = CountingMap(data)

    caps = by_name(detect(counting))

    assert {n for n, c in caps.items() if c.present} == BUILTIN_NAMES | {"keda", "velero"}
    assert caps["keda"].evidence == ("keda.sh/v1alpha1 ScaledObject",)
    # Each entry is touched at most twice (iterated once, read once): work grows with the number
    # of served resources, not with resources times capabilities or signals.
    assert counting.touches <= 2 * len(data)


class FakeClient:
    def __init__(self, server: str, data: dict[Key, Resource]) -> None:
        self.identity = Identity(server=server, context="test")
        self.data = data
        self.calls: list[tuple[bool, float | None]] = []

    def resources(
        self, *, refresh: bool = False, max_age: float | None = None
    ) -> dict[Key, Resource]:
        self.calls.append((refresh, max_age))
        return self.data


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """A fresh capability cache and a monotonic clock the test moves by hand."""
    now = [1000.0]
    monkeypatch.setattr(capabilities, "_cache", {})
    monkeypatch.setattr(capabilities, "_monotonic", lambda: now[0])
    return now


def test_discover_caches_per_server_until_the_ttl(clock: list[float]) -> None:
    client = FakeClient("https://a:6443", served(*BUILTINS))
    first = discover(client)
    assert isinstance(first, CapabilityReport)
    assert first.server == "https://a:6443"
    assert first.names == ["cronjob", "hpa", "network-policy", "pdb"]
    # Each miss asks the client for a discovery at most FRESH seconds old: its own cache may
    # be old, but one made for this very operation is not asked for again.
    fresh = (False, capabilities.FRESH)
    assert client.calls == [fresh]

    client.data = served(*BUILTINS, "keda.sh/v1alpha1 ScaledObject")
    clock[0] += 299
    assert discover(client) is first
    assert client.calls == [fresh]

    clock[0] += 2
    second = discover(client)
    assert second is not first
    assert second.has("keda")
    assert client.calls == [fresh, fresh]


def test_refresh_forces_a_discovery_round(clock: list[float]) -> None:
    client = FakeClient("https://b:6443", served(*BUILTINS))
    first = discover(client)
    client.data = served(*BUILTINS, "velero.io/v1 Schedule")
    refreshed = discover(client, refresh=True)
    assert refreshed is not first
    assert refreshed.has("velero")
    assert client.calls == [(False, capabilities.FRESH), (True, capabilities.FRESH)]
    assert discover(client) is refreshed


def test_clusters_are_cached_apart(clock: list[float]) -> None:
    bare = FakeClient("https://bare:6443", served(*BUILTINS))
    keda = FakeClient("https://keda:6443", served(*BUILTINS, "keda.sh/v1alpha1 ScaledObject"))
    assert not discover(bare).has("keda")
    assert discover(keda).has("keda")
    assert not discover(bare).has("keda")
    assert bare.calls == [(False, capabilities.FRESH)]
    assert keda.calls == [(False, capabilities.FRESH)]


def test_report_lookup_and_unknown_names() -> None:
    report = CapabilityReport(
        server="s", discovered_at=0.0, capabilities=detect(served("velero.io/v1 Backup"))
    )
    assert report.names == ["velero"]
    assert report.has("velero")
    assert not report.has("keda")
    assert report.get("velero").evidence == ("velero.io/v1 Backup",)
    # A typo must not read as "absent" and quietly steer a planner to the fallback.
    with pytest.raises(KeyError, match="unknown capability 'kedaa'"):
        report.has("kedaa")
