"""The offline planner's speed, in a small namespace and in one with 2,000 Deployments.

    .venv/bin/python benchmarks/planner.py [--runs 30] [--deployments 2000]

Side by side: the minimum API calls for a dry-run-validated answer (GET + dry-run PATCH), the
planner alone (target resolution through the read-only view), and the whole analyze (planner,
dry-run, policies, journal). Target lookup is by name, so the large namespace should cost the
same as the small one; the request counts show it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from dotop_nb.cluster.client import KubeClient
from dotop_nb.demo import deploy_sample_app
from dotop_nb.localcluster import LocalCluster, binaries
from dotop_nb.planner.offline import OfflinePlanner
from dotop_nb.ports import PlanRequest
from dotop_nb.service import Operator

INTENTS = ("scale my-api to 5", "update my-api to version 1.1.0", "restart my-api")


def filler(kube: KubeClient, namespace: str, count: int) -> float:
    started = time.perf_counter()
    for i in range(count):
        kube.apply(
            {
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "metadata": {
                    "name": f"filler-{i:04d}",
                    "namespace": namespace,
                    "labels": {"app": f"filler-{i:04d}"},
                },
                "spec": {
                    "replicas": 0,
                    "selector": {"matchLabels": {"app": f"filler-{i:04d}"}},
                    "template": {
                        "metadata": {"labels": {"app": f"filler-{i:04d}"}},
                        "spec": {"containers": [{"name": "c", "image": "nginx:1"}]},
                    },
                },
            }
        )
    return time.perf_counter() - started


def measure(op: Operator, namespace: str, runs: int) -> list[tuple[str, str, str, str]]:
    kube = op.client
    path = f"/apis/apps/v1/namespaces/{namespace}/deployments/my-api"
    rows = []
    times, counts = [], []
    for _ in range(runs):
        before = kube.requests_made
        started = time.perf_counter()
        kube.request("GET", path)
        kube.request(
            "PATCH",
            f"{path}/scale",
            query={"dryRun": "All"},
            body={"spec": {"replicas": 5}},
            content_type="application/merge-patch+json",
        )
        times.append(time.perf_counter() - started)
        counts.append(kube.requests_made - before)
    rows.append(("baseline GET + dry-run PATCH", *_fmt(times, counts)))
    planner = OfflinePlanner()
    reader = op.gateway.reader()
    for intent in INTENTS:
        times, counts = [], []
        for _ in range(runs):
            before = kube.requests_made
            started = time.perf_counter()
            planner.plan(PlanRequest(intent=intent, namespace=namespace), reader)
            times.append(time.perf_counter() - started)
            counts.append(kube.requests_made - before)
        rows.append((f"planner only: {intent!r}", *_fmt(times, counts)))
    times, counts = [], []
    for _ in range(runs):
        before = kube.requests_made
        started = time.perf_counter()
        proposal = op.analyze("scale my-api to 5", namespace=namespace)
        times.append(time.perf_counter() - started)
        counts.append(kube.requests_made - before)
    assert proposal.status == "proposed", proposal
    rows.append(("analyze 'scale my-api to 5'", *_fmt(times, counts)))
    return rows


def _fmt(times: list[float], counts: list[int]) -> tuple[str, str, str]:
    median = statistics.median(times)
    return f"{1000 * median:.1f} ms", f"{1 / median:.0f}/s", f"{statistics.median(counts):.0f}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--deployments", type=int, default=2000)
    args = parser.parse_args()
    binaries.build()
    with tempfile.TemporaryDirectory(prefix="dotop-bench-") as tmp:
        cluster = LocalCluster(Path(tmp) / "cluster", name="bench-planner")
        cluster.up()
        try:
            kube = KubeClient(kubeconfig=str(cluster.kubeconfig))
            deploy_sample_app(kube, "shop")
            kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "big"}})
            deploy_sample_app(kube, "big")
            seconds = filler(kube, "big", args.deployments)
            (Path(tmp) / "p").mkdir()
            op = Operator(
                kubeconfig=str(cluster.kubeconfig),
                planner="offline",
                sessions=Path(tmp) / "s",
                policies=Path(tmp) / "p",
            )
            small = measure(op, "shop", args.runs)
            large = measure(op, "big", args.runs)
            op.close()
            kube.close()
        finally:
            cluster.down()
    print(
        f"median of {args.runs} runs; 'big' holds {args.deployments} more Deployments "
        f"(created in {seconds:.0f}s)"
    )
    width = max(len(r[0]) for r in small)
    print(
        f"{'measure':<{width}}  {'small ns':>9} {'rate':>7} {'req':>4}   "
        f"{'big ns':>9} {'rate':>7} {'req':>4}"
    )
    for (label, t1, r1, c1), (_, t2, r2, c2) in zip(small, large, strict=True):
        print(f"{label:<{width}}  {t1:>9} {r1:>7} {c1:>4}   {t2:>9} {r2:>7} {c2:>4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
