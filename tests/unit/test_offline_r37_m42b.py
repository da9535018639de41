"""Round 37, helper m42b: attack42's shapes of another's act, a question without "?" and a wish
taken back, each planned as an order on main (unsafe).

- Another person's plan or promise said with a contraction ("Bob'll restart my-api", "the
  on-call's going to scale orders to 8", "our SRE'll restart orders"), a verb of promising
  ("Dana promised to scale my-api to 3"), a told-me ("my manager told me he would scale frontend
  to 4", "Frank said he'd restart orders after lunch", "alice says she'll bounce worker"), or a
  PR's or a ticket's change ("Eve's PR scales my-api to 3", "the ticket asks Carol to scale
  frontend to 8"): :mod:`dotop_nb.planner.offline.hearsay` and, clause by clause,
  :mod:`dotop_nb.planner.offline.roles` ask.
- The listener's opinion asked without "?" ("do you think orders needs 7 replicas", "reckon
  frontend could use 4 replicas", "think worker needs 9 replicas", "you think restarting my-api
  is a good idea", "I'm asking whether orders should run 9 replicas"): a question frame of
  :mod:`dotop_nb.planner.offline.moods`. "I think …" (the speaker's own word) and "do you think
  you could …" (a polite request) still plan.
- A past wish taken back by how things are now ("I wanted to restart orders but it's fine now",
  "we meant to bounce worker, but it recovered"): :mod:`dotop_nb.planner.offline.noorder`'s
  plan given up.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

RESTART_ORDERS = "restart the pods of deployment/orders in shop"


def _scale(name: str, n: int) -> str:
    return f"scale deployment/{name} in shop to {n} replicas"


# (1) Another person's act, promise or plan, or a PR's or ticket's change.
@pytest.mark.parametrize(
    "intent",
    [
        "Bob'll restart my-api",
        "Alice'll bounce worker",
        "our SRE'll restart orders",
        "the on-call's going to scale orders to 8!",
        "Bob's going to scale worker to 5",
        "carol's gonna roll back payments",
        "Dana promised to scale my-api to 3",
        "the on-call promised to scale frontend to 6 please",
        "bob offered to restart payments",
        "my manager told me he would scale frontend to 4",
        "my lead told us she'd restart worker",
        "Frank said he'd restart orders after lunch.",
        "alice says she'll bounce worker",
        "Eve's PR scales my-api to 3",
        "bob's MR restarts worker",
        "the ticket asks Carol to scale frontend to 8",
        "Bob'll restart my-api, scale worker to 3",
        "scale worker to 3 and our SRE'll restart orders",
    ],
)
def test_another_persons_act_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("we'll restart orders", [RESTART_ORDERS]),
        ("let's scale frontend to 4", [_scale("frontend", 4)]),
        ("scale worker to 5, bob's going to check it", [_scale("worker", 5)]),
        ("please scale worker to 5, my manager told me to", [_scale("worker", 5)]),
    ],
)
def test_own_order_beside_another_person_plans(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


# (2) A question without its question mark.
@pytest.mark.parametrize(
    "intent",
    [
        "do you think orders needs 7 replicas",
        "do you reckon payments needs 5 replicas.",
        "reckon frontend could use 4 replicas",
        "think worker needs 9 replicas",
        "you think restarting my-api is a good idea",
        "do you feel my-api should be at 3",
        "I'm asking whether orders should run 9 replicas",
        "we're wondering if worker should run 6 replicas",
        "don't you think cache should restart",
    ],
)
def test_question_without_mark_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("I think orders needs 7 replicas", [_scale("orders", 7)]),
        ("do you think you could restart orders", [RESTART_ORDERS]),
        ("I'm asking you to scale orders to 9", [_scale("orders", 9)]),
    ],
)
def test_own_word_or_polite_request_plans(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


# (3) A past wish taken back.
@pytest.mark.parametrize(
    "intent",
    [
        "I wanted to restart orders but it's fine now",
        "I wanted to scale frontend to 6 but it's fine now",
        "we meant to bounce worker, but it recovered",
        "I'd planned to scale payments to 5 but no need",
        "I wanted to restart my-api but it's all good now 🙏",
    ],
)
def test_wish_taken_back_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("I wanted to restart orders, please do it now", [RESTART_ORDERS]),
        ("I wanted to restart orders but it's still crashing, please do it", [RESTART_ORDERS]),
    ],
)
def test_wish_still_wanted_plans(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned
