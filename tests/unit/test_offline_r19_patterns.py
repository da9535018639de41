"""The offline planner compiles its patterns once (:func:`dotop_nb.planner.offline.rx.rx`): a
second pass over the same requests in the same namespace compiles no pattern at all. Before rx,
the ``re`` module's 512-pattern cache could not hold the planner's working set, and every plan
recompiled about sixteen patterns the cache had dropped (benchmarks/planner.py gives the time)."""

from __future__ import annotations

import ast
import re
import re._compiler
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.evaluation import load_scenarios
from dotop_nb.planner import offline
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


_RE_CALLS = {
    "search",
    "match",
    "fullmatch",
    "findall",
    "finditer",
    "sub",
    "subn",
    "split",
    "compile",
}


def _cached(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    names = {ast.unparse(d.func if isinstance(d, ast.Call) else d) for d in fn.decorator_list}
    return bool(names & {"lru_cache", "functools.lru_cache", "cache", "functools.cache"})


def test_no_planner_function_compiles_through_the_re_cache() -> None:
    """The second-pass test above depends on which patterns the ``re`` cache happens to hold (CI
    once caught one a local run did not): this reads the source instead, so an inline
    ``re.search(r"…", text)`` in any planner function fails here whatever the test order."""
    root = Path(offline.__file__).parent.parent  # dotop_nb/planner
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) or _cached(fn):
                continue
            for node in ast.walk(fn):
                call = node.func if isinstance(node, ast.Call) else None
                if (
                    isinstance(call, ast.Attribute)
                    and isinstance(call.value, ast.Name)
                    and call.value.id == "re"
                    and call.attr in _RE_CALLS
                ):
                    found.append(f"{path.relative_to(root)}:{node.lineno} re.{call.attr}")
    assert not found, f"use rx(pattern, flags).{{search,…}} instead of re.*: {sorted(set(found))}"
