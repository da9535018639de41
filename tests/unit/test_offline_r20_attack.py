"""Round 20, helper attack: lines a black-box attacker found acted on a misread, or done by half,
read by the grammar that owns each shape.

The shapes: (1) a STATUS said as a HASHTAG ("#hold", "#onhold", "#wip") labels the message as a
bracket does; (2) an order's OBJECT AFTER ITS PREPOSITION ("set PROVIDER=adyen on billing")
that names nothing here, while the reason names the workload that would change; (3) "WITH N"
after a verb of more or fewer ("augment frontend with 1 replica"): by N or to N, asked; (4) a
KEY ASSIGNED as the first sentence ("QUEUE=orders-v2 in orders-config. roll orders afterwards")
is a change, never dropped as a report; (5) a REFUSAL as the whole first clause ("rejected by
the CAB, scale worker to 3", "CAB said no. …"); (6) an OLD copy said beside a NEW one ("delete
the old frontend deployment, the new one is live"). The nearest plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (1) A status said as a hashtag: asked, nothing planned.
@pytest.mark.parametrize(
    "intent",
    [
        "restart payments #hold",
        "scale worker to 3 #onhold",
        "#blocked scale orders to 4",
        "restart frontend #wip",
        "bounce checkout #on-hold",
        "scale worker to 3 (parked)",
        "scale orders to 4 (on hold till friday)",
    ],
)
def test_a_status_said_as_a_hashtag_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart frontend #urgent",
        "restart payments #incident-42",
        "scale worker to 3 (batch is slow)",
    ],
)
def test_a_hashtag_or_bracket_that_is_no_status_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


# (2) The order's object after its preposition names nothing here; the reason names a workload.
@pytest.mark.parametrize(
    "intent",
    [
        "set PROVIDER=adyen on billing, it moved to payments",
        "set LOG_LEVEL=debug on billing, it moved to payments",
        "set FEATURE_X=on for ledger, my-api took over from it",
        "set PROVIDER to adyen on billing since payments replaced it",
        "set the cpu request of billing to 200m, it moved to payments",
        "restart ledger, it was merged into orders",
    ],
)
def test_an_unknown_object_beside_a_workload_in_the_reason_is_asked(
    op: Operator, intent: str
) -> None:
    assert "nothing in namespace" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("set PROVIDER=adyen on payments", "payments-config"),
        ("set PROVIDER=adyen on payments for the promo, billing is gone", "payments-config"),
        ("set the cpu request of payments to 200m on friday, payments is slow", "payments"),
    ],
)
def test_the_object_named_in_the_order_still_plans(op: Operator, intent: str, target: str) -> None:
    proposal, _ = plans(op, intent)
    assert {o.target.name for o in proposal.operations} == {target}


# (3) "with N" after a verb of more or fewer: by N or to N — asked, never either.
@pytest.mark.parametrize(
    "intent",
    [
        "augment frontend with 1 replica",
        "grow worker with 2 replicas",
        "boost payments with 3 pods",
        "reduce frontend with 1 replica",
        "increase frontend with 5 replicas",
    ],
)
def test_with_n_after_a_verb_of_more_or_fewer_is_asked(op: Operator, intent: str) -> None:
    assert "after 'with'" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("augment frontend by 1 replica", 4),
        ("scale frontend with 4 replicas", 4),
        ("run frontend with 4 replicas", 4),
    ],
)
def test_by_n_or_a_count_to_run_still_plans(op: Operator, intent: str, replicas: int) -> None:
    _, body = plans(op, intent)
    assert f'"replicas": {replicas}' in body


# (4) A key assigned as the first sentence is a change beside the restart after it.
@pytest.mark.parametrize(
    ("intent", "configmap", "workload"),
    [
        ("QUEUE=orders-v2 in orders-config. roll orders afterwards", "orders-config", "orders"),
        ("BATCH_SIZE=20 in orders-config. restart orders", "orders-config", "orders"),
        ("PROVIDER=adyen in payments-config. bounce payments", "payments-config", "payments"),
    ],
)
def test_a_key_assigned_first_is_planned_with_the_restart(
    op: Operator, intent: str, configmap: str, workload: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [
        ("patch", configmap),
        ("rollout_restart", workload),
    ]


@pytest.mark.parametrize(
    "intent",
    [
        # "roll it" after a ConfigMap's change: never the restart alone, nor the patch alone.
        "set BATCH_SIZE=20 in orders-config and roll it",
        "set PROVIDER=adyen in payments-config and roll it",
        # A report of a value, then a restart: the value is no change to make.
        "QUEUE=orders-v2 in orders-config. CAB said no. restart orders",
    ],
)
def test_never_half_of_a_patch_and_a_restart(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A refusal as the whole first clause: the order after it is the one turned down.
@pytest.mark.parametrize(
    "intent",
    [
        "rejected by the CAB, scale worker to 3",
        "CAB said no. scale worker to 3",
        "not approved yet, restart payments",
        "denied by change management, restart payments",
        "the change board vetoed this. restart orders",
        "bob said no, restart frontend",
        "the CAB hasn't approved it yet, restart frontend",
        "Security declined the change. roll back checkout",
    ],
)
def test_a_refusal_said_first_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "the CAB approved it, scale worker to 3",
        "approved by the CAB, scale worker to 3",
        # A symptom leads with what was refused: the reason for the order.
        "card payments declined, restart payments",
        "requests rejected by the gateway, restart my-api",
    ],
)
def test_a_go_ahead_or_a_symptom_said_first_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


# (6) An old copy said beside a new one: there would be two, and one is here.
@pytest.mark.parametrize(
    "intent",
    [
        "delete the old frontend deployment, the new one is live",
        "remove the old payments deployment now that the new payments is up",
        "restart the old frontend, the new one is fine",
        "scale the old worker to 0, the new worker takes the load",
    ],
)
def test_an_old_copy_beside_a_new_one_is_asked(op: Operator, intent: str) -> None:
    assert "old one and a new one" in (asks(op, intent).question or "")


def test_a_delete_beside_another_new_thing_still_plans(op: Operator) -> None:
    assert "Deployment/frontend" in deletes(
        op, "delete the frontend deployment, we moved to the new portal"
    )
    assert summaries(op, "revert checkout to its previous release, the new one leaks memory")
