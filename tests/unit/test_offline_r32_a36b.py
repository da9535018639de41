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
        ("argo's done: scale my-api to 5. now bump payments to 3.1.0", _BUMP),
        ("CI succeeded: bump payments to 3.1.0. now switch frontend to 2.2.0", _SWITCH),
        ("done: scale payments to 4. now scale my-api to 5", _SCALE_API),
        ("the frontend update to 2.2.0 went fine. Next up: scale payments to 4", _SCALE),
        ("argo did: switch frontend to 2.2.0. now roll back checkout", _UNDO),
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


# Shape 7: a precondition said last, or as a verb first, is waited on or asked.
@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("bump payments to 3.1.0. Prereq: db migration.", "after db migration"),
        ("restart the orders deployment. Pre-req: db migration.", "after db migration"),
        ("switch frontend to 2.2.0. prereq - migration.", "after migration"),
        ("roll back checkout. PREREQ: migration", "after migration"),
        ("restart the orders deployment. Blocked by: the db migration.", "after the db migration"),
        ("switch frontend to 2.2.0. Wait for: the migration.", "after the migration"),
        ("Wait for: the migration. restart worker", "after the migration"),
        ("bump payments to 3.1.0. Requires approval.", "after approval"),
        ("Requires approval. roll back checkout", "after approval"),
        ("Waiting for approval. scale my-api to 5", "after approval"),
        ("when CI succeeded: restart worker", "when CI succeeded"),
        ("after the rollout went fine: scale payments to 4", "after the rollout went fine"),
    ],
)
def test_a_precondition_said_apart_is_waited_on(op: Operator, intent: str, awaits: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert proposal.awaits == awaits


@pytest.mark.parametrize(
    "intent",
    [
        "Blocked on bob. restart worker",
        "Blocked on bob. bump payments to 3.1.0",
        "restart worker. Waiting on: alice.",
        "scale my-api to 5. Blocker: INC-77.",
        "scale payments to 4. Depends on: CHG-12.",
        "on approval: scale payments to 4",
        "on success: restart worker",
        "on sign-off: restart worker",
        "on CI green: bump payments to 3.1.0",
        "after CI passed: roll back checkout",
        "when it went well: scale my-api to 5",
        "restart worker (awaiting sign-off)",
    ],
)
def test_a_precondition_on_someone_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart worker. needs more memory", _RESTART),
        ("on payments: set LOG_LEVEL=debug", "patch deployment/payments in shop (strategic)"),
        ("scale payments to 4 after CI passes", _SCALE),
    ],
)
def test_a_reason_or_a_place_beside_an_order_is_no_precondition(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


# Shape 8: an end said as a sentence of its own, first or last, is asked (as said beside it).
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4. Until: monday.",
        "scale payments to 4. Until monday.",
        "Until monday. switch frontend to 2.2.0",
        "scale payments to 4. Till: friday.",
        "Till friday. set LOG_LEVEL=debug on my-api",
        "scale my-api to 5. Ends friday.",
        "Ends friday. scale payments to 4",
        "Expires monday. set my-api memory limit to 512Mi",
        "switch frontend to 2.2.0. Expires: friday.",
        "switch frontend to 2.2.0. Valid until: friday.",
        "scale my-api to 5. End: sunday.",
        "scale payments to 4. Until: the incident is over.",
        "scale payments to 4. For: today.",
        "For: today. scale payments to 4",
        "For the weekend. set LOG_LEVEL=debug on my-api",
        "Just for today. set LOG_LEVEL=debug on my-api",
        "Temporary. scale my-api to 5",
        "Temp. switch frontend to 2.2.0",
        "scale payments to 4. Temp:",
    ],
)
def test_an_end_said_apart_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "only for a while" in question


