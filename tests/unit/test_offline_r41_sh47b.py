"""Round 41, helper sh47b: attack47's exclusions of a whole namespace, hearsay, past and reverts.

- A whole namespace said as the set ("restart the full namespace minus the databases", "the
  complete namespace save the db", "the namespace", "everything in the namespace but leave the
  databases") is a set less what it leaves out: asked, as "the whole namespace" and "everything"
  are today — never the excluded workloads planned alone.
- A state kept "from now" is an order only when the speaker says it so: said in the past ("from
  now my-api ran 4 replicas", "… had 3", "… used to run 4"), as a promise or a plan ("from now on
  they'll / we'll / I'll run my-api at 4"), beside whose decision it is ("…, Bob decided",
  "…, Bob's call", "…, the team decided", "…, as agreed with Bob", "…, we decided in standup")
  or on a person's chat line ("Alice: from now frontend runs 5 replicas"), it is asked.
- A person's chat line after the workload it is about ("my-api in shop, Bob: scale to 4") is
  asked as addressed; a change told done after the workload said as its topic ("my-api in shop,
  Bob scaled to 4"), after when it was done ("before the 4 am auction Bob scaled my-api to 6"),
  or with "made" ("Alice made frontend Guaranteed QoS", "my-api was made Guaranteed QoS") is a
  report, asked.
- A change with an end ("from now my-api runs 4 replicas, until Friday", "set my-api image to
  ghcr.io/acme/my-api:1.5.0 until the fix") and a rollback said with no verb beside its way back
  ("checkout back to revision 1, forward again tomorrow", "…, then back to 1.1.0 tonight") are
  asked: nothing reverts a change on a timer, and the way back's time is never the change's
  `awaits`.
- Kept: a rollback until the fix plans (round 27: "Revert checkout to the prior revision until a
  fix lands"), "from now my-api runs 4 replicas" plans, an order with its authority ("scale
  my-api to 4, as agreed with Bob") plans, and a label set less a member plans the rest.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _summaries(op: Operator, intent: str) -> tuple[list[str], str]:
    proposal, _ = plans(op, intent)
    return [o.summary() for o in proposal.operations], proposal.awaits or ""


# (1) A whole namespace less what it leaves out: asked, never the excluded alone.
@pytest.mark.parametrize(
    "intent",
    [
        "restart the full namespace minus the databases",
        "restart the full namespace save the databases",
        "restart the full namespace but leave the databases",
        "restart the full namespace but the databases",
        "restart the complete namespace save the db",
        "restart the namespace minus the databases",
        "restart the namespace save postgres",
        "restart everything in the namespace but leave the databases",
        "restart the full stack save the databases",
    ],
)
def test_a_whole_namespace_less_what_it_leaves_out_is_asked(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert not proposal.operations


# (2) A state kept "from now", said in the past, promised or someone else's: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "from now my-api ran 4 replicas",
        "from now worker ran 3 replicas",
        "from now worker had 3 replicas",
        "from now my-api used to run 4 replicas",
        "from today frontend was on 5 replicas",
        "from now on checkout ran 3 replicas",
        "from now on they'll run my-api at 4",
        "from now on I'll run my-api at 4",
        "from now on we'll run my-api at 4",
        "from now my-api runs 4 replicas, Bob decided",
        "from now my-api runs 4 replicas, Bob's call",
        "from now my-api runs 4 replicas, the team decided",
        "from now my-api runs 4 replicas, as agreed with Bob",
        "from now my-api runs 4 replicas, we decided in standup",
        "from now on frontend runs 5 replicas, Alice decided yesterday",
        "from today worker runs 2 replicas - the platform team's call",
        "Alice: from now frontend runs 5 replicas",
        "Bob: from now on my-api runs 3 replicas",
        "Kemi: going forward worker runs 2 replicas",
    ],
)
def test_a_state_from_now_not_said_as_the_speakers_order_is_asked(
    op: Operator, intent: str
) -> None:
    proposal = asks(op, intent)
    assert not proposal.operations


# (3) Another's chat line or a change told done around the workload said as the topic.
@pytest.mark.parametrize(
    "intent",
    [
        "my-api in shop, Bob: scale to 4",
        "frontend in shop, Alice: restart",
        "payments in shop, Kemi: scale to 3",
        "worker, Dana: 2 replicas",
        "my-api in shop, Bob scaled to 4",
        "worker in shop, Alice scaled to 3",
        "before the 4 am auction Bob scaled my-api to 6",
        "Alice made frontend Guaranteed QoS",
        "Bob made payments Guaranteed QoS",
        "my-api was made Guaranteed QoS",
    ],
)
def test_another_persons_line_or_a_change_told_done_is_asked(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert not proposal.operations


# (4) A change with an end, or a rollback beside its way back: asked, never waited on.
@pytest.mark.parametrize(
    "intent",
    [
        "from now my-api runs 4 replicas, until Friday",
        "from now my-api runs ghcr.io/acme/my-api:1.5.0 until the fix",
        "from now on worker runs 3 replicas until the sale ends",
        "from today frontend runs 5 replicas till Monday",
        "set my-api image to ghcr.io/acme/my-api:1.5.0 until the fix",
        "checkout back to revision 1, forward again tomorrow",
        "checkout back to revision 1, then back to 1.1.0 tonight",
        "checkout back to the previous revision, forward again on Monday",
    ],
)
def test_a_change_said_to_revert_is_asked(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert not proposal.operations
    assert not proposal.awaits


# Kept: the nearest orders still plan as before.
@pytest.mark.parametrize(
    ("intent", "summaries", "awaits"),
    [
        (
            "from now my-api runs 4 replicas",
            ["scale deployment/my-api in shop to 4 replicas"],
            "",
        ),
        (
            "scale my-api to 4, as agreed with Bob",
            ["scale deployment/my-api in shop to 4 replicas"],
            "",
        ),
        (
            "checkout back to revision 1 until the fix",
            ["roll deployment/checkout in shop back to revision 1"],
            "",
        ),
        (
            "checkout back to revision 1 tonight",
            ["roll deployment/checkout in shop back to revision 1"],
            "tonight",
        ),
        ("my-api in shop, scale to 4", ["scale deployment/my-api in shop to 4 replicas"], ""),
        (
            "before the auction scale my-api to 6",
            ["scale deployment/my-api in shop to 6 replicas"],
            "before the auction",
        ),
        ("restart my-api in the namespace", ["restart the pods of deployment/my-api in shop"], ""),
        (
            "restart frontend, it is the noisiest thing in the namespace",
            ["restart the pods of deployment/frontend in shop"],
            "",
        ),
        ("thanks, restart frontend", ["restart the pods of deployment/frontend in shop"], ""),
    ],
)
def test_the_nearest_orders_still_plan(
    op: Operator, intent: str, summaries: list[str], awaits: str
) -> None:
    said, waits = _summaries(op, intent)
    assert said == summaries
    assert waits == awaits


def test_a_label_set_less_a_member_still_plans_the_rest(op: Operator) -> None:
    said, _ = _summaries(op, "restart all tier=backend deployments except orders")
    assert "restart the pods of deployment/orders in shop" not in said
    assert "restart the pods of deployment/my-api in shop" in said
