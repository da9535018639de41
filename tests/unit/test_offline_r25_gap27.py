"""Round 25, helper gap27: orders blind27 asked about although they were clear.

The shapes: (1) a DEADLINE set by the writer's own occasion at a clock time ("before the 3pm
KOs", "before the 15:00 match"): planned, and waited on (the approver approves it in time); an
offset in front ("an hour before …"), a negation or another number inside is still asked; (2) an
event said DONE in the present perfect ("after the 20:00 payment run has completed"): a wait like
"… completes", no status beside the change; (3) a MOMENT OF A MATCH ("only after half time of the
19:45 game", "after the final whistle"): an event by its name, waited on ("half" counts nothing).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


def _waits_on(op: Operator, intent: str, summary: str, awaits: str) -> None:
    summaries, waited = summaries_and_awaits(op, intent)
    assert summaries == [summary]
    assert awaits.lower() in waited.lower()


# (1) A deadline at the writer's own occasion with its clock time: planned, and waited on.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "scale my-api to 6 before the 3pm KOs, saturday card is massive",
            "scale deployment/my-api in shop to 6 replicas",
            "before the 3pm KOs",
        ),
        (
            "scale my-api to 6 before the 3pm kickoff",
            "scale deployment/my-api in shop to 6 replicas",
            "3pm kickoff",
        ),
        (
            "scale my-api to 6 before the 15:00 match",
            "scale deployment/my-api in shop to 6 replicas",
            "15:00 match",
        ),
        (
            "scale frontend to 8 before the 19:45 game",
            "scale deployment/frontend in shop to 8 replicas",
            "19:45 game",
        ),
        (
            "update frontend to 2.2.0 before the 20:00 draw",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
            "20:00 draw",
        ),
        (
            "take orders to 4 before the 3pm kick-offs",
            "scale deployment/orders in shop to 4 replicas",
            "3pm kick-offs",
        ),
    ],
)
def test_a_deadline_at_a_clock_time_is_planned_and_waited_on(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    _waits_on(op, intent, summary, awaits)


@pytest.mark.parametrize(
    "intent",
    [
        # a time counted from it, or a closeness: when, not by when
        "scale worker to 3 an hour before the 15:00 match",
        "scale worker to 3 30 mins before the 15:00 match",
        "scale worker to 3 just before the 15:00 match",
        # a negation, another number inside
        "scale worker to 3 before the 15:00 match unless it is cancelled",
        "scale worker to 3 before the 15:00 match of 5 teams",
        # a deletion waits on no deadline
        "delete worker before the 15:00 match",
        # leading, with nothing to say where it ends
        "before the 3pm KOs scale my-api to 6",
        # a job's run at a clock time: just before it, maybe (round 11, round 24)
        "restart payments before the 02:00 run",
        "scale frontend to 5 before the 02:00 run",
        "set LOG_LEVEL=debug on my-api before the 02:00 batch run",
    ],
)
def test_a_deadline_that_says_when_or_hides_a_number_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


# (2) An event said done in the present perfect: a wait, no status.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "Change PROVIDER in payments-config to adyen after the 20:00 supplier payment run "
            "has completed.",
            "patch configmap/payments-config in shop (merge)",
            "20:00",
        ),
        (
            "scale worker to 3 once the import has completed",
            "scale deployment/worker in shop to 3 replicas",
            "once the import has completed",
        ),
        (
            "restart payments after the migration has completed",
            "restart the pods of deployment/payments in shop",
            "after the migration has completed",
        ),
        (
            "update frontend to 2.2.0 when the 18:00 backup has completed",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
            "18:00 backup",
        ),
        (
            "set LOG_LEVEL=warn on my-api after the load test has completed.",
            "patch configmap/my-api-config in shop (merge)",
            "load test has completed",
        ),
    ],
)
def test_an_event_said_done_is_waited_on(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    _waits_on(op, intent, summary, awaits)


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 3 (done)",
        "restart payments - completed",
        "restart payments - cancelled",
    ],
)
def test_a_status_after_the_request_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) A moment of a match: an event by its name, waited on.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "frontend -> ghcr.io/acme/frontend:2.2.0 but only after half time of the 19:45 game",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
            "half time",
        ),
        (
            "update frontend to 2.2.0 after half time",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
            "after half time",
        ),
        (
            "restart payments after the final whistle",
            "restart the pods of deployment/payments in shop",
            "final whistle",
        ),
        (
            "scale checkout to 1 after full time of the 20:00 match",
            "scale deployment/checkout in shop to 1 replicas",
            "full time",
        ),
        (
            "restart payments once kick-off has gone",
            "restart the pods of deployment/payments in shop",
            "kick-off",
        ),
    ],
)
def test_a_moment_of_a_match_is_waited_on(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    _waits_on(op, intent, summary, awaits)


@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api to 3 after half time of 2 games",
        "update frontend to 2.2.0 after half time unless we lose",
        "scale my-api to 3 at half-time",
    ],
)
def test_a_moment_of_a_match_with_a_number_or_a_negation_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


# The nearest plain orders still plan.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale payments to 4", "scale deployment/payments in shop to 4 replicas"),
        ("scale worker to 4 tomorrow", "scale deployment/worker in shop to 4 replicas"),
        ("scale my-api to 6 before the release", "scale deployment/my-api in shop to 6 replicas"),
    ],
)
def test_near_orders_still_plan(op: Operator, intent: str, summary: str) -> None:
    summaries, _ = summaries_and_awaits(op, intent)
    assert summaries == [summary]


# (4) A delete said beside "nothing (nobody, no one) uses it": no user, said so — planned; a
# user named ("checkout calls it", "nothing but frontend uses it") is still asked.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        (
            "drop the payments service, nothing calls it directly anymore (the deployment stays)",
            "Service/payments",
        ),
        (
            "delete the frontend service, nobody calls it now (the deployment stays)",
            "Service/frontend",
        ),
        (
            "remove the my-api service, no one uses it anymore, keep the deployment",
            "Service/my-api",
        ),
        ("drop the payments service, nothing calls it anymore", "Service/payments"),
        ("delete the my-api service, nobody reads it (the deployment stays)", "Service/my-api"),
    ],
)
def test_a_delete_nothing_uses_is_planned(op: Operator, intent: str, target: str) -> None:
    assert deletes(op, intent) == {target}


@pytest.mark.parametrize(
    "intent",
    [
        "delete shared-config, frontend still reads it (the deployment stays)",
        "delete the payments service, checkout calls it (the deployment stays)",
        "delete worker, nothing but frontend uses it",
    ],
)
def test_a_delete_something_still_uses_is_asked(op: Operator, intent: str) -> None:
    assert "still in use" in (asks(op, intent).question or "")


# (5) "eliminate"/"erase" (a delete in a Spanish or Italian speaker's English) with "but" keeping
# something: the delete, the rest kept.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("eliminate the service of my-api but the deployment must remain", "Service/my-api"),
        ("eliminate the pdb of orders but leave the deployment", "PodDisruptionBudget/orders"),
        ("erase the service of frontend but keep the deployment", "Service/frontend"),
        ("eliminate the service of payments but not the deployment", "Service/payments"),
        ("eliminate worker but keep its config", "Deployment/worker"),
    ],
)
def test_eliminate_but_keep_is_a_delete(op: Operator, intent: str, target: str) -> None:
    assert deletes(op, intent) == {target}


# (6) "Per <a record or a document>, …" says on whose authority: no person addressed.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Per change control CC-2026-0418, please scale my-api (the LIMS API) from 2 to 4 "
            "replicas.",
            "scale deployment/my-api in shop to 4 replicas",
        ),
        (
            "Per CC-2026-0418, please scale my-api to 4 replicas.",
            "scale deployment/my-api in shop to 4 replicas",
        ),
        (
            "per the runbook, please restart payments",
            "restart the pods of deployment/payments in shop",
        ),
        (
            "Per change request CHG-1234, restart payments",
            "restart the pods of deployment/payments in shop",
        ),
        (
            "As per the CAB decision, scale worker to 2",
            "scale deployment/worker in shop to 2 replicas",
        ),
        (
            "Per SOP-112, please set LOG_LEVEL=warn on my-api.",
            "patch configmap/my-api-config in shop (merge)",
        ),
    ],
)
def test_per_a_reference_is_no_address(op: Operator, intent: str, summary: str) -> None:
    summaries, _ = summaries_and_awaits(op, intent)
    assert summaries == [summary]


@pytest.mark.parametrize(
    ("intent", "who"),
    [
        ("Per, please scale my-api to 4", "Per"),
        ("Per: can you scale my-api to 4", "Per"),
        ("hey Per, restart payments", "Per"),
        ("Per restart payments", "Per"),
        ("Per change control CC-2026-0418, Bob please scale my-api to 4", "Bob"),
    ],
)
def test_a_person_addressed_is_still_asked(op: Operator, intent: str, who: str) -> None:
    assert f"addressed to {who}" in (asks(op, intent).question or "")


# (7) "bet" as a bookmaker's noun ("bet placement", "the bet slip", "bet volume"): no guess.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "BATCH_SIZE 10 -> 100 in orders-config, bet placement batches way too small on big KOs",
            "patch configmap/orders-config in shop (merge)",
        ),
        (
            "set BATCH_SIZE=100 in orders-config, the bet slip is slow",
            "patch configmap/orders-config in shop (merge)",
        ),
        (
            "scale orders to 4, bet volume doubles on saturdays",
            "scale deployment/orders in shop to 4 replicas",
        ),
        (
            "scale orders to 4, bet placement is queueing",
            "scale deployment/orders in shop to 4 replicas",
        ),
        (
            "restart payments, each bet settles late",
            "restart the pods of deployment/payments in shop",
        ),
    ],
)
def test_bet_as_a_noun_is_no_guess(op: Operator, intent: str, summary: str) -> None:
    summaries, _ = summaries_and_awaits(op, intent)
    assert summaries == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "I bet scaling orders to 4 would fix it",
        "bet you scaling orders to 4 fixes it",
        "I bet BATCH_SIZE 100 in orders-config fixes it",
    ],
)
def test_a_guess_said_with_bet_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (8) "scale(s) alone / automatically / by itself / on its own" then a range: an autoscaler with
# those bounds, never a fixed scale to the top of the range.
@pytest.mark.parametrize(
    ("intent", "name", "low", "high"),
    [
        ("make that checkout scales alone from 2 to 6 replicas", "checkout", 2, 6),
        ("make checkout scale by itself from 2 to 6 replicas", "checkout", 2, 6),
        ("checkout should scale automatically from 2 to 6 replicas", "checkout", 2, 6),
        ("let frontend scale on its own from 3 to 10", "frontend", 3, 10),
        ("payments scales alone between 2 and 6 pods", "payments", 2, 6),
    ],
)
def test_scaling_by_itself_over_a_range_is_an_autoscaler(
    op: Operator, intent: str, name: str, low: int, high: int
) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations if o.kind != "patch"] == ["apply"]
    assert f"horizontalpodautoscaler/{name}" in proposal.operations[-1].summary()
    assert f'"minReplicas": {low}' in body
    assert f'"maxReplicas": {high}' in body


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # "alone" after the workload: only it, a scale
        ("scale payments alone from 2 to 4", "scale deployment/payments in shop to 4 replicas"),
        ("scale checkout from 2 to 6 replicas", "scale deployment/checkout in shop to 6 replicas"),
        ("scale payments alone to 3", "scale deployment/payments in shop to 3 replicas"),
    ],
)
def test_a_scale_over_a_range_said_plainly_is_still_a_scale(
    op: Operator, intent: str, summary: str
) -> None:
    summaries, _ = summaries_and_awaits(op, intent)
    assert summaries == [summary]
