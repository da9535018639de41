"""Round 17 (attack18), helper speech: order-shaped words that are no order of the speaker's.

The shape all these share: the words of a change stand in a message, but the one who gives it,
does it or will do it is someone or something else, or it is already done, still pending, a
policy or a pasted line that other lines qualify. Each is asked, never planned:

- an order addressed to someone else ("Priya: roll back …", "[dana] …", "kim -> …", "assign to
  priya: …", "Note for Kim: …", "#ops-channel: …", "hey all, could someone …") —
  :mod:`dotop_nb.planner.offline.addressed`;
- someone else's change done, meant or habitual ("Kim set … at 02:00", "Priya plans to …", "the
  CronJob scales …", "folks normally bounce …", "chatgpt suggested: …"), a wish still pending or
  theirs to make ("pending their sign-off", "themselves", "on their end"), the speaker's own by
  hand ("…myself", "I'm on it"), a report with how it went ("…, still crashing"), a request since
  withdrawn or under review, a policy stated, and a paste whose other lines qualify the order —
  the round-17 entries of ``noorder._FRAMES``.

The nearest phrasings that must still plan: a label or a workload before a colon, a relayed
request of the client's (:mod:`.relayed`), a policy followed by the order, a thumbs-up on an
order, a plain order at a clock time."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "Priya: roll back checkout",
        "Marco: bump my-api to 1.5.0",
        "[dana] scale frontend to 3",
        "kim -> restart payments",
        "assign to priya: restart worker",
        "reply to marco: sure, scale frontend to 4",
        "Note for Kim: restart worker tonight",
        "TODO for dana: roll back checkout",
        "#ops-channel: restart worker",
    ],
)
def test_an_order_addressed_to_someone_else_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "Payments: restart it",
        "Urgent: restart worker",
        "Rollback: roll back checkout to the previous revision",
        "for payments: scale to 3",
        "can someone restart worker",
        "redis -> 3 replicas",
        "frontend \u2192 5 replicas",
    ],
)
def test_a_label_or_a_workload_before_the_order_still_plans(shop: Operator, intent: str) -> None:
    plans(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "The client would like us to restart worker, pending their sign-off",
        "the customer wants us to scale frontend to 4 once they confirm",
        "the client wants to roll back checkout themselves",
        "the client will restart worker on their end",
        "the client is thinking about asking us to scale payments to 2",
        "the vendor might ask us to roll back checkout",
        "Per the client's (now withdrawn) request, restart worker",
        "Approved by the CAB; still under review by security: scale frontend to 5",
    ],
)
def test_a_relayed_wish_not_yet_an_order_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "The client would like us to scale frontend to 5",
        "Per the client's request, scale frontend to 5",
        "The client has requested frontend be scaled to 4",
        "Per the client's approved request, restart worker",
    ],
)
def test_a_relayed_request_still_plans(shop: Operator, intent: str) -> None:
    plans(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "Priya plans to restart worker",
        "the DBA will restart postgres tonight",
        "the CronJob scales frontend to 2 every night",
        "the operator restarts worker when the config changes",
        "Marco keeps telling me to roll back checkout",
        "restarting worker myself, no need",
        "rolling back checkout myself, ignore",
        "worker is wedged, I'm on it",
        "I'll handle it: restart worker",
        "folks normally bounce worker when the queue backs up",
        "chatgpt suggested: scale payments to 0",
        "k8sgpt recommends restarting worker",
    ],
)
def test_someone_elses_change_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, the CronJob failed",
        "scale frontend to 5, Priya approved it",
        "we need to restart worker",
        "the HPA scales frontend too aggressively, set its max to 5",
        "autoscale frontend min 2 max 5 \U0001f44d",
    ],
)
def test_an_order_beside_someone_else_still_plans(shop: Operator, intent: str) -> None:
    plans(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "Kim set LOG_LEVEL=info on my-api at 02:00",
        "the on-call put frontend at 5 replicas last night",
        "kim bumped frontend to 4 earlier fyi",
        "bumped my-api to 1.5.0 \u2705",
        "set LOG_LEVEL=debug on my-api, still crashing",
        "per the runbook we bumped my-api to 1.5.0",
        "scale payments to at most 6",
    ],
)
def test_a_report_of_the_change_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL=debug on my-api",
        "set LOG_LEVEL=debug on my-api at 03:00",
        "Then set frontend to 5 replicas",
        "scale frontend up to 5",
    ],
)
def test_the_same_verb_as_an_order_still_plans(shop: Operator, intent: str) -> None:
    plans(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "Kim wrote:\nroll back checkout\nnot sure about this",
        "restart worker\ndeclined by CAB",
        "Checklist:\n- restart worker\n- scale frontend to 5",
        "scale frontend to 5\n^ did someone do this?",
        "Our policy says payments must have 4 replicas",
        "Per the SLO, frontend needs 3 replicas",
    ],
)
def test_a_paste_or_a_policy_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker\nthanks",
        "scale frontend to 5\nand restart worker",
        "As per our SLA, scale payments to 3",
        "payments must have 3 replicas",
        "Our policy requires a PDB on every workload. Add one to payments.",
    ],
)
def test_an_order_with_its_policy_or_a_second_line_still_plans(shop: Operator, intent: str) -> None:
    plans(shop, intent)
