"""Round 41, the lead: what gap44 found on main while reading its own shapes.

- A person's word for a workload's wanted state ("Bob says worker needs 2 pods", "Pierre said
  frontend should run 2 pods", "Alice told us my-api must have 3 replicas") is what that person
  says, as "Bob thinks worker needs 2 pods" already was: asked (main scaled). An order of the
  speaker's own after it ("the alert says worker needs more memory, give worker 512Mi memory")
  still plans.
- A person named, then a workload's wanted state ("Bob, worker needs 2 pods", "Anna — my-api
  should run 4 replicas") is said to that person, as "Bob, scale worker to 2" is: asked (main
  scaled). A word that opens the line without naming anyone ("Sorry, …", "Also, …", "Team, …")
  and a label's line ("Sale: frontend needs 6 pods") read as before.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "Bob says worker needs 2 pods",
        "Pierre says frontend needs 2 pods",
        "Bob said worker should run 2 pods",
        "Alice told us my-api must have 3 replicas",
        "the runbook says payments needs 4 replicas",
        "Priya claims checkout has to run 3 pods",
        "Sam wrote that my-api should be on 4 replicas",
        "Bob says worker, frontend and my-api need 2 pods",
        "ops insists payments must have 5 replicas",
    ],
)
def test_a_persons_word_for_a_wanted_state_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "someone else" in question


@pytest.mark.parametrize(
    "intent",
    [
        "Bob, worker needs 2 pods",
        "Anna, my-api needs 4 replicas",
        "Bob \u2014 worker should run 3 pods",
        "Priya, payments must have 3 replicas",
        "Sam - the frontend needs 5 pods",
    ],
)
def test_a_name_then_a_wanted_state_is_said_to_that_person(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "addressed to" in question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("worker needs 2 pods", "scale"),
        ("Sorry, worker needs 2 pods", "scale"),
        ("Also, worker needs 2 pods", "scale"),
        ("Team, worker needs 2 pods", "scale"),
        ("Thanks, worker needs 2 pods", "scale"),
        ("Sale: frontend needs 6 pods", "scale"),
        ("the alert says worker needs more memory, give worker 512Mi memory", "worker"),
        ("Bob thinks worker needs more memory, give worker 512Mi memory", "worker"),
        ("per the runbook, restart worker", "restart"),
    ],
)
def test_the_speakers_own_order_still_plans(op: Operator, intent: str, summary: str) -> None:
    assert any(summary in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    ("intent", "answer"),
    [
        ("add an hpa, 2 to 10 replicas at 70% cpu, never scale down", "for my-api"),
        ("only the pods of frontend and 10.20.0.0/16 may reach it", "my-api"),
    ],
)
def test_a_qualifier_said_before_an_answer_is_still_carried_or_asked(
    op: Operator, intent: str, answer: str
) -> None:
    """review41: the qualifier reader read only the newest words, so the answer naming the
    workload planned the HPA without "never scale down"."""
    first = op.analyze(intent, namespace="shop")
    assert first.status == "needs_clarification"
    answered = op.refine(first.session_id, answer)
    assert answered.status == "needs_clarification", [o.summary() for o in answered.operations]


@pytest.mark.parametrize(
    "intent",
    [
        "pg_dump postgres nightly to S3",
        "pg_dump postgres nightly to the dr site",
        "velero backup postgres nightly --include-cluster-resources",
        "velero backup postgres now --include-cluster-resources",
    ],
)
def test_a_place_or_flag_of_a_backup_no_reader_sets_is_asked(op: Operator, intent: str) -> None:
    """review41: a dump job's place (it writes only to its own volume) and a Velero flag in
    words that are no command line were dropped."""
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "queue:work can't keep up with the mail jobs, bump the worker deployment to four pods",
            "scale deployment/worker in shop to 4",
        ),
        ("put an hpa on checkout, min:2 max:6 cpu:70", "checkout"),
    ],
)
def test_a_name_and_word_glued_is_no_image_to_deploy(
    op: Operator, intent: str, summary: str
) -> None:
    """The merge: sh48a's image said beside a release verb read "queue:work" and "min:2" as
    images the plan would not deploy (blind20 and a round-29 test asked)."""
    assert any(summary in s for s in summaries(op, intent))


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("pg_dumpall as a cronjob every 6h, retention is handled on the bucket side", "cronjob"),
        ("pg_dump the shop database every Sunday at 04:00 into the research storage", "cronjob"),
        (
            'velero create schedule pg-nightly --schedule="0 3 * * *" --selector app=postgres '
            "--ttl 720h",
            "schedule",
        ),
        (
            "finance says card payments move to Adyen from today, so PROVIDER in the payments "
            "config should be adyen instead of stripe",
            "payments-config",
        ),
    ],
)
def test_what_the_merge_asked_of_the_sets_plans_again(
    op: Operator, intent: str, summary: str
) -> None:
    """The lead's first versions asked these (blind4, blind9, blind12, blind21): a bucket said
    of where retention is handled, a dump into the cluster's own storage, a selector the plan
    reads in any words, and a conclusion of the speaker's after "so"."""
    assert any(summary in s.lower() for s in summaries(op, intent))
