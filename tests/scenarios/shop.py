"""The shop: a small but realistic namespace the planner scenarios run against."""

from __future__ import annotations

from typing import Any

from dotop_nb.cluster.client import KubeClient
from tests.helpers import rolled_out, wait_for

Json = dict[str, Any]


def _deployment(
    ns: str,
    name: str,
    image: str,
    *,
    replicas: int,
    container: str,
    requests: bool = True,
    probe: bool = True,
    env: list[Json] | None = None,
    env_from: list[Json] | None = None,
    tier: str = "backend",
) -> Json:
    c: Json = {
        "name": container,
        "image": image,
        "ports": [{"name": "http", "containerPort": 8080}],
    }
    if requests:
        c["resources"] = {
            "requests": {"cpu": "100m", "memory": "128Mi"},
            "limits": {"memory": "256Mi"},
        }
    if probe:
        c["readinessProbe"] = {"httpGet": {"path": "/healthz", "port": "http"}}
    if env:
        c["env"] = env
    if env_from:
        c["envFrom"] = env_from
    labels = {"app": name, "tier": tier}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": ns, "labels": labels},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": {"app": name}},
            "template": {"metadata": {"labels": labels}, "spec": {"containers": [c]}},
        },
    }


def _service(ns: str, name: str, *, headless: bool = False) -> Json:
    spec: Json = {
        "selector": {"app": name},
        "ports": [{"name": "http", "port": 80, "targetPort": "http"}],
    }
    if headless:
        spec = {
            "clusterIP": "None",
            "selector": {"app": name},
            "ports": [{"name": "db", "port": 5432}],
        }
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name, "namespace": ns, "labels": {"app": name}},
        "spec": spec,
    }


def _configmap(ns: str, name: str, app: str, data: dict[str, str]) -> Json:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": name, "namespace": ns, "labels": {"app": app}},
        "data": data,
    }


def manifests(ns: str) -> list[Json]:
    postgres = {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": {"name": "postgres", "namespace": ns, "labels": {"app": "postgres"}},
        "spec": {
            "serviceName": "postgres",
            "replicas": 1,
            "selector": {"matchLabels": {"app": "postgres"}},
            "template": {
                "metadata": {"labels": {"app": "postgres", "tier": "data"}},
                "spec": {
                    "containers": [
                        {
                            "name": "postgres",
                            "image": "postgres:16.4",
                            "env": [
                                {"name": "POSTGRES_USER", "value": "shop"},
                                {"name": "POSTGRES_DB", "value": "shop"},
                            ],
                            "ports": [{"name": "db", "containerPort": 5432}],
                            "resources": {"requests": {"cpu": "250m", "memory": "512Mi"}},
                            "readinessProbe": {"tcpSocket": {"port": 5432}},
                        }
                    ]
                },
            },
        },
    }
    cache_sts = {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": {"name": "cache", "namespace": ns, "labels": {"app": "cache-store"}},
        "spec": {
            "serviceName": "cache",
            "replicas": 1,
            "selector": {"matchLabels": {"app": "cache-store"}},
            "template": {
                "metadata": {"labels": {"app": "cache-store"}},
                "spec": {"containers": [{"name": "redis", "image": "redis:7"}]},
            },
        },
    }
    return [
        _configmap(ns, "my-api-config", "my-api", {"LOG_LEVEL": "info", "FEATURE_X": "off"}),
        _configmap(ns, "payments-config", "payments", {"PROVIDER": "stripe"}),
        _configmap(ns, "shared-config", "shop", {"REGION": "eu"}),
        _deployment(
            ns,
            "my-api",
            "ghcr.io/acme/my-api:1.4.0",
            replicas=2,
            container="api",
            env_from=[
                {"configMapRef": {"name": "my-api-config"}},
                {"configMapRef": {"name": "shared-config"}},
            ],
        ),
        _deployment(
            ns,
            "frontend",
            "ghcr.io/acme/frontend:2.1.0",
            replicas=3,
            container="web",
            tier="frontend",
            env=[{"name": "FEATURE_FLAG", "value": "beta"}],
            env_from=[{"configMapRef": {"name": "shared-config"}}],
        ),
        _deployment(
            ns,
            "payments",
            "ghcr.io/acme/payments:3.0.0",
            replicas=2,
            container="payments",
            env_from=[{"configMapRef": {"name": "payments-config"}}],
        ),
        _deployment(
            ns,
            "worker",
            "ghcr.io/acme/worker:0.9.0",
            replicas=1,
            container="worker",
            requests=False,
            probe=False,
        ),
        _deployment(ns, "cache", "ghcr.io/acme/cache-proxy:1.0.0", replicas=1, container="proxy"),
        _service(ns, "my-api"),
        _service(ns, "frontend"),
        _service(ns, "payments"),
        _service(ns, "postgres", headless=True),
        postgres,
        cache_sts,
    ]


def install(kube: KubeClient, ns: str) -> None:
    """Create the shop in ``ns`` (it must exist) and give ``checkout`` two revisions."""
    for manifest in manifests(ns):
        kube.apply(manifest)
    checkout = _deployment(
        ns, "checkout", "ghcr.io/acme/checkout:1.0.0", replicas=2, container="checkout"
    )
    kube.apply(checkout)
    wait_for(lambda: rolled_out(kube, "checkout", ns), what="checkout revision 1")
    checkout["spec"]["template"]["spec"]["containers"][0]["image"] = "ghcr.io/acme/checkout:1.1.0"
    kube.apply(checkout)
    for name in ("checkout", "my-api", "frontend", "payments", "worker"):
        wait_for(lambda n=name: rolled_out(kube, n, ns), what=f"{name} rolled out")
