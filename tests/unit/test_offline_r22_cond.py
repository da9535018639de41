"""Round 23, helper cond: a time or condition said with a change is waited for or asked.

The shapes (black-box attack of round 22): (C) a condition said with a connective the planner
did not read ("the moment errors spike", "should QA pass", "had the migration succeeded",
"given QA passes", "in the event …", "on alert", "at the first sign of trouble", "post-drain",
"following cutover", "absent objections", "in the absence of complaints", "were it necessary")
or with none ("rollback checkout p99 > 1s"): the change was planned to run now; (E) a pod
security setting dropped every time and condition said with it ("run payments as non-root
tomorrow", "… until friday", "… if the audit requires it", "… unless it breaks"); (N) one awaits
for a plan whose time was said of one part ("scale payments to 4 tomorrow and restart worker
now"); (K) a part said to come first after another order, planned second ("update my-api to
2.3.1, but back up postgres first") or lost ("restart postgres but first back it up"). The
nearest plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _awaits(op: Operator, intent: str) -> tuple[str | None, list[str]]:
    proposal, _ = plans(op, intent)
    return proposal.awaits, [o.summary() for o in proposal.operations]


# (C) A conditional delete or rollback: asked, or waited on with the whole condition.
@pytest.mark.parametrize(
    "intent",
    [
        "rollback checkout the moment errors spike",
        "rollback checkout should errors spike",
        "rollback checkout in the event errors spike",
        "rollback checkout the second errors appear",
        "rollback checkout in the event the alert fires",
        "rollback checkout p99 > 1s",
        "roll back checkout the instant latency climbs",
        "revert checkout should the error rate jump",
        "delete worker in the event the migration succeeds",
        "delete worker had the migration succeeded",
        "delete worker in the absence of complaints",
        "delete worker following cutover",
        "delete worker on sign-off",
        "delete the orders pdb the moment QA passes",
        "remove worker the minute the cutover is done",
        "delete worker given the migration succeeds",
        "delete worker absent objections",
        "delete worker post-migration",
        "delete worker at the first sign of trouble",
    ],
)
def test_a_conditional_delete_or_rollback_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "phrase"),
    [
        ("rollback checkout at the first sign of trouble", "at the first sign of trouble"),
        ("rollback checkout on alert", "on alert"),
        ("rollback checkout on red", "on red"),
        ("rollback checkout at the first error", "at the first error"),
        ("rollback checkout on the first error", "on the first error"),
        ("rollback checkout the moment QA passes", "the moment QA passes"),
    ],
)
def test_a_conditional_rollback_waits_on_the_whole_condition(
    op: Operator, intent: str, phrase: str
) -> None:
    awaits, summaries = _awaits(op, intent)
    assert awaits == phrase
    assert summaries == ["roll deployment/checkout in shop back to revision 1"]


# (C) Other changes: waited on, the whole phrase carried.
@pytest.mark.parametrize(
    ("intent", "phrase"),
    [
        ("update my-api to 2.3.1 the moment CI is green", "the moment CI is green"),
        ("update my-api to 2.3.1 the minute CI passes", "the minute CI passes"),
        ("update my-api to 2.3.1 had QA passed", "had QA passed"),
        ("update my-api to 2.3.1 should QA pass", "should QA pass"),
        ("update my-api to 2.3.1 given QA passes", "given QA passes"),
        ("update my-api to 2.3.1 in the event QA passes", "in the event QA passes"),
        ("update my-api to 2.3.1 post-QA", "post-QA"),
        ("update my-api to 2.3.1 absent objections", "absent objections"),
        ("scale payments to 0 the moment the queue drains", "the moment the queue drains"),
        ("scale payments to 0 post-drain", "post-drain"),
        ("scale worker to 4 the moment the migration is done", "the moment the migration is done"),
        ("restart worker the moment QA passes", "the moment QA passes"),
        ("restart worker the instant the release lands", "the instant the release lands"),
        ("scale frontend to 5 following launch", "following launch"),
        ("set LOG_LEVEL=debug on my-api the moment QA passes", "the moment QA passes"),
        ("set memory limit of payments to 512Mi the moment QA passes", "the moment QA passes"),
        ("make payments HA the moment QA passes", "the moment QA passes"),
        ("harden payments the moment QA passes", "the moment QA passes"),
        ("bump my-api to 2.3.1 in the absence of complaints", "in the absence of complaints"),
        ("update my-api to 2.3.1 post QA", "post QA"),
        ("rollback checkout upon alert", "upon alert"),
        ("harden payments tomorrow", "tomorrow"),
        ("set allowPrivilegeEscalation false on worker tomorrow", "tomorrow"),
    ],
)
def test_a_condition_said_after_a_change_is_waited_on(
    op: Operator, intent: str, phrase: str
) -> None:
    awaits, _ = _awaits(op, intent)
    assert awaits == phrase


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 4 were it necessary",
        "autoscale payments 2-10 at 70% cpu the moment QA passes",
        "add a pdb to payments with minAvailable 1 the moment QA passes",
        "monitor payments the moment QA passes",
        "alert when payments error rate above 5% the moment QA passes",
        "alert when payments error rate above 5% if the audit requires it",
        "back up postgres nightly the moment QA passes",
        "restart worker if queue depth > 500",
        "scale payments to 2 latency below 100ms",
    ],
)
def test_a_condition_the_change_cannot_wait_on_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_bare_comparison_is_named_in_the_question(op: Operator) -> None:
    question = asks(op, "rollback checkout p99 > 1s").question or ""
    assert "p99 above 1s" in question
    assert "condition" in question


# (E) Pod security: the time or condition is read as for any change.
@pytest.mark.parametrize(
    ("intent", "phrase"),
    [
        ("run payments as non-root tomorrow", "tomorrow"),
        ("run payments as non-root after the release", "after the release"),
        ("enable read-only root filesystem on worker after the freeze", "after the freeze"),
        ("make payments read-only root filesystem tomorrow", "tomorrow"),
        (
            "make payments read-only root filesystem if the audit requires it",
            "if the audit requires it",
        ),
        ("make payments read-only root filesystem the moment QA passes", "the moment QA passes"),
        ("drop all capabilities on payments after the release", "after the release"),
        ("drop all capabilities on payments tomorrow", "tomorrow"),
        (
            "disallow privilege escalation on worker if the audit requires it",
            "if the audit requires it",
        ),
        ("set seccomp to RuntimeDefault on payments tomorrow", "tomorrow"),
        ("set seccomp to RuntimeDefault on payments the moment QA passes", "the moment QA passes"),
        (
            "run payments as non-root the moment the new image ships",
            "the moment the new image ships",
        ),
        ("run payments with runAsUser 1000 tomorrow", "tomorrow"),
        ("tomorrow, run payments as non-root", "tomorrow"),
    ],
)
def test_a_security_setting_waits_on_its_time(op: Operator, intent: str, phrase: str) -> None:
    awaits, summaries = _awaits(op, intent)
    assert awaits == phrase
    assert len(summaries) == 1


@pytest.mark.parametrize(
    "intent",
    [
        "run payments as non-root unless it breaks",
        "make payments read-only root filesystem unless it breaks",
        "drop all capabilities on payments unless it breaks",
        "set seccomp to RuntimeDefault on payments unless it breaks",
    ],
)
def test_a_security_setting_with_a_negated_condition_is_asked(op: Operator, intent: str) -> None:
    assert "unless it breaks" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "make payments read-only root filesystem until friday",
        "drop all capabilities on payments until friday",
        "disallow privilege escalation on worker until friday",
        "set seccomp to RuntimeDefault on payments till monday",
    ],
)
def test_a_security_setting_for_a_while_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "permanently" in question
    assert "timer" in question


# The nearest plain orders still plan, now.
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4",
        "make payments HA",
        "back up postgres nightly",
        "run payments as non-root",
        "rollback checkout",
        "harden payments",
        "drop all capabilities on payments",
        "drop all capabilities on payments and make the root filesystem read-only",
        "run payments as non-root, drop all capabilities",
        "set runAsUser 1000 on payments",
        "restart worker at the moment",
        "update my-api to 2.3.1 given the outage",
        "scale payments to 4 given that traffic doubled",
        "restart worker, it had crashed",
        "scale worker to 4, traffic had spiked",
        "add a liveness probe to payments that restarts on failure",
        "alert when payments error rate above 5%",
        "alert me if checkout has fewer than 2 ready pods for 5 minutes",
        "set memory limit of payments to 512Mi",
        "scale payments to 4 post-haste",
    ],
)
def test_the_nearest_orders_still_plan_now(op: Operator, intent: str) -> None:
    awaits, _ = _awaits(op, intent)
    assert awaits is None


def test_a_time_still_waits(op: Operator) -> None:
    assert _awaits(op, "scale worker to 4 tomorrow")[0] == "tomorrow"


# (N) A time said of one part of several: asked, the parts named.
@pytest.mark.parametrize(
    ("intent", "part"),
    [
        ("scale payments to 4 tomorrow and restart worker now", "restart worker now"),
        ("scale payments to 4 now and restart worker tomorrow", "scale payments to 4 now"),
        ("restart worker now; scale payments to 4 after the sale", "restart worker now"),
        ("scale payments to 4 tomorrow and restart worker", "restart worker"),
        ("restart worker after the release and scale payments to 4 tonight", "scale payments"),
        ("restart worker immediately and roll back checkout once QA passes", "restart worker"),
        ("scale payments to 4 tonight, restart worker right away", "restart worker right away"),
        ("scale payments to 4 tomorrow, and worker to 3", "worker to 3"),
    ],
)
def test_a_time_said_of_one_part_is_asked(op: Operator, intent: str, part: str) -> None:
    question = asks(op, intent).question or ""
    assert "separately" in question
    assert part in question


def test_a_fallback_said_as_a_condition_is_asked(op: Operator) -> None:
    question = asks(op, "restart payments, and if that fails, worker").question or ""
    assert "fallback" in question


@pytest.mark.parametrize(
    ("intent", "phrase", "count"),
    [
        ("after the migration, scale payments to 4 and restart worker", "after the migration", 2),
        ("restart worker and scale payments to 4 after the sale", "after the sale", 2),
        ("scale payments to 4 tomorrow and restart worker tomorrow", "tomorrow", 2),
        ("scale payments and worker to 4 tomorrow", "tomorrow", 2),
    ],
)
def test_a_time_said_of_the_whole_request_waits(
    op: Operator, intent: str, phrase: str, count: int
) -> None:
    awaits, summaries = _awaits(op, intent)
    assert awaits == phrase
    assert len(summaries) == count


# (K) A part said to come first after another order: asked, in the order to say them.
@pytest.mark.parametrize(
    ("intent", "first"),
    [
        ("update my-api to 2.3.1, but back up postgres first", "back up postgres"),
        ("rollback checkout, but restart worker first", "restart worker"),
        ("update my-api to 2.3.1, but scale it to 3 first", "scale it to 3"),
        ("set memory limit of postgres to 2Gi, backup first", "backup"),
        ("restart postgres but first back it up", "back it up"),
        ("restart postgres; first, back it up", "back it up"),
        ("scale worker to 0, but snapshot postgres beforehand", "snapshot postgres"),
        ("update my-api to 2.3.1, back up postgres first please", "back up postgres"),
        ("Update my-api to 2.3.1. Back up postgres first.", "Back up postgres"),
        ("update my-api to 2.3.1 but snapshot postgres before that", "snapshot postgres"),
    ],
)
def test_a_part_said_to_come_first_after_another_is_asked(
    op: Operator, intent: str, first: str
) -> None:
    question = asks(op, intent).question or ""
    assert f"{first!r} first" in question
    assert "order" in question


@pytest.mark.parametrize(
    ("intent", "kinds"),
    [
        ("back up postgres first, then update my-api to 2.3.1", ["Backup", "Deployment"]),
        ("first, back up postgres, then restart it", ["Backup", "StatefulSet"]),
        ("restart worker first, then rollback checkout", ["Deployment", "Deployment"]),
    ],
)
def test_changes_said_in_order_plan_in_that_order(
    op: Operator, intent: str, kinds: list[str]
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.target.kind for o in proposal.operations] == kinds


@pytest.mark.parametrize(
    "intent", ["scale worker to 4 first", "rollback checkout to the first revision"]
)
def test_first_alone_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)
