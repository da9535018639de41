"""Round 33, the lead: mends made beside the helpers and at the merge.

- "restart worker (coming week)", "scale frontend to 4 (coming weekend)", "(upcoming
  release)", "(next few days)", "(soon)" ran now: a bracket of time words other than "next" or
  "this" was read as the workload's role and dropped, and unbracketed "coming week" or "next
  few days" was no time the guard read. "coming" and "upcoming" now read as "next" wherever a
  day or week follows (:mod:`.waits`, :mod:`.guard`, :mod:`.aliases`), and a span of days ahead
  with no moment ("next few days") is asked as "in the coming days" was (:mod:`.timewords`).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import plans, question_for, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

_RESTART_WORKER = "restart the pods of deployment/worker in shop"
_SCALE_FRONTEND = "scale deployment/frontend in shop to 4 replicas"


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        ("restart worker (coming week)", _RESTART_WORKER, "coming week"),
        ("restart worker (upcoming weekend)", _RESTART_WORKER, "upcoming weekend"),
        ("this coming weekend, restart worker", _RESTART_WORKER, "this coming weekend"),
        ("scale frontend to 4 (coming weekend)", _SCALE_FRONTEND, "coming weekend"),
        ("scale frontend to 4 upcoming monday", _SCALE_FRONTEND, "upcoming monday"),
        ("scale frontend to 4 this coming friday", _SCALE_FRONTEND, "this coming friday"),
        ("restart worker (soon)", _RESTART_WORKER, "soon"),
        ("restart worker (upcoming release)", _RESTART_WORKER, "upcoming release"),
        # (As before: "next" and "this".)
        ("restart worker (next week)", _RESTART_WORKER, "next week"),
        ("scale frontend to 4 next week", _SCALE_FRONTEND, "next week"),
    ],
)
def test_a_coming_day_or_week_is_waited_for(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    assert summaries_and_awaits(op, intent) == ([summary], awaits)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker (coming days)",
        "restart worker (next few days)",
        "restart worker next few days",
        "restart worker (the coming days)",
        "scale frontend to 4 the next couple of days",
        "restart worker in the coming days",
        # (attack38)
        "restart worker over the coming days",
        "restart worker in the days ahead",
        "restart worker in the coming minutes",
    ],
)
def test_days_ahead_with_no_moment_are_asked(op: Operator, intent: str) -> None:
    assert "cannot wait for exactly as said" in question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker coming week",
        "delete worker (upcoming weekend)",
        "restart worker (weekend)",
        # (After the name, unbracketed, a part of worker or a time: asked, never dropped.)
        "restart worker coming week",
        "restart worker upcoming",
    ],
)
def test_a_coming_time_beside_a_delete_or_alone_is_no_role(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # A nickname in brackets is still a nickname; "asap" is now.
        (
            "restart the upcoming-features site (frontend)",
            ["restart the pods of deployment/frontend in shop"],
        ),
        ("restart worker (asap)", [_RESTART_WORKER]),
        ("scale frontend to 4", [_SCALE_FRONTEND]),
    ],
)
def test_no_time_in_the_bracket_plans_now(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries_and_awaits(op, intent) == (expected, "")
    assert summaries(op, intent) == expected


# blind35's last miss: "Mas, can help make the check-in worker (worker) 3 pod? …": a count made
# with its unit in the singular, the workload said where round 31 read only "it" or "them"
# (:mod:`.catalog`).
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Mas, can help make the check-in worker (worker) 3 pod? Morning spin class many "
            "people check in",
            "scale deployment/worker in shop to 3 replicas",
        ),
        ("make worker 3 pod", "scale deployment/worker in shop to 3 replicas"),
        ("please make payments 4 pod", "scale deployment/payments in shop to 4 replicas"),
        ("make checkout 3 instance", "scale deployment/checkout in shop to 3 replicas"),
        ("worker make it 2 pod", "scale deployment/worker in shop to 2 replicas"),
    ],
)
def test_a_count_made_with_a_singular_pod_is_a_scale(
    op: Operator, intent: str, expected: str
) -> None:
    assert summaries(op, intent) == [expected]


@pytest.mark.parametrize(
    "intent",
    [
        "make the envoy 2 pod",  # no workload of that name
        "make it 2 pod",  # no workload at all
    ],
)
def test_a_singular_pod_count_without_a_workload_asks(op: Operator, intent: str) -> None:
    assert "Which workload" in question_for(op, intent)


# Round 32's fix1 found "delete the service in front of my-api, my-api stays" asked: the bare
# name kept picked the Deployment, but every object of that name broke it. An object of
# another kind than a workload is another one (gap36b's :func:`.constraints._object_beside`,
# the same mend as the lead's, kept at the merge).
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("delete the service in front of my-api, my-api stays", "delete service/my-api in shop"),
        ("delete the my-api service, my-api stays", "delete service/my-api in shop"),
        ("delete the orders pdb, orders stays", "delete poddisruptionbudget/orders in shop"),
        (
            "add a servicemonitor for payments, payments stays",
            "apply servicemonitor/payments in shop",
        ),
        # (gap36b's rule, kept at the merge: the kind need not be said.)
        (
            "add monitoring for payments, leave payments alone",
            "apply servicemonitor/payments in shop",
        ),
    ],
)
def test_a_workload_kept_by_its_bare_name_spares_no_object_named_by_its_kind(
    op: Operator, intent: str, expected: str
) -> None:
    assert summaries(op, intent) == [expected]


@pytest.mark.parametrize(
    "intent",
    [
        "delete orders, orders stays",  # the workload itself said to go and to stay
        "delete orders and its pdb, orders stays",
        "make orders highly available, orders stays",
    ],
)
def test_the_workload_kept_is_still_protected(op: Operator, intent: str) -> None:
    assert "stays" in question_for(op, intent) or "alone" in question_for(op, intent)


# Review of round 32 (gap35a widened `_passive_named` from "out of scope" to every passive
# prohibition that describes what a workload runs): its near-misses. What the plan changes and
# the words describe is asked; what they name nothing of is asked; what the plan leaves alone
# is no obstacle.
def test_a_passive_prohibition_by_what_runs_protects_what_it_describes(op: Operator) -> None:
    assert "would restart the pods of statefulset/cache" in question_for(
        op, "restart the cache statefulset; the redis should not be touched"
    )
    assert "would scale statefulset/postgres" in question_for(
        op, "scale postgres to 2, the postgres database must not be changed"
    )
    assert "cannot tell which workload or container" in question_for(
        op, "restart payments; the mystery box should not be touched"
    )
    assert summaries(op, "scale frontend to 4, the postgres database must not be changed") == [
        "scale deployment/frontend in shop to 4 replicas"
    ]


# blind36: a change another team or person asked for or requested, relayed by the speaker, is
# the order (:mod:`.relayed`), as "the mobile team asked to revert my-api to 1.3.8" was.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "Ops asked for one more replica of orders. The PDB stays as it is.",
            "scale deployment/orders in shop to 3 replicas",
        ),
        (
            "Support asked for a restart of payments.",
            "restart the pods of deployment/payments in shop",
        ),
        (
            "Support requested a restart of payments",
            "restart the pods of deployment/payments in shop",
        ),
        (
            "the frontend team asked for a restart of worker",
            "restart the pods of deployment/worker in shop",
        ),
        (
            "The SRE guild asked for a ServiceMonitor on my-api, port http, 30s interval.",
            "apply servicemonitor/my-api in shop",
        ),
        (
            "The DBA has asked us for a 1 CPU request on postgres",
            "patch statefulset/postgres in shop (strategic)",
        ),
    ],
)
def test_a_change_someone_asked_for_is_relayed_as_the_order(
    op: Operator, intent: str, expected: str
) -> None:
    assert summaries(op, intent) == [expected]


@pytest.mark.parametrize(
    "intent",
    [
        "who asked for a restart of payments?",
        "nobody asked for a restart of payments",
        "Ops asked for a restart of orders?",
        "Ops requested a restart of orders last week.",
        "I asked for a restart of payments yesterday",
        "Ops asked for more capacity",
        "The CEO wants checkout on 1.2.0",  # a want stays reported speech
        "per bob: delete worker",  # someone else's words (round 27)
    ],
)
def test_a_request_asked_about_past_or_vague_still_asks(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


# Decisions at the merge (older tests that asked): an exclusion said after a label set plans
# the set less it (a37c), and a head that says how each of two workloads is, then an order that
# names one, plans that one (a37a).
def test_a_label_set_less_what_is_said_not_plans_the_rest(op: Operator) -> None:
    planned = summaries(op, "restart all deployments with tier=backend, not payments")
    assert "restart the pods of deployment/payments in shop" not in planned
    assert "restart the pods of deployment/orders in shop" in planned


def test_a_head_of_two_then_an_order_naming_one_plans_it(op: Operator) -> None:
    assert summaries(op, "frontend and my-api: frontend is fine, scale my-api to 4") == [
        "scale deployment/my-api in shop to 4 replicas"
    ]


# attack38 on the relayed request: one taken back, or one someone may make later, is no order.
@pytest.mark.parametrize(
    "intent",
    [
        "Ops asked for one more replica of orders but then withdrew it",
        "Ops asked for a restart of payments, then cancelled it",
        "Ops asked for a restart of payments; they no longer need it",
        "Support requested a restart of payments; it is not needed",
        "Ops will ask for one more replica of orders",
        "Ops might ask for one more replica of orders",
        "Support might request a restart of payments",
        "the SRE team is going to ask for a restart of worker",
    ],
)
def test_a_request_taken_back_or_not_yet_made_asks(op: Operator, intent: str) -> None:
    assert question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("could you ask for a restart of worker", "restart the pods of deployment/worker in shop"),
        (
            "Ops asked for a restart of worker, thanks",
            "restart the pods of deployment/worker in shop",
        ),
    ],
)
def test_a_request_asked_of_me_or_made_still_plans(
    op: Operator, intent: str, expected: str
) -> None:
    assert summaries(op, intent) == [expected]


# attack38: a pause asked for before the order, with a comma or nothing after it, holds it.
@pytest.mark.parametrize(
    "intent",
    [
        "hold on: scale payments to 4",
        "hang tight, restart worker",
        "one sec: restart worker",
        "wait a sec, scale payments to 4",
        "give me a minute - restart worker",
        "just a moment, bump payments to 3.1.0",
    ],
)
def test_a_pause_before_the_order_holds_it(op: Operator, intent: str) -> None:
    question = question_for(op, intent)
    assert "held" in question or "withdrawn" in question


def test_holding_on_to_an_object_is_no_pause(op: Operator) -> None:
    # (Asked for another reason: "hold" read as a name; never as a pause.)
    assert "is held" not in question_for(op, "hold on to the pdb and scale orders to 4")


# attack38: more words that leave a workload out of a list or a label set ("as is", "is out",
# "aside", "under freeze", "not this time", "being the exception"); a keep that may be a wish
# ("hold worker back", "worker keeps its pods") is asked (a37c's rule). Never changed.
@pytest.mark.parametrize(
    ("intent", "left"),
    [
        ("restart all tier=backend deployments, orders as is", "orders"),
        ("restart my-api, payments and worker, worker is out", "worker"),
        ("restart my-api, payments and worker, worker aside", "worker"),
        ("restart all tier=backend deployments, worker under freeze", "worker"),
        ("restart my-api, payments and worker; worker not this time", "worker"),
        ("restart my-api, payments and worker, worker being the exception", "worker"),
    ],
)
def test_more_words_leave_a_workload_out(op: Operator, intent: str, left: str) -> None:
    planned = summaries(op, intent)
    assert f"restart the pods of deployment/{left} in shop" not in planned
    assert "restart the pods of deployment/my-api in shop" in planned


@pytest.mark.parametrize(
    "intent",
    [
        # (Round 34, a38b, by the round's brief: "hold worker back" and "worker keeps its
        # pods" can only leave worker out — planned less worker, test_offline_r34_a38b.py.)
        "restart my-api, payments and worker, worker stays up",
        "scale my-api, payments and worker to 3, worker keeps running",
    ],
)
def test_a_keep_that_may_be_a_wish_asks(op: Operator, intent: str) -> None:
    assert "left out, or changed" in question_for(op, intent)


# blind36 on the control plane: a namespace said with "for" or after a comma is read as the
# namespace named ("velero schedule for namespace shop", "• velero schedule, ns shop • …"):
# another than the session's is asked, never backed up in the session's.
@pytest.mark.parametrize(
    "intent",
    [
        "velero schedule for namespace billing, every day 01:30, keep 14 days",
        "• velero schedule, ns billing • daily 02:00 • ttl 7 days",
        "default deny ingress network policy for namespace billing",
    ],
)
def test_another_namespace_said_with_for_or_a_comma_asks(op: Operator, intent: str) -> None:
    assert "names namespace 'billing'" in question_for(op, intent)


def test_the_sessions_own_namespace_said_with_for_plans(op: Operator) -> None:
    proposal, _ = plans(op, "velero schedule for namespace shop, every day 01:30, keep 14 days")
    assert [o.target.kind for o in proposal.operations] == ["Schedule"]
