"""The engine's cost against the least work that could answer the same question.

    .venv/bin/python benchmarks/engine.py [--runs 20]

On a fresh local control plane with the sample app: for "scale my-api to 5",
  * baseline: the bare minimum API calls for a dry-run-validated answer (GET the Deployment,
    PATCH its scale subresource with dryRun=All);
  * engine: Operator.analyze (target resolution, capabilities, dry-run, policies, hash, journal);
then the authorisation gate's re-evaluation at execution (dry-run, scope and policies again, from
the world as it is now: at most one dry-run round trip per operation), and the engine's execution
+ validation of the scale. Medians over ``--runs``, with the number of API requests each made.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dotop_nb import gate
from dotop_nb.cluster.client import KubeClient
from dotop_nb.demo import APP, NAMESPACE, deploy_sample_app
from dotop_nb.localcluster import LocalCluster, binaries
from dotop_nb.service import Operator


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    binaries.build()
    with tempfile.TemporaryDirectory(prefix="dotop-bench-") as tmp:
        cluster = LocalCluster(Path(tmp) / "cluster", name="bench-engine")
        cluster.up()
        try:
            return measure(str(cluster.kubeconfig), Path(tmp), args.runs)
        finally:
            cluster.down()


def measure(kubeconfig: str, tmp: Path, runs: int) -> int:
    kube = KubeClient(kubeconfig=kubeconfig)
    deploy_sample_app(kube)
    path = f"/apis/apps/v1/namespaces/{NAMESPACE}/deployments/{APP}"

    base_times, base_requests = [], []
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
        base_times.append(time.perf_counter() - started)
        base_requests.append(kube.requests_made - before)

    (tmp / "no-policies").mkdir()
    op = Operator(kubeconfig=kubeconfig, sessions=tmp / "sessions", policies=tmp / "no-policies")
    op.analyze("scale my-api to 5", namespace=NAMESPACE)  # warm: discovery, capabilities
    eng_times, eng_requests = [], []
    for _ in range(runs):
        before = op.client.requests_made
        started = time.perf_counter()
        proposal = op.analyze("scale my-api to 5", namespace=NAMESPACE)
        eng_times.append(time.perf_counter() - started)
        eng_requests.append(op.client.requests_made - before)
    assert proposal.status == "proposed"

    # The gate as the executor runs it before any write: count its dry-run round trips.
    dry_runs = 0
    send = op.client.request

    def counting(method: str, path: str, **kw: Any) -> Any:
        nonlocal dry_runs
        dry_runs += (kw.get("query") or {}).get("dryRun") == "All"
        return send(method, path, **kw)

    op.client.request = counting  # type: ignore[method-assign]
    gate_times, gate_requests, gate_dry_runs = [], [], []
    for _ in range(runs):
        before, dry_runs = op.client.requests_made, 0
        started = time.perf_counter()
        found = gate.assess(
            op.gateway,
            proposal.operations,
            namespace=NAMESPACE,
            intent=proposal.intent,
            policies=op.load_policy_set(),
        )
        gate_times.append(time.perf_counter() - started)
        gate_requests.append(op.client.requests_made - before)
        gate_dry_runs.append(dry_runs)
        assert found.refusal(interactive=False) is None
    op.client.request = send  # type: ignore[method-assign]
    per_op = max(gate_dry_runs) / len(proposal.operations)
    assert per_op <= 1, f"the gate made {per_op} dry-runs per operation"

    before = op.client.requests_made
    started = time.perf_counter()
    session = op.execute(proposal.session_id, approve=proposal.plan_hash)
    exec_seconds = time.perf_counter() - started
    exec_requests = op.client.requests_made - before
    assert session.status == "executed", session.message
    validation = session.validation.seconds if session.validation else 0.0

    def ms(values: list[float]) -> str:
        return f"{1000 * statistics.median(values):.1f} ms"

    rows = [
        (
            "baseline: GET + dry-run PATCH",
            ms(base_times),
            f"{statistics.median(base_requests):.0f}",
        ),
        (
            "engine: analyze (validated proposal)",
            ms(eng_times),
            f"{statistics.median(eng_requests):.0f}",
        ),
        (
            "gate: re-evaluation at execution (included below)",
            ms(gate_times),
            f"{statistics.median(gate_requests):.0f} "
            f"({max(gate_dry_runs)} dry-run for {len(proposal.operations)} operation)",
        ),
        (
            "engine: execute + validate (2 → 5 replicas)",
            f"{1000 * exec_seconds:.1f} ms",
            f"{exec_requests}",
        ),
        ("  of which validation", f"{1000 * validation:.1f} ms", ""),
    ]
    print(f"median of {runs} runs on the local control plane")
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'time':>10}  requests")
    for label, value, count in rows:
        print(f"{label:<{width}}  {value:>10}  {count}")
    op.close()
    kube.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
