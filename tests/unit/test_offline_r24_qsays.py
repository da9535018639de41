"""Round 24, quick helper qsays: an order over several workloads narrowed, taken back in part or
hedged AFTER it is said is asked, never planned whole (the withdrawn one deleted or scaled to 0
anyway): "delete worker and frontend. Actually just worker.", "… We still need frontend.",
"delete worker and possibly frontend", "scale all tier=backend to 0. actually just worker",
"update frontend to 2.2.0 s/2.2.0/2.2.1/" (:mod:`dotop_nb.planner.offline.narrowing`). The
nearest plain orders, and a state said beside a one-workload order, still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# A narrowing after the order: asked, saying the order with only what is kept.
@pytest.mark.parametrize(
    ("intent", "example"),
    [
        ("delete worker and frontend. Actually just worker.", "delete worker"),
        ("delete worker and frontend, actually only worker", "delete worker"),
        ("delete worker and frontend. Really only worker.", "delete worker"),
        ("delete worker and frontend. Just worker, please.", "delete worker"),
        ("delete worker and frontend. Only worker!", "delete worker"),
        ("delete worker and frontend. Only the worker.", "delete worker"),
        ("delete worker and frontend. The worker only.", "delete worker"),
        ("delete worker and cache deployment. Actually just worker.", "delete worker"),
        ("Restart payments and checkout. Actually just payments.", "restart payments"),
        ("restart payments and checkout, well, only payments", "restart payments"),
        ("restart payments and checkout. Only payments, actually.", "restart payments"),
        ("scale worker and frontend to 0. Actually just worker.", "scale worker to 0"),
        ("scale all tier=backend to 0. actually just worker", "scale worker"),
        # Phrasings of our own.
        ("remove orders and checkout; on second thought only orders", "remove orders"),
        ("restart orders and checkout. ok, only orders", "restart orders"),
        ("restart all backend deployments. Hmm, only the cache.", "restart cache"),
        ("delete my-api, worker and frontend. my-api alone.", "delete my-api"),
    ],
)
def test_a_narrowing_after_the_order_is_asked(op: Operator, intent: str, example: str) -> None:
    question = asks(op, intent).question or ""
    assert "narrows what the order names" in question
    assert repr(example) in question


# One of the named taken back after the order: asked.
@pytest.mark.parametrize(
    ("intent", "kept", "example"),
    [
        (
            "Restart payments and checkout. Actually, leave checkout.",
            "checkout",
            "restart payments",
        ),
        (
            "scale worker and frontend to 0. Actually, leave frontend.",
            "frontend",
            "scale worker to 0",
        ),
        (
            "restart payments and checkout. checkout is fine actually.",
            "checkout",
            "restart payments",
        ),
        ("restart payments & checkout — checkout no longer needed", "checkout", "restart payments"),
        ("delete worker and frontend. We still need frontend.", "frontend", "delete worker"),
        ("scale worker and frontend to 0. frontend is fine.", "frontend", "scale worker to 0"),
        (
            "scale worker and frontend to 0. We still need frontend.",
            "frontend",
            "scale worker to 0",
        ),
        (
            "restart payments and checkout. We still need checkout up.",
            "checkout",
            "restart payments",
        ),
        ("delete worker and frontend. Actually, keep frontend.", "frontend", "delete worker"),
        # Phrasings of our own.
        ("delete orders and worker. skip worker", "worker", "delete orders"),
        ("scale checkout and orders to 0, orders doesn't need it", "orders", "scale checkout to 0"),
        ("remove frontend and worker. Users still use frontend.", "frontend", "remove worker"),
    ],
)
def test_one_of_the_named_taken_back_is_asked(
    op: Operator, intent: str, kept: str, example: str
) -> None:
    question = asks(op, intent).question or ""
    assert f"takes {kept} back out" in question
    assert repr(example) in question


# One of the named hedged: asked, naming it.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker and possibly frontend",
        "delete worker and optionally frontend",
        "delete worker and potentially frontend",
        "delete worker and conceivably frontend",
        "delete worker and likely frontend",
        # Phrasings of our own.
        "scale orders, and possibly checkout, to 0",
        "restart payments plus, if needed, checkout",
        "delete the worker and presumably the frontend",
    ],
)
def test_one_of_the_named_hedged_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "is meant is not said" in question


@pytest.mark.parametrize(
    "intent",
    ["update frontend to 2.2.0 s/2.2.0/2.2.1/", "scale checkout to 4 s/4/5/"],
)
def test_a_substitution_typed_after_the_order_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "substitution" in question


# Corrections already asked stay asked.
@pytest.mark.parametrize(
    "intent",
    [
        "Scale checkout to 4. Wait, make that 5.",
        "Scale checkout to 4 (I meant 3)",
        "delete worker and frontend. scratch that",
    ],
)
def test_corrections_already_asked_stay_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# The nearest orders still plan, whole.
@pytest.mark.parametrize(
    ("intent", "ops"),
    [
        ("restart payments and checkout", 2),
        ("delete worker and frontend", 3),
        ("scale worker and frontend to 0", 2),
        ("restart payments, checkout is fine", 1),
        ("restart payments. checkout is fine.", 1),
        ("restart payments and checkout, just to be safe", 2),
        ("restart payments and checkout. Just do it quickly.", 2),
        ("restart payments, only payments", 1),
        ("scale payments to 4 only", 1),
        ("delete the checkout deployment", 1),
        ("restart payments, keep worker at 1", 1),
        ("restart all backend deployments, orders excluded", 5),
        ("restart all backend deployments, leave orders", 5),
        ("delete worker and frontend (both unused)", 3),
        ("update frontend to 2.2.1", 1),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, ops: int) -> None:
    proposal, _ = plans(op, intent)
    assert len(proposal.operations) == ops


# A tracker's status tag beside the order: asked, with the order without the tag.
@pytest.mark.parametrize(
    ("intent", "example"),
    [
        ("delete worker (proposal)", "delete worker"),
        ("delete worker (someday)", "delete worker"),
        ("delete worker (closed)", "delete worker"),
        ("delete worker (stale)", "delete worker"),
        ("restart payments (wontfix)", "restart payments"),
        ("scale checkout to 4 (stale)", "scale checkout to 4"),
        # Phrasings of our own.
        ("delete frontend (icebox)", "delete frontend"),
        ("scale worker to 0 (revisit)", "scale worker to 0"),
        ("restart orders [duplicate]", "restart orders"),
    ],
)
def test_a_status_tag_beside_the_order_is_asked(op: Operator, intent: str, example: str) -> None:
    question = asks(op, intent).question or ""
    assert "status tag" in question
    assert repr(example) in question


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker and frontend (both unused)",
        "scale checkout to 4 (prod incident)",
        "restart payments (the pods are stuck)",
    ],
)
def test_a_remark_in_brackets_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)
