"""Round 28, helper worst: the ninth attack's most dangerous shapes — a delete, a scale to zero
or a rollback planned that was not ordered — asked; the nearest plain orders still plan.

The shapes: (0) a thing removed TO or FOR a workload ("remove access to payments") is never
the workload (:mod:`.removal`); (1) a hold or a dependency in brackets of any shape, or a status
emoji of work not ready (:mod:`.noorder`, :mod:`.aliases`); (2) a code comment after the order
that takes it back or puts it off ("// ignore", "#notnow"); (3) words that pick SOME of a list
("two of", "pick two", "the unused ones among": :mod:`.compound`); (4) a vote against ("-1 …");
(5) a run log's outcome after the order ("… ok", "[ok]", ': 200 OK'); (6) advice to destroy
("Recommendation: delete postgres": :mod:`.advice`, :mod:`.roles`); (8) a key and its value
after a word that removes it ("remove LOG_LEVEL=DEBUG from my-api-config": :mod:`.config`)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(300)


# (0) Something removed to or for a workload: asked, never a delete of the workload.
@pytest.mark.parametrize(
    "intent",
    [
        # the attack's
        "remove access to payments",
        "remove public access to frontend",
        "remove traffic to checkout",
        "remove write access to postgres",
        "remove half the traffic to payments",
        "get rid of access to payments",
        "delete public access for payments",
        # our own
        "remove read access to orders",
        "please remove the firewall rule to my-api",
        "nuke the old route to frontend",
        "remove 20% of the traffic to checkout",
        "delete the ssh keys for worker",
        "remove monitoring access to postgres",
    ],
)
def test_a_thing_removed_to_a_workload_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete worker", {"Deployment/worker"}),
        ("remove the pdb from orders", {"PodDisruptionBudget/orders"}),
        ("delete the service for payments", {"Service/payments"}),
        ("delete the deployment of worker", {"Deployment/worker"}),
        ("get rid of worker", {"Deployment/worker"}),
        ("remove worker to save money", {"Deployment/worker"}),
        (
            "remove everything for payments",
            {"Service/payments", "Deployment/payments", "ConfigMap/payments-config"},
        ),
    ],
)
def test_a_delete_said_plainly_still_plans(op: Operator, intent: str, deleted: set[str]) -> None:
    assert deletes(op, intent) == deleted


def test_a_sidecar_removed_from_a_workload_still_plans(op: Operator) -> None:
    proposal, _ = plans(op, "remove envoy from orders")
    assert [o.kind for o in proposal.operations] == ["patch"]


# (1) A hold or a dependency in brackets, a status emoji of work not ready: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker «hold»",
        "delete worker {hold}",
        "delete worker (hold pls)",
        "delete worker (holding)",
        "delete worker (delayed)",
        "delete worker (depends on OPS-9)",
        "delete worker (awaiting QA)",
        "scale worker to 0 (requires QA)",
        "roll back checkout (hold pls)",
        "delete postgres (awaiting QA)",
        "🚧 delete worker",
        "delete worker 🔜",
        "scale worker to 0 🧪",
        "💤 restart payments",
        # our own
        "delete orders (please hold)",
        "scale frontend to 0 【on hold】",
        "roll back checkout (waiting on CHG-12)",
        "delete the worker deployment (needs sign-off from Priya)",
        "delete worker (pending DBA review)",
        "update payments to 3.0.1 (blocked on QA)",
    ],
)
def test_a_hold_in_brackets_or_a_status_emoji_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 4 (needs more capacity)",
        "restart payments (it is holding stale connections)",
        "roll back checkout (it broke login)",
        "scale payments to 4 (black friday)",
    ],
)
def test_a_reason_in_brackets_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


def test_a_start_after_a_ticket_is_still_awaited(op: Operator) -> None:
    proposal, _ = plans(op, "update payments to 3.0.1 (after OPS-9)")
    assert proposal.awaits == "after OPS-9"


# (2) A comment after the order that takes it back, holds it or puts it off: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker // ignore",
        "delete worker # hold",
        "delete worker //nope",
        "delete worker #notnow",
        "delete worker /* ignore */",
        "delete the statefulset postgres // draft",
        "scale worker to 0 #weekend",
        # our own
        "roll back checkout // wip, do not merge",
        "delete orders #todo",
        "scale frontend to 0 /* temp */",
        "restart my-api // skip",
    ],
)
def test_a_comment_that_withholds_the_order_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_the_question_quotes_the_comment(op: Operator) -> None:
    question = asks(op, "delete worker #notnow").question or ""
    assert "'#notnow'" in question


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("scale payments to 3 # busy day", None),
        ("restart payments // tonight", "tonight"),
        ("restart frontend # the old pods are stuck", None),
    ],
)
def test_a_comment_with_a_reason_or_a_time_still_plans(
    op: Operator, intent: str, awaits: str | None
) -> None:
    proposal, _ = plans(op, intent)
    assert proposal.awaits == awaits


# (3) Words that pick SOME of a list: asked, never every item.
@pytest.mark.parametrize(
    "intent",
    [
        "delete two of worker, checkout, orders",
        "delete worker, checkout, orders - pick two",
        "delete the unused ones among worker, checkout, orders",
        "restart a couple of frontend, checkout, payments",
        "restart both of frontend, checkout, payments",
        "update two of frontend, checkout, payments to 2.2.0",
        # our own
        "restart 3 of frontend, checkout, payments, my-api",
        "scale at least two of frontend, checkout, payments to 0",
        "delete the two oldest of worker, checkout, orders",
        "restart frontend, checkout, payments — choose two",
    ],
)
def test_some_of_a_list_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "count"),
    [
        ("restart frontend, checkout and payments", 3),
        ("restart both frontend and checkout", 2),
        ("scale frontend and checkout to 3 replicas each", 2),
        ("delete worker and checkout", 2),
    ],
)
def test_a_whole_list_still_plans(op: Operator, intent: str, count: int) -> None:
    proposal, _ = plans(op, intent)
    assert len({o.target.name for o in proposal.operations}) == count


# (4) A vote against, or an abstention: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "-1 delete worker",
        "-1: delete worker",
        "(-1) delete worker",
        "[-1] delete worker",
        "-1. delete worker",
        "+0 delete worker",
        "-1 to deleting worker",
        # our own
        "-2 roll back checkout",
        "-1 — scale orders to 0",
        "-1, restart my-api",
    ],
)
def test_a_vote_against_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A run log's outcome after the order: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "delete worker ok",
        "delete worker [ok]",
        "delete worker: 200 OK",
        "delete worker 🆗",
        'delete worker => deployment.apps "worker" deleted',
        "roll back checkout ok",
        "restart payments [FAILED]",
        # our own
        "scale orders to 0 (success)",
        "restart my-api ... ok",
        "delete orders [no-op]",
        "roll back checkout -> deployment.apps/checkout rolled back",
    ],
)
def test_a_run_logs_outcome_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_condition_that_ends_on_ok_still_plans_with_awaits(op: Operator) -> None:
    proposal, _ = plans(op, "restart payments if everything is ok")
    assert proposal.awaits == "if everything is ok"


# (6) Advice to delete, scale to zero or roll back: asked; advice to build still plans.
@pytest.mark.parametrize(
    "intent",
    [
        "Recommendation: delete postgres",
        "I recommend deleting worker",
        "Recommendation: scale worker to 0",
        "best practice: scale worker to 0",
        "one option: roll back checkout",
        # our own
        "We recommend removing the orders deployment",
        "my recommendation is to delete worker",
        "kube-score: delete the payments service",
    ],
)
def test_advice_to_destroy_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_reviews_recommendation_to_build_still_plans(op: Operator) -> None:
    proposal, _ = plans(op, "We recommend running checkout with 3 replicas")
    assert [o.kind for o in proposal.operations] == ["scale"]


# (8) A key and its value after a word that removes it: asked, never set.
@pytest.mark.parametrize(
    "intent",
    [
        "remove LOG_LEVEL=DEBUG from my-api-config",
        "remove FEATURE_X=on from my-api-config",
        "drop REGION=us-east-1 from shared-config",
        # our own
        "get rid of BATCH_SIZE=500 in orders-config please",
        "strip QUEUE=orders-v2 out of orders-config",
    ],
)
def test_a_key_and_value_said_removed_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "never set what is said to go" in question


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("remove LOG_LEVEL from my-api-config", None),
        ("set LOG_LEVEL=INFO on my-api", "INFO"),
    ],
)
def test_a_key_removed_or_set_still_plans(op: Operator, intent: str, value: str | None) -> None:
    proposal, _ = plans(op, intent)
    (operation,) = proposal.operations
    assert operation.patch["data"]["LOG_LEVEL"] == value  # type: ignore[attr-defined]
