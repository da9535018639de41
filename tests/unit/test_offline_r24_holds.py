"""Round 24, holds: a hold, a condition, a start time, an end or an order of steps said with an
order is never dropped from the plan, nor read the other way round.

The shapes (the third black-box attack): (W) a hold, a condition or a start time dropped ("delete
worker; wait for security", "should payments OOM, raise its memory limit to 1Gi", "scale
checkout to 4 (bob approves)", "… on high cpu", "autoscale … starting monday", "… i morgon"):
asked (:mod:`.preconds`) or carried as the plan's ``awaits`` (another language's time,
:mod:`.tongues`); (I) an END or a later look read as the START ("untill friday", "up to
friday", "to monday", "for tonight", "but only tonight", "we'll revisit next week", "X now, Y on
monday"): asked, saying nothing reverts on a timer (:mod:`.durations`) or that one approval
holds every part; (R) the order of steps inverted ("prior to restarting payments, back up
postgres", "having backed up", "preceded by", "…, add a pdb first"): asked. The nearest plain
orders still plan, with their exact values."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (W) A hold, a precondition, a trigger or a moment that is no time: asked, naming it.
@pytest.mark.parametrize(
    ("intent", "named"),
    [
        # the attack's samples
        ("delete worker; wait for security", "wait for security"),
        ("scale checkout to 4 (bob approves)", "bob approves"),
        ("scale checkout to 4, run it by bob", "run it by bob"),
        ("scale checkout to 4 on go", "on go"),
        ("scale checkout to 4, wait for my ping", "wait for my ping"),
        ("restart payments in a quiet moment", "in a quiet moment"),
        ("should payments OOM, raise its memory limit to 1Gi", "should payments OOM"),
        ("scale checkout to 4 on high cpu", "on high cpu"),
        ("scale checkout to 4 on spike", "on spike"),
        ("scale checkout to 4 on pager", "on pager"),
        ("scale checkout to 4 upon QA sign-off", "upon QA sign-off"),
        ("scale checkout to 4 aftr the release", "aftr the release"),
        ("scale checkout to 4 onc QA is done", "onc QA"),
        ("scale checkout to 4 wen QA is done", "wen QA"),
        ("scale checkout to 4. QA first.", "QA first"),
        ("scale checkout to 4, QA first", "QA first"),
        ("scale checkout to 4 but QA first", "QA first"),
        ("restart payments on config change", "on config change"),
        ("scale worker to 0 but drain the queue first", "drain the queue first"),
        ("scale checkout to 4 but drain the queue first", "drain the queue first"),
        ("scale worker to 0, queue must be empty first", "queue must be empty first"),
        ("scale worker to 0 (queue empty first)", "queue empty first"),
        ("scale worker to 0 - ensure no jobs are running", "ensure no jobs are running"),
        ("scale worker to 0 but let running jobs finish", "let running jobs finish"),
        ("delete worker \u2014 drain first", "drain first"),
        ("delete worker (drain first)", "drain first"),
        ("restart payments avoiding peak", "avoiding peak"),
        ("bump frontend to 2.2.0 (code freeze!)", "code freeze"),
        ("restart payments till it's healthy", "till it's healthy"),
        ("autoscale checkout 2-10 at 70% cpu starting monday", "starting monday"),
        # phrasings of our own
        ("restart payments, security review first", "security review first"),
        ("update frontend to 2.2.0, smoke test first", "smoke test first"),
        ("scale checkout to 6 (load test first)", "load test first"),
        ("scale worker to 2 (alice signs off)", "alice signs off"),
        ("restart payments, run this past the sre lead", "run this past the sre lead"),
        ("scale checkout to 6 on heavy traffic", "on heavy traffic"),
        ("scale frontend to 5 on alerts", "on alerts"),
        ("restart worker till it's ready", "till it's ready"),
        ("restart worker at a convenient time", "at a convenient time"),
        ("scale frontend to 2 avoiding the rush", "avoiding the rush"),
        ("update frontend to 2.2.0 (change freeze)", "change freeze"),
        ("scale worker to 0 but let the pending tasks finish", "let the pending tasks finish"),
        ("scale worker to 0, backlog must be drained", "backlog must be drained"),
        ("scale worker to 0, verify no jobs are queued", "verify no jobs are queued"),
        ("autoscale checkout 2-10 at 70% cpu from monday", "from monday"),
        ("autoscale payments 3-6 at 60% cpu on friday", "on friday"),
        ("autoscale worker 1-4 at 75% cpu starting next week", "starting next week"),
    ],
)
def test_a_hold_or_condition_said_with_an_order_is_asked(
    op: Operator, intent: str, named: str
) -> None:
    question = asks(op, intent).question or ""
    assert named.lower() in question.lower()
    assert "changed nothing" in question or "would start when approved" in question


# (I) An end said loosely, after a value: asked, saying nothing reverts it on a timer.
@pytest.mark.parametrize(
    ("intent", "end"),
    [
        ("scale checkout to 5 untill friday", "untill friday"),
        ("scale checkout to 5 up to friday", "up to friday"),
        ("scale checkout to 5 for tonight", "for tonight"),
        ("scale orders to zero for tonight", "for tonight"),
        ("scale checkout to 4 but only tonight", "but only tonight"),
        ("scale checkout to 4 only tonight", "only tonight"),
        ("scale checkout to 5 right up to monday", "right up to monday"),
        ("scale checkout to 5 all the way to monday", "all the way to monday"),
        ("scale checkout to 5 to monday", "to monday"),
        ("scale checkout to 5 through to monday", "through to monday"),
        ("scale checkout to 5 for tomorrow", "for tomorrow"),
        ("scale worker to 0 untill monday", "untill monday"),
        ("set payments memory limit to 1Gi up to friday", "up to friday"),
        ("scale frontend to 6 all the way to the weekend", "all the way to the weekend"),
        ("scale worker to 2 thru to friday", "thru to friday"),
        ("scale checkout to 6 only today", "only today"),
        ("scale frontend to 3 for tomorrow", "for tomorrow"),
    ],
)
def test_an_end_said_loosely_is_asked_not_waited_for(op: Operator, intent: str, end: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(end) in question
    assert "reverts" in question
    assert "permanently" in question


# (I) A later look, or a part said "now" beside one said for later: asked.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("scale checkout to 5, we'll revisit next week", "look at it again"),
        ("scale checkout to 5, revisit after the sale", "look at it again"),
        ("scale checkout to 6, let's reassess on monday", "look at it again"),
        ("set payments memory limit to 1Gi, we'll review it next week", "look at it again"),
        ("scale worker to 2; reconsider after the sale", "look at it again"),
        ("scale frontend to 4, circle back friday", "look at it again"),
        ("scale checkout to 4 now, frontend to 5 on monday", "one approval"),
        ("scale checkout to 4 right away, frontend to 5 next week", "one approval"),
        ("restart worker immediately and scale payments to 3 on friday", "one approval"),
    ],
)
def test_a_later_look_or_a_part_for_now_is_asked(op: Operator, intent: str, words: str) -> None:
    assert words in (asks(op, intent).question or "")


# (R) Steps said in another order than the plan would run them: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "prior to restarting payments, back up postgres",
        "restart payments, having backed up postgres",
        "upgrade payments to 3.1.0, preceded by a checkout restart",
        "harden payments, add a pdb first",
        "ahead of restarting worker, back up postgres",
        "restart worker, having first backed up postgres",
        "restart checkout, preceded by a postgres backup",
    ],
)
def test_steps_said_in_the_other_order_are_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "order" in question


# (W) Another language's time after an English order: carried in the words as sent.
@pytest.mark.parametrize(
    ("intent", "change", "awaits"),
    [
        ("scale checkout to 4 i morgon", "scale deployment/checkout in shop to 4", "i morgon"),
        ("scale checkout to 4 huomenna", "scale deployment/checkout in shop to 4", "huomenna"),
        ("restart payments i natt", "restart the pods of deployment/payments", "i natt"),
        ("restart payments am Wochenende", "restart the pods of deployment/payments", "am "),
        ("restart payments nästa vecka", "restart the pods of deployment/payments", "nästa"),
        ("restart payments næste uge", "restart the pods of deployment/payments", "næste uge"),
        ("scale worker to 3 i morgon", "scale deployment/worker in shop to 3", "i morgon"),
        ("restart checkout i kväll", "restart the pods of deployment/checkout", "i kväll"),
        ("restart frontend ensi viikolla", "restart the pods of deployment/frontend", "ensi"),
        ("scale checkout to 4 ce week-end", "scale deployment/checkout in shop to 4", "week-end"),
    ],
)
def test_another_languages_time_is_carried(
    op: Operator, intent: str, change: str, awaits: str
) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.operations[0].summary().startswith(change)
    assert awaits.lower() in (proposal.awaits or "").lower()


# The nearest plain orders: planned, with their exact values and waits.
@pytest.mark.parametrize(
    ("intent", "summaries", "awaits"),
    [
        ("scale payments to 4", ["scale deployment/payments in shop to 4 replicas"], None),
        ("scale checkout to 4 now", ["scale deployment/checkout in shop to 4 replicas"], None),
        ("scale checkout up to 5", ["scale deployment/checkout in shop to 5 replicas"], None),
        (
            "scale worker to 4 tomorrow",
            ["scale deployment/worker in shop to 4 replicas"],
            "tomorrow",
        ),
        ("scale checkout to 4 after QA", ["scale deployment/checkout in shop to 4 replicas"], "QA"),
        (
            "scale checkout to 4 once bob approves",
            ["scale deployment/checkout in shop to 4 replicas"],
            "once bob approves",
        ),
        (
            "scale checkout to 4 on page",
            ["scale deployment/checkout in shop to 4 replicas"],
            "page",
        ),
        (
            "scale checkout to 4 upon approval",
            ["scale deployment/checkout in shop to 4 replicas"],
            "upon approval",
        ),
        (
            "scale checkout to 5 on friday",
            ["scale deployment/checkout in shop to 5 replicas"],
            "friday",
        ),
        (
            "restart payments outside peak",
            ["restart the pods of deployment/payments in shop"],
            "peak",
        ),
        (
            "restart payments and scale worker to 3",
            [
                "restart the pods of deployment/payments in shop",
                "scale deployment/worker in shop to 3 replicas",
            ],
            None,
        ),
        (
            "back up postgres, then restart payments",
            [
                "apply backup/postgres-shop-once in shop",
                "restart the pods of deployment/payments in shop",
            ],
            None,
        ),
        ("delete worker", ["delete deployment/worker in shop"], None),
        (
            "autoscale checkout 2-10 at 70% cpu",
            ["apply horizontalpodautoscaler/checkout in shop"],
            None,
        ),
        ("rollback checkout", ["roll deployment/checkout in shop back to revision 1"], None),
    ],
)
def test_the_nearest_orders_still_plan(
    op: Operator, intent: str, summaries: list[str], awaits: str | None
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == summaries
    if awaits is None:
        assert not proposal.awaits
    else:
        assert awaits.lower() in (proposal.awaits or "").lower()


# (T) A change said for a while in words round 23 left: asked, saying nothing reverts it.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # the attack's samples
        ("scale checkout to 5 till the sale ends", "till the sale ends"),
        ("scale checkout to 5 until the incident is resolved", "until the incident is resolved"),
        ("take frontend down to 1 until the sale is over", "until the sale is over"),
        ("scale checkout to 5 while the campaign runs", "while the campaign runs"),
        ("scale checkout to 4 while payments is down", "while payments is down"),
        ("set PROVIDER=adyen in payments-config while stripe is down", "while stripe is down"),
        ("scale checkout to 5 until after the weekend", "until after the weekend"),
        ("scale checkout to 5 just today", "just today"),
        ("scale checkout to 5 for some hours", "for some hours"),
        ("set my-api cpu limit to 2 for several hours", "for several hours"),
        ("scale checkout to 5 in the meantime", "in the meantime"),
        ("scale checkout to 5 all weekend", "all weekend"),
        ("scale checkout to 5 (temp)", "(temp)"),
        ("scale checkout to 5 tmp", "tmp"),
        ("temporarily scale checkout to 5", "temporarily"),
        ("scale checkout to 4 temporairement", "temporairement"),
        ("scale checkout to 4 erstmal", "erstmal"),
        ("scale checkout to 4 pour l'instant", "pour l'instant"),
        # phrasings of our own
        ("scale worker to 2 till the migration is done", "till the migration is done"),
        ("set payments memory limit to 1Gi until the incident is closed", "incident is closed"),
        ("scale frontend to 6 while the promo runs", "while the promo runs"),
        ("scale worker to 0 for several hours", "for several hours"),
        ("scale worker to 0 all night long", "all night long"),
        ("scale frontend to 6 (tmp)", "(tmp)"),
        ("temporarily set payments memory limit to 1Gi", "temporarily"),
        ("scale worker to 1 vorerst", "vorerst"),
        ("scale frontend to 6 por ahora", "por ahora"),
        ("scale worker to 0 until after the migration", "until after the migration"),
    ],
)
def test_a_change_for_a_while_is_asked(op: Operator, intent: str, said: str) -> None:
    question = asks(op, intent).question or ""
    assert said in question
    assert "reverts" in question
    assert "permanently" in question


# (T) A purpose, "for now" in English, a retention, a name with temp in it: still planned.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("park payments at 0 for now", ["scale deployment/payments in shop to 0 replicas"]),
        ("scale checkout to 5 for the sale", ["scale deployment/checkout in shop to 5 replicas"]),
        (
            "scale checkout to 5 for black friday",
            ["scale deployment/checkout in shop to 5 replicas"],
        ),
        ("scale checkout to 5 for the demo", ["scale deployment/checkout in shop to 5 replicas"]),
        (
            "set payments memory limit to 1Gi for the load test",
            ["patch deployment/payments in shop (strategic)"],
        ),
        (
            "We don't need checkout running for the time being, please shut it down.",
            ["scale deployment/checkout in shop to 0 replicas"],
        ),
        ("set TEMP_DIR=/tmp in my-api-config", ["patch configmap/my-api-config in shop (merge)"]),
        (
            "set LOG_LEVEL=debug in my-api-config for the demo",
            ["patch configmap/my-api-config in shop (merge)"],
        ),
        (
            "set FEATURE_X=on in my-api-config, it has been stable for a week",
            ["patch configmap/my-api-config in shop (merge)"],
        ),
        (
            "set a 1Gi memory limit on worker, its memory climbs all day",
            ["patch deployment/worker in shop (strategic)"],
        ),
        (
            "velero snapshot of the namespace every 6 hours, retain them for a week",
            ["apply schedule/namespace-shop in shop"],
        ),
    ],
)
def test_a_purpose_or_an_english_for_now_still_plans(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected
