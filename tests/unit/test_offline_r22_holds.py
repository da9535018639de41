"""Round 23, helper holds: a hold, a doubt, a deadline, an exception, a value or a part said with
an order is carried by the plan or asked about, never dropped (:mod:`.holds`, :mod:`.saidparts`).

The shapes (black-box attack of round 22): (G) a hold on a person ("…, but first ask Bob", "let
me know first", "I'll confirm later"), a doubt ("might need", "seems to need", "looks like it
needs"), advice ("I would scale …"), an example ("say, scale …", ", like 1Gi"), an intention
("The idea is to …"), a time never set ("down the road"), a part with its own condition ("and, if
needed, restart worker") or a step to do first ("but first back it up"): asked; a deadline said
as an event ("before the release", "prior to / ahead of / in time for the launch", "pre-launch",
"post lunch"): carried as the plan's awaits (a delete is asked). (H) an exception to a hardening
or a soft spread the plan would contradict; (I) a value the plan does not use (max skew, allowed
disruptions, a cadence, a time zone, "friday night", an alert's window, "to empty", a start);
(J) a part of a backup schedule dropped (a second time or day, a storage location, restic):
asked. The nearest plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (G) A hold, a doubt, advice, an example, an intention or a time never set: asked.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("scale payments to 4, but first ask Bob", "first ask Bob"),
        ("restart worker, but first ping dana", "first ping dana"),
        ("scale payments to 4 but let me know first", "let me know first"),
        ("scale payments to 4 but tell me first", "tell me first"),
        ("bump my-api to 1.5.0, notify the team beforehand", "notify the team beforehand"),
        ("scale worker to 4. I'll confirm later.", "I'll confirm"),
        ("restart orders, we will give you the go", "we will give you the go"),
        ("Handover: worker may need a restart", "may need"),
        ("payments might need 4 replicas", "might need"),
        ("orders probably needs 3 replicas", "probably needs"),
        ("payments seems to need 4 replicas", "seems to need"),
        ("payments looks like it needs more memory, like 1Gi", "looks like it needs"),
        ("I would scale payments to 4", "I would scale"),
        ("I would probably restart worker", "probably"),
        ("if I were you, I'd roll back checkout", "if I were you"),
        ("say, scale payments to 4", "say, scale"),
        ("like scale payments to 4", "like scale"),
        ("scale payments to, say, 4", "replicas"),
        ("give payments more memory, something like 1Gi", "something like 1Gi"),
        ("The idea is to scale payments to 4", "The idea is to"),
        ("our thinking is to restart worker", "our thinking is to"),
        ("delete worker down the road", "down the road"),
        ("update my-api to 2.3.1 down the line", "down the line"),
        ("scale payments to 4 in the long run", "in the long run"),
        ("scale payments to 4 and, if needed, restart worker", "if needed"),
        ("restart my-api, then if necessary roll back checkout", "if necessary"),
    ],
)
def test_a_hold_or_a_hedge_is_asked(shop: Operator, intent: str, said: str) -> None:
    question = asks(shop, intent).question or ""
    assert said.lower() in question.lower()


@pytest.mark.parametrize(
    "intent",
    [
        "restart postgres but first back it up",
        "restart worker, first drain it",
    ],
)
def test_a_step_said_to_come_first_and_not_planned_is_asked(shop: Operator, intent: str) -> None:
    assert "first" in (asks(shop, intent).question or "")


# (G) A deadline said as an event: carried as the plan's awaits.
@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("scale worker to 4 before the release", "before the release"),
        ("update my-api to 2.3.1 pre-release", "pre-release"),
        ("update my-api to 2.3.1 prior to the release", "prior to the release"),
        ("update my-api to 2.3.1 ahead of the release", "ahead of the release"),
        ("update my-api to 2.3.1 in time for the release", "in time for the release"),
        ("update my-api to 2.3.1 in advance of the launch", "in advance of the launch"),
        ("scale payments to 4 before launch", "before launch"),
        ("scale payments to 4 pre-launch", "pre-launch"),
        ("scale worker to 4 ahead of black friday", "ahead of black friday"),
        ("Kindly do the needful and scale payments to 4 post lunch", "post lunch"),
        ("back up postgres before the schema migration", "before the schema migration"),
        ("restart frontend ahead of the demo", "ahead of the demo"),
    ],
)
def test_a_deadline_is_carried_as_awaits(shop: Operator, intent: str, awaits: str) -> None:
    proposal, _ = plans(shop, intent)
    assert awaits in (proposal.awaits or "")
    assert "not at that time" not in proposal.analysis


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker prior to the cutover",
        "delete worker ahead of the cutover",
        "delete worker in time for the cutover",
        "delete worker in advance of the migration",
    ],
)
def test_a_delete_with_a_deadline_is_asked(shop: Operator, intent: str) -> None:
    assert "deletion cannot be undone" in (asks(shop, intent).question or "")


# (G) A deletion or a rollback filed under a later part of a plan: asked.
@pytest.mark.parametrize(
    "intent", ["Phase 2: delete worker", "Wave 3: delete checkout", "Stage II: roll back checkout"]
)
def test_a_destructive_later_part_is_asked(shop: Operator, intent: str) -> None:
    assert "later part of a plan" in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    ["Phase 2: update my-api to 2.3.1", "Phase 1: delete worker", "Step 2: delete worker"],
)
def test_a_part_of_a_plan_that_is_no_later_deletion_still_plans(
    shop: Operator, intent: str
) -> None:
    plans(shop, intent)


# (H) An exception the plan would contradict: asked.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("harden payments, but keep the root filesystem writable", "root filesystem writable"),
        ("harden payments except capabilities", "except capabilities"),
        ("lock down orders, but leave its capabilities alone", "capabilities"),
        ("drop all capabilities on payments but keep NET_BIND_SERVICE", "NET_BIND_SERVICE"),
        ("make payments root filesystem read-only but keep /tmp writable", "/tmp writable"),
    ],
)
def test_an_exception_the_plan_contradicts_is_asked(shop: Operator, intent: str, said: str) -> None:
    assert said in (asks(shop, intent).question or "")


# (H, I) A soft spread and a skew said are the spread's own (:mod:`.placement`).
@pytest.mark.parametrize(
    ("intent", "skew", "when"),
    [
        ("spread payments across zones, ScheduleAnyway", 1, "ScheduleAnyway"),
        ("spread payments across zones but allow scheduling anyway", 1, "ScheduleAnyway"),
        ("spread orders across zones, schedule them anyway", 1, "ScheduleAnyway"),
        ("spread payments pods across zones, max skew 2", 2, "DoNotSchedule"),
        ("spread orders across zones with a maxSkew of 3, if possible", 3, "ScheduleAnyway"),
        ("spread payments across zones", 1, "DoNotSchedule"),
    ],
)
def test_a_spread_takes_the_skew_and_softness_said(
    shop: Operator, intent: str, skew: int, when: str
) -> None:
    _, body = plans(shop, intent)
    assert f'"maxSkew": {skew},' in body
    assert f'"whenUnsatisfiable": "{when}"' in body


# (I) A value the plan does not use; (J) a part of the schedule it drops: asked.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("add a pdb to payments allowing 2 disruptions", "2 disruptions"),
        ("back up postgres every other day", "every other day"),
        ("back up postgres every 2 days", "every 2 days"),
        ("back up postgres fortnightly", "fortnightly"),
        ("back up postgres daily at 2am CET", "CET"),
        ("back up postgres daily at 02:00 Europe/Berlin", "Europe/Berlin"),
        ("back up postgres nightly at 1am Pacific time", "Pacific time"),
        ("back up postgres weekly on friday night", "friday night"),
        ("alert when payments error rate above 5% in the last 15 minutes", "last 15 minutes"),
        ("alert me when orders errors go over 2% over the past 1 hour", "past 1 hour"),
        ("set FEATURE_X to empty in my-api-config", "empty"),
        ("set LOG_LEVEL to blank in my-api-config", "blank"),
        ("back up postgres daily starting next week", "starting next week"),
        ("back up postgres daily from january", "from january"),
        ("back up postgres every day at 2am and 2pm", "two times of day"),
        ("back up postgres daily at 01:00 and 13:00", "two times of day"),
        ("back up postgres on mondays and thursdays", "more than one day"),
        ("back up postgres weekly on tuesday and friday", "more than one day"),
        ("back up postgres nightly to bucket s3://backups", "to bucket"),
        ("back up postgres nightly to the dr location", "dr location"),
        ("back up postgres nightly with restic", "restic"),
        ("back up postgres daily using kopia", "kopia"),
    ],
)
def test_a_value_or_a_part_the_plan_drops_is_asked(shop: Operator, intent: str, said: str) -> None:
    assert said in (asks(shop, intent).question or "")


# The nearest plain orders still plan.
@pytest.mark.parametrize(
    "intent",
    [
        "please scale payments to 4",
        "could you scale payments to 4",
        "Action: scale payments to 4",
        "I'd like you to scale payments to 4",
        "I would like payments at 4 replicas",
        "payments needs 4 replicas",
        "payments could do with .25 cpu",
        "orders could use another two pods",
        "scale payments to 4, tell me when done",
        "scale payments to 4 and let me know",
        "when you have a moment, move my-api to 1.5.1",
        "first back up postgres, then restart it",
        "back up postgres and then restart it",
        "halve the memory request on my-api, its using like 40Mi",
        "checkout gets busy every evening around 19:00, give it two more replicas",
        "put checkout back on the release prior to 1.1.0",
        "harden payments",
        "drop all capabilities on payments",
        "run payments as non-root",
        "add a pdb to payments",
        "add a pdb to payments allowing 1 disruption",
        "back up postgres nightly",
        "back up postgres daily at 2am",
        "back up postgres daily at 02:00 UTC",
        "back up postgres every monday",
        "back up postgres weekly on friday",
        "alert when payments error rate above 5%",
        "set FEATURE_X to on in my-api-config",
        "make payments HA",
        "TODO: restart orders",
        "Recommendation: restart worker",
    ],
)
def test_the_nearest_plain_orders_still_plan(shop: Operator, intent: str) -> None:
    plans(shop, intent)


def test_the_disruptions_said_are_the_budget_s(shop: Operator) -> None:
    _, body = plans(shop, "pdb for orders, two pods down at a time is fine")
    assert '"maxUnavailable": 2' in body


def test_a_time_said_with_before_a_day_still_waits(shop: Operator) -> None:
    proposal, _ = plans(shop, "scale worker to 4 before friday")
    assert proposal.awaits == "before friday"


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker ahead of the launch",
        "delete the orders pdb prior to the cutover",
        "remove the payments service in time for the migration",
        "delete worker in advance of the launch",
    ],
)
def test_a_deletion_with_a_deadline_said_strictly_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "deletion cannot be undone" in question, question


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        # A "before …" beside a deletion is carried for the approver to see, not dropped.
        ("delete worker before the release", "before the release"),
        ("delete the orders pdb before the cutover", "before the cutover"),
    ],
)
def test_a_deletion_before_an_event_carries_it(op: Operator, intent: str, awaits: str) -> None:
    p, _ = plans(op, intent)
    assert p.awaits == awaits
    assert [o.kind for o in p.operations] == ["delete"]
