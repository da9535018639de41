"""Round 38, helper m44b: English shapes that are no order to the tool (attack44), as shapes.

- A greeted name with no mark before the order ("yo Jo restart my-api pls", "hey Dana restart
  worker"): said to that person (:mod:`dotop_nb.planner.offline.addressed`), asked; a greeting
  alone, the team or a word of the reader's ("hey bot …") still plans.
- A count wished as an opinion ("my-api at 4 replicas would be ideal", "4 replicas for my-api
  would be nice"): asked; "…, that would be great" after an order plans.
- Advice asked ("would you restart my-api if you were me?", "in my shoes would you …"):
  asked.
- Pledges and plans told of ("I told the team I'd scale my-api to 6", "Bob said he'd handle
  restarting my-api"), a change agreed at a meeting or a past time ("we agreed in standup to
  scale my-api to 6"), a plan said in Jamaican Creole ("dem a go restart my-api later", "Priya
  fi scale my-api to 6 tomorrow"): asked (:mod:`dotop_nb.planner.offline.pledges`); "we agreed
  to restart payments at 05:00" still waits on its time.
- A part kept said as "the <Kind> of <name>" beside a delete ("get rid of payments; the
  Service of payments is staying"): the plan deletes the rest, never the kept part.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

RESTART_WORKER = "restart the pods of deployment/worker in shop"


def _scale(name: str, n: int) -> str:
    return f"scale deployment/{name} in shop to {n} replicas"


# (1) A greeted name with no mark before the order.
@pytest.mark.parametrize(
    "intent",
    [
        "yo Kemi restart frontend pls",
        "hey Dana restart worker",
        "hi Kemi scale orders to 3 please",
        "yo Marcus bounce checkout",
        "hey Sam scale payments to 5 thx",
        "morning Ana restart orders",
        "hey bob scale worker to 2",
        "hello Wei please restart payments",
    ],
)
def test_greeted_name_without_mark_is_asked(op: Operator, intent: str) -> None:
    assert "addressed to" in asks(op, intent).question


@pytest.mark.parametrize(
    "intent",
    [
        "yo, restart worker pls",
        "hey restart worker please",
        "hey team restart worker",
        "hi there restart worker",
        "hey bot restart worker",
        "ok lastly restart worker",
        "ok so restart worker",
        "hey all restart worker",
        "yo please restart worker",
    ],
)
def test_greeting_alone_or_reader_plans(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [RESTART_WORKER]


# (2) A count wished as an opinion.
@pytest.mark.parametrize(
    "intent",
    [
        "checkout at 6 replicas would be ideal",
        "worker at 3 pods would be nice",
        "frontend on 5 replicas would be great",
        "orders with 4 replicas would be perfect",
        "4 replicas for my-api would be ideal",
        "having 6 replicas on payments would be ideal",
        "worker running 2 replicas would be best",
        "payments at two replicas would be really nice tbh",
    ],
)
def test_count_wished_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("scale my-api to 4, that would be ideal", [_scale("my-api", 4)]),
        ("scale worker to 5, that'd be great", [_scale("worker", 5)]),
        ("my-api at 4 replicas would be ideal, scale it now", [_scale("my-api", 4)]),
    ],
)
def test_order_with_praise_plans(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


# (3) Advice asked.
@pytest.mark.parametrize(
    "intent",
    [
        "would you restart worker if you were me?",
        "would you scale orders to 6 if you were me?",
        "would you restart checkout in my position?",
        "in my shoes would you restart orders?",
        "would you restart payments if you were in my shoes",
    ],
)
def test_advice_asked_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


def test_would_you_alone_plans(op: Operator) -> None:
    assert summaries(op, "would you restart worker?") == [RESTART_WORKER]


# (4) Pledges, plans agreed, Jamaican plans.
@pytest.mark.parametrize(
    "intent",
    [
        "I told the team I'd scale frontend to 7",
        "I told Kemi I'd restart worker later",
        "I said I'd restart worker",
        "Bob said he'd handle restarting worker",
        "Dana said she'd take care of scaling orders to 5",
        "we agreed in standup to scale checkout to 2",
        "we agreed yesterday to restart worker",
        "we decided in the retro to scale orders to 3",
        "in standup we agreed to restart worker",
        "we all agreed at the sync to scale payments to 2",
        "Priya fi scale frontend to 7 tomorrow",
        "Kemi fi restart worker",
        "dem a go restart worker later",
        "dem a go scale orders to 4",
        "me a go restart payments later",
    ],
)
def test_pledge_or_plan_told_of_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


def test_agreed_with_its_time_still_waits(op: Operator) -> None:
    planned, awaits = summaries_and_awaits(op, "We agreed to restart payments at 05:00")
    assert planned == ["restart the pods of deployment/payments in shop"]
    assert "05:00" in awaits


# (5) A kept part said "the <Kind> of <name>".
@pytest.mark.parametrize(
    ("intent", "kept"),
    [
        ("get rid of payments; the Service of payments is staying", "Service/payments"),
        ("delete payments; the Service of payments is staying", "Service/payments"),
        ("remove payments, keep the Service of payments", "Service/payments"),
        ("get rid of payments; the ConfigMap of payments is staying", "ConfigMap/payments-config"),
    ],
)
def test_kind_of_name_kept_is_honoured(op: Operator, intent: str, kept: str) -> None:
    gone = deletes(op, intent)
    assert "Deployment/payments" in gone
    assert kept not in gone
