"""Figures of the local control plane, printed side by side.

    .venv/bin/python benchmarks/cluster.py            # warm start x3, resident memory
    .venv/bin/python benchmarks/cluster.py --cold     # also a cold build (fresh Go build cache)

The cold build uses an empty Go build cache and binary cache in a temporary folder (the module
download cache is kept: that measures the network, not the build). Peak memory is the largest
resident set of any single process the build ran (the Go compiler or linker).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from dotop_nb.config import Paths
from dotop_nb.localcluster import LocalCluster, binaries


def cold_build() -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="dotop-cold-") as tmp:
        os.environ["GOCACHE"] = str(Path(tmp) / "gocache")
        paths = Paths(cache=Path(tmp) / "cache", state=Path(tmp) / "state")
        started = time.monotonic()
        binaries.build(paths, force=True)
        seconds = time.monotonic() - started
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    del os.environ["GOCACHE"]
    return seconds, peak_mib


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cold", action="store_true", help="also measure a cold build")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    rows: list[tuple[str, str]] = []
    if args.cold:
        seconds, peak = cold_build()
        rows += [
            ("cold build (etcd + k8s + kwok)", f"{seconds:.0f} s"),
            ("cold build peak RSS of one process", f"{peak:.0f} MiB"),
        ]
    binaries.build()

    starts: list[float] = []
    memory: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="dotop-bench-") as tmp:
        for run in range(args.runs):
            cluster = LocalCluster(Path(tmp) / f"c{run}", name=f"bench{run}")
            started = time.monotonic()
            state = cluster.up()
            starts.append(time.monotonic() - started)
            if run == 0:
                time.sleep(5)  # let the controllers settle before reading memory
                memory = {c.name: rss_mib(c.pid) for c in state.components}
            cluster.down()
    rows += [
        (
            f"warm start to 3 Ready nodes (min / median / max of {args.runs})",
            f"{min(starts):.2f} / {statistics.median(starts):.2f} / {max(starts):.2f} s",
        ),
        ("resident memory, whole control plane", f"{sum(memory.values()):.0f} MiB"),
    ]
    rows += [(f"  {name}", f"{mib:.0f} MiB") for name, mib in memory.items()]

    width = max(len(label) for label, _ in rows)
    print(f"{'figure':<{width}}  value")
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
