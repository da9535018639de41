"""A request said politely, as a wish, or with its verb last is the order it frames; a question
about how things are plans nothing (``polite.py``, the count said after "replicas", "half of
now"). Every phrasing here is new: it shares only its kind with the sealed blind10's misses."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import polite
from dotop_nb.planner.offline.context import Clarify
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (
            "Would it be possible to bump payments to 1.2.0? The old one leaks.",
            "bump payments to 1.2.0. The old one leaks.",
        ),
        ("Hi team, could you please restart orders?", "restart orders."),
        ("is it possible for you to scale worker to 2", "scale worker to 2"),
        ("frontend is slow, could you scale it to 5?", "frontend is slow, scale it to 5."),
        ("We'd like the cpu limit of worker lowered to 1", "lower the cpu limit of worker to 1"),
        ("please have checkout restarted", "restart checkout"),
        # Not a frame of a request: left as said for the rules.
        ("could payments autoscale on cpu?", "could payments autoscale on cpu?"),
        (
            "would it be possible that the pdb blocks drains?",
            "would it be possible that the pdb blocks drains?",
        ),
        ("we don't want worker deleted", "we don't want worker deleted"),
    ],
)
def test_frames_read_as_the_order(said: str, read: str) -> None:
    assert polite.read(said) == read


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        # A request frame addressed to the reader, then a verb of doing.
        (
            "Would it be possible to raise the memory limit of payments to 1Gi? It ran out twice.",
            '"memory": "1Gi"',
        ),
        ("Would it be alright to restart checkout? Sessions look stale.", "restart"),
        ("would it be ok for you to set FEATURE_X=on in my-api-config?", '"FEATURE_X": "on"'),
        ("Could someone please set LOG_LEVEL to debug on frontend for the investigation?", "debug"),
        (
            "I'd appreciate it if someone could add a readiness probe on /healthz port 8080 "
            "to my-api.",
            "readinessProbe",
        ),
        ("We would like you to scale checkout to 4 replicas for the campaign.", '"replicas": 4'),
        ("Any chance you could put payments on 3 replicas before the demo?", '"replicas": 3'),
        ("Would you be so kind as to restart orders?", "restart"),
        ("Hey, could you maybe double the worker replicas?", '"replicas": 2'),
        # A frame that opens a later clause: what is kept is the kept setting's, not a change.
        (
            "Could you drop the cpu limit of the orders app container? It throttles; we'd like "
            "to keep the memory limit as it is.",
            '"cpu": null',
        ),
        # A wish with its verb after the object.
        (
            "We'd like the cpu request of worker raised to 300m, it keeps getting throttled.",
            '"cpu": "300m"',
        ),
        (
            "I'd like LOG_LEVEL on my-api set back to warn, if that's alright.",
            '"LOG_LEVEL": "warn"',
        ),
        (
            "We need the FEATURE_X key removed from my-api-config, the flag is retired.",
            '"FEATURE_X": null',
        ),
        # The verb last, the count after what it counts, the factor said as the verb.
        ("Worker pods make please three, queue is long.", '"replicas": 3'),
        ("For checkout the replicas please set 4.", '"replicas": 4'),
        ("my-api replica count: 4", '"replicas": 4'),
        ("Checkout please half of now, night is quiet.", '"replicas": 1'),
        ("my-api: half of what it runs, quiet weekend", '"replicas": 1'),
        ("Frontend please double, campaign starts.", '"replicas": 6'),
        ("Kindly the memory limit of payments make 1Gi.", '"memory": "1Gi"'),
        # "don't all land on one node" is spreading said by what must not happen.
        ("could you make sure the checkout pods don't all land on the same node?", "affinity"),
    ],
)
def test_polite_and_reordered_requests_plan(op: Operator, intent: str, wanted: str) -> None:
    _, body = plans(op, intent)
    assert wanted in body, body


def test_a_wish_names_what_it_changes(op: Operator) -> None:
    proposal, body = plans(
        op, "We'd like the FEATURE_X key dropped from my-api-config now, if that's fine."
    )
    assert [o.summary() for o in proposal.operations] == [
        "patch configmap/my-api-config in shop (merge)"
    ]
    assert json.loads(body)[0]["patch"] == {"data": {"FEATURE_X": None}}


@pytest.mark.parametrize(
    "intent",
    [
        # A question about how things are: each was planned as the change it names.
        "is payments autoscaling?",
        "does my-api have 4 replicas?",
        "was worker deleted?",
        "Has anybody restarted the cache proxy?",
        "is frontend running 1.2.0?",
        "is the cpu limit of payments 500m?",
        "Are frontend pods on different nodes?",
        "How many replicas does checkout have?",
        "did you restart orders?",
        "Have you restarted payments?",
        "have they scaled frontend to 4?",
        "Would a restart of payments cause downtime?",
        "Could scaling worker to 10 break the database?",
        "Could you tell me which image my-api runs?",
        "can you check if orders has a pdb?",
        "would it be possible that the pdb blocks the node drain?",
        # Advice asked stays advice.
        "is it safe to restart payments now?",
        # A frame before "not": no request to read; a wish of a deletion is no order.
        "could you not restart orders?",
        "it would be nice if worker were deleted",
    ],
)
def test_questions_about_state_change_nothing(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_state_question_is_said_back() -> None:
    with pytest.raises(Clarify, match="question about how things are"):
        polite.read("is payments autoscaling?")
    # An answer to the planner's own question is read as the answer.
    assert polite.read("is it 4?", first=False) == "is it 4?"


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        # Still requests: a modal with a workload as its subject, a frame beside a change.
        ("could payments autoscale on cpu?", "HorizontalPodAutoscaler"),
        ("can my-api have 4 replicas?", '"replicas": 4'),
        ("can you check orders and restart it", "restart"),
        ("do you mind restarting orders?", "restart"),
    ],
)
def test_requests_that_look_like_questions_still_plan(
    op: Operator, intent: str, wanted: str
) -> None:
    _, body = plans(op, intent)
    assert wanted in body, body


@pytest.mark.parametrize(
    "intent",
    [
        # "half of" a share stays a share; replicas after a unit of time are no count.
        "frontend replicas 5 minutes after the deploy",
        "frontend replicas now 3, more please",
    ],
)
def test_numbers_after_replicas_in_another_role_are_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        # A wish said of a workload: what it should ideally have (placement: preferred).
        ("would be great if payments had a pdb", "PodDisruptionBudget"),
        ("it'd be nice if frontend ran 4 replicas", '"replicas": 4'),
        ("It would be good if checkout could use 1.2.0", "checkout:1.2.0"),
        ("it would be nice if the my-api pods were on different nodes", "preferred"),
        # The asker's courtesy is no condition to wait for.
        ("If it's not too much trouble, could you restart the worker?", "restart"),
        ("restart checkout, if that isn't a problem", "restart"),
        ("Perhaps you could scale worker to 2?", '"replicas": 2'),
        # A key's value after the verb said last or between.
        ("For my-api the LOG_LEVEL please make debug.", '"LOG_LEVEL": "debug"'),
        ("for frontend make LOG_LEVEL warn", '"value": "warn"'),
        ("LOG_LEVEL of worker make please info, is too noisy", '"value": "info"'),
        # The unit between a count and its direction: relative, never the count.
        ("My-api please one replica more.", '"replicas": 3'),
        ("Frontend please one replica less, it is quiet.", '"replicas": 2'),
        ("worker 2 pods more please", '"replicas": 3'),
        # A duration in a fact is one value with its unit: a bare "3" computed is no misuse.
        ("Kindly grow my-api by 50%, it has been slow since 3 days.", '"replicas": 3'),
    ],
)
def test_courtesy_keys_and_counts_in_any_order(op: Operator, intent: str, wanted: str) -> None:
    _, body = plans(op, intent)
    assert wanted in body, body


def test_an_answer_to_a_state_question_is_no_change_unless_it_says_one(op: Operator) -> None:
    asked = asks(op, "was worker deleted?")
    # "yes" after "was worker deleted?" is no request to delete it.
    again = op.refine(asked.session_id, "yes")
    assert again.status == "needs_clarification"
    assert again.operations == []
    asked = asks(op, "is payments autoscaling?")
    planned = op.refine(asked.session_id, "add an hpa to it at 70% cpu")
    assert [o.summary() for o in planned.operations] == [
        "apply horizontalpodautoscaler/payments in shop"
    ]
