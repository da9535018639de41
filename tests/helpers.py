"""Small helpers shared by the tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from dotop_nb.cluster import rollout
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import NotFound
from dotop_nb.service import Operator

T = TypeVar("T")


def exists(kube: KubeClient, api_version: str, kind: str, name: str, ns: str | None) -> bool:
    try:
        kube.get(api_version, kind, name, ns)
    except NotFound:
        return False
    return True


def wait_for(
    check: Callable[[], T | None], *, what: str, timeout: float = 60.0, interval: float = 0.1
) -> T:
    """Poll ``check`` until it returns something truthy; fail the test with ``what`` otherwise."""
    deadline = time.monotonic() + timeout
    last: T | None = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what} (last: {last!r})")
    raise AssertionError("unreachable")


def deployment(
    name: str,
    namespace: str,
    *,
    image: str = "nginx:1.25",
    replicas: int = 2,
    labels: dict[str, str] | None = None,
    probe: bool = True,
) -> dict[str, Any]:
    """A Deployment manifest with requests (and a readiness probe unless ``probe=False``)."""
    container: dict[str, Any] = {
        "name": "app",
        "image": image,
        "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}},
    }
    if probe:
        container["readinessProbe"] = {"httpGet": {"path": "/", "port": 80}}
    all_labels = {"app": name, **(labels or {})}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": namespace, "labels": all_labels},
        "spec": {
            "replicas": replicas,
            "selector": {"matchLabels": {"app": name}},
            "template": {"metadata": {"labels": all_labels}, "spec": {"containers": [container]}},
        },
    }


def rolled_out(kube: KubeClient, name: str, namespace: str) -> dict[str, Any] | None:
    dep = kube.get("apps/v1", "Deployment", name, namespace)
    return dep if rollout.deployment(dep).done else None


def written(obj: dict[str, Any]) -> dict[str, Any]:
    """What a client writes to an object, without the status its controller keeps updating.

    A Deployment's resourceVersion moves while its controller records pods coming and going, so
    "nothing was changed" compares this, not the resourceVersion.
    """
    meta = obj["metadata"]
    return {
        "generation": meta.get("generation"),
        "labels": meta.get("labels"),
        "annotations": meta.get("annotations"),
        **{key: obj.get(key) for key in ("spec", "data", "binaryData")},
    }


def deploy(kube: KubeClient, manifest: dict[str, Any]) -> dict[str, Any]:
    """Apply a Deployment and wait for its rollout; returns the rolled-out object."""
    kube.apply(manifest)
    name, ns = manifest["metadata"]["name"], manifest["metadata"]["namespace"]
    return wait_for(lambda: rolled_out(kube, name, ns), what=f"rollout of {name}")


# The starter policies shipped in the package (dotop_nb/policy/starter).
STARTER_POLICIES = Path(__file__).resolve().parents[1] / "dotop_nb" / "policy" / "starter"


def starter_operator(kubeconfig: str, tmp_path: Path) -> Operator:
    """An Operator on the real cluster with the offline planner and the starter policies."""
    return Operator(
        kubeconfig=kubeconfig,
        planner="offline",
        sessions=tmp_path / "sessions",
        policies=STARTER_POLICIES,
        validation_timeout=30,
    )
