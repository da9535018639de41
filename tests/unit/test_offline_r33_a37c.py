"""Round 33, helper a37c: attack 37's exclusion shapes.

The shapes (black-box attack 37, re-run on round 33's main: /work/notes/w33/re37): an exclusion
said of a LIST of names was ignored and the excluded workload changed anyway ("scale my-api,
payments and worker to 3 save worker" scaled worker, "restart my-api, payments, checkout and
worker. worker stays." restarted all four, "… but worker"), or asked although it was clear
("restart my-api, payments and worker, skip worker"); and an exclusion of a LABEL set said with
no comma before its marker ("… ex worker", "… ignoring worker", "… not worker"), in brackets
("[worker excluded]"), as a note ("worker: hands off.", "worker: out of scope."), or as "stays
at its count" was ignored. An exclusion is honoured exactly — the set or the list less the
workload left out — or asked; never ignored.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


def _restarts(*names: str) -> list[str]:
    return [f"restart the pods of deployment/{name} in shop" for name in names]


def _scales(count: int, *names: str) -> list[str]:
    return [f"scale deployment/{name} in shop to {count} replicas" for name in names]


_BACKEND = ("cache", "checkout", "my-api", "orders", "payments", "worker")


def _backend_less(name: str) -> tuple[str, ...]:
    return tuple(n for n in _BACKEND if n != name)


_NOT_PAYMENTS = ("my-api", "orders", "worker")
_NOT_ORDERS = ("my-api", "payments", "worker")


# Shape 1: a list of names less one of them, said any way, plans the rest of the list.
_LIST_MARKERS = [
    " save worker",
    " bar worker",
    " ex worker",
    " excl. worker",
    " omit worker",
    " ignore worker",
    " spare worker",
    " sans worker",
    " except worker",
    " but not worker",
    " minus worker",
    " apart from worker",
    " other than worker",
    ", save worker",
    ", skip worker",
    ", without worker",
    ", not worker",
    ", except for worker",
    ", leave worker alone",
    ", worker stays",
    ", worker excluded",
    ", worker untouched",
    ", worker is out of scope",
    " (not worker)",
    " [worker excluded]",
    ". worker: hands off.",
    ". worker: out of scope.",
    ". worker stays.",
    ". worker is excluded.",
    ". Leave worker.",
    ". Not worker.",
    "; worker: skip",
]


@pytest.mark.parametrize("said", _LIST_MARKERS)
def test_a_scaled_list_less_the_one_left_out(op: Operator, said: str) -> None:
    intent = f"scale my-api, payments and worker to 3{said}"
    assert summaries(op, intent) == _scales(3, "my-api", "payments")


@pytest.mark.parametrize("said", _LIST_MARKERS)
def test_a_restarted_list_less_the_one_left_out(op: Operator, said: str) -> None:
    intent = f"restart my-api, payments, checkout and worker{said}"
    assert summaries(op, intent) == _restarts("my-api", "payments", "checkout")


@pytest.mark.parametrize(
    ("intent", "kept"),
    [
        ("restart my-api, payments, orders and worker but payments", _NOT_PAYMENTS),
        ("restart my-api, payments, orders and worker. orders stays put", _NOT_ORDERS),
        ("restart my-api, payments, orders and worker. payments: hands off.", _NOT_PAYMENTS),
        ("restart my-api, payments, orders and worker. payments is excluded.", _NOT_PAYMENTS),
        ("restart my-api & payments & orders, skip orders", ("my-api", "payments")),
    ],
)
def test_any_name_of_the_list_may_be_left_out(
    op: Operator, intent: str, kept: tuple[str, ...]
) -> None:
    assert summaries(op, intent) == _restarts(*kept)


@pytest.mark.parametrize(
    "said",
    [
        " excluding worker",
        " leaving out worker",
        ", worker: no.",
        ". Actually, skip worker.",
        ", keep worker up",
        ", keep worker running",
        " and worker excluded",
    ],
)
@pytest.mark.parametrize(
    "order",
    [
        "scale my-api, payments and worker to 3",
        "restart my-api, payments and worker",
        "restart payments and worker",
    ],
)
def test_the_one_left_out_of_a_list_is_never_changed(op: Operator, order: str, said: str) -> None:
    proposal = op.analyze(order + said, namespace="shop")
    assert "worker" not in {o.target.name for o in proposal.operations}, [
        o.summary() for o in proposal.operations
    ]


# Near misses: what is left out is no name of the list, or nothing at all.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart my-api and payments, not worker", _restarts("my-api", "payments")),
        ("restart my-api and payments but not worker", _restarts("my-api", "payments")),
        ("restart my-api and payments, orders stays", _restarts("my-api", "payments")),
        ("scale my-api and payments to 3, not 4", _scales(3, "my-api", "payments")),
        ("scale my-api and payments to 3 not 5", _scales(3, "my-api", "payments")),
        ("restart my-api and payments", _restarts("my-api", "payments")),
        ("restart payments and worker", _restarts("payments", "worker")),
    ],
)
def test_a_list_with_nothing_of_it_left_out_is_planned_whole(
    op: Operator, intent: str, summary: list[str]
) -> None:
    assert summaries(op, intent) == summary


# Still asked: a correction, a keep that may be the change's wish, all of the list left out, a
# deletion of a list less one.
@pytest.mark.parametrize(
    "intent",
    [
        "restart payments and checkout. Actually, leave checkout.",
        "restart my-api, payments and worker. Actually, skip worker.",
        "restart my-api and worker, keep worker up",
        "restart my-api, payments and worker, worker stays up",
        "restart my-api, payments and worker, worker keeps running",
        # ("restart payments and checkout, checkout is fine" is planned less checkout since
        # round 35, a40a, as "…, payments is fine as is" is since round 34: a plain state after
        # the list leaves it out, test_offline_r35_a40a.)
        "restart my-api and worker except worker and my-api",
        "delete my-api, payments and worker except worker",
        "scale my-api and payments to 3 but payments to 5",
    ],
)
def test_a_list_less_one_that_is_not_clear_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 2: a label set less one, said with no comma, in brackets, or as a note after it.
@pytest.mark.parametrize(
    "said",
    [
        " ex worker",
        " ex. worker",
        " ignore worker",
        " ignoring worker",
        " not worker",
        " (not worker)",
        " [worker excluded]",
        " - hands off worker",
        " \u2014 hands off worker",
        ". worker: hands off.",
        ". worker: out of scope.",
        ", worker is out of scope",
        ". not worker.",
        ". Not worker.",
        "; worker: hands off",
    ],
)
def test_a_label_set_less_the_one_left_out(op: Operator, said: str) -> None:
    intent = f"restart all tier=backend deployments{said}"
    assert summaries(op, intent) == _restarts(*_backend_less("worker"))


@pytest.mark.parametrize("name", ["worker", "checkout", "orders", "my-api"])
@pytest.mark.parametrize(
    "said",
    [
        " ex {}",
        " ignoring {}",
        "; {} stays at its count",
        " [{} excluded]",
        ". {}: out of scope.",
        "; {}: skip",
    ],
)
def test_a_scaled_label_set_less_any_of_it(op: Operator, said: str, name: str) -> None:
    intent = f"scale all tier=backend deployments to 3{said.format(name)}"
    assert summaries(op, intent) == _scales(3, *_backend_less(name))


@pytest.mark.parametrize(
    "intent",
    [
        # "not just": the named one is meant with the rest, never left out
        "restart all tier=backend deployments, not just worker",
        # a deletion of a set less one is named item by item
        "delete all tier=backend deployments ex worker",
        # ": skip" said of no workload withdraws the order
        "restart all tier=backend deployments: skip",
        "restart payments: skip",
        "restart all tier=backend deployments; skip",
    ],
)
def test_a_label_set_near_miss_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_label_set_with_no_exclusion_is_planned_whole(op: Operator) -> None:
    assert summaries(op, "restart all tier=backend deployments") == _restarts(*_BACKEND)
    assert summaries(op, "scale all tier=backend deployments to 3 now") == _scales(3, *_BACKEND)
