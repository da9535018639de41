"""Pattern retrieval quality and speed, per embedder and per search mode, side by side.

Runs the labelled intents of ``benchmarks/retrieval_cases.yaml`` against the starter patterns in
``./patterns`` and prints top-1 / top-3 accuracy for the ``dev`` half (used while tuning) and the
``holdout`` half (only evaluated), the median query latency, and how long indexing takes for the
starter set and for 500 synthetic patterns.

    .venv/bin/python benchmarks/retrieval.py                      # every embedder installed
    .venv/bin/python benchmarks/retrieval.py --embedder hashing --split dev --misses

Optional embedders need their extras (``knowledge-onnx``, ``knowledge-torch``); to measure them
without installing into the project's environment, point ``--extra-path`` at a folder made with
``uv pip install --target DIR ...`` (appended to ``sys.path``, after the environment's own).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from dotop_nb.knowledge import EMBEDDERS, KnowledgeBase, KnowledgeError, Location, make_embedder

ROOT = Path(__file__).resolve().parents[1]
STARTER = ROOT / "dotop_nb" / "policy" / "starter"
MODES = ("vector", "keyword", "hybrid")


def load_cases(split: str) -> list[dict[str, str]]:
    data = yaml.safe_load((ROOT / "benchmarks" / "retrieval_cases.yaml").read_text())
    cases: list[dict[str, str]] = data["cases"]
    return [c for c in cases if split == "all" or c["split"] == split]


def evaluate(kb: Any, cases: list[dict[str, str]], mode: str, misses: bool) -> dict[str, float]:
    top1 = top3 = 0
    latencies = []
    for case in cases:
        started = time.perf_counter()
        hits = kb.search(case["intent"], kind="pattern", k=3, mode=mode)
        latencies.append(time.perf_counter() - started)
        ids = [h.id for h in hits]
        top1 += bool(ids) and ids[0] == case["expect"]
        top3 += case["expect"] in ids
        if misses and (not ids or ids[0] != case["expect"]):
            shown = ", ".join(f"{h.id} {h.score:.2f} {h.scores}" for h in hits)
            print(f"    miss [{mode}] {case['intent']!r} → want {case['expect']}; got {shown}")
    n = len(cases) or 1
    return {
        "top1": top1 / n,
        "top3": top3 / n,
        "ms": statistics.median(latencies) * 1000 if latencies else 0.0,
    }


def synthetic(folder: Path, count: int) -> None:
    """``count`` patterns made from the starter set: renamed, with shuffled triggers."""
    rng = random.Random(7)
    starters = [yaml.safe_load(p.read_text()) for p in sorted((ROOT / "patterns").glob("*.yaml"))]
    for n in range(count):
        base = dict(starters[n % len(starters)])
        triggers = list(base["triggers"])
        rng.shuffle(triggers)
        base["id"] = f"{base['id']}-{n}"
        base["name"] = f"{base['name']} (variant {n})"
        base["triggers"] = triggers[: max(1, len(triggers) - rng.randint(0, 3))]
        (folder / f"{base['id']}.yaml").write_text(yaml.safe_dump(base, sort_keys=False))


def build_time(embedder: Any, folder: Path) -> tuple[float, int]:
    with KnowledgeBase(
        patterns=folder, policies=STARTER, embedder=embedder, location=Location()
    ) as kb:
        started = time.perf_counter()
        report = kb.sync()
        return time.perf_counter() - started, report.embedded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedder", action="append", help="hashing, minilm-onnx, minilm-torch")
    parser.add_argument("--split", choices=["dev", "holdout", "all", "both"], default="both")
    parser.add_argument("--mode", action="append", choices=MODES)
    parser.add_argument("--misses", action="store_true", help="print every top-1 miss")
    parser.add_argument("--extra-path", action="append", default=[], help="appended to sys.path")
    parser.add_argument("--synthetic", type=int, default=500, help="patterns for the build test")
    args = parser.parse_args(argv)
    sys.path.extend(args.extra_path)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    splits = ["dev", "holdout"] if args.split == "both" else [args.split]
    cases = {split: load_cases(split) for split in splits}
    print(
        "cases: "
        + ", ".join(f"{s} {len(c)}" for s, c in cases.items())
        + f"; patterns: {len(list((ROOT / 'patterns').glob('*.yaml')))}"
    )
    rows = []
    for name in args.embedder or list(EMBEDDERS):
        try:
            started = time.perf_counter()
            embedder = make_embedder(name)
            load = time.perf_counter() - started
        except KnowledgeError as err:
            print(f"{name}: not available ({err.message})")
            continue
        kb = KnowledgeBase(
            patterns=ROOT / "patterns",
            policies=STARTER,
            embedder=embedder,
            location=Location(),
        )
        kb.sync()
        for mode in args.mode or MODES:
            if mode == "keyword" and rows and any(r[1] == "keyword" for r in rows):
                continue  # the keyword mode does not depend on the embedder
            result = {split: evaluate(kb, c, mode, args.misses) for split, c in cases.items()}
            rows.append((name if mode != "keyword" else "-", mode, result))
        with tempfile.TemporaryDirectory() as tmp:
            starter, _ = build_time(embedder, ROOT / "patterns")
            synthetic(Path(tmp), args.synthetic)
            big, embedded = build_time(embedder, Path(tmp))
        print(
            f"{name}: model load {load * 1000:.0f} ms; index build: starter set "
            f"{starter * 1000:.0f} ms, {embedded} documents {big * 1000:.0f} ms"
        )
        kb.close()

    head = f"{'embedder':<14}{'mode':<9}"
    for split in splits:
        head += f"{split + ' top1':>14}{'top3':>8}"
    print("\n" + head + f"{'median ms':>11}")
    for name, mode, result in rows:
        line = f"{name:<14}{mode:<9}"
        for split in splits:
            r = result[split]
            n = len(cases[split])
            line += f"{r['top1']:>8.0%} {round(r['top1'] * n):>2}/{n}{r['top3']:>8.0%}"
        ms = statistics.median(r["ms"] for r in result.values())
        print(line + f"{ms:>11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
