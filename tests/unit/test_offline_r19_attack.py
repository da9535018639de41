"""Round 19, helper attack: lines a black-box attacker found planned where a careful engineer
asks, read by the grammar that owns each shape.

The shapes: (1) a start held on a NAMED PERSON's decision ("once Dana approves", "if Wei
agrees", "pending Omar's sign-off"), while a team's or a board's ("once QA signs off", "after
the CAB approves") stays awaited; (2) a REFUSAL asked back or a GO-AHEAD FOR A LATER DAY at the
head ("declined? …", "Go ahead Friday: …"), and a refusal word is never read as a person; (3) an
IMAGE OF ANOTHER PRODUCT than the container runs; (4) a PRECAUTION ("… in case it stalls") read
as a probe; (5) a SIZE FRAGMENT beside a scale ("…, 2 cores each"); (6) a percent said only in
the REASON becoming an HPA's target; (7) a restart of a THING THE WORKLOAD KEEPS ("its logs",
"its certs"); (8) a TO-DO filed for later or ending in "?"; (9) a STANDING RULE said of a one-off
change ("always …", "whenever we …", "after every …"); (10) a KEPT COUNT that holds already,
beside another change, is no second change. The nearest plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (1) A start held on a named person's decision: asked, nothing planned.
@pytest.mark.parametrize(
    "intent",
    [
        "once Dana approves, scale orders to 3",
        "roll back checkout when Wei signs off",
        "if Omar agrees, restart frontend",
        "bump my-api to 1.5.0 after Lena gives the go-ahead",
        "restart orders pending Omar's sign-off",
        "as soon as Dana okays it, scale frontend to 4",
        "scale worker to 2 once Priya and Sam confirm",
        "restart frontend until Wei says go",
        "after Dana's approval, restart orders",
        "scale frontend to 4 when Lena is happy with it",
    ],
)
def test_a_start_held_on_a_person_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# A team, a board, a change record or a lower-case company: an event the approver checks.
@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("restart frontend once QA signs off", "once QA signs off"),
        ("scale orders to 3 after the CAB approves", "after the CAB approves"),
        ("restart frontend once CHG-31 is approved", "once CHG-31 is approved"),
        ("once the batch is done, restart orders", "once the batch is done"),
    ],
)
def test_a_start_held_on_a_team_or_event_is_awaited(
    shop: Operator, intent: str, awaits: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert proposal.awaits == awaits


# (2) A refusal asked back, a go-ahead for a later day: asked; a refusal is never a person.
@pytest.mark.parametrize(
    "intent",
    [
        "declined? scale orders to 3",
        "vetoed? restart frontend",
        "Was it turned down? roll back checkout",
        "Go ahead Friday: restart orders",
        "OK next week - scale frontend to 4",
        "Green light tomorrow: restart frontend",
    ],
)
def test_a_refusal_asked_or_a_go_ahead_for_later_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize("word", ["Declined", "Vetoed", "Refused", "Rejected"])
def test_a_refusal_label_is_not_read_as_a_person(shop: Operator, word: str) -> None:
    question = asks(shop, f"{word}: restart frontend").question or ""
    assert f"addressed to {word}" not in question


@pytest.mark.parametrize("intent", ["Approved: restart frontend", "Go ahead: scale orders to 3"])
def test_a_plain_go_ahead_label_still_plans(shop: Operator, intent: str) -> None:
    plans(shop, intent)


# (3) An image of another product than the container the words named runs: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "set the app image in orders to redis:7.2",
        "set the web image in frontend to nginx:1.27",
        "set image of container web in frontend to redis:7.2",
        "set image of container payments in payments to envoyproxy/envoy:v1.31.0",
    ],
)
def test_an_image_of_another_product_is_asked(shop: Operator, intent: str) -> None:
    question = asks(shop, intent).question or ""
    assert "another program" in question


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("set the envoy image in orders to envoyproxy/envoy:v1.31.0", "envoyproxy/envoy:v1.31.0"),
        ("set the app image in orders to ghcr.io/acme/orders:1.0.1", "ghcr.io/acme/orders:1.0.1"),
        ("update my-api to ghcr.io/acme/my-api:1.5.0", "ghcr.io/acme/my-api:1.5.0"),
        # a swap said of the workload alone, no container named: as said
        ("switch frontend to nginx:1.27", "nginx:1.27"),
    ],
)
def test_an_image_of_the_same_product_plans(shop: Operator, intent: str, image: str) -> None:
    _, body = plans(shop, intent)
    assert image in body


# (4) A precaution after a plain restart is no probe; a restart by the platform is one.
@pytest.mark.parametrize(
    "intent",
    [
        "restart orders in case it stalls",
        "bounce frontend in case it freezes",
        "recycle my-api in case it locks up",
    ],
)
def test_a_precaution_is_not_a_probe(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert all(o.kind == "rollout_restart" for o in proposal.operations), [
        o.summary() for o in proposal.operations
    ]


@pytest.mark.parametrize(
    "intent",
    ["restart frontend automatically in case it hangs", "auto-restart frontend in case it hangs"],
)
def test_an_automatic_restart_is_still_a_probe(shop: Operator, intent: str) -> None:
    _, body = plans(shop, intent)
    assert "livenessProbe" in body


# (5) A size said as a fragment beside a scale: asked; said as its own order, planned.
@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 4, 2 cores each",
        "scale orders to 3, 1 core apiece",
        "scale my-api to 3, each with 2 cores",
    ],
)
def test_a_size_fragment_beside_a_scale_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_size_said_as_its_own_order_plans(shop: Operator) -> None:
    proposal, _ = plans(shop, "scale frontend to 4 and give each 2 cores")
    assert {o.kind for o in proposal.operations} == {"scale", "patch"}


# (6) A percent said only in the reason is no HPA target.
@pytest.mark.parametrize(
    "intent",
    [
        "autoscale orders from 2 to 6 because checkout peaked at 85%",
        "put an hpa on frontend, 3-8 replicas, since payments hit 95% yesterday",
        "hpa for frontend, min 3 max 9, given that orders ran at 70%",
    ],
)
def test_a_percent_only_in_the_reason_is_asked(shop: Operator, intent: str) -> None:
    question = asks(shop, intent).question or ""
    assert "reason" in question


def test_a_target_said_beside_the_reason_plans(shop: Operator) -> None:
    _, body = plans(shop, "autoscale orders from 2 to 6 at 65% cpu")
    assert '"averageUtilization": 65' in body


# (7) A restart of a thing the workload keeps: asked, never its pods.
@pytest.mark.parametrize(
    "intent",
    [
        "recycle the stale orders sessions",
        "restart my-api's connections",
        "bounce the old frontend logs",
    ],
)
def test_a_restart_of_what_the_workload_keeps_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize("intent", ["restart the orders pods", "restart orders, the logs are full"])
def test_a_restart_of_the_workload_still_plans(shop: Operator, intent: str) -> None:
    plans(shop, intent)


# (8) A to-do filed for later, or ending in "?": asked; a plain to-do plans.
@pytest.mark.parametrize(
    "intent",
    [
        "TODO for next week: restart orders",
        "todo eventually: scale frontend to 4",
        "Action item (Q3): restart my-api",
        "Task: scale orders to 3?",
        "TODO: roll back checkout?",
    ],
)
def test_a_to_do_for_later_or_asked_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_plain_to_do_plans(shop: Operator) -> None:
    plans(shop, "TODO: restart orders")


# (9) A standing rule said of a one-off change: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "always bounce frontend after a release",
        "whenever the batch finishes, restart orders",
        "after every release, restart my-api",
        "always scale orders to 3 before the sale",
    ],
)
def test_a_standing_rule_is_asked(shop: Operator, intent: str) -> None:
    question = asks(shop, intent).question or ""
    assert "recur" in question


@pytest.mark.parametrize(
    "intent",
    [
        "restart orders whenever you get a chance",
        "restart orders after the release",
        "restart frontend on every pod",
    ],
)
def test_a_one_off_said_near_a_rule_still_plans(shop: Operator, intent: str) -> None:
    plans(shop, intent)


# (10) A count kept beside another change: no second change when it holds; asked when not.
@pytest.mark.parametrize(
    "intent",
    [
        "restart frontend, keep orders at 2",
        "restart my-api but leave worker at 1",
        "update my-api to 1.5.0 and keep frontend at 3",
    ],
)
def test_a_kept_count_that_holds_is_no_change(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert not any(o.kind == "scale" for o in proposal.operations)
    assert len(proposal.operations) == 1


def test_a_kept_count_that_does_not_hold_is_asked(shop: Operator) -> None:
    asks(shop, "restart frontend, keep orders at 5")
