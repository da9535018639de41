"""Round 33, helper fixb: gap36b's dictated nickname without brackets, kept to nicknames.

The merged reading of a name said right after its description ("the harvest API my-api")
also took:
- a lone role or thing run before the name ("the database postgres", "the backend checkout
  uses", "the redis cache"), round 20's reading by role, which asks for a delete, a role the
  workload lacks and a thing the workload uses — "delete the database postgres" planned two
  deletes;
- a name glossed by its own brackets after it ("the web frontend (frontend) to 4"), asked
  whether it was part of another name;
- a name right after what it runs ("the shared redis cache"), whose question then named
  'cache statefulset' instead of the words said.
A nickname is now more than one word, never before its own brackets, and ends in what the
workload runs only before "the" or a kind. gap36b's own phrasings stay planned.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("the web frontend (frontend) to 4", "scale deployment/frontend in shop to 4 replicas"),
        (
            "scale the storefront site frontend (frontend) to 4",
            "scale deployment/frontend in shop to 4 replicas",
        ),
        (
            "scale the main web app frontend [frontend] to 5",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        ("restart the database postgres", "restart the pods of statefulset/postgres in shop"),
        ("restart the db postgres", "restart the pods of statefulset/postgres in shop"),
        # gap36b's nicknames, still read
        ("restart the harvest API my-api", "restart the pods of deployment/my-api in shop"),
        (
            "scale the barrel redis the cache statefulset to 2 replicas",
            "scale statefulset/cache in shop to 2 replicas",
        ),
        (
            "scale the barrel redis cache statefulset to 2 replicas",
            "scale statefulset/cache in shop to 2 replicas",
        ),
    ],
)
def test_a_name_glossed_or_said_by_its_role_still_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "delete the database postgres",
        "delete the db postgres",
        "restart the database cache",
        "restart the backend checkout uses",
        "restart the backend frontend calls",
    ],
)
def test_a_lone_role_before_the_name_keeps_its_question(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("checkout is flaky because of the redis cache; get rid of it", "redis cache"),
        ("checkout is flaky because of the shared redis cache; drop it", "shared redis cache"),
        ("checkout is slow because of the nightly redis cache; delete it", "nightly redis cache"),
    ],
)
def test_what_it_runs_before_its_bare_name_is_one_noun(
    op: Operator, intent: str, said: str
) -> None:
    question = asks(op, intent).question or ""
    assert said in question
