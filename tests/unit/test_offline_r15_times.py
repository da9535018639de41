"""Round 15, helper times: one grammar of a wait, the words of a wait kept as sent, going back.

- a wait is a connective and what it waits for (timewords.WAIT): a time ("at 08:00 tomorrow",
  "on 2026-12-15", "in tonight's 23:00 window", "tonight" alone) or an event said as a noun
  phrase with what makes it hold ("after the 02:00 patch drop goes live", "once CHG-20570 is
  approved"), perhaps with its time beside it ("on the decommission date, 2026-12-15"); its
  clock time, date or ticket id is its own number, never a quantity of the plan;
- a deletion waits too, but only on a wait by that grammar said after it whose moment is a
  calendar date or a change ticket ("at 23:00": which day? "after the migration": asked);
- awaits are the words as sent: a reader's rewrite ("firewall" read as "network policy") never
  reaches them (waits.as_sent);
- going back (timewords.GOING_BACK): the version before however qualified ("the prior approved
  version"), a change backed out by its ticket, its way back invoked ("invoke the back-out
  plan") — a back-out plan written or reviewed is no order.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import timewords, waits
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        # an event named by its clock time, with what makes it hold
        ("after the 21:00 config push goes out, restart orders", "deployment/orders", "21:00"),
        ("scale worker to 4 once the 03:30 reindex job completes", "worker in shop to 4", "03:30"),
        (
            "scale checkout to 5 after the 02:00 patch drop goes live",
            "checkout in shop to 5",
            "02:00",
        ),
        # a clock time with its day, said after it
        ("scale checkout to 3 at 08:00 tomorrow", "checkout in shop to 3", "at 08:00 tomorrow"),
        ("bump orders to 6 replicas at 7pm tonight", "orders in shop to 6", "at 7pm tonight"),
        ("restart frontend at 05:30 tomorrow morning", "deployment/frontend", "05:30 tomorrow"),
        # an event said as a noun phrase of any length
        (
            "cut worker to 0 after the end-of-month ledger close completes",
            "worker in shop to 0",
            "ledger close",
        ),
        ("restart payments once OPS-4412 is approved", "deployment/payments", "OPS-4412"),
        # a window said as a slot, by its clock times
        ("scale worker to 2 in the 22:00-23:00 UTC slot", "worker in shop to 2", "22:00-23:00"),
        # an event said by its ending, "post" or "upon", or by a name with a slash
        ("restart worker upon completion of the nightly ETL", "deployment/worker", "nightly ETL"),
        ("bounce payments post the 22:00 DNS cutover", "deployment/payments", "22:00 DNS cutover"),
        (
            "update checkout to 1.2.0 following the 18:30 go/no-go call",
            "checkout:1.2.0",
            "go/no-go call",
        ),
        ("restart orders upon approval of CHG-5521", "deployment/orders", "CHG-5521"),
        # deletions: a wait by the grammar on a date or a ticket, said after the delete
        ("delete worker on 2026-12-20 at 02:00", "deployment/worker", "2026-12-20"),
        (
            "Delete the orders PDB once CHG-20570 is approved",
            "poddisruptionbudget/orders",
            "CHG-20570",
        ),
        ("delete worker once CHG-7 is signed off", "deployment/worker", "CHG-7"),
        (
            "Delete the checkout deployment on the decommission date, 2026-12-15",
            "deployment/checkout",
            "2026-12-15",
        ),
        (
            "delete the worker deployment on the cutover day, 2026-12-20",
            "deployment/worker",
            "2026-12-20",
        ),
    ],
)
def test_a_wait_by_the_grammar_is_waited_on(
    shop: Operator, intent: str, summary: str, awaits: str
) -> None:
    p, _ = plans(shop, intent)
    assert any(summary in o.summary() for o in p.operations), [o.summary() for o in p.operations]
    assert awaits.lower() in (p.awaits or "").lower(), p.awaits


@pytest.mark.parametrize(
    "intent",
    [
        # a number that is no clock time, date or ticket: a quantity, asked
        "scale payments to 4 after the backlog drops below 500",
        "restart orders once the 02:00 queue drops below 500",
        "delete worker after 3 days",
        # a deletion beside a condition or a state, a negation, or a wait said first
        "delete worker once it is idle",
        "delete worker if the migration fails",
        "delete worker tomorrow unless the batch fails",
        "worker is retired tomorrow, delete it",
        # how long, or a deadline: never a wait on a deletion
        "delete worker until 2026-12-20",
        # a deletion waits on a date or a ticket only: which day, which migration?
        "delete worker tomorrow",
        "remove the orders pdb tonight at 23:00",
        "drop the cache statefulset next friday",
        "delete the worker deployment after the migration",
    ],
)
def test_not_a_wait_by_the_grammar_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker and post the status to the channel",
        "scale worker to 3, then post the result",
    ],
)
def test_post_as_a_verb_is_no_wait(shop: Operator, intent: str) -> None:
    p, _ = plans(shop, intent)
    assert not p.awaits


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("restart payments after the firewall change is live", "after the firewall change is live"),
        (
            "scale checkout to 3 after the Firewall rules are applied",
            "after the Firewall rules are applied",
        ),
        ("Scale my-api to 4 ONCE QA SIGNS OFF", "ONCE QA SIGNS OFF"),
    ],
)
def test_awaits_are_the_words_as_sent(shop: Operator, intent: str, awaits: str) -> None:
    p, _ = plans(shop, intent)
    assert p.awaits == awaits


def test_as_sent_carries_a_rewritten_span_back() -> None:
    read = "restart payments after the network policy change is live"
    sent = "restart payments after the firewall change is live"
    assert waits.as_sent("after the network policy change is live", read, sent) == (
        "after the firewall change is live"
    )
    assert waits.as_sent("tonight; after the x", "a tonight b", "a tonight b") == (
        "tonight; after the x"
    )


@pytest.mark.parametrize(
    ("phrase", "wait"),
    [
        ("after the 02:00 patch drop goes live", True),
        ("once chg-20570 is approved", True),
        ("on the decommission date, 2026-12-15", True),
        ("in tonight's 23:00 window", True),
        ("at 08:00 tomorrow", True),
        ("tonight at 23:00", True),
        ("in the shop namespace", False),
        ("on the orders deployment", False),
        ("after the backlog drops below 500", False),
        ("in 10 minutes", False),
    ],
)
def test_the_grammar_of_a_wait(phrase: str, wait: bool) -> None:
    assert timewords.is_wait(phrase) is wait


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Back out CHG-20433: return checkout to the prior approved version, 1.0.0.",
            "deployment/checkout",
        ),
        ("Invoke the back-out plan for the checkout release", "deployment/checkout"),
        ("execute checkout's rollback runbook", "deployment/checkout"),
        ("backout of CHG-2049 on checkout", "deployment/checkout"),
        ("take checkout back to the previous stable release", "deployment/checkout"),
    ],
)
def test_going_back_is_a_rollback(shop: Operator, intent: str, summary: str) -> None:
    p, _ = plans(shop, intent)
    assert p.category == "rollback"
    assert any(summary in o.summary() for o in p.operations), [o.summary() for o in p.operations]


@pytest.mark.parametrize(
    "intent",
    [
        "write a back-out plan for checkout",
        "review the back-out plan for checkout",
        "the back-out plan for checkout is ready",
    ],
)
def test_a_back_out_plan_not_invoked_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
