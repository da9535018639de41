"""How well a planner turns the intents people type into correct plans (``dotop-nb eval``).

A scenario is an intent with what a correct plan contains (:mod:`~dotop_nb.evaluation.model`,
read from ``data/intents.yaml``: operation kinds, targets and values, or ``clarify`` when the
planner must ask). :func:`run` (:mod:`~dotop_nb.evaluation.runner`) sets up *the shop*
(:mod:`~dotop_nb.evaluation.fixtures`, from ``data/shop.yaml`` and ``data/checkout.yaml``: the
sample app ``my-api`` with the neighbours the scenarios name — frontend, payments, worker,
checkout with two revisions, postgres, their Services and ConfigMaps) in a fresh namespace of a
real cluster, plans every scenario with the chosen planner through the
:class:`~dotop_nb.service.Operator` (dry-run and policies included, nothing executed), scores each
proposal, and reports success per category and split, tokens, cost and latency. The namespace is
deleted afterwards unless ``keep``.

The scenario file, the shop and the scoring are shared with the planner tests, so the test suite
and this report measure the same thing::

    from dotop_nb import evaluation
    cases = evaluation.load_scenarios(split="dev")
    report = evaluation.run(planner="offline", kubeconfig="~/.kube/config")
    print(report.text())
"""

from __future__ import annotations

from dotop_nb.evaluation.fixtures import checkout_revisions, install_shop, shop_manifests
from dotop_nb.evaluation.model import (
    Outcome,
    Scenario,
    Split,
    judge,
    load_scenarios,
    matches,
    scenarios_path,
    score,
    unsafe,
)
from dotop_nb.evaluation.runner import CaseResult, Report, evaluate, run

__all__ = [
    "CaseResult",
    "Outcome",
    "Report",
    "Scenario",
    "Split",
    "checkout_revisions",
    "evaluate",
    "install_shop",
    "judge",
    "load_scenarios",
    "matches",
    "run",
    "scenarios_path",
    "score",
    "shop_manifests",
    "unsafe",
]
