"""The main job on the embedded defaults: the local control plane, the offline planner, local
Qdrant.

``dotop-nb demo`` starts (or reuses) the local cluster, deploys the sample app ``my-api`` into
namespace ``shop``, runs the ``operate`` runbook headless with "enable autoscaling for my-api"
(approved), and prints where the change-record notebook is and its row of the audit table. The
cluster is left running for you to explore unless ``--down`` is given.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from dotop_nb.cluster import rollout
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import ClusterAlreadyRunning, LocalClusterError
from dotop_nb.knowledge.location import PATH_VARIABLE, Location
from dotop_nb.localcluster import LocalCluster

NAMESPACE = "shop"
APP = "my-api"

Json = dict[str, Any]


def sample_app(namespace: str = NAMESPACE, *, replicas: int = 2) -> list[Json]:
    """Manifests of the sample app: a Deployment with requests and probes, and its Service."""
    labels = {"app": APP, "app.kubernetes.io/name": APP, "tier": "backend"}
    return [
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}},
        {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {"name": APP, "namespace": namespace, "labels": labels},
            "spec": {
                "replicas": replicas,
                "selector": {"matchLabels": {"app": APP}},
                "template": {
                    "metadata": {"labels": labels},
                    "spec": {
                        "containers": [
                            {
                                "name": "api",
                                "image": "ghcr.io/dotop-nb/my-api:1.0.0",
                                "ports": [{"name": "http", "containerPort": 8080}],
                                "resources": {
                                    "requests": {"cpu": "100m", "memory": "128Mi"},
                                    "limits": {"memory": "256Mi"},
                                },
                                "readinessProbe": {
                                    "httpGet": {"path": "/healthz", "port": "http"},
                                    "periodSeconds": 5,
                                },
                            }
                        ]
                    },
                },
            },
        },
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": APP, "namespace": namespace, "labels": labels},
            "spec": {
                "selector": {"app": APP},
                "ports": [{"name": "http", "port": 80, "targetPort": "http"}],
            },
        },
    ]


def deploy_sample_app(kube: KubeClient, namespace: str = NAMESPACE, timeout: float = 60) -> Json:
    """Apply the sample app and wait until its rollout completes; returns the Deployment."""
    for manifest in sample_app(namespace):
        kube.apply(manifest)
    deadline = time.monotonic() + timeout
    while True:
        dep = kube.get("apps/v1", "Deployment", APP, namespace)
        state = rollout.deployment(dep)
        if state.done:
            return dep
        if state.failed or time.monotonic() > deadline:
            raise LocalClusterError(f"the sample app did not roll out: {state.message}")
        time.sleep(0.2)


INTENT = f"enable autoscaling for {APP}"


def run_runbook(kubeconfig: Path, out: TextIO) -> None:
    """Run the generic runbook with the demo intent, approved, and show its record."""
    from dotop_nb import audit, runbooks  # noqa: PLC0415 - papermill and pandas load slowly

    os.environ["KUBECONFIG"] = str(kubeconfig)  # the runbook's kernel inherits it
    with _local_qdrant(out):
        out.write(f"\n» runbook operate: {INTENT!r} in {NAMESPACE} (approve=True)\n")
        result = runbooks.run(
            "operate", {"intent": INTENT, "namespace": NAMESPACE, "approve": True}
        )
    out.write(f"✓ {result.status} in {result.seconds:.1f}s\n")
    out.write(f"✓ change record: {result.notebook}\n\n")
    table = audit.read([result.notebook])
    columns = [
        "session_id",
        "intent",
        "operations",
        "decision",
        "approved_by",
        "outcome",
        "validation_ok",
        "tampered",
    ]
    out.write(table[columns].to_string(index=False) + "\n")


@contextlib.contextmanager
def _local_qdrant(out: TextIO) -> Iterator[None]:
    """Index the patterns and policies in an embedded Qdrant folder (qdrant-client's local mode),
    the main job's promise, unless a Qdrant location is already configured. Everyday commands
    default to the in-process index (no qdrant-client import: docs/patterns.md); the demo shows
    the Qdrant path end to end. The folder is the run's own: a local Qdrant folder admits one
    process at a time."""
    configured = Location.from_env()
    if configured.path is not None or configured.url:
        yield
        return
    with tempfile.TemporaryDirectory(prefix="dotop-demo-qdrant-") as folder:
        os.environ[PATH_VARIABLE] = folder  # the runbook's kernel inherits it
        out.write(f"» patterns and policies: local Qdrant (embedded) at {folder}\n")
        try:
            yield
        finally:
            del os.environ[PATH_VARIABLE]


def run(*, down: bool = False, out: TextIO) -> int:
    cluster = LocalCluster.default()
    try:
        state = cluster.up()
        out.write(f"✓ local control plane up at {state.server} in {state.ready_seconds:.1f}s\n")
    except ClusterAlreadyRunning:
        out.write("✓ local control plane already running; reusing it\n")
    kube = KubeClient(kubeconfig=str(cluster.kubeconfig))
    try:
        nodes = {n["metadata"]["name"]: n for n in kube.list("v1", "Node")}
        out.write(
            f"✓ {len(nodes)} nodes: "
            + ", ".join(
                f"{name} ({n['metadata']['labels'].get('topology.kubernetes.io/zone')})"
                for name, n in sorted(nodes.items())
            )
            + "\n"
        )
        started = time.monotonic()
        dep = deploy_sample_app(kube)
        out.write(
            f"✓ deployment {NAMESPACE}/{APP} rolled out in {time.monotonic() - started:.1f}s: "
            f"{dep['status']['readyReplicas']}/{dep['spec']['replicas']} ready\n\n"
        )
        out.write(f"{'POD':<34} {'NODE':<13} {'ZONE':<8} {'IP':<12} READY\n")
        for pod in sorted(
            kube.list("v1", "Pod", NAMESPACE, label_selector=f"app={APP}"),
            key=lambda p: p["metadata"]["name"],
        ):
            node = pod["spec"].get("nodeName", "")
            zone = (
                nodes.get(node, {})
                .get("metadata", {})
                .get("labels", {})
                .get("topology.kubernetes.io/zone", "")
            )
            ready = any(
                c["type"] == "Ready" and c["status"] == "True"
                for c in pod["status"].get("conditions") or []
            )
            out.write(
                f"{pod['metadata']['name']:<34} {node:<13} {zone:<8} "
                f"{pod['status'].get('podIP', ''):<12} {'yes' if ready else 'no'}\n"
            )
    finally:
        kube.close()
    try:
        run_runbook(cluster.kubeconfig, out)
    finally:
        if down:
            cluster.down()
            out.write("\n✓ local control plane stopped\n")
    if not down:
        out.write(
            f"\nThe cluster keeps running. Use it with:\n  export KUBECONFIG={cluster.kubeconfig}\n"
            "Stop it with:\n  .venv/bin/dotop-nb cluster down\n"
        )
    return 0
