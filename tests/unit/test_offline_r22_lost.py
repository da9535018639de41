"""Round 22, helper lost: no part of a request is lost from the plan.

The shapes (black-box attack 24): (S18) a LIST joined another way than "and" ("worker, mailer",
"worker/mailer", "along with", "together with", "(and mailer)", "- also the mailer", ". also
mailer.", ". mailer too.") or after a kind word ("the cache deployment and mailer") with an item
that names nothing here, or a second ORDER no rule plans ("… and flush redis", "…, label it
tier=backend", "… and reload nginx"), or what the plan leaves ("… and its PVC", "… and
everything that uses it"): the plan did only the known part. Each is asked now; the nearest
lists of what is here still plan whole, and an order that only watches is said, not planned."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (S18) A list item that names nothing here, joined another way: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, mailer",
        "restart worker/mailer",
        "restart worker along with the mailer",
        "restart worker together with the mailer",
        "restart worker. also mailer.",
        "restart worker. mailer too.",
        "restart worker (and mailer)",
        "restart worker - also the mailer",
        "update frontend and mailer to 1.2.0",
        "set image of frontend to ghcr.io/acme/frontend:1.2.0 and mailer to "
        "ghcr.io/acme/mailer:2.0",
        "delete cache deployment and mailer",
        # our own phrasings
        "bounce payments/ledger",
        "restart orders together with the billing daemon",
        "restart frontend. also the notifier.",
        "scale the worker deployment and scheduler to 3",
        "bump checkout and invoicer to 1.4.0",
        "restart payments (plus the ledger)",
    ],
)
def test_a_list_item_joined_another_way_that_names_nothing_here_is_asked(
    op: Operator, intent: str
) -> None:
    assert "Say the rest alone" in (asks(op, intent).question or "")


# (S18) A second order no rule plans, or what the plan leaves: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "delete cache deployment and its PVC",
        "delete the cache deployment and everything that uses it",
        "scale orders to 3 and flush redis",
        "scale orders to 3 and rotate the API keys",
        "scale orders to 3, label it tier=backend",
        "scale orders to 3 and annotate it owner=bob",
        "set orders-config QUEUE to high and reload nginx",
        # our own phrasings
        "restart worker and clear redis",
        "scale payments to 4, taint it dedicated=pay",
        "delete worker and whatever depends on it",
        "delete the orders deployment and its volumes",
        "set orders-config BATCH_SIZE to 50 and reindex the search",
    ],
)
def test_a_second_order_no_rule_plans_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# The nearest lists and chains still plan whole.
@pytest.mark.parametrize(
    ("intent", "count"),
    [
        ("restart worker and payments", 2),
        ("restart worker, payments", 2),
        ("restart worker and then scale payments to 4", 2),
        ("scale payments to 4, then restart worker", 2),
        ("scale payments to 4, restart worker", 2),
        ("set image of frontend to ghcr.io/acme/frontend:1.2.0 and restart worker", 2),
        ("update frontend and worker to 1.2.0", 2),
        ("set orders-config QUEUE to high and restart orders", 2),
        ("restart worker, thanks", 1),
        ("restart worker, quickly", 1),
        ("restart worker, it's stuck", 1),
        ("restart worker and its pods", 1),
    ],
)
def test_a_list_of_what_is_here_still_plans_whole(op: Operator, intent: str, count: int) -> None:
    proposal, _ = plans(op, intent)
    assert len(proposal.operations) == count


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("scale orders to 3 and check the logs", "check the logs"),
        ("set orders-config QUEUE to high and check the logs", "check the logs"),
    ],
)
def test_an_order_that_only_watches_is_planned_without_it_and_said(
    op: Operator, intent: str, said: str
) -> None:
    proposal, _ = plans(op, intent)
    assert len(proposal.operations) == 1
    assert said in proposal.analysis


# (S17) A time or a condition said another way: carried as the plan's awaits (only a person's
# approval runs it), or asked; never planned to run now.
@pytest.mark.parametrize(
    "intent",
    [
        "restart worker a las tres",
        "restart worker après la fermeture",
        "restart worker después del cierre",
        "restart worker après le backup",
        "restart worker end of sprint",
        "restart worker in the next change window",
        "restart worker next change window",
        "restart worker in CHG0012345's window",
        "restart worker on the next rollout",
        "restart worker on D-day",
        "restart worker EOQ",
        "restart worker on cue",
        "restart worker on request",
        "restart worker on green",
        "restart worker with Bob's OK",
        "restart worker with approval",
        "restart worker with CAB approval",
        "scale payments to 4 subject to approval by Bob",
        "check with Bob, then scale payments to 4",
        "restart worker barring objections",
        "restart worker barring any issues",
        "restart worker, Bob permitting",
        "restart worker, weather permitting",
        "scale payments to 4 capacity permitting",
        "scale payments to 4 time permitting",
        "scale payments to 4 — weekend only",
        # ("… for the weekend" is a period: planned now and said to have no end, as
        # test_offline_r12_attack.py holds.)
        # our own phrasings
        "scale frontend to 3 a las cinco",
        "restart payments avant la fermeture",
        "restart orders at the end of the quarter",
        "scale orders to 2 during the upcoming maintenance window",
        "restart frontend on the next release",
        "restart worker with Alice's sign-off",
        "restart payments with manager approval",
        "restart orders Alice permitting",
        "scale frontend to 3 weekends only",
    ],
)
def test_a_time_or_condition_said_another_way_is_awaited_or_asked(
    op: Operator, intent: str
) -> None:
    proposal = op.analyze(intent, namespace="shop")
    if proposal.status == "needs_clarification":
        assert proposal.operations == []
    else:
        assert proposal.awaits, [o.summary() for o in proposal.operations]


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker",
        "restart worker with the new config",
        "restart worker on all pods",
        "scale payments to 4",
    ],
)
def test_the_plain_order_still_plans_now(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert not proposal.awaits
