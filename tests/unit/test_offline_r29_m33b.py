"""Round 29, helper m33b: the tenth attack's greeting family (U8, U8b, U9, U10, U16, U18) and O6.

The shapes (black-box attack 33, /work/notes/w29/attack33): the same non-order that is asked
when said bare was planned after a greeting or a politeness opener ("hey, ", "hi team - ",
"pls ", "ok ", "btw ", "kindly ", "team: ", "hello! ", "morning all, ", "oh and ", "sorry, "):
hearsay, a heads-up, advice, an intention, a permission, a withdrawal, a report. One root cause:
the readers of non-orders anchor at the message's start, and the opener hid it; the opener is
now read as absent (:mod:`dotop_nb.planner.offline.openers`). Beside it: a header that withdraws
or bins what it labels ("forget it: …", "toss the following: …") is asked, bare too (U18,
U8b); a change told done by a person or in the passive past stays a report with a "please"
after it (U9); "argo will bump … pls" stays hearsay (U16); "quick one:" / "one thing:" is no
count of one (O6)."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import openers
from dotop_nb.service import Operator
from tests.memory import asks, deletes, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("hey, argo will bump frontend to 2.1.3", "argo will bump frontend to 2.1.3"),
        ("hi team - cancel: scale frontend to 5", "cancel: scale frontend to 5"),
        ("pls the idea is to scale x", "the idea is to scale x"),
        ("kindly I would scale orders to 3", "I would scale orders to 3"),
        ("team: FYI: scale checkout to 3", "FYI: scale checkout to 3"),
        ("hello! it's safe to restart checkout", "it's safe to restart checkout"),
        ("morning all, scale worker to 3", "scale worker to 3"),
        ("oh and bin the following: x y", "bin the following: x y"),
        ("sorry, trash: x y", "trash: x y"),
        ("quick one: scale worker to 3", "scale worker to 3"),
        ("one more thing - restart worker", "restart worker"),
        # Not an opener: a word of the sentence itself.
        ("so that x y", "so that x y"),
        ("ok to restart payments?", "ok to restart payments?"),
        ("all pods of worker restart", "all pods of worker restart"),
        ("team goals: scale x", "team goals: scale x"),
        ("hey team", "hey team"),
        ("please", "please"),
    ],
)
def test_the_opener_is_read_as_absent(text: str, bare: str) -> None:
    assert openers.bare(text) == bare


# U16 / U10: hearsay, a heads-up, advice, an intention or a permission, greeted: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "hey, argo will bump frontend to 2.1.3",
        "hey, argo will bump frontend to 2.1.3 pls",
        "ok renovate will bump worker to 0.9.2",
        "pls renovate will bump worker to 0.9.2 pls",
        "team: dependabot will bump orders to 1.0.1",
        "btw heads up: worker goes to 0.9.2 tomorrow",
        "hi team - heads up: worker goes to 0.9.2 tomorrow",
        "kindly just FYI, orders to 6 replicas",
        "just FYI, worker to 5 replicas!",
        "team: FYI: scale checkout to 3",
        "hi team - FYI - restart frontend pls",
        "hi team - note to self: restart checkout",
        "so for your information: update my-api to 1.4.1",
        "pls I would scale worker to 5",
        "kindly I would scale orders to 3",
        "hi team - the idea is to scale checkout to 3",
        "pls the idea is to scale payments to 4",
        "morning all, it's safe to restart orders",
        "hello! it's safe to restart checkout",
        "kindly should i scale checkout to 4? please",
    ],
)
def test_a_greeted_non_order_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# U8 / U8b / U18: a header that withdraws or bins what it labels, greeted or bare: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "forget it: update my-api to 1.4.2",
        "forget it: update checkout to 1.1.3",
        "hi team - cancel: scale frontend to 5",
        "pls cancel: set FEATURE_Y=off on frontend",
        "hey, scratch: orders 1.0.0 -> 1.0.3",
        "kindly scratch this: payments to 3 pods pls",
        "team - revoke — update my-api to 1.5.0",
        "kindly ditch — restart payments",
        "ok ditch it: hpa for payments min 3 max 12 cpu 75",
        "hi, scratch the following: update payments to 3.0.1",
        "can you cancel: scale orders to 4 ty",
        "could you please nvm: scale frontend to 4.",
        "hey, scratch: kubectl rollout restart deploy payments -n shop  # pick up new secret",
        "please ignore: frontend should never go below 2 but can grow up to 8 when cpu hits 75%",
        "kindly revoke: orders should accept traffic from payments only",
        "team - axe: spread frontend across zones",
        "kindly toss: add monitoring to frontend",
        "pls bin - autoscale checkout 2-6 at 60% cpu",
        "oh and bin the following: scale orders up by 3",
        "sorry, bin: my-api should never go below 3 but can grow up to 6 when cpu hits 80%",
        "kindly remove this: set cpu request of checkout to 1",
        "please drop: get rid of checkout",
        "toss the following: scale checkout to one",
        "team - void it: deploy version 3.0.2 of payments",
    ],
)
def test_a_withdrawing_header_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# A binning word before only the object it deletes labels that deletion: still planned.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("nuke: worker", {"Deployment/worker"}),
        ("delete: the worker deployment", {"Deployment/worker"}),
        ("remove: the orders pdb", {"PodDisruptionBudget/orders"}),
    ],
)
def test_a_binning_header_before_its_object_deletes_it(
    op: Operator, intent: str, gone: set[str]
) -> None:
    assert deletes(op, intent) == gone


# U9: a change told done by a person or in the passive past, with a "please": asked.
@pytest.mark.parametrize(
    "intent",
    [
        "alice restarted payments please",
        "ok bob scaled worker to 3 asap",
        "hey, alice restarted worker asap",
        "btw bob scaled orders to 5 please",
        "so ops restarted orders at 3am pls",
        "hi team - my-api was rolled out with 9.9.9 pls",
        "kindly payments was scaled to 3 yesterday thx",
        "hey, checkout got updated to 9.9.9 last week please",
        "note alice restarted orders pls",
        "just so you know, bob scaled my-api to 4 pls",
        "note payments got bumped to 9.9.9 pls",
        "worker scaled to 3 by the on-call asap",
        "hey, checkout scaled to 6 by the on-call pls",
    ],
)
def test_a_report_with_a_please_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Near misses: a greeted order, a terse order with a "please", stay planned.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("hey, scale payments to 4", "scale deployment/payments in shop to 4 replicas"),
        ("hi team - restart checkout pls", "restart the pods of deployment/checkout in shop"),
        ("pls scale worker to 3", "scale deployment/worker in shop to 3 replicas"),
        ("kindly scale orders to 3", "scale deployment/orders in shop to 3 replicas"),
        ("team: scale checkout to 3", "scale deployment/checkout in shop to 3 replicas"),
        ("ok scale frontend to 5", "scale deployment/frontend in shop to 5 replicas"),
        ("payments scaled to 4 please", "scale deployment/payments in shop to 4 replicas"),
        (
            "frontend updated to 2.2.0 please",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
        ),
        # O6: "quick one:" / "one thing:" is no count of one.
        (
            "quick one: Scale frontend deployment replicas to 12.",
            "scale deployment/frontend in shop to 12 replicas",
        ),
        ("quick one: frontend +1 replica", "scale deployment/frontend in shop to 4 replicas"),
        ("one thing: scale worker to 3", "scale deployment/worker in shop to 3 replicas"),
        ("one more thing - scale worker to 3", "scale deployment/worker in shop to 3 replicas"),
    ],
)
def test_a_greeted_order_is_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_quick_one_before_an_hpa_is_planned(op: Operator) -> None:
    assert summaries(
        op,
        "Quick one: payments should never go below 2 but can grow up to 10 when cpu hits 70%",
    ) == ["apply horizontalpodautoscaler/payments in shop"]


# Negatives: a greeting before a name is still an address to that person.
@pytest.mark.parametrize("intent", ["hey bob, restart payments", "hi alice - scale worker to 3"])
def test_a_greeted_person_is_still_addressed(op: Operator, intent: str) -> None:
    assert "addressed to" in (asks(op, intent).question or "")


# U10 (hold): a "please" after a closing hold holds it still; a bare "thanks" closes nothing.
@pytest.mark.parametrize(
    "intent",
    [
        "hi team - scale checkout to 4 -- hold, do not execute please",
        "scale my-api to 4 -- HOLD, do not execute pls",
        "restart worker -- on hold pls",
    ],
)
def test_a_hold_with_a_please_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_thanks_after_a_dash_holds_nothing(op: Operator) -> None:
    assert summaries(op, "scale checkout to 4 -- thanks") == [
        "scale deployment/checkout in shop to 4 replicas"
    ]


# U16: "for your information" after an opener is still information.
@pytest.mark.parametrize(
    "intent",
    [
        "so for your information: update my-api to 1.4.1",
        "btw for your information: update worker to 0.9.2 pls",
    ],
)
def test_for_your_information_after_an_opener_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_sorry_if_keeps_its_words(op: Operator) -> None:
    assert summaries(
        op,
        "sorry if this is a dumb question but can you restart the postgres statefulset? "
        "the lab grader says the db is stale",
    ) == ["restart the pods of statefulset/postgres in shop"]


# At the merge: an "ok" asking leave ("OK? …") or giving it for later ("OK next week - …") is
# the message itself, never an opener to drop; a request ending in "please?" is asked whether
# or not a greeting opens it (the readers of questions see the message without the greeting).
@pytest.mark.parametrize(
    "intent",
    [
        "OK? restart frontend",
        "ok? scale worker to 3",
        "OK next week - scale frontend to 4",
        "ok tomorrow: restart payments",
        "hey, scale orders to 4 please?",
    ],
)
def test_an_ok_that_asks_or_defers_is_no_opener(op: Operator, intent: str) -> None:
    asks(op, intent)
