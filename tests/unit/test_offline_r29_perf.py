"""Round 29 (perf): the pure readings of the words kept for the length of one plan
(:mod:`dotop_nb.planner.offline.memo`). The timings are figures of ``benchmarks/planner.py``;
these tests check that a kept answer is the answer, and that nothing is kept outside a plan or
between plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from dotop_nb.planner.offline import memo, statements, understand
from tests.memory import shop_operator


def _counted() -> tuple[list[str], object]:
    calls: list[str] = []

    @memo.per_plan
    def read(text: str, *, loud: bool = False) -> str:
        calls.append(text)
        return text.upper() if loud else text

    return calls, read


def test_outside_a_plan_every_call_is_made() -> None:
    calls, read = _counted()
    read("a")  # type: ignore[operator]
    read("a")  # type: ignore[operator]
    assert calls == ["a", "a"]


def test_inside_a_plan_a_repeated_call_is_answered_once() -> None:
    calls, read = _counted()
    with memo.plan_scope():
        assert read("a") == "a"  # type: ignore[operator]
        assert read("a") == "a"  # type: ignore[operator]
        assert read("a", loud=True) == "A"  # type: ignore[operator]
        assert read("b") == "b"  # type: ignore[operator]
        with memo.plan_scope():  # a plan inside a plan shares the outer one's answers
            assert read("a") == "a"  # type: ignore[operator]
    assert calls == ["a", "a", "b"]


def test_nothing_is_kept_between_plans() -> None:
    calls, read = _counted()
    with memo.plan_scope():
        read("a")  # type: ignore[operator]
    with memo.plan_scope():
        read("a")  # type: ignore[operator]
    read("a")  # type: ignore[operator]
    assert calls == ["a", "a", "a"]


def test_an_exception_is_raised_again_not_kept() -> None:
    calls: list[str] = []

    @memo.per_plan
    def fails(text: str) -> str:
        calls.append(text)
        raise ValueError(text)

    with memo.plan_scope():
        for _ in range(2):
            with pytest.raises(ValueError):
                fails("x")
    assert calls == ["x", "x"]


_CLAUSES = (
    "frontend has 2 replicas",
    "1.1.0 is broken",
    "the node has 16 cores",
    "scale my-api to 5",
    "checkout 1.1.0 throwing 500s since the deploy",
    "two are enough",
    "update checkout, 1.1.0 is broken, to 1.1.1",
    "my-api is burning its error budget at 6x, scale it to 5",
    "restart my-api, payments-config has PROVIDER=adyen",
)


@pytest.mark.parametrize("text", _CLAUSES)
def test_the_kept_readings_are_the_readings(text: str) -> None:
    wanted = (
        statements.stating.__wrapped__(text),  # type: ignore[attr-defined]
        statements.fact.__wrapped__(text),  # type: ignore[attr-defined]
        statements.facts_blanked.__wrapped__(text),  # type: ignore[attr-defined]
        statements.masked.__wrapped__(text),  # type: ignore[attr-defined]
        understand.read.__wrapped__(text),  # type: ignore[attr-defined]
    )
    with memo.plan_scope():
        for _ in range(2):
            got = (
                statements.stating(text),
                statements.fact(text),
                statements.facts_blanked(text),
                statements.masked(text),
                understand.read(text),
            )
            assert got == wanted


@pytest.mark.parametrize(
    "intent",
    [
        "update checkout, 1.1.0 is broken, to 1.1.1",
        "scale my-api to 5, the node has 16 cores",
        "frontend runs 3 instances; two are enough",
        "restart my-api, frontend has 2 replicas",
        "my-api is burning its error budget at 6x",
    ],
)
def test_a_plan_is_the_same_planned_again(tmp_path: Path, intent: str) -> None:
    op = shop_operator(tmp_path)
    try:
        first = op.analyze(intent, namespace="shop")
        again = op.analyze(intent, namespace="shop")
    finally:
        op.close()
    assert (first.status, first.question, [o.summary() for o in first.operations]) == (
        again.status,
        again.question,
        [o.summary() for o in again.operations],
    )
