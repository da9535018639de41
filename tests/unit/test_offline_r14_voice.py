"""Round 14, helper "voice": how a clause is meant.

- a negation that says a harm to the service (going down, falling over, losing data, something
  getting in) is the goal the plan serves when the plan is the remedy for that harm and cannot
  bring it about itself (:func:`.negated.goal`); a negation that leaves something out of the
  plan ("don't restart it", "not payments") is still read against the plan;
- "should not allow X" is a restriction; "has it baked in", "nothing else gets in" are whole;
- a fact whose version an order refers back to ("…, please roll it out", "ship the new model:
  my-api 1.5.0 has it baked in") lends the order that version; "turn my-api logging up to
  debug" sets LOG_LEVEL; the person's own task said as a source ("the lab says …") is their
  order; "…, I'm about to touch the schema" is the reason for a change made now.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import negated
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(120)


def _ops(shop: Operator, intent: str) -> list[tuple[str, str, str]]:
    proposal, _ = plans(shop, intent)
    return [(o.kind, o.target.kind, o.target.name) for o in proposal.operations]


# --- a negated harm is the goal the plan serves ----------------------------------------------


@pytest.mark.parametrize(
    ("clause", "fears", "goal"),
    [
        ("so one node dying doesn't take inference down", {"down"}, True),
        ("don't let checkout fall over", {"down"}, True),
        ("can't lose customer data", {"lose"}, True),
        ("nothing else gets in", {"in"}, True),
        ("so losing a zone never takes it down", {"down"}, True),
        # the plan is no remedy for that harm
        ("can't lose customer data", {"down"}, False),
        ("can't go down", set(), False),
        # an exclusion, a bound or a number of the plan is no goal
        ("don't restart it", {"down"}, False),
        ("never below 2", {"down"}, False),
        ("don't let it go down to 1 pod", {"down"}, False),
        ("don't touch it or let it go down", {"down"}, False),
    ],
)
def test_a_harm_the_plan_remedies_is_its_goal(clause: str, fears: set[str], goal: bool) -> None:
    assert negated.goal(clause, negated.Footprint(fears=fears)) is goal


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "spread orders pods across nodes so a single node dying doesn't take ordering down",
            ("patch", "Deployment", "orders"),
        ),
        (
            "spread payments across nodes so losing one node never takes it down",
            ("patch", "Deployment", "payments"),
        ),
        ("run 3 replicas of orders so a node failure doesn't take orders down", None),
        ("don't let worker go down during the migration: 3 replicas", None),
        ("add an hpa to frontend min 2 max 6 so it doesn't fall over", None),
        (
            "only frontend may talk to payments so nothing else gets in",
            ("apply", "NetworkPolicy", "payments-allow-from-frontend"),
        ),
        ("make sure drains don't kill all of frontend's pods", None),
        ("run 3 payments pods so a crash doesn't take payments down", None),
    ],
)
def test_a_fear_beside_its_remedy_plans(
    shop: Operator, intent: str, expected: tuple[str, str, str] | None
) -> None:
    ops = _ops(shop, intent)
    if expected is not None:
        assert ops == [expected]
    else:
        assert ops


@pytest.mark.parametrize(
    "intent",
    [
        # the plan itself may bring the harm about
        "restart payments, it can't go down",
        "scale orders to 1, it can't go down",
        # a bound and a number of the plan said with the harm
        "add a pdb to payments so a drain never takes it below 3",
    ],
)
def test_a_fear_the_plan_may_cause_still_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_an_exclusion_beside_a_change_keeps_its_plan_only(shop: Operator) -> None:
    assert _ops(shop, "restart orders, don't scale it") == [
        ("rollout_restart", "Deployment", "orders")
    ]


# --- restrictions, particles, facts that carry the order ---------------------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "payments must never allow privilege escalation",
        "orders shouldn't be allowed to escalate privileges",
        "worker's containers may not allow privilege escalation",
    ],
)
def test_allowing_negated_is_a_restriction(shop: Operator, intent: str) -> None:
    _, body = plans(shop, intent)
    assert '"allowPrivilegeEscalation": false' in body


def test_allowing_said_plainly_still_asks(shop: Operator) -> None:
    asks(shop, "allow privilege escalation on worker")


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("release the checkout fix: checkout 1.1.1 carries it", "checkout:1.1.1"),
        ("deploy the stripe fix, payments 3.1.0 has it", "payments:3.1.0"),
        ("payments 3.1.0 has the new fraud rules, push it out", "payments:3.1.0"),
        ("payments 3.1.0 has the fix built in, roll it out", "payments:3.1.0"),
        ("the fix is in checkout 1.1.1, roll it out please", "checkout:1.1.1"),
    ],
)
def test_a_fact_an_order_refers_back_to_lends_its_version(
    shop: Operator, intent: str, image: str
) -> None:
    _, body = plans(shop, intent)
    assert image in body


@pytest.mark.parametrize(
    "intent",
    [
        "restart the pods deployed in",  # a preposition that lost its object
        "deploy payments, frontend runs 2.2.0",  # a fact about another workload
        "the vendor says scale payments to 4",  # someone else's word
        "the vendor says they will scale it",
        "how do I scale my-api?",
    ],
)
def test_cut_offs_other_workloads_and_others_words_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "level"),
    [
        ("set the payments log level to warn", '"warn"'),
        ("crank up logging to debug on frontend", '"debug"'),
        ("bump worker logs to trace for now", '"trace"'),
    ],
)
def test_logging_words_set_the_log_level(shop: Operator, intent: str, level: str) -> None:
    _, body = plans(shop, intent)
    assert "LOG_LEVEL" in body
    assert level in body


# --- the person's own task and their own next step -----------------------------------------


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("exercise 2.3 says: restart orders", ("rollout_restart", "Deployment", "orders")),
        ("the tutorial says to scale worker to 2", ("scale", "Deployment", "worker")),
        (
            "the assignment wants me to restart checkout",
            ("rollout_restart", "Deployment", "checkout"),
        ),
        (
            "how do I make orders scale by itself? the exercise wants min 2, max 4, 70% cpu",
            ("apply", "HorizontalPodAutoscaler", "orders"),
        ),
        (
            "snapshot postgres, we're about to run a big migration",
            ("apply", "Backup", "postgres-shop-once"),
        ),
    ],
)
def test_own_task_and_own_next_step_plan(
    shop: Operator, intent: str, expected: tuple[str, str, str]
) -> None:
    assert _ops(shop, intent) == [expected]


def test_a_task_that_waits_keeps_its_wait(shop: Operator) -> None:
    proposal, _ = plans(shop, "exercise 5 says scale orders to 3 after the quiz closes")
    assert proposal.awaits


def test_a_probe_kind_said_negated_is_ruled_out(shop: Operator) -> None:
    _, body = plans(
        shop, "readiness probe on worker, celery has no http endpoint so use tcp on 8080"
    )
    assert "tcpSocket" in body
    assert "httpGet" not in body
