"""The offline planner compiles its patterns once (:func:`dotop_nb.planner.offline.rx.rx`): a
second pass over the same requests in the same namespace compiles no pattern at all. Before rx,
the ``re`` module's 512-pattern cache could not hold the planner's working set, and every plan
recompiled about sixteen patterns the cache had dropped (benchmarks/planner.py gives the time)."""

from __future__ import annotations

import re
import re._compiler
from collections import Counter
from typing import Any

import pytest

from dotop_nb.evaluation import load_scenarios
from dotop_nb.planner.offline import OfflinePlanner
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanRequest
from dotop_nb.service import Operator


def _plan_all(shop: Operator, intents: list[str]) -> None:
    planner = OfflinePlanner()
    capabilities = shop.gateway.capabilities()
    for intent in intents:
        planner.plan(PlanRequest(intent, "shop", capabilities=capabilities), shop.gateway.reader())


def test_a_second_pass_compiles_no_pattern(shop: Operator, monkeypatch: pytest.MonkeyPatch) -> None:
    cases = load_scenarios()
    # A spread over the whole corpus (every category), the way the benchmark samples it.
    intents = [cases[i].intent for i in range(0, len(cases), max(1, len(cases) // 120))]
    _plan_all(shop, intents)  # the first pass compiles what the planner needs
    compiled: Counter[str] = Counter()
    original = re._compiler.compile

    def counting(pattern: Any, flags: int = 0) -> Any:
        compiled[str(pattern)[:80]] += 1
        return original(pattern, flags)

    monkeypatch.setattr(re._compiler, "compile", counting)
    _plan_all(shop, intents)
    assert not compiled, f"patterns compiled again at plan time: {compiled.most_common(5)}"


def test_rx_returns_the_same_compiled_pattern_per_pattern_and_flags() -> None:
    first = rx(r"\bscale\s+(\d+)", re.I)
    assert rx(r"\bscale\s+(\d+)", re.I) is first
    assert rx(r"\bscale\s+(\d+)") is not first  # other flags: another pattern
    assert first.flags & re.I
    assert rx(first) is first  # a compiled pattern passes through
    match = first.search("Scale 3")
    assert match is not None
    assert match[1] == "3"
