"""Round 18, helper voice (attack20): lines that carry an order's words but are not the
speaker's order to the tool, read by one grammar per shape.

The shapes: (1) a LABEL before a colon that files the words as something else — an item named
by a letter or a numeral ("Scenario C:", "Option B:"), an item's status after its id ("Step 4
done:"), a bare note or answer ("Notes:", "A:"),
a plan B ("Fallback:"), a fix or a runbook quoted ("the workaround:", "in our prod runbook:"),
a report in the past tense ("Handover: bounced payments"); (2) a CLOSING CLAUSE that holds the
order, hands it to someone else or points to another record ("— hold off", "— Dana's on it",
"— leave it to Sam", "— tracked in CHG-77", "(not yet)"); (3) READINESS ("we're ready to …",
"queued:", "in the wings:"); (4) a NAME ADDRESSED with a comma or a dash ("Dana, roll back
checkout"). The nearest orders still plan: a go-ahead label ("Agreed:", "Green light:",
"Resolution:"), a step being done ("Step 4:", "lab 7:"), a ticket or an action label, a
closing clause about something else, a filler before a comma ("Then, …", "Cool, …")."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "Scenario C: restart payments",
        "Option B: scale worker to 0",
        "Step 4 done: restart worker",
        "Task 7 closed: scale orders to 1",
        "Item 2 skipped: restart frontend",
        "Notes: scale frontend to 6",
        "Fallback: roll back checkout",
        "Plan B: scale payments to 0",
        "the workaround: restart payments",
        "in our prod runbook: scale worker to 0",
        "Handover: bounced payments and scaled worker to 2",
        "Incident log 02:40: scaled orders to 1",
        "load experiment: scale frontend to 1",
        "Example 2: restart payments",
        "Case B: scale worker to 0",
    ],
)
def test_a_label_that_files_the_words_as_no_order_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments — hold off",
        "scale orders to 1 (not yet)",
        "roll back checkout — wait for the DBA",
        "restart frontend — Dana's on it",
        "scale worker to 0 — Tom is doing it",
        "scale my-api to 5; Alex will handle it",
        "restart payments — leave it to Sam",
        "scale orders to 2 — over to the on-call",
        "restart worker — duplicate of OPS-12",
        "scale frontend to 6 — tracked in CHG-77",
        "restart payments (hold)",
        "Restart worker [do not run]",
        "scale payments to 0 — Ravi has got it",
        "restart payments — Sam will take care of it",
        "scale worker to 0 — ops are on it",
        "restart payments — ask Sam",
        "restart payments — Priya reviewing",
        "restart payments — the on-call will do it",
        "scale worker to 0 - hold",
    ],
)
def test_a_closing_clause_that_holds_or_hands_it_over_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "we're ready to restart payments",
        "standby: roll back checkout",
        "queued: scale my-api to 6",
        "lined up: restart orders",
        "teeing up: scale worker to 0",
        "prepped: restart frontend",
        "in the wings: scale payments to 0",
        "getting ready to roll back checkout",
        "staged: scale orders to 1",
        "all prepared to scale worker to 0",
    ],
)
def test_readiness_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "who"),
    [
        ("Dana, roll back checkout", "Dana"),
        ("Tom - restart frontend", "Tom"),
        ("Ravi — scale worker to 0", "Ravi"),
        ("Alex, bounce payments", "Alex"),
        ("Maria, set LOG_LEVEL=debug on my-api", "Maria"),
        ("Kim - delete the worker deployment", "Kim"),
        ("Jo, scale orders to 1", "Jo"),
        ("Lee — update checkout to 1.1.0", "Lee"),
        ("Omar, restart the worker pods", "Omar"),
        ("Nina, roll my-api back", "Nina"),
    ],
)
def test_a_name_addressed_with_a_comma_or_a_dash_is_asked(
    shop: Operator, intent: str, who: str
) -> None:
    assert who in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("Agreed: scale my-api to 4", '"replicas": 4'),
        ("Greenlit: restart payments", "payments"),
        ("Go-ahead: scale orders to 3", '"replicas": 3'),
        ("Signed off: restart frontend", "frontend"),
        ("Confirmed: scale my-api to 3", '"replicas": 3'),
        ("Final: restart worker", "worker"),
        ("Green light: scale frontend to 4", '"replicas": 4'),
        ("Authorized: restart payments", "payments"),
        ("Verdict: scale my-api to 4", '"replicas": 4'),
        ("LGTM: restart payments", "payments"),
        ("OK: restart orders", "orders"),
        ("Decision: scale my-api to 4", '"replicas": 4'),
    ],
)
def test_a_go_ahead_label_gives_the_order(shop: Operator, intent: str, said: str) -> None:
    assert said in plans(shop, intent)[1]


@pytest.mark.parametrize(
    "intent",
    [
        "Step 4: restart worker",
        "Step 2 — restart worker",
        "lab 7: scale frontend to 4",
        "Exercise 3b: scale frontend to 4",
        "Ticket OPS-1: scale orders to 3",
        "Action: restart frontend",
        "Request: restart payments",
        "TODO: scale my-api to 4",
        "Change: scale frontend to 4",
        "Fix: restart worker",
        "update the orders app container to ghcr.io/acme/orders:1.1.0 — leave envoy alone",
        "scale worker to 0, Oban keeps the jobs until I bring it back",
        "restart payments, Sam will check the logs afterwards",
        "restart orders — the queue is stuck",
        "restart payments (after the deploy)",
        "Then, restart payments",
        "Ok, restart payments",
        "Cool, restart payments",
        "Instead, scale worker to 2",
        "Go-live prep: scale checkout to 4",
        "Note for the next shift: restart worker at 05:00",
        "restart payments — now",
        "scale worker to 0 — owner: Sam",
        "restart payments, then scale worker to 2",
        "Approved by CAB: restart payments",
        "Decided in standup: scale my-api to 4",
    ],
)
def test_the_nearest_orders_still_plan(shop: Operator, intent: str) -> None:
    plans(shop, intent)