@pytest.mark.parametrize(
    "intent",
    ["scale payments to 4. Until: further notice.", "scale payments to 4 until further notice"],
)
def test_no_end_said_apart_plans(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert [o.summary() for o in proposal.operations] == [_SCALE]
    assert proposal.awaits is None


# Shape 9: an order asked, then advice or a confirmation asked for again: a question.
@pytest.mark.parametrize(
    "intent",
    [
        "restart worker? Please advise",
        "scale payments to 4? Please advise.",
        "bump payments to 3.1.0? pls advise",
        "restart worker? Advise pls",
        "restart the orders deployment?? Please advise",
        "scale my-api to 5? should we",
        "restart worker? Please confirm",
        "switch frontend to 2.2.0? pls confirm",
    ],
)
def test_an_order_asked_then_advice_asked_is_a_question(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart worker? yes, do it", _RESTART),
        ("scale payments to 4? yes please", _SCALE),
    ],
)
def test_an_order_asked_then_answered_plans(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# Shape 10: "frontend x6" with a time, a mark, a verb or a part left alone: times or replicas?
@pytest.mark.parametrize(
    "intent",
    [
        "frontend x6 now",
        "frontend x6 tonight",
        "payments x3 now",
        "my-api x4 tonight",
        "frontend x6 today",
        "[urgent] frontend x6 now",
        "frontend: x6",
        "frontend -> x6",
        "frontend to x6",
        "frontend is x6 now",
        "frontend was x6",
        "frontend x6 replicas",
        "frontend x6 in shop",
        "frontend x6 (was x3)",
        "frontend x6, not payments",
        "frontend x6 pls, not payments",
        "frontend x6, worker untouched",
    ],
)
def test_a_factor_alone_is_asked(op: Operator, intent: str) -> None:
    assert "times that many" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("checkout x3 for the flash sale", "scale deployment/checkout in shop to 6 replicas"),
        # (a factor with an occasion after it multiplies, as the corpus reads it)
        ("my-api x3 before the sale", "scale deployment/my-api in shop to 6 replicas"),
        ("scale frontend to 6", "scale deployment/frontend in shop to 6 replicas"),
    ],
)
def test_a_factor_in_a_sentence_or_a_count_plans(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# Last round's probe: a description in a polite frame, a report or a state with "pls", a time
# in German as the head, a switch set on and off.
@pytest.mark.parametrize(
    "intent",
    [
        "Hi team, could you please payments is HA now",
        "could you please payments is HA now",
        "frontend 2.2.0 was deployed by argo pls",
        "payments was rolled back yesterday, thanks",
        "my-api has LOG_LEVEL=debug pls",
        "set FEATURE_X=on and off",
        "set FEATURE_X=on, then off",
        "set FEATURE_X=true and then false on my-api",
    ],
)
def test_a_probe_phrasing_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("heute Abend: scale payments to 4", _SCALE, "tonight"),
        ("morgen: restart worker", _RESTART, "tomorrow"),
        ("restart worker pls", _RESTART, None),
        ("could you please make payments HA", None, None),
        ("set FEATURE_X=on on my-api", "patch configmap/my-api-config in shop (merge)", None),
    ],
)
def test_a_probe_near_miss_plans(
    op: Operator, intent: str, summary: str | None, awaits: str | None
) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    if summary is not None:
        assert [o.summary() for o in proposal.operations] == [summary]
    assert proposal.awaits == awaits


def test_a_switch_set_off_on_a_workload_is_one_value(op: Operator) -> None:
    # ("off on my-api": "on" is where; FEATURE_X is off already, so nothing is left to do.)
    proposal = op.analyze("set FEATURE_X=off on my-api", namespace="shop")
    assert proposal.status != "needs_clarification", proposal.question


# Shape 6, "[next week]": a later week in brackets is when, never dropped as a role.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("roll back checkout [next week]", _UNDO),
        ("restart worker (next week)", _RESTART),
        ("scale payments to 4 [next week]", _SCALE),
    ],
)
def test_a_later_week_in_brackets_is_waited_on(op: Operator, intent: str, summary: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert [o.summary() for o in proposal.operations] == [summary]
    assert proposal.awaits == "next week"


@pytest.mark.parametrize(
    "intent",
    [
        "bob did: restart worker, scale payments to 4",
        "CI succeeded: restart worker, scale payments to 4",
    ],
)
def test_a_report_head_over_a_list_stays_a_report(op: Operator, intent: str) -> None:
    asks(op, intent)
