"""Round 22, helper said: words that take the order back, hold it or say it is no order ask.

The shapes (black-box attack 24, S9-S12, S15): (S9) a NEGATION the planner did not know
("needn't …", "unnecessary to …", "…: not required", "do'nt …", Hindi "… nahi karna" / "… mat
karna", French "… ne pas faire"); (S10) a HOLD marker ("HOLD: …", "… ⏸️", "… #donotexecute",
"put the worker restart on ice", "… is embargoed"); (S11) a CANCELLATION or retraction, a
cancelling verb on the order's own noun or gerund ("scrap the worker restart", "no-go on
restarting worker") or a tail that takes it back ("…: called off", "… — I take it back", "…
(typo, ignore)"); (S12) a third party's REJECTION ("The CAB rejected scaling payments to 4",
"Bob vetoed restarting worker", "let Bob decide whether to …"); (S15) a text MARKED as no order
("this is a test: …", "sample request: …", "… — FYI only", "… — just an idea"). All ask; the
nearest plain orders, and those that only name what is left out, still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# S9: a negation word or phrase, English misspelt, Hindi or French.
@pytest.mark.parametrize(
    "intent",
    [
        "worker restart nahi karna",
        "worker restart mat karna",
        "needn't restart worker",
        "you needn't restart worker",
        "needn't scale payments to 4",
        "unnecessary to restart worker",
        "restart worker is unnecessary",
        "restart worker: not required",
        "restart worker - ne pas faire",
        "do'nt restart worker",
        # own phrasings
        "you need not restart worker",
        "it's unnecessary to restart worker",
        "payments ko 4 pe scale mat karo",
        "ne pas redémarrer worker",
        "don,t restart worker",
        "worker restart na karein",
    ],
)
def test_a_negation_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# S10: a hold marker at the head, at the end, as an emoji, a tag or a phrase.
@pytest.mark.parametrize(
    "intent",
    [
        "HOLD: restart worker",
        "HOLD: scale payments to 4",
        "HOLD - restart worker",
        "restart worker \u23f8\ufe0f",
        "restart worker #donotexecute",
        "put the worker restart on ice",
        "restart worker is embargoed",
        # own phrasings
        "restart worker #dontrun",
        "restart worker \u23f9",
        "put the worker restart on hold",
        "restart worker, it's on ice",
        "restart worker (vetoed)",
        "restart worker #nogo",
    ],
)
def test_a_hold_marker_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# S11: a cancellation or retraction of the order.
@pytest.mark.parametrize(
    "intent",
    [
        "stop the worker restart",
        "calling off the worker restart",
        "worker restart: called off",
        "no-go on restarting worker",
        "restart worker: no-go",
        "red light on restart worker",
        "restart worker \u2014 red light",
        "scrap the worker restart",
        "scrap restarting worker",
        "nix the worker restart",
        "ignore the worker restart",
        "abandon the worker restart",
        "abandon restarting worker",
        "revoke the worker restart",
        "rescind the worker restart",
        "countermand the worker restart",
        "worker restart isn't happening",
        "the worker restart won't happen",
        "restart worker \u2014 off the table",
        "restart worker is off",
        "pass on the worker restart",
        "hard pass on restarting worker",
        "veto the worker restart",
        "veto: restart worker",
        "restart worker \u2014 I take it back",
        "restart worker \u2014 strike that",
        "restart worker \u2014 sent by mistake",
        "restart worker (typo, ignore)",
        "restart worker \u2014 oops not prod",
        "I withdraw the request to scale payments to 4",
        "the request to scale payments to 4 is withdrawn",
        "request to scale payments to 4 has been cancelled",
        # own phrasings
        "forget about restarting worker",
        "cancel the request to scale payments to 4",
        "we withdrew the request to restart worker",
        "the payments scale-up is off the table",
        "restart worker - sent in error",
        "restart worker (ignore)",
        "restart worker (typo)",
        "scrap the orders restart",
        "the worker restart has been called off",
        "the worker restart got vetoed",
        "restart worker \u2014 I retract that",
    ],
)
def test_a_cancellation_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# S12: a third party turned it down, or the decision is theirs.
@pytest.mark.parametrize(
    "intent",
    [
        "The CAB rejected the request to scale payments to 4.",
        "The CAB rejected scaling payments to 4",
        "Bob rejected the restart of worker",
        "Bob vetoed restarting worker",
        "let Bob decide whether to restart worker",
        # own phrasings
        "Dana declined restarting worker",
        "the DBA turned down the request to scale payments to 4",
        "leave it to Priya to decide whether to restart worker",
        "Priya nixed the worker restart",
        "it's Bob's call whether to restart worker",
    ],
)
def test_a_third_partys_rejection_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# S15: marked as a test, a sample, information or an idea.
@pytest.mark.parametrize(
    "intent",
    [
        "this is a test: restart worker",
        "sample request: scale payments to 4",
        "scale payments to 4 \u2014 FYI only",
        "scale payments to 4 \u2014 just an idea",
        # own phrasings
        "this is just a test: scale payments to 4",
        "example request: restart worker",
        "just thinking out loud: restart worker",
        "scale payments to 4 \u2014 food for thought",
        "scale payments to 4 \u2014 suggestion only",
    ],
)
def test_a_text_marked_as_no_order_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# The nearest plain orders, and those that name what is left out or another object's state.
@pytest.mark.parametrize(
    "intent",
    [
        "restart worker \u2014 not payments",
        "ignore the alerts and restart worker",
        "restart worker, the load is off",
        "restart worker since the sale is off",
        "scale payments to 4 and restart worker",
        "restart worker, then scale payments to 4",
        "drop envoy from orders",
        "scrap orders; the pdb is not to be removed",
        "restart payments (risk checks)",
        "restart worker",
        "scale payments to 4",
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str) -> None:
    plans(op, intent)
