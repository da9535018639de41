"""Round 34, the lead's mends at the merge of the round's branches.

- A list item read as a nickname, then the name it stands for ("restart kiln-sensor worker worker
  and plank orders orders", gap37d), only when the list's first item is said so too: "restart
  payments and watch frontend" / "… and ignore frontend" never restart frontend (a verb the
  planner does not know, or a word that leaves an item out, is no nickname).
- One Taglish reading (:func:`dotop_nb.planner.offline.tongues.taglish`), with gap37a's words:
  "tanggalin" takes a key or a variable away, never a workload.
- An object said to stay with "too" / "also" after a keep ("orders stays and orders-config too")
  is no object listed beside a delete (a38b's check of what is named beside it).
- A rate is a number of things per a time: "scale worker to 3 for a week" is a span (asked as a
  change said to end), no rate blanked.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, summaries


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments and watch frontend",
        "restart payments and ignore frontend",
        "restart payments and ask frontend",
        "restart payments then verify frontend",
        "kubectl rollout restart deploy payments -n shop and ignore frontend",
        "restart payments and spare frontend",
    ],
)
def test_a_word_before_a_later_item_is_no_nickname_of_a_plain_list(
    op: Operator, intent: str
) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert not any(o.target.name == "frontend" for o in proposal.operations), proposal.operations


@pytest.mark.parametrize(
    ("intent", "names"),
    [
        ("restart van-tracking worker and cash orders", ["worker", "orders"]),
        ("restart kiln-sensor worker worker and plank orders orders", ["worker", "orders"]),
    ],
)
def test_a_nicknamed_list_is_still_read(op: Operator, intent: str, names: list[str]) -> None:
    assert summaries(op, intent) == [f"restart the pods of deployment/{n} in shop" for n in names]


@pytest.mark.parametrize("intent", ["Tanggalin yung worker", "Paki-tanggalin po yung payments"])
def test_tanggalin_deletes_no_workload(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "delete the orders pdb. orders stays and orders-config too.",
        "delete the orders pdb. orders stays, orders-config also.",
    ],
)
def test_an_object_kept_with_too_is_not_deleted(op: Operator, intent: str) -> None:
    assert deletes(op, intent) == {"PodDisruptionBudget/orders"}


def test_a_configmap_joined_to_a_delete_is_still_checked(op: Operator) -> None:
    # (orders reads orders-config: deleting it alone would break orders' pods — asked.)
    asks(op, "delete the orders pdb, orders-config too")


@pytest.mark.parametrize(
    ("intent", "said"),
    [("scale worker to 3 for a week", "for a week"), ("scale frontend to 0 for an hour", "hour")],
)
def test_a_span_is_no_rate(op: Operator, intent: str, said: str) -> None:
    assert said in (asks(op, intent).question or "")


def test_a_rate_of_things_beside_a_scale_is_context(op: Operator) -> None:
    assert summaries(op, "scale worker to 3, 500 jobs a day") == [
        "scale deployment/worker in shop to 3 replicas"
    ]


# A code review's own label is the writer's order ("nit: …", "suggestion: …", "blocking: …");
# another's label is advice, asked (attack39: every form below was planned before).
@pytest.mark.parametrize(
    "intent",
    [
        "bob's nit: restart worker",
        "the reviewer's blocking comment: scale payments to 4",
        "security's praise: restart orders",
        "suggestion from bob: roll back checkout",
        "nit by Alice: restart worker",
        "comment from Priya: scale payments to 4",
        "suggestion (bob): restart worker",
        "suggestion (your call): roll back checkout",
        "Alice (comment): roll back checkout",
        "bob: nit: roll back checkout",
        "bob left a nit: bump frontend to 2.2.0",
        "suggestion, not mine: roll back checkout",
        "question (non-blocking): scale payments to 4",
        "thought, blocking: scale payments to 4",
        "nit? roll back checkout",
    ],
)
def test_another_s_review_label_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("nit: restart worker", "restart the pods of deployment/worker in shop"),
        ("my nit: restart worker", "restart the pods of deployment/worker in shop"),
        ("nit (non-blocking): restart worker", "restart the pods of deployment/worker in shop"),
        ("minor: restart worker", "restart the pods of deployment/worker in shop"),
        ("blocking: scale payments to 4", "scale deployment/payments in shop to 4 replicas"),
    ],
)
def test_one_s_own_review_label_plans(op: Operator, intent: str, planned: str) -> None:
    assert summaries(op, intent) == [planned]


# Taglish: "hindi yung X" leaves X out; words that say the change is done, unwanted, another's
# or for later, which the reading does not write as English, are asked (attack39).
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "Gawing 3 replicas yung worker, hindi yung payments",
            ["scale deployment/worker in shop to 3 replicas"],
        ),
        (
            "I-restart yung worker, hindi po yung payments",
            ["restart the pods of deployment/worker in shop"],
        ),
    ],
)
def test_taglish_hindi_leaves_out(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


@pytest.mark.parametrize(
    "intent",
    [
        "Na-restart na po yung payments",
        "Ni-restart ko na po yung worker",
        "Tapos na i-restart yung worker",
        "Di na kailangan i-restart yung worker",
        "Sabi ni Bob i-restart yung worker",
        "Okay na yung worker after i-restart",
        "Salamat sa pag-restart ng worker",
        "Hintayin muna natin bago i-restart yung worker",
        "Baka pwede i-restart yung payments",
    ],
)
def test_taglish_done_unwanted_or_another_s_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_taglish_next_week_waits(op: Operator) -> None:
    proposal = op.analyze("Paki-restart po yung worker sa susunod na linggo", namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert proposal.awaits


# "klo" (Finnish "o'clock") before a time is "at": the time is waited on, never dropped, and the
# wait is recorded in the words as sent, a whole word at a time (attack39).
@pytest.mark.parametrize(
    ("intent", "waited"),
    [
        ("scale frontend to 4 klo 03.00", "klo 03.00"),
        ("klo 01.30 scale payments to 5", "klo 01.30"),
        (
            "restart worker after klo 23.00 when the night batch is done",
            "klo 23.00 when the night batch is done",
        ),
    ],
)
def test_klo_is_at(op: Operator, intent: str, waited: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert waited in (proposal.awaits or "")


def test_a_client_s_review_is_no_review_label(op: Operator) -> None:
    # (blind21: the client's capacity review relays the client's request, round 17.)
    assert summaries(
        op,
        "Client's capacity review: raise the memory limit of the client's payments service from "
        "256Mi to 512Mi.",
    ) == ["patch deployment/payments in shop (strategic)"]
