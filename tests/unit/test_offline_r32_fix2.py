"""Round 32, fix2: three older tests the round-32 merge broke, mended in the new rules.

- A workload said as the topic of a removal (gap35a, "frontend please remove env X") is a bare
  topic, never what is left of a state said of it: "frontend is retired, remove its
  FEATURE_FLAG" (a retired workload: the delete of it maybe meant) is asked.
- "X no need change" (gap35b's calque) is "don't change X"; the English "X doesn't need to be
  restarted" is a need denied, asked as before (a delete not needed still keeps X).
- "(next sprint)", "(next quarter)" in brackets are a tracker's status tags, asked with the tag
  quoted; a later week or month in brackets ("[next week]", a36b) is still waited on."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(120)

_PATCH_FRONTEND = ["patch deployment/frontend in shop (strategic)"]


@pytest.mark.parametrize(
    "intent",
    [
        "frontend is retired, remove its FEATURE_FLAG",
        "frontend is retired; remove its FEATURE_FLAG",
        "frontend has been decommissioned, drop its FEATURE_FLAG",
        "worker was sunset, please remove env MAX_LIKES",
    ],
)
def test_a_state_before_a_removal_is_no_topic(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "frontend please remove env FEATURE_FLAG",
        "frontend: remove env FEATURE_FLAG",
        "frontend, please remove env FEATURE_FLAG",
        "the beta is over, frontend: remove env FEATURE_FLAG",
    ],
)
def test_a_bare_topic_before_a_removal_still_plans(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert "FEATURE_FLAG" in body
    assert summaries(op, intent) == _PATCH_FRONTEND


@pytest.mark.parametrize(
    "intent",
    [
        "checkout doesn't need to be restarted, scale it to 2",
        "worker does not need to be changed, scale frontend to 3",
        "payments doesn't need to be updated, restart it",
    ],
)
def test_an_english_need_denied_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_the_calque_and_a_delete_not_needed_still_read(op: Operator) -> None:
    assert summaries(op, "update frontend to 2.2.3, the locker redis no need change") == [
        "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.3"
    ]
    assert summaries(
        op, "delete the pdb of orders, orders and orders-config don't need to be deleted"
    ) == ["delete poddisruptionbudget/orders in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker (next sprint)",
        "delete worker (next quarter)",
        "scale worker to 3 (next sprint)",
        "restart payments (next sprint)",
    ],
)
def test_a_later_sprint_in_brackets_is_a_status_tag(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "status tag" in question
    assert "(next " in question
    assert " )" not in question


@pytest.mark.parametrize(
    ("intent", "when"),
    [
        ("restart worker (next week)", "next week"),
        ("scale payments to 4 [next month]", "next month"),
        ("restart worker (this sprint)", "this sprint"),
    ],
)
def test_a_later_week_in_brackets_is_still_waited_on(op: Operator, intent: str, when: str) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.awaits == when
