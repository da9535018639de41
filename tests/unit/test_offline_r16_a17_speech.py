"""Round 16, attack17 helper speech: words that are not the speaker's order now are asked.

Four shapes, each one table: reported speech and quotes (moods.FRAMES "reported speech",
noorder._FRAMES "words someone else said", addressed._CHAT_LINE); the speaker's own act in
progress or intent (moods.FRAMES "narration"); dares, opinions, expected states and diagnoses
(moods.FRAMES "dare" / "expectation"); and a comment that withholds a pasted command (noorder
._FRAMES). The nearest orders — polite requests, "I want/need …", "let's …", "I'd like to …",
a kubectl command alone or filed by its comment — still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator

pytestmark = pytest.mark.timeout(300)


def _asked(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert not proposal.operations or proposal.status not in ("proposed", "satisfied"), (
        intent,
        [op.summary() for op in proposal.operations],
    )
    assert proposal.question


def _planned(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", (intent, proposal.question)
    assert proposal.operations


# Reported speech and quotes: someone else's words, or a decision left to the reader.
@pytest.mark.parametrize(
    "intent",
    [
        "carol: bounce the orders deployment",
        "dave: roll back checkout",
        "the jira asks to scale my-api to 2",
        "the incident ticket says: restart orders",
        "Carol told us to delete the worker",
        "the vendor says we should restart orders",
        "the change request asks for 4 my-api replicas",
        "we were told to roll checkout back",
        "the customer wants us to scale frontend to 6",
        "Datadog says frontend needs 6 replicas",
        "pasted from the incident doc: restart orders",
        "Carol's reply: scale worker to 0",
        "from Dave: roll back checkout",
        "the playbook: restart orders",
        "consultant advice: scale my-api to 5",
        "according to the docs, restart orders",
        "restart orders (Dave's words, I'm just passing it on)",
        "scale my-api to 1, quoting the runbook",
        "roll back checkout, says Carol",
        "delete the worker — Dave said no",
        "bounce orders, up to you",
        "scale my-api to 2 — your decision",
    ],
)
def test_reported_speech_asked(shop: Operator, intent: str) -> None:
    _asked(shop, intent)


# The speaker's act in progress or intent, told.
@pytest.mark.parametrize(
    "intent",
    [
        "I'm bouncing orders right now",
        "we're scaling my-api to 2 at the moment",
        "currently restarting orders",
        "scaling my-api to 2 now",
        "restarting orders…",
        "gonna roll back checkout",
        "about to restart orders",
        "I'm about to scale my-api to 2",
        # the told act is never planned again beside an order
        "I'm bouncing orders right now, could you scale frontend to 5",
    ],
)
def test_narration_asked(shop: Operator, intent: str) -> None:
    _asked(shop, intent)


# Dares, opinions, expected states and diagnoses.
@pytest.mark.parametrize(
    "intent",
    [
        "double dare you to delete the worker",
        "bet you won't restart orders",
        "mind not restarting orders?",
        "probably worth bouncing orders",
        "orders behaves better after a restart",
        "my-api should be on 2 replicas already",
        "orders should have 3 pods by now",
        "the usual fix is to restart orders",
        "the way to deal with it is to roll back checkout",
    ],
)
def test_opinion_and_state_asked(shop: Operator, intent: str) -> None:
    _asked(shop, intent)


# A pasted command whose comment withholds it.
@pytest.mark.parametrize(
    "intent",
    [
        "kubectl rollout restart deploy/orders # ???",
        "kubectl rollout restart deploy/orders # not sure",
        "kubectl scale deploy my-api --replicas=2 # dave ran this last night",
        "kubectl scale deploy my-api --replicas=2 # already applied",
        "kubectl rollout undo deploy/checkout # for friday",
        "kubectl rollout restart deploy/orders # no longer needed",
    ],
)
def test_withheld_command_asked(shop: Operator, intent: str) -> None:
    _asked(shop, intent)


# The nearest orders: still planned.
@pytest.mark.parametrize(
    "intent",
    [
        "can you restart orders",
        "could you scale my-api to 4",
        "I need orders restarted",
        "I want my-api at 4 replicas",
        "let's roll back checkout",
        "I'd like to restart orders",
        "we're going to scale frontend to 5",
        "rolling restart of orders",
        "my-api should run 3 replicas",
        "the customer is complaining, restart orders",
        "Dave is out today, please restart orders",
        "orders: restart",
        "cleanup: remove cache-proxy deployment",
        "restart orders, the docs say that picks up the config",
        "kubectl rollout restart deploy/orders",
        "$ kubectl rollout restart deploy/orders",
        "kubectl rollout restart deploy/orders   # runbook step 2",
        "restart orders now",
        "mind bouncing orders?",
        "ok mind scaling my-api to 4?",
        "restart orders now, I'm bouncing checkout myself",
        "the change request asks for 4 my-api replicas, go ahead",
        "The auditor asked us to tidy up, so scale my-api to 4",
    ],
)
def test_nearest_orders_planned(shop: Operator, intent: str) -> None:
    _planned(shop, intent)
