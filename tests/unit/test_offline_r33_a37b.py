"""Round 33, helper a37b: attack37's remaining shapes of reports, holds and notes.

- A change record with the order in brackets and its result after it ("CHG-7 (set PROVIDER=adyen
  on payments) rolled back", "PR #88 (give payments a cpu request of 250m) got rolled back") is a
  report: the bracket is closed before the result, a pull request's number is a record, and the
  order's verb may be any verb of change ("give", "put", "pin" …) (noorder._DONE_BY_TAIL).
- A report said as the head ("went live: …", "now live: …", "prod has it: …", "shipped: …",
  "pushed: …", "ran: …", "out: …") or as the tail ("… went live", "… got merged and deployed")
  is no order (noorder._DONE_HEAD, results.DONE).
- A hold said last ("… - pause on this", "… - hang on") or first ("wait: …") holds the order
  (noorder._HOLD, hazards._WITHDRAW_HEADER); a dependency said as a label with no mark before
  a dash ("Dependency PR #12 - restart worker") is a wait (waits._PRE_VERB).
- A kind of object that is no workload said to stay as it is beside the order ("… - PDB
  untouched", "… (pdb stays)", "…, no pdb change", "…, PDB out of scope", "…; pdb/orders hands
  off", "… No PDB changes.", "… keep the existing pdb") leaves it out, and the order stands
  (constraints._NOTE_OUT; objphrase: "untouched" is no object; hazards: "hands off" switches
  nothing off).
- Leave asked of the reader ("would you mind if we restart worker?") is the order (polite._FRAME);
  "X replica become 4" and "make KEY become VALUE" are a count and a value (calques._BECOME).
Each with near misses that stay as they were.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "CHG-7 (set PROVIDER=adyen on payments) rolled back",
        "CHG-31 (give payments a cpu request of 250m) got rolled back",
        "PR #88 (set the memory limit of my-api to 512Mi) rolled back",
        "PR #88 (set LOG_LEVEL=debug on my-api) got rolled back",
        "INC-9 (roll back checkout) rolled back",
        "OPS-12 (put worker on 3 replicas) was reverted",
        "CHG-7 (scale payments to 4) rolled back",
    ],
)
def test_a_record_of_a_change_rolled_back_is_no_order(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_an_order_after_a_rolled_back_record_stands(op: Operator) -> None:
    assert summaries(op, "CHG-7 (scale payments to 4) rolled back, now restart worker") == [
        "restart the pods of deployment/worker in shop"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "went live: restart worker",
        "went live: set LOG_LEVEL=debug on my-api",
        "now live: switch frontend to 2.2.0",
        "prod has it: set the memory limit of my-api to 512Mi",
        "staging has it: scale payments to 4",
        "shipped: give payments a cpu request of 250m",
        "pushed: give payments a cpu request of 250m",
        "ran: give payments a cpu request of 250m",
        "out: scale frontend to 6",
        "live: switch frontend to 2.2.0",
        "merged: set PROVIDER=adyen on payments",
        "give payments a cpu request of 250m went live",
        "scale frontend to 6 went live",
        "bump payments to 3.1.0 got merged and deployed",
        "set PROVIDER=adyen on payments got merged and deployed",
        "set the memory limit of my-api to 512Mi was merged and rolled out",
    ],
)
def test_a_report_head_or_tail_is_no_order(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        # A wait on an event that went live is a wait, not a report.
        (
            "scale frontend to 6 once the campaign went live",
            "scale deployment/frontend in shop to 6 replicas",
            "once the campaign went live",
        ),
        (
            "scale frontend to 6 when the campaign goes live",
            "scale deployment/frontend in shop to 6 replicas",
            "when the campaign goes live",
        ),
        # "out" and "live" in the words of an order are no report.
        ("scale out frontend to 6", "scale deployment/frontend in shop to 6 replicas", ""),
        (
            "restart payments, the fix went live",
            "restart the pods of deployment/payments in shop",
            "",
        ),
    ],
)
def test_went_live_in_a_wait_or_a_reason_stays_planned(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    assert summaries_and_awaits(op, intent) == ([summary], awaits)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker - pause on this",
        "bump payments to 3.1.0 - pause on this",
        "give payments a cpu request of 250m - pause on that",
        "scale payments to 4 — hang on",
        "restart worker - stand by",
        "wait: give payments a cpu request of 250m",
        "wait - restart worker",
        "Dependency PR #12 - restart worker",
        "Dependency PR #12 - set LOG_LEVEL=debug on my-api",
        "Depends on PR #12 - scale payments to 4",
    ],
)
def test_a_hold_or_a_dependency_before_or_after_is_no_order_now(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "Depends on the migration - restart worker",
            "restart the pods of deployment/worker in shop",
            "after the migration",
        ),
        ("pause on this: restart worker", None, None),
    ],
)
def test_a_dependency_on_an_event_waits_on_it(
    op: Operator, intent: str, summary: str | None, awaits: str | None
) -> None:
    if summary is None:
        asks(op, intent)
        return
    assert summaries_and_awaits(op, intent) == ([summary], awaits)


_ORDERS_4 = "scale deployment/orders in shop to 4 replicas"
_RESTART_ORDERS = "restart the pods of deployment/orders in shop"


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale orders to 4 - PDB untouched", _ORDERS_4),
        ("scale orders to 4 (pdb stays)", _ORDERS_4),
        ("scale orders to 4, no pdb change", _ORDERS_4),
        ("scale orders to 4. No PDB changes.", _ORDERS_4),
        ("scale orders to 4. keep the existing pdb", _ORDERS_4),
        ("scale orders to 4, the orders pdb stays as is", _ORDERS_4),
        ("restart orders, PDB out of scope", _RESTART_ORDERS),
        ("restart orders; pdb/orders hands off", _RESTART_ORDERS),
        ("restart orders. No PDB changes.", _RESTART_ORDERS),
        ("restart orders. keep the existing pdb", _RESTART_ORDERS),
        ("restart orders - the pdb unchanged", _RESTART_ORDERS),
        ("restart orders, no changes to the pdb", _RESTART_ORDERS),
    ],
)
def test_a_pdb_said_to_stay_beside_an_order_leaves_the_order(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        # The kind kept is the one the plan changes.
        "autoscale orders between 2 and 6, no hpa changes",
        "set BATCH_SIZE=500 on orders, no configmap changes",
        "set the orders pdb to minAvailable 1, pdb untouched",
        # A delete beside it: read by the delete rule.
        "delete orders - the pdb untouched",
        # A capability said off is still asked.
        "orders hpa off",
        # The pdb named with no word of how it stays.
        "scale orders to 4 - the pdb",
    ],
)
def test_a_kept_kind_the_plan_changes_or_a_bare_kind_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("would you mind if we restart worker?", "restart the pods of deployment/worker in shop"),
        (
            "would you mind if we scale payments to 4?",
            "scale deployment/payments in shop to 4 replicas",
        ),
        (
            "would you mind if we set LOG_LEVEL=debug on my-api?",
            "patch configmap/my-api-config in shop (merge)",
        ),
        (
            "do you mind if I restart the orders deployment?",
            "restart the pods of deployment/orders in shop",
        ),
        (
            "would you mind running payments with three replicas?",
            "scale deployment/payments in shop to 3 replicas",
        ),
        ("payments replica become 4", "scale deployment/payments in shop to 4 replicas"),
        ("payments pods become 4 pods", "scale deployment/payments in shop to 4 replicas"),
        (
            "please make LOG_LEVEL become debug on my-api",
            "patch configmap/my-api-config in shop (merge)",
        ),
        ("frontend replica from 3 become 5", "scale deployment/frontend in shop to 5 replicas"),
    ],
)
def test_leave_asked_and_become_are_the_order(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "would you mind if we check worker?",
        "would you mind if we don't restart worker?",
        "make it become 3",
        "when payments replicas become 4, restart worker",
    ],
)
def test_a_question_a_negation_or_a_condition_with_the_frame_stays_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api to 5 for black friday",
        "For the demo: set LOG_LEVEL=debug on my-api",
        "roll back checkout for the load test",
    ],
)
def test_a_purpose_said_with_the_change_is_planned_with_its_risk(op: Operator, intent: str) -> None:
    # docs/operations.md: a purpose without an end ("for the demo", "for black friday") is
    # planned, and its risks say nothing changes it back (attack37's "end" rows asked it).
    proposal, _ = plans(op, intent)
    assert any("back" in r and ("nothing" in r.lower()) for r in proposal.risks)


# The report said as the head, then the order on its own after "now": the order alone
# (results._REPORT_HEAD); a list after the head, or an order leaning on the report, stays asked.
@pytest.mark.parametrize(
    "intent",
    [
        "went live: scale frontend to 6. now restart worker",
        "shipped: bump payments to 3.1.0; now restart worker",
        "rolled out: scale payments to 4. now restart worker",
        "deployed to prod: scale payments to 4. now restart worker",
        "prod has it: scale payments to 4. now restart worker",
    ],
)
def test_an_order_after_a_report_head_stands(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of deployment/worker in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "went live: scale frontend to 6, restart worker",
        "went live: scale frontend to 6. now do payments",
        "deployed: scale payments to 4 - now restart it",
    ],
)
def test_a_list_or_a_leaning_order_after_a_report_head_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
