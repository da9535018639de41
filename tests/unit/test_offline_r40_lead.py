"""Round 40, the lead: what the merge of the round's branches opened.

- A person's name, then where the change goes, then the order ("Bob, in shared-config set
  REGION to eu-west", "Sam - on the orders deployment, set BATCH_SIZE=40") is said to that
  person, as "Bob, set REGION=eu-west in shared-config" is: asked (main planned it). A word that
  opens an order without naming anyone ("Also, in …", "Hi, in …") plans either way.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks

pytestmark = pytest.mark.timeout(300)

_NAMES = ("Bob", "Alice", "Priya", "Sam")
_OPENERS = ("Also", "Then", "Next", "Okay", "Now", "Hi", "Hey", "Team", "Please", "Jambo")


@pytest.mark.parametrize(
    "intent",
    [
        *(f"{who}, in shared-config set REGION to eu-west" for who in _NAMES),
        "Bob, in the orders-config configmap set BATCH_SIZE to 40",
        "Alice - on my-api, set LOG_LEVEL=debug",
        "Sam, for worker, scale it to 3",
        "Priya \u2014 in payments-config set PROVIDER to adyen",
    ],
)
def test_a_name_then_where_then_the_order_is_said_to_that_person(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "addressed to" in question


@pytest.mark.parametrize("opener", _OPENERS)
def test_an_opener_then_where_then_the_order_reads_as_without_the_where(
    op: Operator, opener: str
) -> None:
    placed = op.analyze(f"{opener}, in shared-config set REGION to eu-west", namespace="shop")
    plain = op.analyze(f"{opener}, set REGION=eu-west in shared-config", namespace="shop")
    assert placed.status == plain.status == "proposed"
    assert [o.summary() for o in placed.operations] == [o.summary() for o in plain.operations]
