"""Round 30, helper o33: the tenth attack's over-asks (a clear order answered with a question).

(O4) A clause beside the order that can only say how things are — the live count ("…, currently
1", "(currently 2 pods)"), a number said to stay as it is ("…, port 8080 unchanged"), a load read
on a measure ("cpu at 93% on 3 nodes, …", "error rate at 5%, …") — lends the order nothing: the
order is planned with its own value. A count said to stay that is the change's own ("replicas 3
unchanged"), a live count that is not the live one, and a measure beside an autoscaler or an
alert (whose target it may be) are still read, or asked.
(O2) Another workload left out in a note — "…, nothing on orders", "… - nothing on checkout",
"… (worker stays as is)", "(payments remains untouched)" — is left out: the order is planned,
and a plan that would touch the one left out is asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (O4) A state beside the order: planned with the order's own value.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale worker to 4, currently 1", "deployment/worker in shop to 4 replicas"),
        ("scale worker to 4 (currently 1)", "deployment/worker in shop to 4 replicas"),
        ("scale checkout to 6, currently 2 pods", "deployment/checkout in shop to 6 replicas"),
        ("scale orders to 5, atm 2", "deployment/orders in shop to 5 replicas"),
        ("scale payments to 8, port 8080 unchanged", "deployment/payments in shop to 8 replicas"),
        ("scale worker to 3 - port 9090 stays as is", "deployment/worker in shop to 3 replicas"),
        ("scale orders to 5 (port 8080 unchanged)", "deployment/orders in shop to 5 replicas"),
        ("cpu at 93% on 3 nodes, restart worker", "restart the pods of deployment/worker"),
        (
            "cpu at 93% on 3 nodes, roll checkout back to the previous version",
            "roll deployment/checkout in shop back",
        ),
        ("cpu at 93% on 3 nodes, scale frontend 3x", "deployment/frontend in shop to 9 replicas"),
        ("cpu at 93% on 3 nodes, payments replicas=4", "deployment/payments in shop to 4 replicas"),
        ("memory at 88%, scale my-api to 4", "deployment/my-api in shop to 4 replicas"),
        ("error rate at 5%, restart payments", "restart the pods of deployment/payments"),
        (
            "cpu at 93% on 3 nodes, upgrade payments from 3.0.0 to 3.0.1",
            "ghcr.io/acme/payments:3.0.1",
        ),
        ("restart orders, load at 70%", "restart the pods of deployment/orders"),
    ],
)
def test_a_state_beside_the_order_lends_it_nothing(op: Operator, intent: str, summary: str) -> None:
    assert any(summary in s for s in summaries(op, intent))


# (O4) Near misses: a count said to stay that is the change's own, a live count that is not
# the live one, a measure with no order beside it — asked.
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 8, replicas 3 unchanged",
        "scale payments to 8, desired replicas 3 unchanged",
        "scale worker to 4, currently 3",
        "cpu at 93% on 3 nodes",
        "scale my-api to 5 and 7, currently 2",
    ],
)
def test_a_state_that_may_be_the_value_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (O4) A measure beside an autoscaler is its target, never context.
def test_a_measure_beside_an_autoscaler_is_its_target(op: Operator) -> None:
    _, body = plans(op, "autoscale frontend 2-10, cpu at 70%")
    assert '"averageUtilization": 70' in body


# (O2) Another workload left out in a note: the order planned, the other untouched.
@pytest.mark.parametrize(
    ("intent", "summary", "other"),
    [
        (
            "scale the checkout deployment to 8 and nothing on orders",
            "deployment/checkout in shop to 8 replicas",
            "orders",
        ),
        (
            "release orders 1.1.0 pls; nothing on checkout",
            "ghcr.io/acme/orders:1.1.0",
            "checkout",
        ),
        (
            "remove a replica from frontend (worker stays as is)",
            "deployment/frontend in shop to 2 replicas",
            "worker",
        ),
        ("restart worker, nothing on frontend", "deployment/worker", "frontend"),
        ("bounce checkout (frontend stays as is)", "deployment/checkout", "frontend"),
        ("scale frontend x3 - nothing on orders", "deployment/frontend in shop to 9", "orders"),
        (
            "add a servicemonitor for frontend and nothing on checkout",
            "servicemonitor/frontend",
            "checkout",
        ),
        ("my-api needs 3 more replicas, nothing on worker", "deployment/my-api", "worker"),
        ("restart payments (orders remains untouched)", "deployment/payments", "orders"),
        ("restart payments - nothing on the orders deployment", "deployment/payments", "orders"),
    ],
)
def test_another_workload_left_out_in_a_note(
    op: Operator, intent: str, summary: str, other: str
) -> None:
    said = summaries(op, intent)
    assert any(summary in s for s in said), said
    assert not any(f"/{other} " in s or s.endswith(f"/{other}") for s in said), said


# (O2) Near misses: the one left out is the one the plan changes, or a name the cluster does
# not have — asked; "nothing on it" names nothing and is not read as a note.
@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 3, nothing on worker",
        "scale worker to 3 and frontend to 4, nothing on frontend",
        "restart checkout (checkout stays as is)",
    ],
)
def test_a_note_against_the_plan_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (O2) A made object beside another workload said not to change: "change" there edits nothing
# (a new budget, autoscaler or monitor is made); one said to change an object that is not there
# is still asked.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "add a pdb to payments with minAvailable 1, orders must not change",
            "apply poddisruptionbudget/payments",
        ),
        (
            "add a servicemonitor for frontend, payments must not change",
            "apply servicemonitor/frontend",
        ),
        (
            "hpa for checkout min 2 max 8 cpu 80 but worker must not change",
            "apply horizontalpodautoscaler/checkout",
        ),
    ],
)
def test_a_made_object_beside_a_kept_workload(op: Operator, intent: str, summary: str) -> None:
    said = summaries(op, intent)
    assert any(summary in s for s in said), said


def test_changing_a_missing_object_is_still_asked(op: Operator) -> None:
    assert "no PodDisruptionBudget" in (
        asks(op, "change the payments pdb to minAvailable 1").question or ""
    )


# (O2) "remove a replica from X and keep Y untouched": a scale down, and Y left out (never
# read as what a delete keeps); a delete beside it still keeps what it keeps.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "remove a replica from checkout and keep frontend untouched",
            "deployment/checkout in shop to 1 replicas",
        ),
        ("remove 2 pods from frontend, leave worker alone", "deployment/frontend in shop to 1"),
    ],
)
def test_a_scale_down_said_with_remove_keeps_the_other(
    op: Operator, intent: str, summary: str
) -> None:
    said = summaries(op, intent)
    assert any(summary in s for s in said), said
    assert not any("delete" in s for s in said), said


def test_a_delete_beside_leave_alone_still_deletes_only_it(op: Operator) -> None:
    assert summaries(op, "delete worker and leave frontend alone") == [
        "delete deployment/worker in shop"
    ]


def test_changing_a_missing_object_beside_a_kept_workload_is_asked(op: Operator) -> None:
    assert "no PodDisruptionBudget" in (
        asks(op, "change the payments pdb to minAvailable 1, orders must not change").question or ""
    )
