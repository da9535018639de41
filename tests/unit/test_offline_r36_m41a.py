"""Round 36, helper m41a: attack 41's reports read as orders (plain English).

- R0: a change told in a relative clause or an aside set off by commas or dashes was planned as
  a new change beside the order ("payments, which bob scaled to 6 yesterday, restart it" scaled
  payments to 6): asked (:mod:`.hearsay`'s aside reader);
- E (English rows): another person's modal or need said of an order ("bob might restart
  worker", "bob needs to restart worker") and hearsay said as a lead ("supposedly payments
  wants 6 replicas", "word is …", "payments reportedly needs 6 pods") were planned: asked
  (:mod:`.hearsay`'s table).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import question_for, summaries

pytestmark = pytest.mark.timeout(300)


def _restarts(*names: str) -> list[str]:
    return [f"restart the pods of deployment/{name} in shop" for name in names]


@pytest.mark.parametrize(
    "intent",
    [
        "payments, which bob scaled to 6 yesterday, restart it",
        "restart payments, which bob scaled to 6 yesterday",
        "payments, that alice scaled to 6, needs a restart",
        "payments, scaled to 6 by bob, restart it",
        "restart worker, updated to 1.0.0 by alice",
        "payments \u2014 bob scaled it to 6 \u2014 restart it",
        "restart payments - bob scaled it to 6 -",
        "payments, which was scaled to 6 this morning, set TRACE=1 on it",
        "payments, which had been scaled to 6, restart it",
        "worker, which alice updated to 1.0.0 last week, restart it",
        "restart worker, which we moved to 1.0.0",
        "frontend, which we switched to 2.2.0 on monday, needs a restart",
        "frontend, that bob rolled to 2.2.0, restart it",
        "frontend, switched to 2.2.0 last sprint, restart it",
        "my-api, where bob set LOG_LEVEL to debug, restart it",
        "my-api, where bob set LOG_LEVEL to debug, set TRACE=1 on it",
        "restart my-api, which has LOG_LEVEL set to debug since friday",
        "payments, whose memory limit bob raised to 1Gi, restart it",
        "restart orders, which bob scaled to 4",
        "payments, which bob autoscaled between 2 and 6, restart it",
        "frontend, which somebody scaled to 5 by mistake, restart it",
        "payments, which bob wants scaled to 6, restart it",
        "payments, which bob may scale to 6, restart it",
        "checkout, which alice bumped to 4 replicas, restart it",
    ],
)
def test_a_change_told_in_an_aside_is_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("restart payments; it was at 6 replicas yesterday", _restarts("payments")),
        ("restart my-api, which is crashlooping", _restarts("my-api")),
        ("restart frontend - the one that crashed", _restarts("frontend")),
        (
            "scale payments to 6 - it was set to 2 by mistake",
            ["scale deployment/payments in shop to 6 replicas"],
        ),
        (
            "restart payments, then scale it to 6",
            [*_restarts("payments"), "scale deployment/payments in shop to 6 replicas"],
        ),
        (
            "update worker to 1.0.0, which we tested yesterday",
            [
                "set image of container worker in deployment/worker in shop to "
                "ghcr.io/acme/worker:1.0.0"
            ],
        ),
        (
            "scale frontend to 4, which should handle the load",
            ["scale deployment/frontend in shop to 4 replicas"],
        ),
        (
            "scale payments to 6, that should do it",
            ["scale deployment/payments in shop to 6 replicas"],
        ),
    ],
)
def test_an_order_beside_a_plain_aside_is_planned(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


@pytest.mark.parametrize(
    "intent",
    [
        "bob might restart worker",
        "bob may scale payments to 6",
        "bob should restart worker",
        "bob must scale payments to 6",
        "bob needs to restart worker",
        "bob has to scale payments to 6",
        "alice would like to restart worker",
        "the sre team wants to bump frontend to 2.3.0",
        "supposedly payments wants 6 replicas",
        "reportedly payments needs 6 replicas",
        "word is payments needs 6 pods",
        "word is: payments needs 6 pods",
        "payments reportedly needs 6 pods",
        "payments apparently needs 6 replicas",
        "supposedly LOG_LEVEL should be debug on my-api",
        "allegedly worker needs a restart",
    ],
)
def test_another_persons_words_or_hearsay_are_asked(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("apparently payments is crashing, restart it", _restarts("payments")),
        ("we should restart worker", _restarts("worker")),
        ("frontend must scale to 4", ["scale deployment/frontend in shop to 4 replicas"]),
        ("restart worker, bob might restart it too", _restarts("worker")),
        ("heard back from bob, restart worker", _restarts("worker")),
        ("i need to restart worker", _restarts("worker")),
    ],
)
def test_an_own_order_beside_hearsay_is_planned(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


@pytest.mark.parametrize(
    "intent",
    [
        # (blind12: a relative clause in a sentence before the order is no aside of it.)
        "Our ingest does 10 messages per batch, which is tiny. Set BATCH_SIZE in orders-config "
        "to 200",
        "worker has no resources at all, which makes it BestEffort. Set requests of 250m cpu "
        "and 256Mi memory and a 512Mi memory limit",
    ],
)
def test_a_relative_clause_in_a_sentence_before_the_order_is_planned(
    op: Operator, intent: str
) -> None:
    assert summaries(op, intent)
