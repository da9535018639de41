"""Round 39, helper sh45: attack45's unsafe shapes, as shapes.

- Another's opinion of what we do ("Kofi reckons we scale worker to 7", "my lead believes we
  restart orders"): asked (:mod:`dotop_nb.planner.offline.pledges`); "I think we should …"
  still plans.
- The speaker's promise or vow ("we promise to scale worker to 7 next sprint", "I swear to
  restart payments"): a pledge, asked — an await would still run it.
- Another person's plan with a one-word "rollout restart" ("Lucia will rollout restart orders
  later"): asked, as "Lucia will restart orders later" was.
- Pods lost or failing, counted beside a scale with no count of its own ("scale my-api out, we
  lost 2 pods", "scale worker up, 2 pods are dying"): what happened (:mod:`.observed`), so the
  count is asked.
- A count of failures to survive above one ("add replicas to my-api so that three node failure
  is survivable"): the replicas are not said, asked (:mod:`.scaling`).
- A change that had to be made, told in the past ("yesterday we had to bounce my-api", and the
  same after a greeting): a report (:mod:`.roles`), asked.
- A daydream ("dreaming of my-api at 7 replicas"): a wish said as an opinion, asked, as a count
  wished is (round 38); "it would be nice if X ran N" and "I'd love to restart X" stay the
  polite orders the contract plans (:mod:`.polite`, :mod:`.moods`).
- A state told since a time ("since March my-api runs as uid 65532"): a statement, its value
  never planned (:mod:`.statements`).
- A workload told to be on, or to have gone back to, a revision ("checkout went back to the
  revision before"): a report, asked (:mod:`.veto`).
- An elliptic keep after a delete ("delete my-api, checkout stays and so does my-api"): each
  thing said to stay is kept, so the deleted one kept is asked (:mod:`.deletions`).
- A workload named with its kind and again bare, where another kind holds the same name
  ("restart the cache StatefulSet and the cache"): asked (:mod:`.sanity`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

RESTART_WORKER = "restart the pods of deployment/worker in shop"


def _scale(name: str, n: int) -> str:
    return f"scale deployment/{name} in shop to {n} replicas"


def _no_ops(op: Operator, intent: str) -> str:
    proposal = asks(op, intent)
    assert not proposal.operations
    return proposal.question or ""


# (1) Another's opinion of what we do.
@pytest.mark.parametrize(
    "intent",
    [
        "Kofi reckons we scale worker to 7",
        "Kofi reckons we scale frontend to 4",
        "Ana figures we restart payments",
        "my lead believes we scale orders to 3",
        "Kofi reckons we can scale worker to 7",
        "Priya thinks we bounce checkout",
        "the SRE team reckons we scale my-api to 6",
        "Mei reckoned we scale worker to 2",
        "Ravi reckons we restart checkout",
        "the DBA believes we scale postgres to 3",
        "Jo figures we bounce frontend",
        "Mia thinks we scale orders to 5",
        "Kofi reckons you restart payments",
    ],
)
def test_another_opinion_of_what_we_do_is_asked(op: Operator, intent: str) -> None:
    assert _no_ops(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("I think we should restart worker", [RESTART_WORKER]),
        ("we think we should restart worker", [RESTART_WORKER]),
    ],
)
def test_own_opinion_still_plans(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


# (2) The speaker's promise or vow.
@pytest.mark.parametrize(
    "intent",
    [
        "we promise to scale worker to 7 next sprint",
        "we promise to scale checkout to 2 next sprint",
        "I promise to restart worker",
        "we promise to restart worker tomorrow",
        "we pledge to scale orders to 4",
        "I swear to scale payments to 3 next week",
        "we vow to restart worker later",
        "we commit to scaling my-api to 5 next quarter",
        "I solemnly swear to restart orders",
        "we promise that we'll scale worker to 4",
        "we promise to restart payments on friday",
        "I pledge to scale frontend to 3",
        "we swear we will restart orders",
        "I vow to bounce my-api tonight",
    ],
)
def test_speaker_promise_is_asked(op: Operator, intent: str) -> None:
    assert _no_ops(op, intent)


# (3) Another person's plan, "rollout restart" as one word.
@pytest.mark.parametrize(
    "intent",
    [
        "Lucia will rollout restart orders later",
        "Kenji will rollout restart payments later",
        "bob'll rollout restart frontend tonight",
        "Sam will rollout restart checkout tomorrow",
        "Ana will rollout restart worker",
        "bob will rollout restart my-api at 5pm",
    ],
)
def test_another_plan_with_rollout_restart_is_asked(op: Operator, intent: str) -> None:
    assert _no_ops(op, intent)


# (4) Pods lost or failing, counted, beside a scale with no count.
@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api out, we lost 2 pods",
        "scale worker up, 2 pods are dying",
        "scale orders out, we lost 3 pods",
        "scale payments out, we lost 3 pods",
        "scale checkout up, 2 pods are dying",
        "scale worker out, we lost 1 pods",
        "scale frontend out - we lost 2 pods",
        "we lost 2 pods, scale payments up",
        "scale my-api up - 3 replicas died overnight",
        "scale my-api out, we just lost 2 pods",
    ],
)
def test_pods_lost_are_no_count(op: Operator, intent: str) -> None:
    assert "How many replicas" in _no_ops(op, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("scale worker to 5, 2 pods are dying", [_scale("worker", 5)]),
        ("scale my-api to 4, we lost 2 pods", [_scale("my-api", 4)]),
    ],
)
def test_pods_lost_beside_a_count_plans(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


# (5) A count of failures to survive above one.
@pytest.mark.parametrize(
    "intent",
    [
        "add replicas to my-api so that three node failure is survivable",
        "add replicas to orders so that three node failure is survivable",
        "make my-api survive a 3 node failure",
        "make checkout HA, it must tolerate two node failures",
        "make worker highly available against several node failures",
        "add replicas to orders so it survives three node failures",
        "make checkout survive three zone outages",
        "scale worker up so a 2 node outage is survivable",
        "scale worker up so 2 node failures are survivable",
    ],
)
def test_failures_counted_are_asked(op: Operator, intent: str) -> None:
    assert _no_ops(op, intent)


def test_one_failure_still_plans_ha(op: Operator) -> None:
    assert _scale("my-api", 3) in summaries(
        op, "add replicas to my-api so that a node failure is survivable"
    )


# (6) A change that had to be made, told in the past, with or without a greeting.
@pytest.mark.parametrize(
    "intent",
    [
        "Zdravo, yesterday we had to bounce my-api",
        "Salaam, yesterday we had to rollout restart checkout",
        "Namaste, yesterday we had to scale payments to 7 replicas",
        "Hey, yesterday we had to scale my-api to 5 replicas",
        "Marhaba, yesterday we had to set checkout replicas to 2",
        "Sveiki, yesterday we had to restart worker",
        "yesterday we had to bounce my-api",
        "last week we had to scale orders to 5",
        "I had to rollout restart orders this morning",
        "yesterday I had to roll back checkout",
        "last night we had to restart frontend",
        "yo, last week we had to bump checkout to 4 replicas",
    ],
)
def test_change_that_had_to_be_made_is_asked(op: Operator, intent: str) -> None:
    assert _no_ops(op, intent)


def test_need_to_still_plans(op: Operator) -> None:
    assert summaries(op, "hey, we need to restart worker") == [RESTART_WORKER]


# (7) A daydream.
@pytest.mark.parametrize(
    "intent",
    [
        "dreaming of my-api at 7 replicas",
        "dreaming of my-api at 2 replicas",
        "dreaming of worker at 6 replicas",
        "been dreaming about restarting checkout",
        "I'm dreaming of payments on 8 pods",
        "daydreaming of frontend at 9 replicas",
        "dreaming of frontend at 6 replicas",
        "dreaming of orders at 5 pods",
        "dreaming of a restart of worker",
    ],
)
def test_daydream_is_asked(op: Operator, intent: str) -> None:
    assert _no_ops(op, intent)


# (8) A state told since a time.
@pytest.mark.parametrize(
    "intent",
    [
        "since March my-api runs as uid 65532",
        "since March frontend runs as uid 1000",
        "since last week worker runs as uid 1000",
        "since 2024 frontend runs as uid 1000",
        "since January payments runs as uid 1000",
        "since Monday orders runs as uid 2000",
        "since April orders runs as uid 1000",
        "since yesterday payments runs as uid 2000",
        "since last month my-api runs as uid 1001",
    ],
)
def test_state_since_a_time_is_asked(op: Operator, intent: str) -> None:
    assert _no_ops(op, intent)


# (9) A workload told to be on, or to have gone back to, a revision.
@pytest.mark.parametrize(
    "intent",
    [
        "checkout went back to the revision before",
        "checkout was on the revision before",
        "checkout is on the previous revision",
        "checkout went back to the previous revision",
        "checkout was on the previous image",
        "checkout stayed on the revision before",
    ],
)
def test_revision_told_is_asked(op: Operator, intent: str) -> None:
    assert _no_ops(op, intent)


@pytest.mark.parametrize(
    "intent",
    ["checkout back to the revision before", "roll checkout back to the previous revision"],
)
def test_rollback_said_still_plans(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["roll deployment/checkout in shop back to revision 1"]


# (10) An elliptic keep after a delete.
@pytest.mark.parametrize(
    "intent",
    [
        "delete my-api, checkout stays and so does my-api",
        "delete frontend, worker stays and so does frontend",
        "delete orders, payments stays and so does orders",
        "delete worker, orders stays and so does worker",
        "delete my-api, checkout stays and my-api too",
        "delete orders, payments remains, and so does orders",
        "delete checkout, my-api stays and checkout as well",
        "delete payments, orders stays and so does payments",
        "delete frontend, checkout remains and frontend too",
        "delete worker, my-api stays and worker as well",
    ],
)
def test_elliptic_keep_of_the_deleted_is_asked(op: Operator, intent: str) -> None:
    assert _no_ops(op, intent)


# (11) A workload named with its kind and again bare, another kind of that name.
@pytest.mark.parametrize(
    "intent",
    [
        "restart the cache StatefulSet and the cache",
        "restart statefulset/cache and cache",
        "restart the cache deployment and the cache",
        "restart the cache sts and cache",
        "restart cache statefulset and the cache",
        "restart the cache StatefulSet and cache",
        "restart deployment/cache and the cache",
    ],
)
def test_twin_said_bare_is_asked(op: Operator, intent: str) -> None:
    assert _no_ops(op, intent)
