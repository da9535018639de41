"""Start-up and first-use speed of every surface, against the targets of issue 12.

    .venv/bin/python benchmarks/speed.py [--runs 3] [--kubeconfig FILE] [--baseline REF]

Each figure is measured in fresh processes, as a person meets it:
  * ``import dotop_nb.magics``: what ``%load_ext`` imports (and whether pandas, qdrant-client,
    anthropic or kubernetes come with it);
  * in a fresh kernel (jupyter_client): ``%load_ext dotop_nb``, then the first ``%operate`` at
    once, and the first ``%operate`` of another kernel 2 s after loading (a person typing);
  * ``dotop-nb operate "scale my-api to 5" --output json`` (propose only) against a bare Python
    script doing the same GET and dry-run PATCH with the ``kubernetes`` client;
  * ``dotop-nb runbook run scale`` end to end, and whether its output carries the kernel's
    "running over TCP without encryption" warning;
  * ``dotop-nb cluster build`` with the binaries cached.

``--baseline REF`` measures the same with the package of a git ref (exported to a temporary
folder and put first on PYTHONPATH) and prints both columns side by side. Without
``--kubeconfig`` a local control plane is started for the run. Medians over ``--runs``; the
planner is the offline one, so no figure depends on a model API. Targets are figures to read,
never timed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dotop_nb.cluster.client import KubeClient
from dotop_nb.demo import APP, NAMESPACE, deploy_sample_app
from dotop_nb.localcluster import LocalCluster, binaries

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
HEAVY = (
    "pandas", "qdrant_client", "anthropic", "kubernetes", "ipywidgets", "papermill", "pydantic"
)  # fmt: skip
WARNING = "running over TCP without encryption"

BARE = f"""
import time
started = time.perf_counter()
from kubernetes import client, config
config.load_kube_config()
apps = client.AppsV1Api()
apps.read_namespaced_deployment({APP!r}, {NAMESPACE!r})
apps.patch_namespaced_deployment_scale(
    {APP!r}, {NAMESPACE!r}, {{"spec": {{"replicas": 5}}}}, dry_run="All"
)
"""

IMPORTS = f"""
import json, sys, time
started = time.perf_counter()
import dotop_nb.magics
seconds = time.perf_counter() - started
print(json.dumps([seconds, [m for m in {HEAVY!r} if m in sys.modules]]))
"""


@dataclass
class Tree:
    """One version of the package under test and the environment its processes get."""

    label: str
    env: dict[str, str]
    figures: dict[str, float] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kubeconfig", help="use this cluster (default: start a local one)")
    parser.add_argument("--baseline", metavar="REF", help="also measure this git ref")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dotop-speed-") as tmp:
        work = Path(tmp)
        if args.kubeconfig:
            return measure(Path(args.kubeconfig), work, args)
        binaries.build()
        cluster = LocalCluster(work / "cluster", name="bench-speed")
        cluster.up()
        try:
            return measure(cluster.kubeconfig, work, args)
        finally:
            cluster.down()


def measure(kubeconfig: Path, work: Path, args: argparse.Namespace) -> int:
    deploy_sample_app(KubeClient(kubeconfig=str(kubeconfig)))
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "CI")}
    base.update(KUBECONFIG=str(kubeconfig), DOTOP_PLANNER="offline", DOTOP_NAMESPACE=NAMESPACE)
    trees = [Tree("this tree", dict(base))]
    if args.baseline:
        trees.insert(0, Tree(args.baseline, dict(base, PYTHONPATH=export(args.baseline, work))))
    bare = [timed([str(BIN / "python"), "-c", BARE], env=base) for _ in range(args.runs + 1)][1:]
    for tree in trees:
        print(f"measuring {tree.label} ...", file=sys.stderr)
        measure_tree(tree, work, args.runs)
        tree.figures["operate / bare script"] = tree.figures[
            "dotop-nb operate --output json"
        ] / statistics.median(bare)
    report(trees, statistics.median(bare))
    return 0


def measure_tree(tree: Tree, work: Path, runs: int) -> None:
    env = dict(tree.env, DOTOP_SESSIONS=str(work / f"sessions-{len(tree.figures)}"))
    run([str(BIN / "python"), "-c", IMPORTS], env=env)  # compiles the bytecode once
    imports = [json.loads(run([str(BIN / "python"), "-c", IMPORTS], env=env)) for _ in range(runs)]
    tree.figures["import dotop_nb.magics"] = statistics.median(s for s, _ in imports)
    tree.notes["heavy modules on load"] = ", ".join(imports[-1][1]) or "none"

    kernels = [fresh_kernel(env, work, pause=0.0) for _ in range(runs)]
    tree.figures["%load_ext dotop_nb (fresh kernel)"] = statistics.median(k[0] for k in kernels)
    tree.figures["first %operate, at once"] = statistics.median(k[1] for k in kernels)
    tree.figures["first %operate, 2 s after loading"] = fresh_kernel(env, work, pause=2.0)[1]

    operate = [
        str(BIN / "dotop-nb"), "operate", f"scale {APP} to 5", "-n", NAMESPACE, "--output", "json"
    ]  # fmt: skip
    times = [timed(operate, env=env) for _ in range(runs + 1)][1:]
    tree.figures["dotop-nb operate --output json"] = statistics.median(times)

    runbook = [
        str(BIN / "dotop-nb"), "runbook", "run", "scale", "-p", "workload", APP,
        "-p", "namespace", NAMESPACE, "-p", "replicas", "3", "--output", str(work / "rb.ipynb"),
    ]  # fmt: skip
    started = time.perf_counter()
    out = run(runbook, env=env, cwd=work)
    tree.figures["dotop-nb runbook run scale"] = time.perf_counter() - started
    tree.notes["TCP warning in runbook output"] = "yes" if WARNING in out else "no"

    started = time.perf_counter()
    run([str(BIN / "dotop-nb"), "cluster", "build"], env=env)
    tree.figures["dotop-nb cluster build (cached)"] = time.perf_counter() - started


def fresh_kernel(env: dict[str, str], work: Path, *, pause: float) -> tuple[float, float]:
    """(seconds of ``%load_ext dotop_nb``, seconds of the first ``%operate``), timed inside a
    new kernel."""
    from jupyter_client.manager import start_new_kernel  # noqa: PLC0415

    manager, kernel = start_new_kernel(kernel_name="python3", env=env, cwd=str(work))
    try:
        load = execute(kernel, "get_ipython().run_line_magic('load_ext', 'dotop_nb')")
        time.sleep(pause)
        first = execute(kernel, f"get_ipython().run_line_magic('operate', 'scale {APP} to 5')")
    finally:
        kernel.stop_channels()
        manager.shutdown_kernel(now=True)
    return load, first


def execute(kernel: object, code: str) -> float:
    timed_code = (
        "import time as _t, json as _j\n_s = _t.perf_counter()\n"
        f"{code}\nprint('SECONDS', _t.perf_counter() - _s)\n"
    )
    reply = kernel.execute_interactive(timed_code, timeout=180, output_hook=_collect)  # type: ignore[attr-defined]
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"{code}: {reply['content'].get('evalue')}")
    return _SECONDS.pop()


_SECONDS: list[float] = []


def _collect(message: dict[str, object]) -> None:
    content = message.get("content")
    if message.get("msg_type") == "stream" and isinstance(content, dict):
        for line in str(content.get("text", "")).splitlines():
            if line.startswith("SECONDS "):
                _SECONDS.append(float(line.split()[1]))


def export(ref: str, work: Path) -> str:
    """The package at ``ref``, unpacked into a folder for PYTHONPATH."""
    archive = work / "baseline.tar"
    subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", "-o", str(archive), ref, "dotop_nb"],
        check=True,
    )
    folder = work / "baseline"
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")
    return str(folder)


def run(command: list[str], *, env: dict[str, str], cwd: Path | None = None) -> str:
    # Never in the checkout: `python -c` puts the working folder first on sys.path, where this
    # tree's dotop_nb would shadow the baseline's.
    folder = cwd or Path(tempfile.gettempdir())
    done = subprocess.run(command, check=False, env=env, cwd=folder, capture_output=True, text=True)
    if done.returncode not in (0, 3):  # 3: proposed, not executed (docs/cli.md)
        raise RuntimeError(f"{' '.join(command)}: exit {done.returncode}\n{done.stderr[-2000:]}")
    return done.stdout + done.stderr


def timed(command: list[str], *, env: dict[str, str]) -> float:
    started = time.perf_counter()
    run(command, env=env)
    return time.perf_counter() - started


TARGETS: dict[str, tuple[float, Callable[[float], str]]] = {
    "import dotop_nb.magics": (0.3, lambda v: f"{v:.2f} s"),
    "%load_ext dotop_nb (fresh kernel)": (0.3, lambda v: f"{v:.2f} s"),
    "first %operate, at once": (1.5, lambda v: f"{v:.2f} s"),
    "first %operate, 2 s after loading": (1.5, lambda v: f"{v:.2f} s"),
    "dotop-nb operate --output json": (0.0, lambda v: f"{v:.2f} s"),
    "operate / bare script": (1.3, lambda v: f"{v:.2f}x"),
    "dotop-nb runbook run scale": (0.0, lambda v: f"{v:.1f} s"),
    "dotop-nb cluster build (cached)": (0.0, lambda v: f"{v:.2f} s"),
}


def report(trees: list[Tree], bare: float) -> None:
    width = max(len(k) for k in TARGETS)
    print(f"bare kubernetes-client script (GET + dry-run PATCH): {bare:.2f} s (median)")
    print(f"{'figure':<{width}}  " + "".join(f"{t.label:>14}" for t in trees) + "    target")
    for name, (target, fmt) in TARGETS.items():
        cells = "".join(f"{fmt(t.figures[name]):>14}" for t in trees)
        last = trees[-1].figures[name]
        verdict = "" if not target else f"≤ {fmt(target)} " + ("ok" if last <= target else "MISSED")
        print(f"{name:<{width}}  {cells}    {verdict}")
    for note in trees[-1].notes:
        print(f"{note}: " + " | ".join(f"{t.label}: {t.notes[note]}" for t in trees))


if __name__ == "__main__":
    sys.exit(main())
