"""``dotop-nb eval``: score a planner on the scenario suite against a real cluster.

Exit codes: 0 the suite ran (the report says how well the planner did); 2 a setting is missing or
wrong — e.g. ``--planner anthropic`` without ``ANTHROPIC_API_KEY`` — and nothing was touched;
10/20/21 the cluster could not be used (as for every command).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def _eval(args: argparse.Namespace) -> int:
    from dotop_nb import evaluation  # noqa: PLC0415 - the service and SDK load on use

    def progress(result: Any) -> None:
        if args.output == "text" and not args.quiet:
            mark = "·" if result.skipped else ("✓" if result.ok else "✗")
            print(
                f"{mark} [{result.scenario.split}/{result.scenario.category}] "
                f"{result.intent} ({result.seconds:.2f}s)",
                file=sys.stderr,
            )

    options = {
        "model": args.model,
        "max_turns": args.max_turns,
        "token_budget": args.token_budget,
    }
    report = evaluation.run(
        planner=args.planner,
        kubeconfig=args.kubeconfig,
        context=args.context,
        namespace=args.namespace,
        keep=args.keep,
        split=args.split,
        categories=args.category or (),
        scenarios=args.scenarios,
        planner_options={k: v for k, v in options.items() if v is not None},
        progress=progress,
        cassettes=Path(args.cassettes) if args.cassettes else None,
    )
    if args.output == "json":
        print(json.dumps(report.to_json(), indent=2))
    else:
        print(report.text())
    return 0


def register(sub: Any) -> None:
    """Add ``eval`` to the ``dotop-nb`` subcommands."""
    parser = sub.add_parser(
        "eval",
        help="score a planner on the scenario suite (a fresh namespace with the sample shop)",
        description="Plan every scenario (intent + expected operations) with the chosen planner "
        "against the sample shop in a new namespace, and report success per category, tokens "
        "and latency. Nothing is executed; the namespace is deleted afterwards unless --keep.",
    )
    parser.add_argument(
        "--planner",
        default="offline",
        choices=["offline", "anthropic", "hybrid", "auto"],
        help="planner to score (default offline; anthropic/hybrid need ANTHROPIC_API_KEY)",
    )
    parser.add_argument("--model", help="model id for the AI planner (default DOTOP_MODEL)")
    parser.add_argument("--max-turns", type=int, help="AI planner iteration cap per intent")
    parser.add_argument("--token-budget", type=int, help="AI planner tokens per intent")
    parser.add_argument(
        "--split",
        choices=["dev", "holdout", "blind", "all"],
        default="all",
        help="scenario half (blind: the held-out set of --scenarios blind or blind2)",
    )
    parser.add_argument(
        "--category", action="append", help="only this category (repeatable), e.g. scale"
    )
    parser.add_argument(
        "--scenarios",
        help="scenario file, or `blind` / `blind2` for a shipped held-out set "
        "(default: DOTOP_SCENARIOS or the built-in suite)",
    )
    parser.add_argument(
        "-n", "--namespace", help="namespace to create for the run (default dotop-eval-<random>)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the namespace afterwards")
    parser.add_argument(
        "--cassettes",
        metavar="DIR",
        help="record each AI planning run (requests and responses, Secret-free) into DIR, "
        "for tests to replay without a key",
    )
    parser.add_argument("--context", help="kubeconfig context (default: the current one)")
    parser.add_argument(
        "--kubeconfig", help="kubeconfig file (default: KUBECONFIG, ~/.kube/config)"
    )
    parser.add_argument("--output", choices=["text", "json"], default="text")
    parser.add_argument("-q", "--quiet", action="store_true", help="no per-intent progress")
    parser.set_defaults(func=_eval)
