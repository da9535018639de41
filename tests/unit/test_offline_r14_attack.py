"""Round 14, attack15 on the merged wave: shapes the wave's more generous readings acted on,
each asked again by the rule that owns it.

- veto: a zero attached to the workload's name counts only when the name (or a base verb and
  the name) opens its clause — "Alice recommends scaling payments to 0" is a report;
- mentor: the person's task judged or taken back ("— but that's the wrong answer", "warns
  against") is no order;
- nouns: a descriptor that says another copy ("the outgoing payments", "the v1 frontend") or
  another workload's name spelt apart ("the front-end worker") is not this workload;
- numbers: a count of rollout steps ("in 10% steps") is a quantity the plan must use;
- logs/noorder: "Choice 2:", "Alternative 2:", "Draft 2:" name one choice of several or a draft,
  never an id to drop (the general label rule had dropped them);
- deletions: a kind in brackets after a name ("delete postgres (the service)") is that object
  alone, never the workload of that name too;
- context: a word of another workload's name in the order ("the api") is never yielded to a
  name said only in a fact beside it ("frontend is broken, scale the api to 0" asks)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize(
    "intent",
    [
        "Alice recommends scaling payments to 0",
        "the docs warn against scaling orders to 0",
        "the lab warns against scaling payments to 0",
        "the lab says set payments to 0 replicas — but that's the wrong answer",
        "the exercise says scale worker to 0, which is a trap",
        "restart the front-end worker",
        "scale the outgoing payments to 0",
        "scale the v1 frontend to 0",
        "restart the canary orders",
        "update frontend to 2.2.0 in 10% steps",
        "scale frontend to 5 sans pdb",
        # One choice of several, said as a numbered label: never dropped as an id.
        "Choice 2: delete worker",
        "Alternative 2: delete worker",
        "Draft 2: delete worker",
        "Variant 2: scale payments to 0",
        "Plan 2: scale payments to 0",
    ],
)
def test_a_report_a_judged_task_another_copy_or_an_unused_pace_asks(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("cloud bill is eating our runway, worker to 0 for now", 0),
        ("the lab says set payments to 0 replicas to simulate an outage", 0),
        ("the celery worker is behind, scale worker to 4", 4),
    ],
)
def test_the_zero_or_the_count_said_of_the_workload_itself_still_plans(
    shop: Operator, intent: str, replicas: int
) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.kind, getattr(o, "replicas", None)) for o in proposal.operations] == [
        ("scale", replicas)
    ]


@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("delete postgres (the service)", {"Service/postgres"}),
        ("delete payments (the service)", {"Service/payments"}),
        ("delete orders (the pdb)", {"PodDisruptionBudget/orders"}),
        ("delete payments (service only)", {"Service/payments"}),
        ("delete postgres (the statefulset)", {"StatefulSet/postgres"}),
    ],
)
def test_a_kind_in_brackets_after_a_name_is_the_object_deleted_alone(
    shop: Operator, intent: str, gone: set[str]
) -> None:
    # attack15: "delete postgres (the service)" deleted the database's StatefulSet as well.
    assert deletes(shop, intent) == gone


def test_a_kind_in_brackets_that_is_not_there_asks(shop: Operator) -> None:
    asks(shop, "delete frontend (the hpa)")


@pytest.mark.parametrize(
    "intent",
    [
        "frontend is broken, scale the api to 0",
        "postgres is slow, restart the api",
        "payments is slow, update the api to 1.5.0",
    ],
)
def test_a_word_of_another_name_in_the_order_never_yields_to_the_name_in_a_fact(
    shop: Operator, intent: str
) -> None:
    # attack15: the workload said only in the fact was changed ("the api" is my-api's word).
    asks(shop, intent)


def test_an_order_that_refers_back_to_the_fact_acts_on_it(shop: Operator) -> None:
    proposal, _ = plans(shop, "frontend is slow, restart it")
    assert [(o.kind, o.target.name) for o in proposal.operations] == [
        ("rollout_restart", "frontend")
    ]


def test_zero_while_i_debug_is_a_change_for_a_while(shop: Operator) -> None:
    # Round 23 (foreign, F): planned before; nothing reverts a change on a timer, so a change
    # said to hold while something ongoing lasts is asked, with how to make it for good.
    question = asks(shop, "scale worker to zero while I debug the task retries").question or ""
    assert "while I debug the task retries" in question
    assert "only for a while" in question
