"""Round 34, helper a38a: attack38's holds, polite refusals and relays taken back, re-run on main.

The shapes (/work/notes/w33/re38end/misses.txt), each planned at once before:

- a precondition said as a head in words the label table did not read ("dependent on PR #12:
  …", "pending PR #12: …", "conditional on PR #12: …", "prerequisite PR #12: …", "needs CHG-9
  first: …", "needs PR #12 to land first: …") — now the wait said first (:mod:`.waits`), asked
  when it is no event the plan can wait on; and "hold that thought: …", a hold (:mod:`.noorder`);
- a hold said after the order ("(requires PR #12)", "(dependency: PR #12)", "-- waiting on PR
  #12", "…, one sec", "- on standby") (:mod:`.noorder`);
- a polite refusal ("would you mind if we held off restarting worker?", "would you mind holding
  off on the worker restart?", "I'd rather we didn't restart worker") (:mod:`.polite`,
  :mod:`.roles`, :mod:`.doubts`);
- a relayed request taken back or turned down after it ("Ops asked for a restart of payments;
  they no longer need it", "Support requested a restart of payments, which I declined")
  (:mod:`.noorder`).

Decisions that stand: "hang on, …" / "hold on, …" with a comma are the speaker's lead-in
(planned); "Ops asked for …" said alone is as the contract says (planned).
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import waits
from dotop_nb.service import Operator
from tests.memory import asks, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

_NAMES = frozenset({"my-api", "frontend", "payments", "worker", "orders"})


# (1) A precondition said as the head: the wait said first, asked when nothing can be watched.
@pytest.mark.parametrize(
    "intent",
    [
        "dependent on PR #12: restart worker",
        "dependent on PR #12: set LOG_LEVEL=debug on my-api",
        "pending PR #12: scale payments to 4",
        "pending PR #12: switch frontend to 2.2.0",
        "conditional on PR #12: bump payments to 3.1.0",
        "contingent on CHG-9: restart worker",
        "prerequisite PR #12: scale payments to 4",
        "prereq PR #12: restart worker",
        "needs CHG-9 first: bump payments to 3.1.0",
        "needs CHG-9 first: set LOG_LEVEL=debug on my-api",
        "needs PR #12 to land first: scale my-api to 5",
        "needs PR #12 to land first: switch frontend to 2.2.0",
    ],
)
def test_a_precondition_said_as_the_head_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("dependent on PR #12: restart worker", "wait for PR #12, then restart worker"),
        ("pending PR #12: scale payments to 4", "wait for PR #12, then scale payments to 4"),
        ("needs CHG-9 first: restart worker", "wait for CHG-9, then restart worker"),
        ("contingent on OPS-9: restart worker", "wait for OPS-9, then restart worker"),
        # (no head: a reason, a count of pods, a need with no "first")
        ("scale payments to 4. needs more headroom", "scale payments to 4. needs more headroom"),
        ("pending pods: 3. scale payments to 4", "pending pods: 3. scale payments to 4"),
        ("needs more memory: give payments 512Mi", "needs more memory: give payments 512Mi"),
    ],
)
def test_the_head_is_read_as_the_wait_said_first(text: str, said: str) -> None:
    assert waits.first_then(text, lambda: _NAMES) == said


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        # An event the plan can wait on is waited on, as "after the migration, …" is.
        ("pending the migration: restart worker", "after the migration"),
        ("needs the backup first: restart worker", "after the backup"),
    ],
)
def test_a_precondition_that_is_an_event_is_awaited(op: Operator, intent: str, awaits: str) -> None:
    done, waited = summaries_and_awaits(op, intent)
    assert done == ["restart the pods of deployment/worker in shop"]
    assert waited == awaits


@pytest.mark.parametrize(
    "intent",
    [
        "hold that thought: scale my-api to 5",
        "hold that thought: set LOG_LEVEL=debug on my-api",
        "hold this thought - restart worker",
    ],
)
def test_hold_that_thought_as_a_head_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # Decision: "hang on, …" / "hold on, …" with a comma are a lead-in.
        ("hang on, scale payments to 4", "scale deployment/payments in shop to 4 replicas"),
        ("hold on, restart worker", "restart the pods of deployment/worker in shop"),
        ("scale payments to 4", "scale deployment/payments in shop to 4 replicas"),
        (
            "switch frontend to 2.2.0",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
        ),
    ],
)
def test_lead_ins_and_plain_orders_stay_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# (2) A hold said after the order.
@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api to 5 (dependency: PR #12)",
        "restart worker (dependency: PR #12)",
        "bump payments to 3.1.0 (dependency: PR #12)",
        "restart worker (prereq: the migration)",
        "restart worker (blocked by: OPS-9)",
        "scale payments to 4 (requires PR #12)",
        "scale my-api to 5 (requires PR #12)",
        "restart worker (needs #12)",
        "switch frontend to 2.2.0 -- waiting on PR #12",
        "scale payments to 4 -- waiting on PR #12",
        "bump payments to 3.1.0 -- waiting on PR #12",
        "restart worker -- pending PR #12",
        "restart worker - blocked on MR #7",
        "switch frontend to 2.2.0, one sec",
        "restart worker, just a sec",
        "scale payments to 4, wait a sec",
        "restart worker, give me a minute",
        "restart worker (one moment)",
        "restart worker - on standby",
        "scale payments to 4 - on standby",
        "restart worker - standby",
    ],
)
def test_a_hold_said_after_the_order_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # A number of a setting, a second replica: no hold.
        (
            "set the liveness probe timeout of payments to one second",
            "patch deployment/payments in shop (strategic)",
        ),
        ("restart worker (ticket OPS-9)", "restart the pods of deployment/worker in shop"),
        ("restart worker, see PR #12 for why", "restart the pods of deployment/worker in shop"),
    ],
)
def test_no_hold_after_the_order_stays_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# (3) A polite refusal is no order.
@pytest.mark.parametrize(
    "intent",
    [
        "would you mind if we held off restarting worker?",
        "would you mind if we skipped the worker restart?",
        "would you mind holding off on the worker restart?",
        "would you mind if we didn't restart worker?",
        "could you hold off on the payments restart?",
        "can you delay the worker restart?",
        "I'd rather we didn't restart worker",
        "I'd prefer not to restart worker",
        "I would rather we held off on scaling payments to 4",
        "we'd prefer that nobody restarts worker",
    ],
)
def test_a_polite_refusal_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("would you mind restarting worker?", "restart the pods of deployment/worker in shop"),
        ("would you mind if we restart worker?", "restart the pods of deployment/worker in shop"),
        (
            "would you mind scaling payments to 4?",
            "scale deployment/payments in shop to 4 replicas",
        ),
        ("I'd prefer we restart worker now", "restart the pods of deployment/worker in shop"),
        ("could you restart worker please?", "restart the pods of deployment/worker in shop"),
    ],
)
def test_a_polite_order_stays_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# (4) A relayed request taken back or turned down.
@pytest.mark.parametrize(
    "intent",
    [
        "Ops asked for a restart of payments; they no longer need it",
        "Audit asked for a restart of payments; they no longer need it",
        "SRE requested a restart of payments; they no longer need it",
        "on-call asked for one more replica of orders; they no longer need it",
        "Ops had asked for one more replica of orders; they don't need it anymore",
        "Support requested a restart of payments, which I declined",
        "Support requested one more replica of orders, which I declined",
        "The DBA asked us for a restart of payments, which I declined",
        "Bob asked for a restart of worker, which we rejected",
        "Ops asked for a restart of payments; it's no longer needed",
    ],
)
def test_a_relay_taken_back_or_declined_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("Ops asked for a restart of payments", "restart the pods of deployment/payments in shop"),
        ("restart payments; they need it now", "restart the pods of deployment/payments in shop"),
        # (no relay: the need gone is why it goes)
        ("remove checkout - we don't need it anymore", "delete deployment/checkout in shop"),
        ("remove checkout; it's no longer needed", "delete deployment/checkout in shop"),
        (
            "restart payments, which the DBA asked for",
            "restart the pods of deployment/payments in shop",
        ),
    ],
)
def test_a_relay_still_wanted_stays_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]
