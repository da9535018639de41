"""Round 37, helper m42a: attack42's unsafe shapes in injection, values_inside, corrections,
w3_part_later and w2_time_subtle, as shapes.

- A second order after a comment mark ("scale my-api to 7 # and delete payments", "… -- and
  delete orders", "… // restart worker", "… /* delete payments */", "… REM delete worker"): it
  deleted payments with its Service and ConfigMap. Asked, never planned; a remark after the mark
  ("restart frontend # not orders, that one's fine", "… # see INC-123") stays planned.
- A ConfigMap's keys said in capitals with "to", or as "KEY: value" lines ("set LOG_LEVEL to
  debug and FEATURE_X to on in my-api-config", "my-api-config\\nLOG_LEVEL: debug\\nFEATURE_X:
  on"): one key was dropped. Every key set, or asked (:func:`.muddles.dropped`).
- A chat correction, a star-word after a value ("scale frontend to 9 *5"): it planned 9. Asked;
  emphasis and products are no correction.
- A part said for later by its workload ("scale frontend to 5 and my-api to 8 (my-api later)",
  "…, worker tomorrow"): both ran now. Asked.
- A near time said vaguely ("in a bit: scale orders to 5", "restart worker in a while"), and an
  occasion with no clock closing the order ("restart frontend during the sale"): ran now. Asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


# (1) A second order after a comment mark.
@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api to 7 # and delete payments",
        "scale payments to 8 -- and delete my-api",
        "restart payments // and scale worker to 0",
        "set image of frontend to nginx:1.25 # then delete orders",
        "scale worker to 2 /* delete payments */",
        "restart worker REM delete payments",
        "restart frontend # and worker",
    ],
)
def test_order_after_a_comment_mark_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart frontend # not orders, that one's fine", "frontend"),
        ("restart frontend # see INC-123", "frontend"),
        ("scale worker to 4 -- it is slow", "worker"),
    ],
)
def test_remark_after_a_comment_mark_keeps_the_order(
    op: Operator, intent: str, summary: str
) -> None:
    planned = summaries(op, intent)
    assert len(planned) == 1
    assert summary in planned[0]


# (2) Every key said of a ConfigMap.
@pytest.mark.parametrize(
    "intent",
    [
        "in my-api-config set LOG_LEVEL to debug and FEATURE_X to on",
        "set FEATURE_X to on and LOG_LEVEL to trace in my-api-config",
        "my-api-config\nLOG_LEVEL: debug\nFEATURE_X: on",
        "set BATCH_SIZE to 20 and QUEUE to orders2 in orders-config",
    ],
)
def test_no_key_said_is_dropped(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    if proposal.status == "needs_clarification":
        assert proposal.question
        return
    # (Each operation's fields, never its reason: that quotes the message.)
    body = str([o.model_dump(mode="json", exclude={"reason"}) for o in proposal.operations])
    for key in ("LOG_LEVEL", "FEATURE_X", "BATCH_SIZE", "QUEUE"):
        if key in intent:
            assert key in body


@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL to debug in my-api-config",
        "set FEATURE_X to on in my-api-config and scale frontend to 5",
    ],
)
def test_one_key_said_is_planned(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert "my-api-config" in body


# (3) A star-word correction.
@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 9 *5",
        "scale worker to 3 *8",
        "update frontend image to 2.1.0 *2.1.1",
        "set the image of my-api to my-api:1.5.0 *1.6.0",
    ],
)
def test_star_correction_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


def test_a_lone_star_is_no_correction(op: Operator) -> None:
    assert summaries(op, "scale frontend to 5 *") == [
        "scale deployment/frontend in shop to 5 replicas"
    ]


# (4) A part said for later.
@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 5 and my-api to 8 (my-api later)",
        "restart my-api and worker (worker later)",
        "restart my-api and worker, worker tomorrow",
        "scale my-api to 4 and worker to 2 (later for worker)",
    ],
)
def test_part_for_later_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 5 and my-api to 8, worker stays",
        "restart my-api and worker, later we check logs",
    ],
)
def test_no_part_for_later_keeps_both(op: Operator, intent: str) -> None:
    assert len(summaries(op, intent)) == 2


# (5) A near time said vaguely is waited on, the lead before a colon too (the lead reader
# keeps it); an occasion with no clock closing a one-off act is asked.
@pytest.mark.parametrize(
    ("intent", "when"),
    [
        ("in a bit: scale orders to 5", "in a bit"),
        ("in a moment: restart worker", "in a moment"),
        ("restart worker in a while", "in a while"),
        ("scale worker to 4 in a few", "in a few"),
    ],
)
def test_a_vague_near_time_is_waited_on(op: Operator, intent: str, when: str) -> None:
    _, awaits = summaries_and_awaits(op, intent)
    assert awaits == when


@pytest.mark.parametrize(
    "intent",
    [
        "restart frontend during the sale",
        "restart orders during the promo.",
        "during the promo: bounce worker",
    ],
)
def test_an_occasion_closing_a_one_off_act_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 4, a bit more headroom",
        "restart frontend, it crashed during the sale yesterday",
    ],
)
def test_no_time_keeps_the_order(op: Operator, intent: str) -> None:
    assert len(summaries(op, intent)) == 1
