"""Round 44, helper m44b: blind47's gaps, mended by their shape.

Each test names the shape it holds and the variants around it that must keep their meaning: a
question where the request is unclear, the plan where it is not.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _scaled(op: Operator, intent: str) -> list[tuple[str, str, int | None]]:
    proposal, _ = plans(op, intent)
    return [(o.kind, o.target.name, getattr(o, "replicas", None)) for o in proposal.operations]


# (1) blind47 #3: a run of counts settled by its last link, the first count said with its noun
# ("5 pods, no wait, make it 4"): the settled count, as "to 5, no wait, make it 4" was.
@pytest.mark.parametrize(
    ("intent", "name", "replicas"),
    [
        ("the manat orders (orders) from 2 to 5 pods, no wait, make it 4. Gràcies", "orders", 4),
        ("scale worker to 6 replicas, no wait, make it 5", "worker", 5),
        ("the Kigali api (my-api) from 2 to 6 replicas, no wait, make it 3, thanks", "my-api", 3),
        ("give payments 5 pods — no, let's say 4", "payments", 4),
        ("scale orders to 5 pods, no wait, make it 4 pods", "orders", 4),
    ],
)
def test_a_count_with_its_noun_settled_by_its_last_link_is_the_settled_count(
    op: Operator, intent: str, name: str, replicas: int
) -> None:
    assert _scaled(op, intent) == [("scale", name, replicas)]


@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 4 pods, make that 5",
        "scale frontend to 4 pods, I mean 5",
        "scale frontend to 4 pods, no wait, make it 5 or 6",
        "scale frontend to 4 pods, no wait, make it 5?",
        "scale frontend to 4 pods, no wait",
        "scale frontend to 4 pods, no wait, make it 5 nodes",
    ],
)
def test_a_count_with_its_noun_not_settled_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2) blind47 #47: the count a workload holds said in words, then a count relative to it
# ("is on one pod, give it two more"): the sum, as with digits.
@pytest.mark.parametrize(
    ("intent", "name", "replicas"),
    [
        ("the roster worker (worker) is on one pod, give it two more", "worker", 3),
        ("the roster worker (worker) is on one pod, give it two more pods", "worker", 3),
        ("worker is on one pod, give it two more", "worker", 3),
        ("the worker is on one pod, give it two more", "worker", 3),
        ("our payments is on two pods, add one more", "payments", 3),
        ("the Lagos app (payments) runs two pods, add one more", "payments", 3),
        ("frontend is on three replicas, make it five", "frontend", 5),
        ("the roster worker (worker) is on one pod, give orders two more", "orders", 4),
    ],
)
def test_a_count_held_in_words_before_a_relative_count_is_summed(
    op: Operator, intent: str, name: str, replicas: int
) -> None:
    assert _scaled(op, intent) == [("scale", name, replicas)]


@pytest.mark.parametrize(
    "intent",
    [
        "the roster worker (worker) is on one pod, give it more",
        "worker is on one pod and orders on two, give it two more",
        "worker is on one pod",
    ],
)
def test_a_count_held_in_words_with_no_count_to_add_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


# (4) blind47 #103: a delete of pods said as a noun after them ("no pod deletes") beside a
# restart: "don't delete pods", as "no pods deleted" was — the restart planned.
@pytest.mark.parametrize(
    ("intent", "names"),
    [
        (
            "rollout restart the okada worker (worker) and the owambe API (my-api), rolling only, "
            "no pod deletes",
            ["worker", "my-api"],
        ),
        ("restart worker, no pod deletes", ["worker"]),
        ("restart worker, no pod deletions please", ["worker"]),
        ("rolling restart of payments, no pod deletes", ["payments"]),
    ],
)
def test_no_pod_deletes_beside_a_restart_is_a_prohibition(
    op: Operator, intent: str, names: list[str]
) -> None:
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [
        ("rollout_restart", n) for n in names
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, no pod deletes, and delete orders",
        "delete worker, no pod deletes",
        "restart worker, no orders deletes",
    ],
)
def test_no_pod_deletes_beside_a_delete_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) blind47 #118: "so two pods never sit on one node" beside an anti-affinity or a spread over
# nodes: the harm the spread is the remedy for, its "two" no count of the plan.
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        (
            "podAntiAffinity on hostname for the chair orders (orders) so two pods never sit on "
            "one node",
            "orders",
        ),
        ("add anti-affinity to orders so two replicas are never on one node", "orders"),
        ("spread orders across nodes so two pods never land on the same node", "orders"),
        (
            "podAntiAffinity on hostname for checkout so two pods never run on the same host",
            "checkout",
        ),
    ],
)
def test_two_pods_never_on_one_node_is_what_the_spread_is_for(
    op: Operator, intent: str, name: str
) -> None:
    proposal, body = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("patch", name)]
    assert "kubernetes.io/hostname" in body


@pytest.mark.parametrize(
    "intent",
    [
        "podAntiAffinity on hostname for orders so two pods never sit on one zone",
        "podAntiAffinity on hostname for orders, but never two pods",
        "podAntiAffinity on hostname for orders so three pods never sit on one node",
    ],
)
def test_a_spread_with_another_count_or_place_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) blind47 #35: a rollback whose reason says what the new release shows, an amount of money
# in it: the previous revision (checkout has two).
@pytest.mark.parametrize(
    "intent",
    [
        "roll back the cistella checkout (checkout), the new version shows the calçots at 0 €",
        "roll back checkout, the new release charges 0 € for shipping",
        "revert checkout, the new build shows 5 items in every cart",
    ],
)
def test_a_rollback_whose_new_release_shows_a_wrong_amount_goes_back_one(
    op: Operator, intent: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("rollout_undo", "checkout")]


@pytest.mark.parametrize(
    "intent",
    [
        "roll back checkout to 0",
        "roll back checkout 2",
        "roll back checkout, the new version shows prices at 0",
    ],
)
def test_a_rollback_with_a_bare_number_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
