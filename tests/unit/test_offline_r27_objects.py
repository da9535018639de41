"""Round 27, helper objects: a phrase that names a neighbour, or a state, is not the workload.

The shapes (black-box attack 31): (W) a relative clause or a phrase beside the object names
another workload ("update the app that calls payments to 3.1.0", "add an hpa to the app behind
frontend", "delete the deployment frontend calls", "the deployment bound to postgres"): the
named neighbour was changed; (A) a state, a time's own or what someone made, said with the
name of a delete ("delete the broken orders", "delete yesterday's payments deploy", "delete the
orders that alice added"): the live workload was deleted. Both now ask (:mod:`.objphrase`); the
nearest plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (W) Any order whose object relates to the workload it names: asked, naming the phrase.
@pytest.mark.parametrize(
    ("intent", "phrase"),
    [
        # the attack's samples
        ("update the deployment that talks to postgres to 2.0", "that talks to postgres"),
        ("update the app that calls payments to 3.1.0", "the app that calls payments"),
        ("set memory limit of the deployment that talks to postgres to 2Gi", "talks to postgres"),
        ("delete the deployment bound to postgres", "the deployment bound to postgres"),
        ("delete the deployment that frontend talks to", "that frontend talks to"),
        ("delete the deployment frontend calls", "the deployment frontend calls"),
        ("set memory of the db behind my-api to 2Gi", "the db behind my-api"),
        ("restart the services checkout calls", "the services checkout calls"),
        ("scale down the services checkout calls to 0", "the services checkout calls"),
        ("add an hpa to the app behind frontend", "the app behind frontend"),
        ("add a pdb to the service checkout calls", "the service checkout calls"),
        ("monitor the db behind my-api", "the db behind my-api"),
        (
            "add an alert for the deployment that calls payments when it is down",
            "the deployment that calls payments",
        ),
        ("back up the deployment that talks to postgres", "that talks to postgres"),
        ("give the deployment that talks to postgres 1Gi memory", "that talks to postgres"),
        ("set LOG_LEVEL=debug on the app in front of my-api", "the app in front of my-api"),
        ("spread the deployment that calls payments across zones", "that calls payments"),
        # phrasings of our own
        ("delete the jobs fed by orders", "the jobs fed by orders"),
        ("scale the app kept behind frontend to 2", "the app kept behind frontend"),
        ("upgrade the service that payments depends on to 3.5.0", "that payments depends on"),
        ("restart the backend checkout uses", "the backend checkout uses"),
        ("bump the memory of the db that sits behind my-api to 1Gi", "the db that sits behind"),
        ("turn on autoscaling for the backend frontend calls", "the backend frontend calls"),
        ("set cpu of the deployment using postgres to 500m", "the deployment using postgres"),
        ("set replicas of the consumer of orders to 3", "the consumer of orders"),
        ("add a pdb to the proxy in front of payments", "the proxy in front of payments"),
        ("update the replacement for worker to 2.0", "the replacement for worker"),
        ("set cpu of the sibling of checkout to 1", "the sibling of checkout"),
        ("monitor the caller of my-api", "the caller of my-api"),
        ("delete the deployment built by payments", "the deployment built by payments"),
        ("restart the deployment sent to postgres", "the deployment sent to postgres"),
        # what the workload uses, said as its own
        ("set memory of payments' database to 2Gi", "payments' database"),
        ("update checkout's backend to 2.0", "checkout's backend"),
        ("add an hpa to my-api's consumers", "my-api's consumers"),
    ],
)
def test_an_object_said_by_its_neighbour_is_asked(op: Operator, intent: str, phrase: str) -> None:
    proposal = asks(op, intent)
    question = proposal.question or ""
    assert phrase in question
    assert "another object" in question
    assert "nothing is changed" in question
    assert not proposal.operations


# (A) A state, a time's own or what someone made, said with the name of a delete.
@pytest.mark.parametrize(
    ("intent", "word"),
    [
        # the attack's samples
        ("delete the broken orders", "'broken'"),
        ("delete the crashing payments", "'crashing'"),
        ("delete the failing orders", "'failing'"),
        ("delete the failing frontend", "'failing'"),
        ("delete the crashlooping worker", "'crashlooping'"),
        ("delete the retired worker", "'retired'"),
        ("delete the deprecated worker", "'deprecated'"),
        ("delete yesterday's payments deploy", "'yesterday'"),
        ("delete the orders that alice added", "'added'"),
        # phrasings of our own
        ("delete broken orders", "'broken'"),
        ("remove deprecated worker", "'deprecated'"),
        ("delete the faulty checkout", "'faulty'"),
        ("nuke the misbehaving worker", "'misbehaving'"),
        ("delete the disabled worker", "'disabled'"),
        ("delete the idle payments", "'idle'"),
        ("delete the earlier orders", "'earlier'"),
        ("delete last week's worker", "'last week'"),
        ("get rid of monday's checkout rollout", "'monday'"),
        ("delete the worker that bob created", "'created'"),
        ("delete the payments that were deployed by mistake", "'deployed'"),
        ("delete the orders which we just cloned", "'cloned'"),
    ],
)
def test_a_state_or_a_copy_of_a_delete_is_asked(op: Operator, intent: str, word: str) -> None:
    proposal = asks(op, intent)
    question = proposal.question or ""
    assert word in question
    assert "nothing is deleted" in question
    assert "never the live workload" in question
    assert not proposal.operations


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("delete worker", "delete deployment/worker"),
        ("delete deployment worker", "delete deployment/worker"),
        ("delete the worker deployment", "delete deployment/worker"),
        ("scale the payments deployment to 4", "scale deployment/payments in shop to 4"),
        ("restart the frontend service's pods", "restart the pods of deployment/frontend"),
        ("delete the service for my-api", "delete service/my-api"),
        ("delete the current payments", "delete deployment/payments"),
        ("delete the running payments", "delete deployment/payments"),
        ("delete the live payments", "delete deployment/payments"),
        ("delete the failing frontend deployment", "delete deployment/frontend"),
        ("restart the failing frontend", "restart the pods of deployment/frontend"),
        ("restart the crashlooping worker", "restart the pods of deployment/worker"),
        ("update the image payments uses to 2.0", "payments:2.0"),
        ("scale the deployment called payments to 3", "scale deployment/payments in shop to 3"),
        ("update the deployment named payments to 3.1.0", "payments:3.1.0"),
        ("restart payments; the service that talks to postgres is fine", "deployment/payments"),
        ("add an hpa to frontend", "horizontalpodautoscaler/frontend"),
        ("monitor my-api", "servicemonitor/my-api"),
        ("set memory limit of the payments deployment to 2Gi", "patch deployment/payments"),
        ("delete the worker that is unused", "delete deployment/worker"),
        ("delete the worker that nobody uses", "delete deployment/worker"),
        ("restart the pods that belong to payments", "restart the pods of deployment/payments"),
        ("remove the Service in front of card payments (payments)", "delete service/payments"),
        ("restart payments' pods", "restart the pods of deployment/payments"),
        ("scale checkout's deployment to 3", "scale deployment/checkout in shop to 3"),
        ("set memory of payments' container to 2Gi", "patch deployment/payments"),
    ],
)
def test_the_workload_itself_still_plans(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert any(summary in o.summary() for o in proposal.operations)


def test_a_start_time_still_plans_with_its_wait(op: Operator) -> None:
    proposal, _ = plans(op, "scale worker to 4 tomorrow")
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/worker in shop to 4 replicas"
    ]
    assert proposal.awaits
