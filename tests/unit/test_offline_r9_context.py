"""A workload's name said with a noun of its domain in a remark beside the request (helper
context, round 9): "the payments queue is behind. double orders" — the mention is context and
names nothing; the request's own words say the target. It stays a question when the same words
are what the request acts on, when the request refers back to the remark ("restart it"), beside
a destructive word, or when an object ``<name>-<noun>`` exists. Our own phrasings, over the
in-memory shop, through the real Operator."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import domain
from dotop_nb.service import Operator
from tests.memory import asks, question_for

pytestmark = pytest.mark.timeout(60)


def _plans(op: Operator, intent: str) -> list[str]:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    return [o.summary().replace(" in shop", "") for o in proposal.operations]


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "Lag on the payments queue is 40k messages. Double the orders count",
            "scale deployment/orders to 4 replicas",
        ),
        (
            "The worker job runner is stuck on a bad message, restart the worker pods",
            "restart the pods of deployment/worker",
        ),
        (
            "The customer wants to pause the frontend banner test, so scale frontend to zero",
            "scale deployment/frontend to 0 replicas",
        ),
        (
            "A user says the payments widget keeps erroring; the fix is in payments 1.3.0, "
            "please roll that image out",
            "set image of container payments in deployment/payments to ghcr.io/acme/payments:1.3.0",
        ),
        (
            "Before we rebuild the postgres indexes, take a Velero backup of the namespace",
            "apply backup/namespace-shop-once",
        ),
        (
            "The frontend carousel was blank for an hour. Restart frontend",
            "restart the pods of deployment/frontend",
        ),
    ],
)
def test_a_domain_noun_in_a_remark_names_nothing(shop: Operator, intent: str, planned: str) -> None:
    assert _plans(shop, intent) == [planned]


@pytest.mark.parametrize(
    "intent",
    [
        # The same words are what the request acts on.
        "scale payments ledger to 4",
        "the payments ledger is behind. scale payments ledger to 4",
        "restart frontend canary",
        # The request refers back to the remark: "it" may be another object.
        "the payments ledger is behind, scale it to 4",
        "the frontend widget is broken, restart it",
        # Beside a destructive word, the target only in the remark (round 13: a remark that
        # states lends a delete that names its own target nothing, so "the orders topic is
        # lagging, so delete the worker deployment" deletes worker).
        "the worker topic is lagging, so delete it",
    ],
)
def test_a_noun_after_a_name_stays_a_question_when_it_may_be_the_target(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)


def test_the_rule_reads_clauses() -> None:
    assert domain.remark_noun("lag on the orders topic is 1.2M. restart worker", "orders", "topic")
    assert not domain.remark_noun("restart the orders topic", "orders", "topic")
    assert not domain.remark_noun("the orders topic is slow, restart them", "orders", "topic")
    assert not domain.remark_noun("the orders topic is slow, drop worker", "orders", "topic")


# ------------------------------------------- jargon of a support ticket is no request of it
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        # "escalation" after a word of support is a complaint relayed, no privilege.
        (
            "Client escalation: frontend went down during the node drain. Add a PDB for "
            "frontend with minAvailable 1",
            "apply poddisruptionbudget/frontend",
        ),
        ("customer escalation, scale checkout to 4", "scale deployment/checkout to 4 replicas"),
        # "about"/"around" with no value after them hedge nothing.
        (
            "We keep hearing about orders timeouts from users. Restart orders",
            "restart the pods of deployment/orders",
        ),
        # A factor of the load is context; the count said is the count.
        (
            "Big launch: we expect 3x requests. Please give orders 5 replicas",
            "scale deployment/orders to 5 replicas",
        ),
        ("payments needs 3x the pods", "scale deployment/payments to 6 replicas"),
    ],
)
def test_support_jargon_is_context(shop: Operator, intent: str, planned: str) -> None:
    assert _plans(shop, intent) == [planned]


@pytest.mark.parametrize(
    ("intent", "asked"),
    [
        ("disallow privilege escalation on orders", None),
        ("scale payments to about 5", "approximate"),
        ("scale payments to around five", "approximate"),
        ("set frontend cpu to about the same as orders", "approximate"),
        ("give checkout about twice the memory", "approximate"),
        ("we expect 3x traffic on payments", "How many replicas"),
    ],
)
def test_near_misses_keep_their_reading(shop: Operator, intent: str, asked: str | None) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    if asked is None:  # privilege escalation is still pod security
        assert proposal.status == "proposed", proposal.question
        assert "allowPrivilegeEscalation" in json.dumps(
            [o.model_dump(mode="json") for o in proposal.operations]
        )
    else:
        assert proposal.status == "needs_clarification"
        assert asked in str(proposal.question)


# ------------------------------------- a namespace where a result was seen is no scope
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "payments 1.3.0 fixes the retry storm (tested in staging). Please roll "
            "ghcr.io/acme/payments:1.3.0 out",
            "set image of container payments in deployment/payments to ghcr.io/acme/payments:1.3.0",
        ),
        (
            "frontend 2.2.0 was verified in staging. Update frontend to 2.2.0",
            "set image of container web in deployment/frontend to ghcr.io/acme/frontend:2.2.0",
        ),
    ],
)
def test_a_namespace_of_evidence_is_context(shop: Operator, intent: str, planned: str) -> None:
    assert _plans(shop, intent) == [planned]


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments in staging",
        "scale orders to 3 (in staging)",
        "frontend was tested in staging, roll it out in prod",
        "frontend is fine in prod. restart frontend in staging",
    ],
)
def test_a_namespace_said_for_the_request_is_still_asked(shop: Operator, intent: str) -> None:
    assert "names namespace" in question_for(shop, intent)


# ------------------------------------- a number said of how things run is no value
@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "The worker pod is throttled at 250m while the queue grows. Raise its cpu limit to 1",
            '"limits": {"cpu": "1"}',
        ),
        (
            "The payments app is capped at 256Mi while batch jobs run. Raise its memory limit "
            "to 1Gi",
            '"memory": "1Gi"',
        ),
        (
            "Our frontend handles 300 requests per pod, set its memory limit to 512Mi",
            '"memory": "512Mi"',
        ),
        ("orders processes 40 jobs per minute; scale orders to 4", '"replicas": 4'),
    ],
)
def test_a_number_of_how_things_run_is_context(shop: Operator, intent: str, wanted: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    body = json.dumps([o.model_dump(mode="json", exclude={"reason"}) for o in proposal.operations])
    assert wanted in body
    for context in ("250m", "256Mi", "300"):
        assert context not in body
