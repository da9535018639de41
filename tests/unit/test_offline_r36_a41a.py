"""Round 36, helper a41a: attack 40's remaining "or" and later-time shapes in other tongues.

The shapes (black-box attack 40, re-run on round 35's main: /work/notes/w35/re40):

- "or" said in another tongue between two values ("scale payments to 3 o 4", "2.2.0 ou 2.3.0",
  "512Mi o bien 1Gi", "2 oder 3", "3 (o 4)", "4, o sea 5"), after a value before "more" or "so"
  ("4 o mas", "4 o so"), between a key's two values ("LOG_LEVEL=debug oder trace") or before a
  second order ("restart payments, o scale it to 4"): the first value was planned. Now asked,
  as the English "or" is (:data:`.guard._HEDGE_ELSE`).
- a later time, a "for a while", an "until" or a hedge said in Scots or Swahili ("the morn",
  "the morn's morn", "in a wee while", "fur a wee while", "fur the day", "mebbe", "kesho",
  "jioni", "baadaye", "saa tatu", "hadi Ijumaa", "mpaka kesho", "labda", "kama bob anakubali",
  "kila Jumapili saa tatu asubuhi") and a clock time with the letter O for its zero ("at
  o600"): acted on now. Now waited on where a table reads it ("the morn" is tomorrow), else
  asked (:mod:`.tongues`: the tongues' gates and tables, the words no table reads).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import question_for, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

_SCALE4 = ["scale deployment/payments in shop to 4 replicas"]


# ---------------------------------------------------------------- "or" in another tongue


@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 3 o 4",
        "scale payments to 3 ou 4",
        "scale payments to 3 oder 4",
        "scale payments to 3 au 4",
        "scale payments to 3 ama 4",
        "scale payments to 3 atau 4",
        "set worker replicas to 2 eller 3",
        "set worker replicas to 2 tai 3",
        "set worker replicas to 2 vagy 3",
        "set worker replicas to 2 lub 3",
        "set worker replicas to 2 sau 3",
        "set worker replicas to 2 ya da 3",
        "set worker replicas to 2 veya 3",
        "set worker replicas to 2 nebo 3",
        "set worker replicas to 2 ili 3",
        "set worker replicas to 2 o bien 3",
        "scale payments to 3 (o 4)",
        "scale payments to 3, o 4",
        "scale payments up to 5 o 3",
        "scale worker to 3 o 4, whatever fits",
        "set the replicas of payments to 4 o 6",
        "switch frontend to 2.2.0 ou 2.3.0",
        "upgrade payments to 3.1.0 oder 3.2.0",
        "set the memory limit of payments to 512Mi o bien 1Gi",
        "set the memory limit of payments to 512Mi ya da 1Gi",
        "autoscale payments between 2 and 6 o 8",
        "autoscale payments from 2 to 6 o 8",
        "autoscale payments 2 to 6 o 8 at 70%",
        "set the pdb of orders to minAvailable 1 o 2",
        "scale payments to 4 o mas",
        "scale payments to 4 o más",
        "scale payments to 4 ou plus",
        "scale payments to 4 o so",
        "scale payments to 4, o sea 5",
        "back up postgres daily at 3 o 4",
        "set LOG_LEVEL=debug oder trace on my-api",
        "set LOG_LEVEL=debug o trace on my-api",
        "set LOG_LEVEL=debug on my-api, o restart it",
        "restart payments, o scale it to 4",
        "restart payments, ou scale it to 4",
    ],
)
def test_or_said_in_another_tongue_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        # Scots "o" is "of"; no value stands before it.
        (
            "scale the replicas o payments tae 3",
            ["scale deployment/payments in shop to 3 replicas"],
        ),
        ("scale payments to 4", _SCALE4),
        ("set the replicas of payments to 4", _SCALE4),
        (
            "switch frontend to 2.2.0",
            [
                "set image of container web in deployment/frontend in shop to "
                "ghcr.io/acme/frontend:2.2.0"
            ],
        ),
        ("set LOG_LEVEL=debug on my-api", ["patch configmap/my-api-config in shop (merge)"]),
        (
            "set LOG_LEVEL=debug on my-api, also restart it",
            [
                "patch configmap/my-api-config in shop (merge)",
                "restart the pods of deployment/my-api in shop",
            ],
        ),
    ],
)
def test_no_foreign_or_stays_planned(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


# ---------------------------------------------------------------- later, in Scots or Swahili


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("scale payments to 4 the morn", "the morn"),
        ("scale payments tae 4 the morn", "the morn"),
        ("scale payments to 4 in a wee while", "in a wee while"),
        ("scale payments to 4 the morra", "the morra"),
    ],
)
def test_a_later_time_in_scots_is_waited_on(op: Operator, intent: str, awaits: str) -> None:
    planned, waits = summaries_and_awaits(op, intent)
    assert planned == _SCALE4
    assert awaits in waits


@pytest.mark.parametrize(
    "intent",
    [
        "roll back checkout the morn's morn",
        "restart worker the morn",
        "switch frontend to 2.2.0 the morn",
        "set LOG_LEVEL=debug on my-api in a wee while",
    ],
)
def test_a_later_time_in_scots_never_acts_now(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status != "proposed" or proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        # how long it holds
        "scale payments to 4 fur a wee while",
        "switch frontend to 2.2.0 fur the day",
        "autoscale payments 3 ≤ n ≤ 9 fur the day",
        "scale payments to 4 hadi kesho",
        "switch frontend to 2.2.0 mpaka Ijumaa",
        "scale frontend to 1 hadi Ijumaa",
        "scale frontend to 1 mpaka kesho",
        # a time no table reads
        "scale payments to 4 kesho",
        "switch frontend to 2.2.0 kesho",
        "scale payments to 4 baadaye",
        "scale payments to 4 jioni",
        "scale payments to 4 mchana",
        "scale payments to 4 leo usiku",
        "scale payments to 4 kesho kutwa",
        "scale payments to 4 kesho saa nne",
        "switch frontend to 2.2.0 saa tatu",
        "scale payments to 4 Jumatatu",
        "scale payments tae 4 morn",
        "scale payments to 4 at o600",
        "switch frontend to 2.2.0 at O600",
        # a hedge, a condition
        "scale payments to 4 labda",
        "scale payments to 4 mebbe",
        # a Swahili clock time in a backup's cadence (the hour counts from 06:00)
        "back up postgres weekly, kila Jumapili saa tatu asubuhi",
        "back up postgres weekly, kila Ijumaa saa tatu asubuhi",
    ],
)
def test_a_time_or_hedge_in_scots_or_swahili_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "delete the orders pdb the morn",
        "delete orders the morn's morn",
        "remove the orders pdb in a wee while",
        "delete the orders pdb baadaye",
        "delete the orders pdb leo usiku",
        "delete the orders pdb jioni",
        "delete the orders pdb saa tatu",
        "delete the orders pdb Jumatatu",
        "delete orders at o600",
        "remove the orders pdb wiki ijayo",
        "delete the orders pdb fur a wee while",
        "delete the orders pdb hadi kesho",
        "delete the orders pdb mebbe",
        "delete the orders pdb labda",
        "delete the orders pdb pengine",
        "delete the orders pdb kama bob anakubali",
    ],
)
def test_a_delete_said_with_a_time_or_hedge_in_a_tongue_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        # a sign-off with a name, English "for", a Scots value, a Scots "now"
        ("restart worker, thanks Hadi", ["restart the pods of deployment/worker in shop"]),
        ("scale payments tae 4 the noo", _SCALE4),
        ("set LOG_LEVEL tae warn fur my-api", ["patch configmap/my-api-config in shop (merge)"]),
        ("scale payments to 4 at 06:00 UTC", _SCALE4),
    ],
)
def test_near_misses_stay_planned(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries_and_awaits(op, intent)[0] == planned


# ---------------------------------------------------------------- a backup's cadence or zone


@pytest.mark.parametrize(
    "intent",
    [
        "back up postgres every fortnight",
        "back up postgres every other fortnight",
        "back up postgres every two weeks",
        "back up postgres every three months",
        "back up postgres every couple of weeks",
        "back up postgres every Sunday 03:00 EAT",
        "back up postgres daily at 02:00 SAST",
    ],
)
def test_a_backup_cadence_or_zone_no_cron_says_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("back up postgres every 6 hours", "0 */6 * * *"),
        ("back up postgres every week", "0 2 * * 0"),
        ("back up postgres every month", "0 2 1 * *"),
        ("back up postgres every Sunday 03:00 UTC", "0 3 * * 0"),
    ],
)
def test_a_cadence_a_cron_says_stays_planned(op: Operator, intent: str, cron: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert cron in str([o.model_dump(mode="json") for o in proposal.operations])


def test_a_swahili_cadence_a_schedule_reads_stays_planned(op: Operator) -> None:
    # (The days are strong words of Swahili now; the cadence read is no word left unread.)
    assert summaries(op, "Velero schedule ya shop kila Jumapili 03:00, keep 4 weeks") == [
        "apply schedule/namespace-shop in shop"
    ]
