"""Round 21, helper clauses: every part of a request is in the plan or the reason for a question.

The shapes (black-box attack of round 20): (1) a LIST with an item that names nothing here
("restart payments and notifications", "delete the billing queue and worker"): the plan did only
the known items; (2) a SECOND ORDER no rule plans ("scale frontend to 4 and drain node-1"): the
plan did the first; an order that only watches or tells ("… and check the logs") changes
nothing and is planned without, said in the analysis; (3) a QUALIFIER that sets one copy of a
workload apart beside its kind ("the old payments deployment", "the shadow worker deployment"):
there is one, so the live one may be the wrong object. The nearest plain orders still plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dotop_nb.service import Operator
from tests.helpers import deployment
from tests.memory import asks, crowded_operator, deletes, plans

pytestmark = pytest.mark.timeout(300)


# (1) A list item that names nothing here: asked, saying which part and the rest alone.
@pytest.mark.parametrize(
    ("intent", "rest"),
    [
        ("restart payments and notifications", "restart payments"),
        ("restart frontend and coredns", "restart frontend"),
        ("bounce orders and the ledger service", "bounce orders"),
        ("delete worker and the mempool watcher", "delete worker"),
        ("remove checkout and the loyalty queue", "remove checkout"),
        ("update my-api and auth to 1.5.0", "update my-api to 1.5.0"),
        ("scale payments and notifications to 3", "scale payments to 3"),
        ("scale orders and the pricing engine to 4", "scale orders to 4"),
        ("restart my-api and my_api", "restart my-api"),
        ("restart frontend, payments and kafka", "restart frontend, payments"),
        ("delete notifications and worker", "delete worker"),
        ("restart invoicing and checkout", "restart checkout"),
    ],
)
def test_a_list_item_that_names_nothing_here_is_asked(op: Operator, intent: str, rest: str) -> None:
    question = asks(op, intent).question or ""
    assert "Say the rest alone" in question
    assert repr(rest) in question


# (2) A second order no rule plans: asked, never the first part alone.
@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend to 4 and drain node-1",
        "scale orders to 3 and cordon node-2",
        "scale frontend to 4 and run the migration job",
        "update my-api to 1.5.0 and run database migrations",
        "bump checkout to 1.2.0 and rotate the TLS cert",
        "scale worker to 3 and rotate the TLS cert",
        "restart frontend and fix the slowness",
        "restart payments and then purge the CDN",
    ],
)
def test_a_second_order_no_rule_plans_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("scale my-api to 4 and notify the team", "notify the team"),
        ("restart payments and then check the logs", "check the logs"),
        ("restart worker and let me know", "let me know"),
        ("scale orders to 3 and watch the dashboards", "watch the dashboards"),
    ],
)
def test_an_order_that_only_watches_or_tells_is_planned_without_it_and_said(
    op: Operator, intent: str, said: str
) -> None:
    proposal, _ = plans(op, intent)
    assert len(proposal.operations) == 1
    assert said in proposal.analysis


# The nearest lists and chains of what the planner does still plan whole.
@pytest.mark.parametrize(
    ("intent", "count"),
    [
        ("restart frontend and payments", 2),
        ("restart payments, frontend and orders", 3),
        ("scale frontend to 4 and payments to 3", 2),
        ("scale payments and orders to 3", 2),
        ("update my-api and frontend to 2.2.0", 2),
        ("restart checkout and then orders", 2),
        ("scale worker to 3 and restart payments", 2),
        ("restart frontend, nothing else changes", 1),
        ("kick payments and don't change anything else", 1),
        ("restart orders and change nothing else", 1),
        ("bump envoy on orders to envoyproxy/envoy:v1.30.4 and leave the app container", 1),
        ("update payments to 3.1.0 and switch its pull policy to Always", 2),
        # Words that point back at what is named, or at the rollout the change makes.
        ("FEATURE_X=on for my-api, and make it pick it up", 2),
        ("update frontend to 2.2.0 and force a new deployment", 1),
        ("get rid of payments and what belongs to it", 3),
        ("add a replica to my-api, the semester began and everybody is logging in", 1),
    ],
)
def test_a_list_of_what_is_here_still_plans_whole(op: Operator, intent: str, count: int) -> None:
    proposal, _ = plans(op, intent)
    assert len(proposal.operations) == count


@pytest.mark.parametrize(
    "intent",
    [
        # A kind, a pointing word or a "what" beside a name that is not here names it still.
        "restart worker and the mailer deployment",
        "scale worker to 3 and the mailer deployment too",
        "delete worker and the mailer deployment",
        "restart worker and the mailer rollout",
        "restart worker and what everybody calls the mailer",
        "restart worker and mailer both",
        "restart worker and mailer it",
    ],
)
def test_a_name_not_here_beside_a_word_that_points_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


def test_a_delete_with_its_own_objects_still_plans(op: Operator) -> None:
    assert "Deployment/worker" in deletes(op, "delete worker and its configmap")
    assert "Deployment/payments" in deletes(op, "delete payments and its service")


# (3) A qualifier that sets one copy apart, beside the kind: asked in every category.
@pytest.mark.parametrize(
    "intent",
    [
        "delete the old payments deployment",
        "delete the duplicate worker deployment",
        "delete the standby orders deployment",
        "scale the shadow payments deployment to 0",
        "scale the legacy checkout deployment to 0",
        "restart the standby payments deployment",
        "restart the secondary frontend deployment",
        "update the legacy my-api deployment to 1.5.0",
        "set the image of the old frontend deployment to 2.2.0",
        "delete the worker copy",
        "delete the copy of orders",
        "delete worker (the duplicate one)",
    ],
)
def test_a_qualifier_that_sets_a_copy_apart_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "delete the payments deployment",
        "restart the frontend deployment",
        "scale the checkout deployment to 3",
        "remove the unused worker deployment",
    ],
)
def test_a_kind_without_a_qualifier_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


@pytest.fixture(scope="module")
def with_old_copies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    op = crowded_operator(
        Path(tmp_path_factory.mktemp("clauses")),
        deployment("worker-old", "shop", image="ghcr.io/acme/worker-old:1.0.0", replicas=1),
        deployment("notifications", "shop", image="ghcr.io/acme/notifications:1.0.0", replicas=1),
    )
    yield op
    op.close()


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("delete the old worker-old deployment", {"Deployment/worker-old"}),
        ("delete worker and notifications", {"Deployment/worker", "Deployment/notifications"}),
    ],
)
def test_a_word_of_the_name_itself_or_a_name_here_still_plans(
    with_old_copies: Operator, intent: str, target: set[str]
) -> None:
    assert target <= deletes(with_old_copies, intent)
