"""Round 43, helper a43: known misreadings of the offline planner mended (issue 11).

- An opener word nothing reads before a clear order ("xyzzy restart worker", "nitpick:
  restart worker") is asked; a greeting, an urging word or a name with a comma keeps its reading.
- A "please" or an insisting word of another tongue before a negation and the verb ("mi
  raccomando non restart worker") is asked, as after a thanks or a greeting.
- "worker needs three pods, and orders too": never only orders scaled.
- "restart my-api, Sam should change LOG_LEVEL to debug": Sam's change is never planned.
- "put worker to 3.5": a count that is not a whole one, or a version; asked, never a tag.
- "remove payments-config, payments doesn't stay": asked, never payments' whole stack deleted.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


# (1) An unread opener word.
@pytest.mark.parametrize(
    ("intent", "word"),
    [
        ("xyzzy restart worker", "xyzzy"),
        ("nitpick: restart worker", "nitpick"),
        ("kthx scale worker to 4", "kthx"),
    ],
)
def test_an_unread_opener_before_an_order_is_asked(op: Operator, intent: str, word: str) -> None:
    assert word in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    ["hey restart worker", "yalla restart worker", "pls restart worker", "restart worker"],
)
def test_a_known_opener_keeps_the_order(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == summaries(op, "restart worker")


def test_a_name_with_a_comma_is_still_an_address(op: Operator) -> None:
    assert "addressed to Bob" in (asks(op, "Bob, restart worker").question or "")


# (2) A "please" or an insisting word before a foreign negation.
@pytest.mark.parametrize(
    "intent",
    [
        "mi raccomando non restart worker",
        "mi raccomando, non scale worker to 3",
        "per favore non restart worker",
    ],
)
def test_an_insisting_word_before_a_foreign_no_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_an_insisting_word_alone_keeps_the_order(op: Operator) -> None:
    assert summaries(op, "mi raccomando restart worker") == summaries(op, "restart worker")


# (4) Two workloads, the change said of both.
def test_a_change_said_of_two_workloads_is_never_made_for_one(op: Operator) -> None:
    question = asks(op, "worker needs three pods, and orders too").question or ""
    assert "worker" in question
    assert "orders" in question


# (5) Another person's task.
def test_a_named_persons_task_is_not_planned(op: Operator) -> None:
    question = asks(op, "restart my-api, Sam should change LOG_LEVEL to debug").question or ""
    assert "Sam's task" in question


def test_a_clause_opened_by_then_is_no_persons_task(op: Operator) -> None:
    assert summaries(op, "restart my-api. Then we should check the logs")


# (6) A fractional count after "put … to".
@pytest.mark.parametrize("intent", ["put worker to 3.5", "take worker to 2.5"])
def test_a_fraction_after_put_to_is_asked(op: Operator, intent: str) -> None:
    assert "not a whole number" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("put worker to 3", "replicas"),
        ("take orders to 1.3.0", "1.3.0"),
        ("put worker on 3.5", "3.5"),
    ],
)
def test_whole_counts_and_versions_keep_their_reading(op: Operator, intent: str, said: str) -> None:
    assert any(said in s for s in summaries(op, intent)), summaries(op, intent)


# (8) A workload said not to stay beside a delete.
def test_a_workload_said_not_to_stay_beside_a_delete_is_asked(op: Operator) -> None:
    asks(op, "remove payments-config, payments doesn't stay")
