"""Round 23, helper status: a status report, a permission or a quoted command is not an order.

The shapes (third black-box attack): (D) a passive or participle report after the workload's
name ("worker is scaled to zero", "frontend 2.2.0 deployed", "frontend 2.2.0 is live") or an
assessment of a database alone ("postgres is a SPOF"); (S) what may be done said as a
statement ("the orders pdb can be removed", "it's safe to restart payments"); (Q) a command
marked as an example ("… # example only"), a PR's title, a change marked merged or shipped.
Each asks
(:mod:`dotop_nb.planner.offline.described`); the nearest orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "word"),
    [
        # the attack's samples
        ("worker is scaled to zero", "report"),
        ("worker is scaled down to zero", "report"),
        ("frontend 2.2.0 deployed", "report"),
        ("frontend 2.2.0 is live", "report"),
        ("frontend 2.2.0 pushed to ghcr", "report"),
        ("frontend 2.2.0 went live", "report"),
        ("payments is restarted", "report"),
        ("checkout replicas set to 4", "report"),
        ("payments and checkout restarted", "report"),
        # phrasings of our own
        ("orders was scaled down to 0", "report"),
        ("my-api 1.5.0 shipped yesterday", "report"),
        ("frontend has been rolled back", "report"),
        ("worker already restarted", "report"),
    ],
)
def test_a_report_of_a_change_asks(op: Operator, intent: str, word: str) -> None:
    proposal = asks(op, intent)
    assert "changed nothing" in (proposal.question or "")
    assert word in (proposal.question or "") or "what happened" in (proposal.question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "the orders pdb can be removed",
        "worker can be deleted",
        "payments can be restarted",
        "payments can be restarted now",
        "checkout can be scaled to 4",
        "checkout can go to 4 replicas",
        "checkout could go to 4",
        "frontend can be bumped to 2.2.0",
        "it's safe to restart payments",
        # our own
        "orders may be deleted",
        "worker could be scaled down to 0",
        "it is ok to delete worker",
        "that's fine to roll back checkout",
    ],
)
def test_what_may_be_done_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "postgres is a SPOF",
        "postgres is a single point of failure",
        "postgres: SPOF",
    ],
)
def test_an_assessment_of_a_database_alone_asks(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert "highly available" in (proposal.question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl rollout restart deploy/payments  # example only",
        "kubectl scale deploy/worker --replicas=0  # e.g.",
        "kubectl delete pdb orders # for example",
        "PR #123: bump frontend to 2.2.0",
        "harden payments — merged",
        "harden payments — shipped",
        "harden payments (#123, merged)",
    ],
)
def test_a_quoted_or_finished_command_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("payments can be scaled to 4 now, go ahead", "to 4 replicas"),
        ("the pdb of orders can be removed, it keeps blocking node drains", "delete"),
        ("it's fine to restart payments, do it", "restart"),
        ("scale checkout to 4, it's safe", "to 4 replicas"),
        ("scale worker to 0", "to 0 replicas"),
        ("delete the orders pdb", "delete poddisruptionbudget/orders"),
        ("restart payments", "restart"),
        ("frontend to 2.2.0", "2.2.0"),
        ("set frontend to 2.2.0", "2.2.0"),
        ("payments to 4 replicas", "to 4 replicas"),
        ("worker down to zero", "to 0 replicas"),
        ("TODO: scale checkout to 4", "to 4 replicas"),
        ("- [ ] scale checkout to 4", "to 4 replicas"),
        ("checkout scaled to 4 please", "to 4 replicas"),
        ("worker is our spof, one pod crashes and nothing gets processed. sort it", "3 replicas"),
        ("kubectl rollout restart deploy/payments", "restart"),
        ("the worker is a single point of failure", "3 replicas"),
        ("runbook step 3: restart payments", "restart"),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert any(summary in o.summary() for o in proposal.operations)
