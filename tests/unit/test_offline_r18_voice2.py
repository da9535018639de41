"""Round 18, helper voice2 (attack21): lines that carry an order's words but are not yet the
speaker's go-ahead to the tool, read by the grammars that own each shape.

The shapes: (1) a GO-AHEAD LABEL that is qualified, only asked for or not given ("Provisionally
approved:", "Sign-off requested:", "Approved, pending Dana:", "Go or no-go:", "Fix [blocked]:")
or asked ("Approved? …"); (2) a CLOSING CLAUSE that holds the order or hands it over ("— Dana is
already on it", "— closing as dupe", "\u2013 hold until Dana confirms", "… and then wait for
Priya"); (3) ANOTHER PERSON addressed with no mark, in the third person or after the order
("Dana roll back …", "Priya should …", "…, Dana", "… please Wei"); (4) READINESS ("poised to",
"all set to", "On my list:", "Ready for review:", "staged rollback of …"); (5) a LABEL that
files it ("Option 2)", "Proposed resolution:", "Email subject:", "Outage log:"). The nearest
orders still plan: a plain go-ahead ("Approved:", "Approved? Yes:"), a wait for the change
itself, a manner before the verb ("Hard restart …"), a sign-off ("Thanks, Dana"), a go-ahead
after readiness ("…, go ahead", "Ready to go:"), a lab's step."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# A go-ahead label qualified, only asked for or not given: asked, nothing planned.
@pytest.mark.parametrize(
    "intent",
    [
        "Provisionally approved: scale orders to 2",
        "Sign-off requested from CAB: restart frontend",
        "Approved, pending Dana: roll back checkout",
        "Agreed in principle: scale frontend to 4",
        "Approval still outstanding: restart orders",
        "Go or no-go: restart checkout",
        "Fix [blocked]: restart my-api",
        "Approved by no one yet: scale worker to 1",
    ],
)
def test_a_qualified_go_ahead_label_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A go-ahead asked at the head: asked, nothing planned.
@pytest.mark.parametrize(
    "intent",
    [
        "Approved? scale orders to 2",
        "OK? restart frontend",
        "green light? roll back checkout",
    ],
)
def test_a_go_ahead_asked_at_the_head_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A closing clause that holds the order or hands it over: asked, nothing planned.
@pytest.mark.parametrize(
    "intent",
    [
        "scale orders to 2 — Dana is already on it",
        "restart frontend — closing as dupe",
        "roll back checkout \u2013 hold until Dana confirms",
        "restart orders and then wait for Priya",
        "scale frontend to 4, hold for the DBA to sign off",
    ],
)
def test_a_closing_hold_or_owner_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A person addressed without a mark, in the third person or after the order: asked, nothing planned.
@pytest.mark.parametrize(
    "intent",
    [
        "Dana roll back checkout to the previous revision",
        "Priya should restart orders",
        "Wei has to scale frontend to 4",
        "restart orders, Dana",
        "roll back checkout please Wei",
    ],
)
def test_an_order_to_another_person_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# Readiness: asked, nothing planned.
@pytest.mark.parametrize(
    "intent",
    [
        "poised to scale orders to 2",
        "All set to restart frontend",
        "Gearing up to roll back checkout",
        "On my list: restart orders",
        "Ready for review: scale frontend to 4",
        "staged rollback of checkout",
    ],
)
def test_readiness_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A label that files the words as a case, a proposal, a subject or notes: asked, nothing planned.
@pytest.mark.parametrize(
    "intent",
    [
        "Option 2) scale orders to 2",
        "Proposed resolution: restart frontend",
        "Email subject: roll back checkout",
        "Outage log: scale orders to 1",
    ],
)
def test_a_filing_label_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A change told done in one word after a dash: a report, asked.
@pytest.mark.parametrize(
    "intent",
    ["orders \u2014 bounced", "frontend to 4 \u2014 scaled", "restart checkout, restarted already"],
)
def test_a_change_told_done_after_it_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# The nearest orders: still planned.
@pytest.mark.parametrize(
    "intent",
    [
        "Approved: restart frontend",
        "Approved by CAB: scale orders to 3",
        "Action required: restart orders",
        "Approved? Yes: restart frontend",
        "restart orders and wait for it to come up",
        "scale worker to 2 and wait for the rollout",
        "Hard restart orders",
        "restart orders. Thanks, Dana",
        "restart orders, please",
        "Ready to go: restart frontend",
        "standing by to restart orders, go ahead",
        "Resolution: restart frontend",
        "lab 3: restart frontend",
        "Then restart orders",
        "Orders should run 3 replicas",
        "restart orders, thanks",
        "Full restart of frontend",
        "Last deploy of checkout has to be undone, the previous one was fine",
        "Instructions: restart orders",
        "restart orders \u2014 restarted pods keep crashing",
        "Directions: roll back checkout",
        "Operations: scale frontend to 4",
    ],
)
def test_the_nearest_orders_still_plan(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert proposal.operations
