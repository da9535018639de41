"""Round 40, the lead: what the merge of the round's branches opened.

- A person's name, then where the change goes, then the order ("Bob, in shared-config set
  REGION to eu-west", "Sam - on the orders deployment, set BATCH_SIZE=40") is said to that
  person, as "Bob, set REGION=eu-west in shared-config" is: asked (main planned it). A word that
  opens an order without naming anyone ("Also, in …", "Hi, in …") plans either way.
- Two counts joined by a word that gives the second no role ("scale worker to 3 blah 4", "… to 3
  ja 4", "… to 2 bar 5") are asked (main scaled to one of them: the 4 of "3 blah 4", the 3 of
  "3 foo 4"); a word giving it a role ("to 3 at 4pm", "to 3 replicas") is read as before.
- attack47 on the merge: a negation holding the only words that name what the plan changes
  ("scale the namespace to 0 but not the databases" scaled postgres to 0, on main too); "from
  now" in words someone else says ("Bob says from now my-api runs 4 replicas", gap43b's reading
  planned it); a note after a pasted command saying the change ends ("# for an hour", "//
  temporary", "(for the auction only)"; oa46's "//" notes planned it, "#" was planned on main);
  a rollback said without a verb beside its way forward again ("…, forward again tomorrow";
  gap43a's reading planned it): asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)

_NAMES = ("Bob", "Alice", "Priya", "Sam")
_OPENERS = ("Also", "Then", "Next", "Okay", "Now", "Hi", "Hey", "Team", "Please", "Jambo")


@pytest.mark.parametrize(
    "intent",
    [
        *(f"{who}, in shared-config set REGION to eu-west" for who in _NAMES),
        "Bob, in the orders-config configmap set BATCH_SIZE to 40",
        "Alice - on my-api, set LOG_LEVEL=debug",
        "Sam, for worker, scale it to 3",
        "Priya \u2014 in payments-config set PROVIDER to adyen",
    ],
)
def test_a_name_then_where_then_the_order_is_said_to_that_person(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "addressed to" in question


@pytest.mark.parametrize("opener", _OPENERS)
def test_an_opener_then_where_then_the_order_reads_as_without_the_where(
    op: Operator, opener: str
) -> None:
    placed = op.analyze(f"{opener}, in shared-config set REGION to eu-west", namespace="shop")
    plain = op.analyze(f"{opener}, set REGION=eu-west in shared-config", namespace="shop")
    assert placed.status == plain.status == "proposed"
    assert [o.summary() for o in placed.operations] == [o.summary() for o in plain.operations]


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 3 blah 4",
        "scale worker to 3 foo 4",
        "scale worker to 2 bar 5",
        "scale worker to 3 ja 4",
        "scale worker to 3 da 4",
        "scale worker to 3 la 4",
        "scale payments to 3 og 4",
        "scale payments to 3 und 4",
        "scale my-api to 5 y 6",
        "please scale orders to 2 e 3",
        "scale the frontend deployment to 4 hmm 5",
    ],
)
def test_two_counts_joined_by_a_word_of_no_role_are_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "How many replicas" in question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale worker to 3 replicas", "scale deployment/worker in shop to 3 replicas"),
        ("scale worker to 4, ja", "scale deployment/worker in shop to 4 replicas"),
        ("scale payments to 3 pods", "scale deployment/payments in shop to 3 replicas"),
    ],
)
def test_one_count_with_its_unit_or_a_tag_still_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "scale the namespace to 0 but not the databases",
        "restart the full namespace but not the databases",
        "restart the namespace without the dbs",
        "scale the full namespace to 2, but not the database",
        "Bob says from now my-api runs 4 replicas",
        "the runbook says from now my-api runs 4 replicas",
        "Alice thinks frontend runs 5 replicas from now on",
        "kubectl scale deploy/my-api --replicas=4 # for an hour",
        "kubectl scale deploy/my-api --replicas=4 // for an hour",
        "kubectl scale deploy/my-api --replicas=4 // temporary",
        "kubectl scale deploy/my-api --replicas=4  (for the auction only)",
        "kubectl rollout restart deploy/worker  # revert after the demo",
        "checkout back to revision 1, 1.1.0 broke the weights, forward again tomorrow",
        "checkout back to revision 1, 1.1.0 broke it, re-roll 1.1.0 after the fix",
    ],
)
def test_what_the_merge_let_act_is_asked(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert proposal.question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart payments, not the database", "restart the pods of deployment/payments in shop"),
        ("bounce the redis one, not the proxy", "restart the pods of statefulset/cache in shop"),
        (
            "kubectl rollout undo deployment checkout --to-revision 1   # back to 1.0.0",
            "roll deployment/checkout in shop back to revision 1",
        ),
        (
            "kubectl scale deploy/payments --replicas=3  # for the payments team",
            "scale deployment/payments in shop to 3 replicas",
        ),
        (
            "the barrel worker (worker) runs as uid 10001 from now",
            "patch deployment/worker in shop (strategic)",
        ),
        (
            "cannery checkout (checkout) back to revision 1, 1.1.0 broke the weights",
            "roll deployment/checkout in shop back to revision 1",
        ),
    ],
)
def test_what_the_merge_reads_beside_them_still_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]
