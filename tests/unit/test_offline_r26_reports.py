"""Round 26, helper reports: a report, a verdict, a done-note or a note for later is asked.

The shapes (the fifth black-box attack's "reports" family): (1) a past act with a VERDICT, the
order-shaped phrase as its subject ("scale worker to 0 made it worse", "update frontend to
2.2.0 caused the outage", "give worker 1Gi didn't fix the OOM"); (2) an "already done" note after
the order ("delete worker (already deleted)", "restart checkout (bob already did)", "…
(wrong thread)"); (3) a note for later or someone else's wish or announcement ("follow-up: …",
"at some point: …", "open items: …", "worker will be deleted", "bob would like worker
deleted"); (4) a description alone ("the orders pdb blocks node drains", "the fix is in
frontend 2.2.0", "upgrading frontend to 2.2.0 should fix it", "worker isn't autoscaled",
"postgres isn't backed up"). The nearest orders still plan, with their values; the shapes the
labelled sets decided plan ("TODO: …", "- [ ] …", "Action item: …", "runbook step 3: …", "I'd
scale …", "checkout isn't monitored", "payments is not HA", "worker requests 1 cpu", "it would
be nice to have a pdb on payments")."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (1) A verdict on an act whose subject is the order-shaped phrase: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 0 made it worse",
        "update frontend to 2.2.0 caused the outage",
        "set LOG_LEVEL=debug on my-api filled the disk",
        "give worker 1Gi didn't fix the OOM",
        "roll back frontend to 2.0.0 caused the outage",
        "update payments to 3.1.0 is the root cause",
        "set PROVIDER=adyen in payments-config broke payments",
        "autoscale frontend 3-10 made it flap",
        "back up postgres every hour slowed it down",
        "spread payments across zones made it slower",
        # phrasings of our own
        "raise worker memory to 1Gi didn't help",
        "restart payments made it worse",
        "scale frontend to 2 was the culprit",
        "bump my-api to 1.5.0 broke checkout",
        "set BATCH_SIZE=500 in orders-config did not fix it",
    ],
)
def test_a_verdict_on_the_act_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "changed nothing" in question, question


# A verdict on a rollback or a restart beside the order after it: asked, never the act judged
# (a restart leaves nothing to undo); a rollback after a verdict on an update still plans.
@pytest.mark.parametrize(
    "intent",
    [
        "the checkout rollback didn't help; restart it instead",
        "the checkout restart made it worse; undo it",
        "The payments rollback did not help, scale it to 4",
        "that orders restart made things worse, roll it back",
    ],
)
def test_a_verdict_on_a_rollback_or_a_restart_beside_an_order_is_asked(
    op: Operator, intent: str
) -> None:
    question = asks(op, intent).question or ""
    assert "did not plan" in question, question


# (2) The change said done already after it, or sent to the wrong place: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker (already deleted)",
        "delete worker — already gone",
        "restart checkout - already restarted",
        "delete the orders pdb — already removed",
        "set LOG_LEVEL=debug on my-api — already set",
        "restart checkout (bob already did)",
        "restart frontend (wrong thread)",
        # phrasings of our own
        "delete worker, it's already gone",
        "restart checkout — alice already did it",
        "scale frontend to 5 (already scaled)",
        "restart payments (wrong channel)",
    ],
)
def test_a_change_said_done_already_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "already" in question or "wrong" in question, question


# (3) A note for later, an announcement, someone else's wish: asked, saying what to type.
@pytest.mark.parametrize(
    "intent",
    [
        "follow-up: delete worker",
        "follow up: restart checkout",
        "open items: turn off worker",
        "at some point: scale worker to 0",
        "worker will be deleted",
        "frontend will have 5 replicas",
        "frontend will be on 2.2.0",
        "bob would like worker deleted",
        # phrasings of our own
        "open item: restart payments",
        "someday: delete the orders pdb",
        "payments will be scaled to 4 tomorrow",
        "orders is going to be restarted",
        "the customer would like payments restarted",
    ],
)
def test_a_note_for_later_or_an_announcement_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "typed"),
    [
        ("worker will be deleted", "e.g. 'delete worker"),
        ("frontend will have 5 replicas", "e.g. 'scale frontend to 5'"),
        ("bob would like worker deleted", "e.g. 'delete worker"),
    ],
)
def test_the_question_says_what_to_type(op: Operator, intent: str, typed: str) -> None:
    question = asks(op, intent).question or ""
    assert "changed nothing" in question, question
    assert typed in question, question


def test_a_time_said_of_the_order_keeps_its_wait(op: Operator) -> None:
    proposal, _ = plans(op, "scale worker to 4 tomorrow")
    assert proposal.awaits


# The nearest orders, notes beside an order and the labels the labelled sets decided: planned.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale worker to 0", "to 0 replicas"),
        ("update frontend to 2.2.0", "frontend:2.2.0"),
        ("set LOG_LEVEL=debug on my-api", "configmap/my-api-config"),
        ("restart payments because the deploy broke it", "restart"),
        ("rollback checkout", "roll deployment/checkout"),
        ("the update made it worse, roll back checkout", "roll deployment/checkout"),
        ("roll back checkout, the update broke it", "roll deployment/checkout"),
        ("scale payments to 4", "to 4 replicas"),
        ("delete worker", "delete deployment/worker"),
        ("delete worker, it is retired", "delete deployment/worker"),
        ("scale payments to 4 (already approved)", "to 4 replicas"),
        ("restart checkout", "restart"),
        ("I'd like you to scale frontend to 5", "to 5 replicas"),
        ("I want frontend at 5 replicas", "to 5 replicas"),
        ("please scale frontend to 5", "to 5 replicas"),
        ("can you scale frontend to 5", "to 5 replicas"),
        ("TODO: scale frontend to 5", "to 5 replicas"),
        ("- [ ] scale frontend to 5", "to 5 replicas"),
        ("runbook step 3: scale frontend to 5", "to 5 replicas"),
        ("Step 3: scale frontend to 5", "to 5 replicas"),
        (
            "INC-77 follow-up: checkout must not lose requests during deploys; as a first step, "
            "scale it to 3.",
            "to 3 replicas",
        ),
        ("worker will be deleted, so scale it to 0 now", "to 0 replicas"),
        ("frontend wants THEME_URL changed to https://cdn.example.com/t", "frontend"),
        ("The client would like frontend updated to 2.1.1.", "frontend:2.1.1"),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert any(summary in o.summary() for o in proposal.operations)


# (4) A description alone: asked; the same words beside an order plan.
@pytest.mark.parametrize(
    "intent",
    [
        "the orders pdb blocks node drains",
        "the orders pdb is blocking drains",
        "the fix is in frontend 2.2.0",
        "upgrading frontend to 2.2.0 should fix it",
        "payments isn't spread across zones",
        "worker isn't autoscaled",
        "postgres is not backed up anymore",
        "postgres isn't backed up",
        # phrasings of our own
        "the orders disruption budget keeps blocking drains",
        "bumping worker to 3 replicas ought to help",
        "my-api pods aren't spread across nodes",
    ],
)
def test_a_description_alone_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("the orders pdb blocks node drains, relax it", "patch"),
        ("the orders pdb blocks every node drain, please delete it", "delete"),
        ("the orders pdb blocks every node drain -> let one orders pod go down at a time", "patch"),
        ("payments isn't spread across zones, spread it", "patch"),
        ("postgres isn't backed up, back it up nightly", "apply"),
        ("back up postgres nightly", "apply"),
        ("worker isn't autoscaled yet, add an hpa 2-5", "apply"),
        ("upgrade frontend to 2.2.0, that should fix it", "set_image"),
        ("spread payments across zones", "patch"),
        ("make payments HA", "apply"),
        # the complaints and the terse specs the labelled sets decided
        ("checkout isn't monitored", "apply"),
        ("payments is not HA", "apply"),
        ("worker requests 1 cpu", "patch"),
        ("it would be nice to have a pdb on payments", "apply"),
    ],
)
def test_descriptions_beside_an_order_still_plan(op: Operator, intent: str, kind: str) -> None:
    proposal, _ = plans(op, intent)
    assert kind in {o.kind for o in proposal.operations}
