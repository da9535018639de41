"""Round 26, helper objects: the object of a delete is the workload only when its words say so.

The shapes (black-box attack 29): (KN) kubectl word order with a kind or noun that is not a
workload's ("delete pvc postgres", "delete user postgres", "restart job worker") deleted or
changed the workload of that name; (C / C0) an apposition or a correction after the order
("delete postgres, namely the schedule", "delete worker, i.e. payments", "delete worker/alert")
deleted the workload anyway. Both now ask, naming the words (:mod:`.objphrase`); the nearest
plain orders still plan as they did."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(300)


# (KN) A word before the name that is not the workload, its kind or a kind deleted by name.
@pytest.mark.parametrize(
    ("intent", "word"),
    [
        # the attack's samples
        ("delete pvc postgres", "pvc"),
        ("delete job postgres", "job"),
        ("delete user postgres", "user"),
        ("delete user named postgres", "user"),
        ("delete table orders", "table"),
        ("delete queue orders", "queue"),
        ("delete ingress frontend", "ingress"),
        ("delete cert payments", "cert"),
        ("delete schedule postgres", "schedule"),
        ("nuke pvc postgres", "pvc"),
        ("get rid of ingress frontend", "ingress"),
        # phrasings of our own
        ("remove topic orders", "topic"),
        ("please delete secretstore payments", "secretstore"),
        ("delete gateway frontend", "gateway"),
    ],
)
def test_a_word_before_the_name_that_is_not_the_workload_is_asked(
    op: Operator, intent: str, word: str
) -> None:
    question = asks(op, intent).question or ""
    assert repr(word) in question
    assert "Nothing is deleted" in question


@pytest.mark.parametrize(
    ("intent", "word", "order"),
    [
        ("restart job worker", "job", "restart worker"),
        ("restart ingress frontend", "ingress", "restart frontend"),
        ("scale cronjob worker to 0", "cronjob", "scale worker"),
        ("scale queue orders to 0", "queue", "scale orders"),
        ("bounce cronjob checkout", "cronjob", "bounce checkout"),
    ],
)
def test_a_word_before_the_name_of_a_restart_or_scale_is_asked(
    op: Operator, intent: str, word: str, order: str
) -> None:
    question = asks(op, intent).question or ""
    assert repr(word) in question
    assert repr(order) in question


# (C / C0) An apposition or a correction after the name that is not the same workload.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # the attack's samples
        ("delete postgres, namely the schedule", "the schedule"),
        ("delete postgres: schedule", "schedule"),
        ("delete postgres, that is the schedule", "the schedule"),
        ("delete payments, I mean its alert", "its alert"),
        ("delete payments... the alert i mean", "the alert"),
        ("delete worker, er, its hpa", "its hpa"),
        ("delete worker i mean the alert", "the alert"),
        ("delete frontend -- well, the alert on it", "the alert on it"),
        ("delete worker. Actually, the alert.", "the alert"),
        ("delete worker. (the alert)", "the alert"),
        ("delete worker; meant the alert", "the alert"),
        ("delete my-api (config)", "config"),
        ("delete orders: pdb", "pdb"),
        ("delete orders — the pdb", "the pdb"),
        ("delete worker/alert", "alert"),
        ("delete postgres#schedule", "schedule"),
        ("delete worker('s alert)", "alert"),
        ("delete worker, i.e. payments", "payments"),
        ("delete worker, that is, orders", "orders"),
        # phrasings of our own
        ("delete worker, specifically the cronjob", "the cronjob"),
        ("delete orders - just the queue", "the queue"),
        ("delete checkout, precisely its dashboard", "its dashboard"),
        ("delete frontend, i.e. checkout", "checkout"),
        ("tear down frontend: ingress only", "ingress"),
    ],
)
def test_a_correction_after_the_name_is_asked(op: Operator, intent: str, said: str) -> None:
    question = asks(op, intent).question or ""
    assert said in question
    assert "nothing is deleted" in question


# Other readers already asked these: still asked (their own questions).
@pytest.mark.parametrize(
    "intent",
    [
        "delete volume postgres",
        "uninstall podmonitor worker",
        "drop table orders",
        "delete worker \u2014 sorry, payments",
        "remove payments, scratch that, the secret",
        "remove payments, or rather the secret",
        "delete tls secret payments",
        "delete postgres (the backups)",
        "delete the orders queue",
    ],
)
def test_the_nearest_corrections_asked_elsewhere_still_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "order"),
    [
        ("scale worker to 0, I mean its alert threshold", "scale worker to 0"),
        ("scale checkout to 0 (the threshold)", "scale checkout to 0"),
        ("restart orders, i.e. the envoy", "restart orders"),
        ("restart orders (envoy only)", "restart orders"),
        ("restart frontend, i mean its servicemonitor", "restart frontend"),
        ("roll back checkout, i.e. its config", "roll back checkout"),
        ("scale frontend to 5, i.e. the api", "scale frontend to 5"),
    ],
)
def test_a_correction_after_a_restart_or_scale_is_asked(
    op: Operator, intent: str, order: str
) -> None:
    question = asks(op, intent).question or ""
    assert repr(order) in question
    assert "nothing is changed" in question


# The nearest orders: the workload's own words before or after its name still plan.
@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete worker", {"Deployment/worker"}),
        ("delete the worker deployment", {"Deployment/worker"}),
        ("delete deployment worker", {"Deployment/worker"}),
        ("delete deploy/worker", {"Deployment/worker"}),
        ("kubectl delete deploy worker -n shop", {"Deployment/worker"}),
        ("remove worker, it's unused", {"Deployment/worker"}),
        ("delete worker (unused)", {"Deployment/worker"}),
        ("delete worker: deprecated", {"Deployment/worker"}),
        ("delete worker — nobody uses it", {"Deployment/worker"}),
        ("delete worker, please", {"Deployment/worker"}),
        ("delete worker, the deployment", {"Deployment/worker"}),
        ("delete pdb orders", {"PodDisruptionBudget/orders"}),
        ("delete svc postgres", {"Service/postgres"}),
        ("delete worker and checkout", {"Deployment/worker", "Deployment/checkout"}),
    ],
)
def test_the_workload_said_with_its_own_words_still_plans(
    op: Operator, intent: str, deleted: set[str]
) -> None:
    assert deletes(op, intent) == deleted


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart worker", "restart the pods of deployment/worker"),
        ("restart deployment worker", "restart the pods of deployment/worker"),
        ("restart worker — the pods are stuck", "restart the pods of deployment/worker"),
        ("restart worker (it's stuck)", "restart the pods of deployment/worker"),
        ("scale up worker to 5", "scale deployment/worker in shop to 5"),
        ("scale deployment worker to 3", "scale deployment/worker in shop to 3"),
        ("scale worker to 3, please", "scale deployment/worker in shop to 3"),
        ("scale worker to 5 (peak)", "scale deployment/worker in shop to 5"),
        ("scale payments to 4", "scale deployment/payments in shop to 4"),
    ],
)
def test_the_nearest_restarts_and_scales_still_plan(
    op: Operator, intent: str, summary: str
) -> None:
    proposal, _ = plans(op, intent)
    assert any(o.summary().startswith(summary) for o in proposal.operations), [
        o.summary() for o in proposal.operations
    ]


# (C) A name glossed in brackets by an object's noun, then the order by a pronoun: the object.
@pytest.mark.parametrize(
    "intent",
    [
        "checkout and payments are noisy (alerts), delete them",
        "checkout is noisy (alerts), delete it",
        "checkout (the alerts) is noisy, delete it",
        "worker is broken (cronjob), remove it",
    ],
)
def test_a_name_glossed_by_an_objects_noun_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "nothing is changed" in question


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete postgres (the service)", {"Service/postgres"}),
        ("delete orders (the pdb)", {"PodDisruptionBudget/orders"}),
        ("worker is unused (legacy), delete it", {"Deployment/worker"}),
    ],
)
def test_a_gloss_the_delete_reads_still_plans(op: Operator, intent: str, deleted: set[str]) -> None:
    assert deletes(op, intent) == deleted


# Round 26, the seventh attack (after the merge): the verb's object relates to the workload
# named later ("the app that talks to postgres", "the db behind my-api", "the caller of
# my-api"), or is in a state ("the failed orders"): asked, never the named workload acted on.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("delete the app that talks to postgres", "the app that talks to postgres"),
        ("delete the deployment that connects to postgres", "that connects to postgres"),
        ("delete the one that talks to payments", "the one that talks to payments"),
        ("delete the app that calls payments", "the app that calls payments"),
        ("delete the db behind my-api", "the db behind my-api"),
        ("delete the pvc behind postgres", "the pvc behind postgres"),
        ("delete the things feeding into orders", "the things feeding into orders"),
        ("delete the deployment using postgres", "the deployment using postgres"),
        ("delete the service that talks to postgres", "the service that talks to postgres"),
        ("delete the service behind frontend", "the service behind frontend"),
        ("delete the deployment connected to postgres", "the deployment connected to postgres"),
        ("delete the deployment served by payments", "the deployment served by payments"),
        ("delete the deployment in front of my-api", "in front of my-api"),
        ("delete the producer for orders", "the producer for orders"),
        ("delete the replacement for worker", "the replacement for worker"),
        ("delete the old version of worker", "the old version of worker"),
        ("scale the deployment that talks to postgres to 0", "that talks to postgres"),
        ("scale the caller of my-api to 0", "the caller of my-api"),
        ("scale the proxy in front of payments to 0", "in front of payments"),
        ("restart the pods talking to postgres", "the pods talking to postgres"),
        ("delete the failed orders", "'failed'"),
        ("delete the crashed payments", "'crashed'"),
        ("delete the stuck worker", "'stuck'"),
    ],
)
def test_an_object_that_relates_to_the_workload_is_asked(
    op: Operator, intent: str, words: str
) -> None:
    question = asks(op, intent).question or ""
    assert words in question
    assert "nothing is" in question.lower()


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("delete the pdb of orders", "delete poddisruptionbudget/orders"),
        ("delete the unused worker deployment", "delete deployment/worker"),
        ("delete everything for worker", "delete deployment/worker"),
        ("delete the worker that is unused", "delete deployment/worker"),
        ("restart the pods that belong to payments", "restart the pods of deployment/payments"),
        ("delete the failing frontend deployment", "delete deployment/frontend"),
        ("restart the pods of checkout", "restart the pods of deployment/checkout"),
        ("restart the checkout pods", "restart the pods of deployment/checkout"),
        ("scale the worker deployment to 0", "scale deployment/worker in shop to 0"),
        ("delete worker in shop", "delete deployment/worker"),
        # the gate's items: a participle before the name, a kind the delete reads by name
        (
            "restart the downlink processing worker (worker)",
            "restart the pods of deployment/worker",
        ),
        ("delete the timing cache proxy (cache deployment)", "delete deployment/cache"),
        ("remove the Service in front of card payments (payments)", "delete service/payments"),
    ],
)
def test_the_workload_itself_still_plans(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert any(summary in o.summary() for o in proposal.operations)
