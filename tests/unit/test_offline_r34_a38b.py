"""Round 34, helper a38b: attack 38's remaining exclusion, time and same-name delete shapes.

The shapes (black-box attack 38, re-run on round 33's main: /work/notes/w33/re38end):

- an exclusion said after a LIST of names was asked although it was clear ("…, hold worker
  back", "…, keep worker out of it", "…, not worker though", "…, worker keeps its pods", "…,
  don't include worker", "…, payments is fine as is"), and one said after a LABEL set or a list
  was ignored and the workload changed ("…, orders is in a freeze", "…, payments is done
  already"): each now leaves the workload out of the list or the set (:mod:`.leftout`,
  :mod:`.narrowing`); a keep that may be a wish for the change ("keep worker up") is still asked;
- a span of days ahead said with its count or "one of" ("over the next couple of days", "one of
  the coming days") ran now: asked like "the next few days" (:mod:`.timewords`);
- a delete of an object of another kind bearing a workload's name, said with "not the
  deployment", was asked ("delete the payments service only, not the deployment"): the
  workload stays, as said (:mod:`.__init__`, ``_forbids_by_kind``);
- an object named by its own name beside one said by its kind was dropped from the delete
  ("delete orders-config, together with the orders pdb" deleted the pdb only): it is read as if
  asked alone (a ConfigMap a workload reads is asked), or asked when said outside the list
  (:mod:`.removal`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import question_for, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


def _restarts(*names: str) -> list[str]:
    return [f"restart the pods of deployment/{name} in shop" for name in names]


def _scales(count: int, *names: str) -> list[str]:
    return [f"scale deployment/{name} in shop to {count} replicas" for name in names]


_BACKEND = ("cache", "checkout", "my-api", "orders", "payments", "worker")


def _backend_less(name: str) -> tuple[str, ...]:
    return tuple(n for n in _BACKEND if n != name)


# ---------------------------------------------------------------- exclusions after a list


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("restart my-api, payments and worker, hold worker back", _restarts("my-api", "payments")),
        (
            "scale my-api, payments and worker to 4, hold my-api back",
            _scales(4, "payments", "worker"),
        ),
        (
            "restart frontend, orders and payments, hold payments back",
            _restarts("frontend", "orders"),
        ),
        (
            "restart my-api, payments and worker, keep worker out of it",
            _restarts("my-api", "payments"),
        ),
        (
            "scale frontend, orders and payments to 4, keep frontend out of this",
            _scales(4, "orders", "payments"),
        ),
        ("restart my-api, payments and worker, not worker though", _restarts("my-api", "payments")),
        (
            "scale frontend, orders and payments to 4, not orders though",
            _scales(4, "frontend", "payments"),
        ),
        (
            "restart my-api, payments and worker, worker keeps its pods",
            _restarts("my-api", "payments"),
        ),
        (
            "scale my-api, payments and worker to 4, payments keeps its replicas",
            _scales(4, "my-api", "worker"),
        ),
        (
            "restart my-api, payments and worker, don't include worker",
            _restarts("my-api", "payments"),
        ),
        (
            "scale frontend, orders and payments to 4, do not include frontend",
            _scales(4, "orders", "payments"),
        ),
        (
            "restart my-api, payments and worker, payments is fine as is",
            _restarts("my-api", "worker"),
        ),
        (
            "scale my-api, payments and worker to 4, payments is done already",
            _scales(4, "my-api", "worker"),
        ),
        (
            "restart my-api, payments and worker, worker is taken care of already",
            _restarts("my-api", "payments"),
        ),
    ],
)
def test_an_exclusion_after_a_list_leaves_it_out(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


@pytest.mark.parametrize(
    ("intent", "left"),
    [
        ("restart all tier=backend deployments, orders is in a freeze", "orders"),
        ("restart all tier=backend deployments, orders is done already", "orders"),
        ("restart all tier=backend deployments, payments is handled already", "payments"),
        ("restart all tier=backend deployments, don't include orders", "orders"),
        ("restart all tier=backend deployments, worker is in the freeze", "worker"),
    ],
)
def test_an_exclusion_of_a_label_set_leaves_it_out(op: Operator, intent: str, left: str) -> None:
    assert summaries(op, intent) == _restarts(*_backend_less(left))


@pytest.mark.parametrize(
    "intent",
    [
        # A keep that may be how the change is made (a pod at a time?), or a correction: asked.
        "restart my-api, payments and worker, keep worker",
        "restart my-api, payments and worker, keep worker up",
        "restart my-api, payments and worker, keep worker running",
        "restart my-api and worker. actually keep worker out of it",
        "restart payments and checkout. checkout is fine actually.",
        "restart my-api, payments and worker. Actually, payments is fine as is",
        # A status said ("already done"), read by its own reader: asked, never planned with it.
        "restart my-api, payments and worker, payments is already done",
        "restart all tier=backend deployments, payments was already done",
        # A delete of a list less one is never planned.
        "delete my-api, payments and worker, hold worker back",
    ],
)
def test_a_keep_that_may_be_a_wish_or_a_correction_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


def test_a_part_said_not_included_is_no_workload_left_out(op: Operator) -> None:
    # (As before: a name that is no workload of the list leaves nothing out.)
    assert summaries(op, "restart my-api and worker, don't include the sidecar") == _restarts(
        "my-api", "worker"
    )


# ---------------------------------------------------------------- a span of days ahead


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker over the next couple of days",
        "restart worker one of the coming days",
        "scale frontend to 4 over the next few days",
        "restart worker one of the next few days",
        "one of the coming days, restart worker",
        "restart worker within the next couple of days",
        "restart worker some of the coming days",
    ],
)
def test_a_span_of_days_ahead_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        # (As before: a day or a week ahead is waited for.)
        ("restart worker next week", _restarts("worker")[0], "next week"),
        ("scale frontend to 4 coming week", _scales(4, "frontend")[0], "coming week"),
        ("restart worker in a while", _restarts("worker")[0], "in a while"),
    ],
)
def test_a_moment_ahead_is_still_waited_for(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    assert summaries_and_awaits(op, intent) == ([summary], awaits)


# ---------------------------------------------------------------- same-name deletes


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete the payments service only, not the deployment", "delete service/payments in shop"),
        ("delete orders pdb (not the deployment)", "delete poddisruptionbudget/orders in shop"),
        (
            "delete the orders pdb but not the deployment",
            "delete poddisruptionbudget/orders in shop",
        ),
        ("delete payments service; the deployment must stay", "delete service/payments in shop"),
    ],
)
def test_an_object_deleted_beside_its_workload_said_to_stay(
    op: Operator, intent: str, deleted: str
) -> None:
    assert summaries(op, intent) == [deleted]


@pytest.mark.parametrize(
    "intent",
    [
        # The deployment itself said not to go, but it is what the plan deletes.
        "delete orders, not the deployment",
        # An object named by its own name beside the one said by its kind is never dropped:
        # a ConfigMap a workload reads is asked, as it would be alone.
        "delete orders-config, together with the orders pdb",
        "delete orders-config along with the orders pdb",
        "delete the orders pdb and orders-config",
        "delete the orders pdb, together with shared-config",
        "delete the orders pdb as well as my-api-config",
    ],
)
def test_a_delete_that_would_drop_or_break_what_was_said_is_asked(
    op: Operator, intent: str
) -> None:
    assert question_for(op, intent)


def test_a_delete_of_one_object_by_its_kind_stays_planned(op: Operator) -> None:
    assert summaries(op, "delete the orders pdb") == ["delete poddisruptionbudget/orders in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "delete the orders pdb, orders-config stays",
        "delete the orders pdb; orders and orders-config stay as they are",
        "delete the orders pdb, not orders and not orders-config",
    ],
)
def test_an_object_said_to_stay_beside_the_delete_stays(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["delete poddisruptionbudget/orders in shop"]
