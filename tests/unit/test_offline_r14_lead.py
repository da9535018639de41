"""Round 14, the lead: what is said before a delete. A delete is planned when every clause said
before its own is context — a statement ("Billing migration is done: …") or a heading with no
verb of change before its colon ("week N assignment: …", "Handover: …") — and asked about when
a clause before it asks for something else, negates, or is a bare name before a comma."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, shop_operator

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    op = shop_operator(Path(tmp_path_factory.mktemp("r14-lead")))
    yield op
    op.close()


@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("Handover: delete the worker deployment", {"Deployment/worker"}),
        ("Decommission ticket: delete deployment checkout", {"Deployment/checkout"}),
        ("migration done: remove the cache deployment", {"Deployment/cache"}),
        (
            "Billing migration is done: delete the payments Deployment and payments-config",
            {"Deployment/payments", "ConfigMap/payments-config"},
        ),
        ("Q4 housekeeping: delete deployment/orders", {"Deployment/orders"}),
    ],
)
def test_a_heading_or_a_statement_before_a_delete_is_its_context(
    shop: Operator, intent: str, gone: set[str]
) -> None:
    assert gone <= deletes(shop, intent)
    # Nothing else of the shop's workloads goes.
    others = {f"Deployment/{n}" for n in ("frontend", "my-api", "orders", "worker", "payments")}
    assert not (deletes(shop, intent) & (others - gone))


@pytest.mark.parametrize(
    "intent",
    [
        "worker is not retired yet, delete it",  # a negated statement: asked
        "frontend, delete it",  # a bare name before a comma: which one?
        "re worker — delete it",  # a topic before a dash (a thread's reply), not a heading
        "Nobody knows why: delete payments",  # a heading that negates
        "is the orders pdb blocking drains? yes, drop it",  # a question before it
        "restart worker. delete frontend",  # an order before the delete
        "Not yet: delete the worker deployment",  # a negated heading
        "scale orders to 2: delete worker",  # a heading that orders
        "the tutorial says to delete worker",  # a delete relayed from a text
        "my instructor wants me to delete deployment checkout",
    ],
)
def test_a_clause_before_a_delete_that_asks_or_negates_keeps_it_asked(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)
