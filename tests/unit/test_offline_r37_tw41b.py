"""Round 37, helper tw41b: attack41's unsafe shapes said in other tongues, as shapes.

- "or" in another tongue between two values: Hindi/Swahili "ya", Vietnamese "hoặc" (and
  "hoac"), "vs"/"versus" ("scale payments to 3 ya 4"): one of several, asked (:mod:`.guard`).
- A negation or an "already" of another tongue at the head, before the order ("jangan restart
  worker", "bitte nicht …", "ne restartuj …", "nie skaluj …", "sudah restart worker", "no
  restart worker"): no order to run now, asked (:mod:`.noorder`).
- Another's words reported in another tongue, as a lead ("bob dijo …", "bob sagt …", "bob ne
  kaha …", "alice dit: …") or as a source ("selon bob …", "kata bob …", "laut alice …"): a
  report, asked (:mod:`.noorder`).
- A change record or pull request said before an arrow or a chain ("CHG-9 → restart worker",
  "PR #12 => …", "OPS-44 -> …"): the change hangs on it, asked (:mod:`.noorder`).

Near-misses keep planning: a from→to value ("scale payments 2 -> 4"), a record as a label
("CHG-9: restart worker"), English leads ("ya know, restart worker", "non-prod note: …").
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)

RESTART_WORKER = "restart the pods of deployment/worker in shop"


# (1) "or" in another tongue between two values.
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 3 ya 4",
        "set payments replicas 4 ya 6",
        "bump frontend to 2.2.0 ya 2.3.0",
        "scale payments to 3 hoac 4",
        "update frontend to 2.2.0 hoặc 2.3.0",
        "scale payments to 3 vs 4",
        "scale frontend to 3 versus 5",
        "restart payments, ya scale worker to 3",
    ],
)
def test_or_in_another_tongue_asks(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "another tongue" in question or "or" in question


# (2) A negation or an "already" at the head.
@pytest.mark.parametrize(
    "intent",
    [
        "jangan restart worker",
        "tolong jangan restart worker",
        "jangan scale payments to 4",
        "nicht scale payments to 4",
        "bitte, nicht restart frontend",
        "ne restartuj frontend",
        "nie restartuj worker",
        "sudah scale payments to 4",
        "udah restart worker",
        "non restart worker",
        "não restart worker",
        "kein restart worker",
    ],
)
def test_negation_or_already_at_the_head_asks(op: Operator, intent: str) -> None:
    assert "take the order back" in (asks(op, intent).question or "")


# (3) Hearsay in another tongue.
@pytest.mark.parametrize(
    "intent",
    [
        "bob dijo restart worker",
        "bob dijo que restart worker",
        "alice sagte scale checkout to 3",
        "maria dit: restart payments",
        "joão disse que scale payments to 4",
        "piet zei restart worker",
        "rahul ne kaha scale payments to 4",
        "the sre sagt restart worker",
        "selon alice, scale payments to 4",
        "según bob restart worker",
        "laut bob restart worker",
        "kata budi scale payments to 4",
        "menurut budi restart worker",
    ],
)
def test_hearsay_in_another_tongue_asks(op: Operator, intent: str) -> None:
    assert "reported in another tongue" in (asks(op, intent).question or "")


# (4) A change record before an arrow.
@pytest.mark.parametrize(
    "intent",
    [
        "CHG-12 → scale payments to 4",
        "CHG-12 ⇒ restart frontend",
        "OPS-44 -> restart worker",
        "PR 88 => bump frontend to 2.2.0",
        "#12 → restart worker",
        "ticket 42 -> scale checkout to 3",
        "needs CHG-9 → restart worker",
        "CHG-9 -> restart worker",
    ],
)
def test_record_before_an_arrow_asks(op: Operator, intent: str) -> None:
    assert "before an arrow" in (asks(op, intent).question or "")


# Near-misses: still planned as before.
@pytest.mark.parametrize(
    "intent",
    [
        "restart worker",
        "CHG-9: restart worker",
        "CHG-9 approved, restart worker",
        "restart worker per CHG-9",
        "ya know, restart worker",
        "non-prod note: restart worker",
        "no-op check: restart worker",
        "ne-1 cluster is fine, restart worker",
        "the dit service: restart worker",
        "dice game service... restart worker",
    ],
)
def test_near_misses_keep_planning(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [RESTART_WORKER]


def test_from_to_arrow_keeps_planning(op: Operator) -> None:
    assert summaries(op, "scale payments 2 -> 4") == [
        "scale deployment/payments in shop to 4 replicas"
    ]


def test_vs_between_seen_and_set_keeps_planning(op: Operator) -> None:
    # "vs" between what is seen and what is set compares; the order after it stands.
    _, body = plans(op, "payments cpu p95 is 300m vs 250m requested: raise the cpu request to 400m")
    assert '"400m"' in body
