"""Round 32, helper a36b: attack 36's report, withdraw, precondition, end, question and xN
shapes.

The shapes (black-box attack 36, /work/notes/w31/attack36): a report of a change or of its
revert was planned as the change ("CI passed: …", "merged and deployed: …", "rolled out: …",
"landed: …", "… done already", "… shipped", "CHG-7 (scale payments to 4) rolled back"; shape
5); a withdrawn or held order was planned now ("hold off: …", "belay that: …", "no need: …",
"not now: …" after an acknowledgement, "… [nvm]", "(nevermind)", "[dropped]", "[void]"; shape
6); a precondition said last or as a head, or a condition on a report, was dropped (shape 7); a
change said to end was made permanent or scheduled at its end (shape 8); a question with
"please advise" was planned (shape 9); "frontend x6 now" scaled to 18 where "frontend x6 pls"
asks (shape 10)."""

from __future__ import annotations

import pytest

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


# Shape 5, heads: a report of the change said first, with or without who did it.
@pytest.mark.parametrize(
    "intent",
    [
        "CI passed: switch frontend to 2.2.0",
        "CI's green: scale payments to 4",
        "CI passed for: scale payments to 4",
        "CI passed - roll back checkout",
        "argo rolled out: bump payments to 3.1.0",
        "fixed by argo: roll back checkout",
        "merged and deployed: scale my-api to 5",
        "rolled out: restart worker",
        "rolled out already: scale payments to 4",
        "went out today: restart the orders deployment",
        "landed: switch frontend to 2.2.0",
        "released: switch frontend to 2.2.0",
        "already out: roll back checkout",
        "was run: scale my-api to 5",
        "succeeded: switch frontend to 2.2.0",
    ],
)
def test_a_report_head_is_no_order(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 5, tails: the order, then that it went out or was undone again.
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4 done already",
        "scale my-api to 5 done already",
        "scale payments to 4 is out",
        "restart the orders deployment is out",
        "switch frontend to 2.2.0 shipped",
        "switch frontend to 2.2.0 rolled out",
        "bump payments to 3.1.0 deployed",
        "set LOG_LEVEL=debug on my-api deployed",
        "scale payments to 4 done by argo",
        "restart worker was rolled back",
        "switch frontend to 2.2.0 got reverted",
        "scale payments to 4 has been reverted",
        "(scale payments to 4) was rolled back",
        "CHG-7 (scale payments to 4) rolled back",
        "CHG-7 (restart worker) reverted",
        "INC-9: (switch frontend to 2.2.0) reverted",
    ],
)
def test_an_order_told_out_or_undone_is_no_order(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 5, a report then the order on its own: the order alone.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("set LOG_LEVEL=debug on my-api was done by argo and now restart worker", _RESTART),
        ("roll back checkout was done by argo and now scale payments to 4", _SCALE),
        ("bump payments to 3.1.0 was done by argo and now switch frontend to 2.2.0", _SWITCH),
        ("switch frontend to 2.2.0 done already, now restart worker", _RESTART),
        ("restart worker was rolled back, now scale payments to 4", _SCALE),
        ("switch frontend to 2.2.0 shipped, now scale payments to 4", _SCALE),
    ],
)
def test_a_report_then_an_order_is_the_order(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# Shape 5 near misses: a thing the order names that went out, a precondition met, the order.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("roll back checkout to the version last deployed", _UNDO),
        ("roll back checkout", _UNDO),
        ("rollout restart worker", _RESTART),
        ("restart worker and then scale payments to 4", None),
        ("tests passed: scale payments to 4", _SCALE),
        ("the migration succeeded: restart worker", _RESTART),
        ("CI is green, scale payments to 4", _SCALE),
        ("bump payments to 3.1.0, tests passed", _BUMP),
    ],
)
def test_a_report_word_beside_an_order_keeps_it(
    op: Operator, intent: str, summary: str | None
) -> None:
    got = summaries(op, intent)
    if summary is None:
        assert got == [_RESTART, _SCALE]
    else:
        assert got == [summary]


# Shape 6, heads: a hold or a withdrawal as the head, after an acknowledgement too.
@pytest.mark.parametrize(
    "intent",
    [
        "belay that: scale payments to 4",
        "belay that: restart worker",
        "yep, hold off: scale my-api to 5",
        "hm, hold off: restart worker",
        "hmm actually, no need: roll back checkout",
        "yep, no need: bump payments to 3.1.0",
        "on second thought, not now: bump payments to 3.1.0",
        "wait, no longer: scale payments to 4",
        "no longer: scale payments to 4",
        "nah, unnecessary: bump payments to 3.1.0",
        "sorry, rescind: restart the orders deployment",
        "ok, retract: bump payments to 3.1.0",
        "ok, pause: bump payments to 3.1.0",
        "wait, hold: set LOG_LEVEL=debug on my-api",
    ],
)
def test_a_hold_or_withdraw_head_is_no_order(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 6, inline: the order taken back in brackets after it.
@pytest.mark.parametrize(
    "intent",
    [
        "restart worker [nvm]",
        "roll back checkout (nvm)",
        "set LOG_LEVEL=debug on my-api [nvm]",
        "restart worker (nevermind)",
        "scale my-api to 5 [dropped]",
        "restart the orders deployment [dropped]",
        "restart worker [revoked]",
        "restart worker [void]",
        "roll back checkout [void]",
        "scale payments to 4 (scratch)",
        "switch frontend to 2.2.0 (scratch)",
        "restart worker [struck]",
        "bump payments to 3.1.0 [rescinded]",
        "restart worker [rescinded]",
        "roll back checkout [scrapped]",
    ],
)
def test_an_order_taken_back_in_brackets_is_no_order(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 6 near misses: a go-ahead after an acknowledgement, an order alone, "drop" as a verb.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("hmm actually, go ahead: scale payments to 4", _SCALE),
        ("ok, ship it: bump payments to 3.1.0", _BUMP),
        ("yep, restart worker", _RESTART),
        ("hold on, restart worker", _RESTART),
        ("restart worker", _RESTART),
    ],
)
def test_a_go_ahead_after_an_acknowledgement_is_planned(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]
