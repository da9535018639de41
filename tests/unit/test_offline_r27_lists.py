"""Round 27, the lead's mends after the attack on the merged code: a list said with words that
only one (or not all) of it is meant is asked, never changed whole; a key one ConfigMap holds is
changed there only when no workload is named anywhere in the request; a run's log line after a
change ("…: ok", "…: error", "… exit code 1") is what came of it, not an order.

Phrasings of the lead's own beside the attack's samples, and the nearest requests that must still
plan (a list meant whole, a key said alone, a confirmation before the order)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (1) A list of which only one is meant: asked, naming the words; nothing deleted, scaled or
# restarted for all of it.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("delete worker and checkout, not both", "not both"),
        ("delete worker and checkout: worker only", "worker only"),
        ("delete worker and checkout -> just worker", "just worker"),
        ("delete worker, checkout (either)", "either"),
        ("delete any of worker, checkout", "any of"),
        ("delete worker, checkout - one only", "one only"),
        ("delete worker, checkout (at most one)", "at most one"),
        ("delete worker and checkout (checkout tbd)", "tbd"),
        ("scale frontend and checkout to 0, not both", "not both"),
        ("scale frontend/checkout to 0 (choose)", "choose"),
        ("restart frontend / checkout / payments — pick one", "pick one"),
        ("restart frontend/checkout depending on which is slow", "depending on which"),
        ("restart one of frontend, checkout", "one of"),
        ("restart frontend and checkout (whichever)", "whichever"),
        ("update frontend, checkout to 2.2.0 (not both)", "not both"),
        ("add pdb to frontend and checkout, not both", "not both"),
        # the lead's own
        ("bounce payments and my-api, only one needs it", "only one"),
        ("scale worker and checkout to 0 — the idle one", "the idle one"),
        ("roll back frontend and checkout, whichever is broken", "whichever"),
    ],
)
def test_a_list_of_which_one_is_meant_is_asked(shop: Operator, intent: str, said: str) -> None:
    assert said in (asks(shop, intent).question or "")


# (1) A list meant whole still plans every item.
@pytest.mark.parametrize(
    ("intent", "count"),
    [
        ("restart frontend and checkout", 2),
        ("restart frontend / checkout / payments", 3),
        ("scale frontend and checkout to 3", 2),
        ("add a pdb to frontend and checkout", 2),
        ("restart frontend and checkout, either way is fine", 2),
        ("restart the frontend and checkout, one after the other", 2),
        ("delete worker, then restart checkout", 2),
    ],
)
def test_a_list_meant_whole_still_plans(shop: Operator, intent: str, count: int) -> None:
    proposal, _ = plans(shop, intent)
    assert len({o.target.name for o in proposal.operations}) == count


# (2) A key one ConfigMap holds, with a workload named elsewhere in the request: the key may be
# that workload's own — asked, never the holder's ConfigMap changed beside the other's change.
@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL to DEBUG and restart payments",
        "set LOG_LEVEL to DEBUG, then restart payments",
        "set PROVIDER to stripe and restart checkout",
        "set REGION to eu-west-1 and restart worker",
        "set BATCH_SIZE to 50 and restart payments",
        "set LOG_LEVEL to DEBUG and scale payments to 3",
        # the lead's own
        "change REGION to us-east-1 and bounce frontend",
    ],
)
def test_a_key_said_beside_another_workload_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "config"),
    [
        ("set LOG_LEVEL to DEBUG", "my-api-config"),
        ("change REGION to eu-west-1", "shared-config"),
        ("set PROVIDER to 'adyen'", "payments-config"),
    ],
)
def test_a_key_said_alone_is_changed_where_it_is(shop: Operator, intent: str, config: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [config]


# (3) A run's log line after the change: what came of it, asked.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker: ok",
        "delete sts/cache: success",
        "delete worker -- exit code 1",
        "scale worker to 0: error",
        "restart payments: completed",
        "restart payments (timed out)",
        "scale worker to 0 - exited 137",
    ],
)
def test_a_log_line_after_the_change_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    ["ok delete worker", "ok, restart payments", "restart payments, it keeps erroring"],
)
def test_a_confirmation_or_a_reason_still_plans(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert proposal.operations


# (4) The kind a delete's object is said to be, as its head: the plan deletes that kind, or it is
# asked ("the deployment behind svc/payments" deleted the Service; an image deleted the app).
@pytest.mark.parametrize(
    "intent",
    [
        "delete the deployment behind svc/payments",
        "delete the deployment of svc/frontend",
        "delete deploy for service payments",
        "delete the statefulset of svc/postgres",
        "delete the deployment of the orders pdb",
        "delete the image ghcr.io/acme/worker:0.9.0",
        "remove image ghcr.io/acme/payments:3.0.0",
        # the lead's own
        "delete the workload that svc/frontend routes to",
        "remove the sts under svc/postgres",
    ],
)
def test_a_delete_of_another_kind_than_said_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete the deployment worker", ["Deployment/worker"]),
        ("delete the worker deployment", ["Deployment/worker"]),
        ("delete the service payments", ["Service/payments"]),
        ("delete the orders pdb", ["PodDisruptionBudget/orders"]),
        ("delete statefulset/cache", ["StatefulSet/cache"]),
    ],
)
def test_a_delete_of_the_kind_said_still_plans(
    shop: Operator, intent: str, deleted: list[str]
) -> None:
    proposal, _ = plans(shop, intent)
    assert [f"{o.target.kind}/{o.target.name}" for o in proposal.operations] == deleted


# (5) A change marked as not for good: asked as every window is (nothing reverts on a timer).
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker (not permanent)",
        "scale worker to 0, not permanently",
        "scale worker to 0 #tmp",
        "set LOG_LEVEL=debug on my-api, non-permanent",
    ],
)
def test_a_change_said_not_for_good_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    ["scale worker to 4, permanently", "delete worker permanently", "set TEMP_DIR=/tmp on my-api"],
)
def test_a_change_said_for_good_still_plans(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert proposal.operations
