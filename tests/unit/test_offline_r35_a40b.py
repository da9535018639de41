"""Round 35, helper a40b: attack39's holds, relays taken back, polite refusals and review labels,
re-run on main (/work/notes/w34/re39/misses.txt).

The shapes, each planned at once (or asked where the intent was plain) before:

- a hold or a precondition said after the order in words the tail table did not read ("(blocked
  by PR #12)", "— holding for bob", "-- holding for the release", "…, standing by (for the go)",
  "- gated by PR #12", "(deps: CHG-9)", "(needs bob's go first)", "(requires sign-off)",
  "(tentative)", "— waiting for the go from bob") (:mod:`.noorder`; a bracket of a hold is no
  gloss, :mod:`.aliases`);
- a precondition said as the head ("queued behind CHG-9: …", "depends on CHG-9 -> …", "prereq
  PR #12 -> …") — the wait said first (:mod:`.waits`);
- a relayed request taken back ("… for alice; they no longer need it", "alice asked: … . She
  took it back", "… per alice, but she retracted") (:mod:`.noorder`);
- a polite refusal or an objection ("I'd sooner we didn't …", "I'm against it: …", "I'd advise
  against: …") (:mod:`.roles`, :mod:`.noorder`);
- another's or a tentative review label ("per bob's nit: …", "from bob's review - nit: …", "nit,
  says bob: …", "suggestion, non-blocking, bob: …", "nit: … — bob said", "suggestion: … (per
  bob)", "suggestion: consider restarting worker", "praise: great job restarting worker")
  (:mod:`.noorder`, :mod:`.hearsay`, :mod:`.roles`);
- a review of several labelled parts: the writer's own orders planned, its questions, thoughts,
  praise and others' labels left out when they speak of other workloads ("nit: restart worker.
  question: should we also restart payments?") (:func:`.noorder.review_parts`).

Decisions that stand: "nit:" / "suggestion:" / "blocking:" alone are the writer's own label
(planned); a hold planned with its awaits at the right moment is fine ("after CHG-9 lands: …").
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import noorder, waits
from dotop_nb.service import Operator
from tests.memory import asks, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

_NAMES = frozenset({"my-api", "frontend", "payments", "worker", "orders", "checkout"})
_W = "restart the pods of deployment/worker in shop"
_O = "restart the pods of deployment/orders in shop"
_P4 = "scale deployment/payments in shop to 4 replicas"
_ENV = "patch configmap/my-api-config in shop (merge)"
_UNDO = "roll deployment/checkout in shop back to revision 1"
_IMG = "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.0"


# (1) A hold or a precondition said after the order.
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4 (blocked by PR #12)",
        "restart worker (blocked by the migration)",
        "set LOG_LEVEL=debug on my-api — holding for bob",
        "restart orders -- holding for the release",
        "bump frontend to 2.2.0, holding until CHG-9",
        "roll back checkout, standing by",
        "bump frontend to 2.2.0 , standing by",
        "restart worker , standing by for the go",
        "scale payments to 4 - standing by for your signal",
        "restart orders - gated by PR #12",
        "set LOG_LEVEL=debug on my-api (parked until CHG-9)",
        "roll back checkout (parked until CHG-9)",
        "restart worker (queued behind CHG-9)",
        "restart orders (deps: CHG-9)",
        "scale payments to 4 (dep: the migration)",
        "set LOG_LEVEL=debug on my-api (needs bob's go first)",
        "restart worker (requires the migration first)",
        "set LOG_LEVEL=debug on my-api (requires sign-off)",
        "restart worker (requires approval)",
        "set LOG_LEVEL=debug on my-api (tentative)",
        "restart worker (provisional)",
        "roll back checkout (dependency: db migration)",
        "roll back checkout — waiting for the go from bob",
        "bump frontend to 2.2.0 -- waiting on the ok from alice",
    ],
)
def test_a_hold_said_after_the_order_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart worker, then scale payments to 4", None),
        ("scale payments to 4 (the card service)", _P4),
        ("restart orders, it's holding up fine otherwise", _O),
        ("roll back checkout", _UNDO),
    ],
)
def test_no_hold_after_the_order_stays_planned(
    op: Operator, intent: str, summary: str | None
) -> None:
    got = summaries(op, intent)
    if summary is None:
        assert _W in got
        assert _P4 in got
    else:
        assert got == [summary]


# (2) A precondition said as the head: the wait said first.
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("queued behind CHG-9: restart orders", "wait for CHG-9, then restart orders"),
        ("depends on CHG-9 -> restart worker", "wait for CHG-9, then restart worker"),
        ("prereq PR #12 -> restart orders", "wait for PR #12, then restart orders"),
        ("blocked by PR #12 => restart worker", "wait for PR #12, then restart worker"),
        ("depends on CHG-9 \u2192 roll back checkout", "wait for CHG-9, then roll back checkout"),
        ("queued after the freeze: restart orders", "after the freeze, then restart orders"),
    ],
)
def test_the_head_is_read_as_the_wait_said_first(text: str, said: str) -> None:
    assert waits.precondition_label(text, lambda: _NAMES) == said


@pytest.mark.parametrize(
    "intent",
    [
        "queued behind CHG-9: restart orders",
        "queued behind CHG-9: set LOG_LEVEL=debug on my-api",
        "prereq PR #12 -> restart orders",
        "depends on CHG-9 -> restart worker",
        "depends on CHG-9 -> roll back checkout",
        "gated by PR #12 => scale payments to 4",
    ],
)
def test_a_precondition_said_as_the_head_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_precondition_that_is_an_event_is_awaited(op: Operator) -> None:
    assert summaries_and_awaits(op, "queued after the freeze: restart orders") == (
        [_O],
        "after the freeze",
    )


def test_an_arrow_between_two_orders_is_no_precondition() -> None:
    text = "restart worker -> scale payments to 4"
    assert waits.precondition_label(text, lambda: _NAMES) == text


# (3) A relayed request taken back.
@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL=debug on my-api for alice; they no longer need it",
        "restart worker for alice; they no longer need it",
        "scale payments to 4 for bob; they no longer need it",
        "roll back checkout for bob; he doesn't need it anymore",
        "restart orders for the payments team - they don't need it any more",
        "alice asked: set LOG_LEVEL=debug on my-api. She took it back",
        "alice asked: bump frontend to 2.2.0. She took it back",
        "restart worker per alice, but she retracted",
        "restart orders per alice, but she has since withdrawn it",
        "restart worker for bob; bob changed his mind",
    ],
)
def test_a_relay_taken_back_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart worker for bob, he needs it now", _W),
        ("scale payments to 4 for the sale; it ends friday", None),
        ("restart orders for alice", _O),
    ],
)
def test_a_relay_still_wanted_stays_planned(op: Operator, intent: str, summary: str | None) -> None:
    got = summaries(op, intent)
    assert got == [summary or _P4]


# (4) A polite refusal or an objection.
@pytest.mark.parametrize(
    "intent",
    [
        "I'd sooner we didn't restart worker",
        "I'd sooner we didn't bump frontend to 2.2.0",
        "we'd sooner not scale payments to 4",
        "I'm against it: scale payments to 4",
        "we're against this - restart worker",
        "I am strongly against it \u2014 bump frontend to 2.2.0",
        "I'd advise against: set LOG_LEVEL=debug on my-api",
        "I would argue against this: roll back checkout",
    ],
)
def test_a_polite_refusal_or_an_objection_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("I'm against the freeze: restart worker", _W),
        ("I'd like you to restart worker", _W),
    ],
)
def test_an_objection_to_something_else_stays_planned(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


# (5) Another's or a tentative review label.
@pytest.mark.parametrize(
    "intent",
    [
        "from bob's review - nit: scale payments to 4",
        "per bob's nit: set LOG_LEVEL=debug on my-api",
        "per alice's suggestion: restart worker",
        "nit, says bob: set LOG_LEVEL=debug on my-api",
        "suggestion, wrote alice: restart worker",
        "suggestion, non-blocking, bob: bump frontend to 2.2.0",
        "nit, minor, alice: restart worker",
        "nit: restart worker \u2014 bob said",
        "suggestion: scale payments to 4, alice suggested",
        "suggestion: restart worker (per bob)",
        "nit: restart orders (from alice)",
        "restart worker \u2014 bob said",
        "suggestion: consider restarting worker",
        "nit: consider scaling payments to 4",
        "suggestion: maybe consider restarting worker",
        "suggestion: you could restart worker",
        "praise: great job restarting worker",
        "praise: the restart fixed worker",
        "kudos: nice rollback of checkout",
    ],
)
def test_anothers_or_a_tentative_label_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("nit: restart worker", _W),
        ("suggestion: restart worker", _W),
        ("blocking: scale payments to 4", _P4),
        ("nit, non-blocking: restart worker", _W),
        ("suggestion, optional: restart worker", _W),
        ("per my nit: restart worker", _W),
        ("restart worker, I said", _W),
        ("praise: nice work. nit: restart worker", _W),
    ],
)
def test_the_writers_own_label_stays_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# (6) A review of several labelled parts: the writer's orders, less the rest.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("nit: restart worker. question: should we also restart payments?", _W),
        ("blocking: scale payments to 4. thought: frontend maybe later", _P4),
        ("suggestion: restart worker. bob's nit: restart payments", _W),
        ("minor: restart worker, just a suggestion: restart payments too", _W),
        ("nit: restart worker (bob's suggestion: restart payments)", _W),
        ("praise: the bump fixed frontend. suggestion: scale payments to 4", _P4),
        ("nit: restart worker. Bob's suggestion: scale payments to 4", _W),
        ("question: restart worker? blocking: scale payments to 4", _P4),
        ("question: why is frontend slow? nit: restart orders", _O),
        ("thought: frontend could go later. suggestion: roll back checkout", _UNDO),
    ],
)
def test_the_reviews_own_orders_are_planned_alone(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        # (the other part speaks of the order itself, or of no workload: read whole, asked)
        "suggestion: restart worker. bob's nit: don't restart worker",
        "nit: restart worker. question: should we wait for the freeze?",
        "nit: restart worker. thought: maybe tomorrow?",
        "bob's nit: restart worker. alice's suggestion: scale payments to 4",
    ],
)
def test_a_review_whose_other_parts_speak_of_the_order_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "nit: restart worker. question: should we also restart payments?",
            "nit: restart worker.",
        ),
        (
            "question: restart worker? blocking: scale payments to 4",
            "blocking: scale payments to 4",
        ),
        ("nit: restart worker, just a suggestion: restart payments too", "nit: restart worker"),
        ("nit: restart worker. note: payments is fine", None),
        ("restart worker. question: should we also restart payments?", None),
        ("nit: restart worker", None),
    ],
)
def test_review_parts(text: str, kept: str | None) -> None:
    assert noorder.review_parts(text, lambda: _NAMES) == (kept or text)


# (7) A refusal or a declined relay said first, then the writer's own order on its own.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "I'd rather we didn't restart worker; restart payments",
            "restart the pods of deployment/payments in shop",
        ),
        (
            "bob asked to restart worker, which I declined. Restart payments instead",
            "restart the pods of deployment/payments in shop",
        ),
        ("restart worker for alice; they no longer need it. scale payments to 4 though", _P4),
        ("I'd prefer not to restart worker. scale payments to 4", _P4),
        ("we'd sooner not roll back checkout; restart orders", _O),
        ("alice requested a restart of worker, which we turned down. restart orders", _O),
    ],
)
def test_the_order_after_a_refusal_is_planned_alone(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I'd rather we didn't restart worker; restart payments", "restart payments"),
        (
            "bob asked to restart worker, which I declined. Restart payments instead",
            "Restart payments",
        ),
        # (the order leans on the declined one, names it, or names nothing: read whole)
        ("I'd rather we didn't restart worker; restart it tomorrow", None),
        ("I'd rather we didn't restart worker; restart worker tomorrow", None),
        ("I'd rather we didn't restart worker; payments is fine", None),
        ("I'd rather restart worker; scale payments to 4", None),
    ],
)
def test_after_declined(text: str, kept: str | None) -> None:
    assert noorder.after_declined(text, lambda: _NAMES) == (kept or text)


@pytest.mark.parametrize(
    "intent",
    [
        "I'd rather we didn't restart worker",
        "I'd rather we didn't restart worker; restart it tomorrow",
        "bob asked to restart worker, which I declined",
    ],
)
def test_a_refusal_alone_asks(op: Operator, intent: str) -> None:
    asks(op, intent)
