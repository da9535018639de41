"""Round 17, attack18 helper status: a record's status, verdict or label around an order that
turns it down, takes it back, leaves it undecided or only lists it withholds the order
(noorder.WITHHELD, one table read by the record grammars of :mod:`.noorder` and by
:mod:`.relayed`): "Proposal rejected:", "Change request OPS-77 withdrawn:", "SRE-4 (parked):",
"Not doing -", "Rejected idea:", "Risks:", "…, declined by the lead", "… -> nvm", "- [x] …",
"… (joking)", "Per the client's CAB rejection, …". An accepted or approved record, a ticket with
another status, a relayed approval and an unticked go-live checklist item still plan."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import relayed
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        # [recommendation-with-negative-status] / [status-label-on-the-change]
        "Proposal rejected: restart orders",
        "Suggestion not approved: scale checkout to 4",
        "Idea shot down by the SRE lead: scale worker to 0",
        "Recommendation accepted, later rolled back: scale frontend to 6",
        "Recommendation under discussion: restart payments",
        "Approved by the CAB, then withdrawn: restart worker",
        "Recommendation parked: roll back checkout",
        "Proposal contested: bump frontend to 2.2.0",
        # [ticket-with-status]
        "Change request OPS-77 withdrawn: scale orders to 1",
        "Request denied by the client: restart checkout",
        "Ticket 4411 rejected: scale payments to 2",
        "INC-22 (closed, duplicate): scale checkout to 4",
        "Jira OPS-19 (blocked): bump frontend to 2.2.0",
        "SRE-4 (parked): restart the cache statefulset",
        "Duplicate of SRE-3: restart orders",
        "OPS-12 (icebox): scale worker to 2",
        # [option-or-alternative-listed] / [label-prefix-not-an-order]
        "Options considered: scale checkout to 8",
        "Ruled out - scale worker to 0",
        "Risks: roll back checkout",
        "Not doing - restart orders",
        "Bad idea: scale orders to 0",
        "Concerns: restart payments during settlement",
        "we're leaning towards scaling worker to 0, decide tomorrow",
        # [status-after-comma] / [arrow-then-retraction]
        "restart orders, declined by the lead",
        "scale checkout to 1; vetoed by the PM",
        "bump frontend to 2.2.0. The client rejected it.",
        "scale checkout to 1. The DBA said no.",
        "The client has requested frontend be reverted to 2.0.3 — request withdrawn",
        "restart orders — need the PO's approval",
        "scale checkout to 8 => on hold",
        "restart orders \u2192 nah, false alarm",
        "scale frontend to 5 \u2192 wait, not yet",
        # [destructive-on-a-non-order]
        "Proposal rejected: delete the orders deployment",
        "drop the payments deployment (joking)",
        "\u26d4 scale payments to 0",
        "delete the frontend service: no",
        "- [x] restart orders",
        # relayed: an authority that turned it down is no authority
        "Per the client's CAB rejection, scale payments to 0",
        "Recommendation not accepted by the client: restart worker",
        "Recommendation rejected by the client: scale frontend to 5",
    ],
)
def test_a_withheld_order_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("Recommendation accepted: scale frontend to 5", "scale deployment/frontend"),
        ("Recommendation accepted by the client: scale frontend to 5", "scale deployment/frontend"),
        ("Per the client's CAB approval, scale frontend to 2", "scale deployment/frontend"),
        ("Per the client's no-downtime standard, scale frontend to 4", "to 4 replicas"),
        ("Approved by the CAB: restart worker", "deployment/worker"),
        ("CHG-881 approved: scale payments to 3", "scale deployment/payments"),
        ("OPS-881 (urgent): scale frontend to 5", "scale deployment/frontend"),
        ("OPS-881 (in progress): restart worker", "deployment/worker"),
        ("JIRA OPS-881: Scale frontend to 5 replicas.", "scale deployment/frontend"),
        ("Recommendation: restart worker", "deployment/worker"),
        ("Option chosen: restart worker", "deployment/worker"),
        ("Decision: roll back checkout", "deployment/checkout"),
        ("scale orders to 3, approved by CAB", "scale deployment/orders"),
        ("scale frontend to 5 \u2192 confirmed", "scale deployment/frontend"),
        ("restart worker, the pending jobs are stuck", "deployment/worker"),
        ("restart worker: the queue is blocked", "deployment/worker"),
        ("scale frontend to 5, no downtime please", "scale deployment/frontend"),
        ("update my-api to 1.5.0, resolves the CVE", "deployment/my-api"),
        ("The client has requested frontend be reverted to 2.0.3", "deployment/frontend"),
        ("At the client's request, restart orders", "deployment/orders"),
        ("After the incident was resolved, restart worker", "deployment/worker"),
        # an unticked go-live checklist item is a to-do to do (intents, blind14)
        ("* [ ] scale checkout to 8", "scale deployment/checkout"),
    ],
)
def test_near_misses_still_plan(shop: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(shop, intent)
    assert any(summary in o.summary() for o in proposal.operations)


@pytest.mark.parametrize(
    "text",
    [
        "Recommendation not accepted by the client: restart worker",
        "Per the client's CAB rejection, scale payments to 0",
        "Approved by the CAB, then withdrawn: restart worker",
        "Per the client's veto, scale payments to 0",
    ],
)
def test_relayed_keeps_an_authority_that_withholds(text: str) -> None:
    assert relayed.read(text) == text


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Recommendation accepted by the client: scale frontend to 5", "scale frontend to 5"),
        ("Per the client's CAB approval, scale frontend to 2", "scale frontend to 2"),
    ],
)
def test_relayed_still_drops_an_approval(text: str, order: str) -> None:
    assert relayed.read(text) == order
