"""Round 33, helper fixa: older readings the merge of round 33 broke, mended at the root.

- a37a's ``observed.only_seen`` read a bare count with a moment that may lie ahead ("worker: 5
  replicas tonight", round 29: the count to run, and when) and a metric's word with a bare number
  ("payments heap 1.5", round 13: a setting's value, asked by the version guard) as what is seen;
  and ran on a ticket's section ("DoD: payments at 4 replicas", round 16: asked for its label);
- a37a's dropped head of what a workload holds took the count a judgement is made against
  ("frontend runs 3 replicas; two are enough", round 20: the count wanted);
- a37b's budget said to stay with no colon left the order beside a change that may be the
  budget's own ("set minimum healthy percent to 50 on orders; the PDB stays", round 16: asked).
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import observed
from dotop_nb.service import Operator
from tests.memory import asks, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

_NAMES = frozenset({"my-api", "frontend", "payments", "worker", "orders"})


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("worker: 5 replicas tonight", "scale deployment/worker in shop to 5 replicas", "tonight"),
        ("worker 5 replicas tonight", "scale deployment/worker in shop to 5 replicas", "tonight"),
        ("worker, 5 replicas tonight", "scale deployment/worker in shop to 5 replicas", "tonight"),
        ("my-api: 3 pods now", "scale deployment/my-api in shop to 3 replicas", None),
        ("frontend: 4 replicas now", "scale deployment/frontend in shop to 4 replicas", None),
    ],
)
def test_a_bare_count_with_a_moment_ahead_is_the_order(
    op: Operator, intent: str, summary: str, awaits: str | None
) -> None:
    planned, waits = summaries_and_awaits(op, intent)
    assert planned == [summary]
    assert (awaits or "") in (waits or "")
    if awaits is None:
        assert not waits


def test_only_seen_leaves_a_count_ahead_and_a_settings_value() -> None:
    assert observed.only_seen("worker: 5 replicas tonight", _NAMES) is None
    assert observed.only_seen("my-api, 3 pods now", _NAMES) is None
    assert observed.only_seen("payments heap 1.5", _NAMES) is None
    assert observed.only_seen("worker queue: 1200", _NAMES) is None
    # Near misses: a count held, a load with its unit or moment, a factor stay seen.
    assert observed.only_seen("payments, running 5 pods", _NAMES) == "running 5 pods"
    assert observed.only_seen("my-api heap 80% now", _NAMES) == "heap 80% now"
    assert observed.only_seen("orders, load 3x", _NAMES) == "load 3x"
    assert observed.only_seen("my-api, 93% cpu", _NAMES) == "93% cpu"


@pytest.mark.parametrize(
    "intent", ["payments heap 1.5", "worker heap 1.2", "my-api heap 1.5", "frontend heap 2.0"]
)
def test_a_metric_word_with_a_bare_number_is_a_settings_value(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "after 'heap'" in question


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("DoD: payments at 4 replicas", "a label"),
        ("Definition of done: frontend at 4 replicas", "a label"),
        ("AC: payments at 4 replicas", "AC"),
        ("DoD: payments running 4 pods", "how things are"),
    ],
)
def test_a_ticket_section_keeps_its_question(op: Operator, intent: str, said: str) -> None:
    assert said in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    # Near misses: with no ticket's label, what is held alone is still seen.
    ["payments at 4 replicas", "payments running 4 pods", "worker, holds 5 replicas"],
)
def test_what_is_held_alone_is_still_seen(op: Operator, intent: str) -> None:
    assert "what is seen now" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("frontend runs 3 replicas; two are enough", "frontend in shop to 2 replicas"),
        ("frontend runs 3 pods; two would be enough", "frontend in shop to 2 replicas"),
        ("frontend is running 3 replicas; two are enough", "frontend in shop to 2 replicas"),
        # Near misses: a37a's head of what is held, then an order.
        ("payments at 2 replicas; scale it to 6", "payments in shop to 6 replicas"),
        ("frontend runs 3 replicas, scale it to 5", "frontend in shop to 5 replicas"),
    ],
)
def test_a_count_judged_enough_beside_the_count_held(
    op: Operator, intent: str, summary: str
) -> None:
    planned = summaries(op, intent)
    assert len(planned) == 1, planned
    assert summary in planned[0]


@pytest.mark.parametrize(
    "intent",
    [
        "set minimum healthy percent to 50 on orders; the PDB stays",
        "set minimum healthy percent to 50 on orders - PDB untouched",
        "set minimum healthy percent to 50 on orders (pdb stays)",
        "set min healthy percent 75 on checkout. No PDB changes.",
        "set maxUnavailable 1 on orders - PDB untouched",
        "let one pod of orders be down at a time, pdb stays",
    ],
)
def test_a_budget_kept_beside_a_change_that_may_be_its_own_asks(op: Operator, intent: str) -> None:
    assert not asks(op, intent).operations


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # Near misses (a37b): beside a count or a restart the budget kept leaves the order.
        ("scale orders to 4 - PDB untouched", "scale deployment/orders in shop to 4 replicas"),
        ("scale orders to 4; the PDB stays", "scale deployment/orders in shop to 4 replicas"),
        ("restart orders. No PDB changes.", "restart the pods of deployment/orders in shop"),
        ("min healthy percent 75 on checkout", "patch deployment/checkout in shop (strategic)"),
    ],
)
def test_a_budget_kept_beside_another_change_leaves_it(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]
