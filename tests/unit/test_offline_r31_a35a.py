"""Round 31, helper a35a: attack 35's report and withdraw shapes.

The shapes (black-box attack 35, /work/notes/w30/attack35): a bare report of how a change went
was planned as the change ("the payments bump to 3.1.0 went fine", "frontend switch to 2.2.0
succeeded", "my-api scale to 5 was successful", "the worker restart looks good"; shape 1); a
report followed by a new order planned the reported change too ("scale my-api to 5 was done by
argo, now restart worker", "the rollback of checkout went fine, now restart worker"; shape 2)
and "the rollout of 2.2.0 went fine, now …" asked about the whole message (over-ask); a report
header or tail with other verbs than "did" ("argo's done: …", "CI succeeded: …", "deployed by
argo: …", "… is done already", "… has already happened"; shape 3); an acknowledgement before a
withdraw header ("yep, drop it: …", "hmm, strike that: …") and an in-line withdrawal ("… /
cancel", "… [withdrawn]"; shape 4); "restart worker, worker stays as is" restarted worker, and
a version said in a report was carried to another app ("the rollout of 2.2.0 went fine, do the
same for payments"; shape 10)."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import results
from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

_SCALE = "scale deployment/payments in shop to 4 replicas"
_SCALE_API = "scale deployment/my-api in shop to 5 replicas"
_SWITCH = "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.0"
_BUMP = (
    "set image of container payments in deployment/payments in shop to ghcr.io/acme/payments:3.1.0"
)
_UNDO = "roll deployment/checkout in shop back to revision 1"
_RESTART = "restart the pods of deployment/worker in shop"
_RESTART_ORDERS = "restart the pods of deployment/orders in shop"
_ZERO = "scale deployment/worker in shop to 0 replicas"
_EIGHT = "scale deployment/frontend in shop to 8 replicas"


# Shape 1: how a change went, said alone (its noun, its gerund or its order, then the result).
@pytest.mark.parametrize(
    "intent",
    [
        "the payments bump to 3.1.0 went fine",
        "the payments bump to 3.1.0 went fine, thanks",
        "thanks, the payments bump to 3.1.0 went fine",
        "the payments bump to 3.1.0 looks good",
        "the worker restart went well",
        "worker restart looks good",
        "the worker restart is working",
        "the worker restart is healthy now",
        "frontend switch to 2.2.0 succeeded",
        "frontend switch to 2.2.0 was successful",
        "frontend switch to 2.2.0 finished",
        "the frontend upgrade to 2.2.0 worked out",
        "my-api scale to 5 was successful",
        "my-api scale to 5 passed",
        "my-api scale to 5 is green",
        "the checkout rollback went through",
        "the worker restart went badly",
        "payments 3.1.0 bump went badly",
        "my-api scale to 5 failed",
        "scaling payments to 4 went smoothly",
        "restarting orders is done",
    ],
)
def test_how_a_change_went_is_no_order(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 3, tails: the order, then that it is done already.
@pytest.mark.parametrize(
    "intent",
    [
        "bump payments to 3.1.0 is done already",
        "switch frontend to 2.2.0 is done already",
        "scale payments to 4 has already happened",
        "bump payments to 3.1.0 already went out",
        "restart the orders deployment already went out",
        "scale my-api to 5 is live already",
        "scale payments to 4 is in place already",
        "scale my-api to 5 already landed",
        "scale my-api to 5 was shipped",
        "bump payments to 3.1.0 went out yesterday",
        "scale my-api to 5 took effect",
        "set LOG_LEVEL=debug on my-api is complete",
        "bump payments to 3.1.0 is finished",
        "restart worker is done",
        "scale my-api to 5 succeeded",
    ],
)
def test_an_order_told_done_after_it_is_no_order(op: Operator, intent: str) -> None:
    asks(op, intent)


# Near misses: a result word inside a condition, a reason or a relative clause stays an order.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale payments to 4", _SCALE),
        ("scale payments to 4 so the backlog is done by midnight", _SCALE),
        ("restart worker, it failed twice tonight", _RESTART),
        ("restart worker since the last deploy failed", _RESTART),
        ("restart worker because its probe failed", _RESTART),
        ("bump payments to 3.1.0, tests passed", _BUMP),
        # (a go-ahead said now, not a result)
        ("scale payments to 4 is fine by me", _SCALE),
        ("restart worker is ok with bob", _RESTART),
        ("scale payments to 4 is good", _SCALE),
        # (a precondition met, then the order)
        ("the migration is done, now scale payments to 4", _SCALE),
        ("QA passed, now bump payments to 3.1.0", _BUMP),
        # (the order leans on the report, or the report is of another thing: read with it)
        ("checkout 1.1.0 went wrong, put back the old one please", _UNDO),
        ("the checkout change failed, revert to last known good", _UNDO),
        ("the embedding backfill is done, worker can go to zero", _ZERO),
        ("frontend to 8 \U0001f525 newsletter just went out", _EIGHT),
        ("the batch is finished: scale worker to 0", _ZERO),
        ("roll back checkout (the bad release went out at 11:00)", _UNDO),
        ("restart orders assuming the migration went fine", _RESTART_ORDERS),
    ],
)
def test_a_result_word_beside_an_order_keeps_it(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "said",
    ["when the migration is done", "after the firewall change is live", "once the bump is done"],
)
def test_a_condition_that_ends_with_a_result_is_awaited(op: Operator, said: str) -> None:
    proposal = op.analyze(f"restart payments {said}", namespace="shop")
    assert proposal.status == "proposed"
    assert proposal.awaits == said


# Shape 2 and its over-ask: a report said first, then the order on its own — the order alone.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale my-api to 5 was done by argo, now restart worker", _RESTART),
        ("restart worker was done by argo, now bump payments to 3.1.0", _BUMP),
        ("restart worker is done; scale payments to 4", _SCALE),
        ("switch frontend to 2.2.0 is done; roll back checkout", _UNDO),
        ("scale my-api to 5 happened already, next restart worker", _RESTART),
        ("bump payments to 3.1.0 worked, now restart worker", _RESTART),
        ("set LOG_LEVEL=debug on my-api succeeded, now bump payments to 3.1.0", _BUMP),
        ("scale payments to 4 was done by bob; please roll back checkout", _UNDO),
        ("switch frontend to 2.2.0 (done by argo), now roll back checkout", _UNDO),
        ("the rollback of checkout went fine, now restart worker", _RESTART),
        ("the restart of worker went fine, now restart the orders deployment", _RESTART_ORDERS),
        ("the restart of worker was ok, now roll back checkout", _UNDO),
        ("scaling payments to 4 went fine, now restart worker", _RESTART),
        ("restarting orders is done, now scale my-api to 5", _SCALE_API),
        ("the frontend 2.2.0 rollout worked, now restart worker", _RESTART),
        ("the rollout of 2.2.0 went fine, now restart worker", _RESTART),
        ("the 2.2.0 rollout went fine, now restart worker", _RESTART),
        ("rollout of 2.2.0 went fine; now restart worker", _RESTART),
        ("the rollout of 3.1.0 went fine, now scale payments to 4", _SCALE),
        ("the scale to 6 went fine, now scale payments to 4", _SCALE),
        ("the rollout of 2.2.0 went fine, next restart worker", _RESTART),
        ("thanks, the worker restart went fine - now scale payments to 4", _SCALE),
        ("argo already did: scale my-api to 5; now restart worker", _RESTART),
        ("bob did: roll back checkout; now scale payments to 4", _SCALE),
        ("the worker restart went fine, scale payments to 4", _SCALE),
    ],
)
def test_a_report_then_an_order_is_the_order_alone(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# Negatives: the order after the report leans on it, or the report lists what was done: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "the rollout of 2.2.0 went fine, now do payments",
        "the rollout of 2.2.0 went fine, do the same for payments",
        "the rollout of 1.1.0 went fine, do the same for frontend",
        "the rollout of 2.2.0 on frontend went fine, now scale it to 6",
        "bob did: restart worker, scale payments to 4",
        "scale to 6 went fine on frontend, now payments to 4",
        "restart worker is done; scale payments to 4 is done too",
    ],
)
def test_an_order_that_leans_on_the_report_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("the rollback of x went fine, now restart y", "restart y"),
        ("restart x was done by argo; please scale y to 4", "please scale y to 4"),
        ("argo already did: scale x to 5; now restart y", "restart y"),
        # Not a report first: the text as it is.
        ("restart x when the migration is done, then restart y", None),
        ("argo did not scale x to 4, please do it", None),
        ("bob did: restart x, scale y to 4", None),
        ("restart x, then restart y", None),
    ],
)
def test_after_report(text: str, rest: str | None) -> None:
    assert results.after_report(text) == (text if rest is None else rest)


# Shape 3, heads: who is done, finished or succeeded, before the change.
@pytest.mark.parametrize(
    "intent",
    [
        "argo's done: bump payments to 3.1.0",
        "argo finished: roll back checkout",
        "argo completed: restart the orders deployment",
        "flux has finished: restart worker",
        "bob wrapped up: scale payments to 4",
        "bob's done with: restart worker",
        "bob got it done: switch frontend to 2.2.0",
        "CI succeeded: set LOG_LEVEL=debug on my-api",
        "argo synced: roll back checkout",
        "deployed by argo: restart worker",
        "shipped by bob: roll back checkout",
        "argo is done with: bump payments to 3.1.0",
        "bob's finished: restart the orders deployment",
    ],
)
def test_a_change_told_done_by_someone_before_it_is_asked(op: Operator, intent: str) -> None:
    assert "done" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    ["not done: restart worker", "to be done: restart worker", "still to do: restart worker"],
)
def test_a_list_still_to_do_is_no_report_of_done(op: Operator, intent: str) -> None:
    assert "was done already" not in (asks(op, intent).question or "")


# Shape 4: an acknowledgement or a hesitation before a withdraw header; in-line withdrawals.
@pytest.mark.parametrize(
    "intent",
    [
        "yep, drop it: bump payments to 3.1.0",
        "yeah, forget it: set LOG_LEVEL=debug on my-api",
        "yep, never mind: roll back checkout",
        "k, scrap that: restart worker",
        "hmm, strike that: restart the orders deployment",
        "nope, forget it: scale payments to 4",
        "well, cancel that: scale payments to 4",
        "actually, strike that: switch frontend to 2.2.0",
        "hold on, forget it: bump payments to 3.1.0",
        "oh wait, not needed anymore: scale my-api to 5",
        "erm, scrap that: bump payments to 3.1.0",
        "understood, strike that: scale my-api to 5",
        "ugh, never mind: scale my-api to 5",
        "ahh sorry, ignore: scale my-api to 5",
        "yep forget it: scale my-api to 5",
        "Yep! forget it: scale my-api to 5",
        "ok yep, forget it: scale my-api to 5",
        "yeah ok, never mind: restart worker",
        "hmm actually, scrap that: restart worker",
        "scale my-api to 5 / cancel",
        "scale my-api to 5 [withdrawn]",
        "restart worker [retracted]",
    ],
)
def test_a_withdrawal_after_an_acknowledgement_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("actually, restart worker", _RESTART),
        ("yes, scale payments to 4", _SCALE),
        ("restart worker / orders", None),
    ],
)
def test_an_acknowledgement_before_an_order_keeps_it(
    op: Operator, intent: str, summary: str | None
) -> None:
    got = summaries(op, intent)
    assert got == [summary] if summary else got == [_RESTART, _RESTART_ORDERS]


# Shape 10: the plan's own workload said to stay as it is.
@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, worker stays as is",
        "scale worker to 3 - worker remains untouched",
        "restart worker (worker stays as is)",
        "bump payments to 3.1.0, payments stays as is",
    ],
)
def test_the_plans_own_workload_said_to_stay_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart worker, payments stays as is", _RESTART),
        ("scale payments to 4, orders stays the same", _SCALE),
        ("restart worker, prod stays as is", _RESTART),
    ],
)
def test_another_workload_said_to_stay_is_left_out(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# Over-ask: a release taken back said by its short reference ("checkout:1.1.0").
@pytest.mark.parametrize(
    "intent",
    [
        "revoke checkout:1.1.0",
        "un-ship checkout:1.1.0",
        "yank checkout:1.1.0",
        "back out checkout:1.1.0",
        "take back checkout:1.1.0",
        "withdraw checkout:1.1.0",
    ],
)
def test_a_short_reference_taken_back_is_its_rollback(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_UNDO]


@pytest.mark.parametrize(
    "intent", ["revoke checkout:1.0.0", "revoke payments:1.1.0", "recall nosuch:1.1.0"]
)
def test_a_short_reference_not_running_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
