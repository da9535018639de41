"""Round 18, helper reasons: a reason or a statement said beside the order only explains it.

The shape: an order, then (or before it) a clause that says why — a statement about a third
thing ("…, the session store leaks memory whenever checkout retries", "…, Sidekiq swallows the
errors from payments", "…. the backlog is past 20k and growing") or a reason led by its
conjunction ("given that postgres is the bottleneck, …", "… since checkout sends twice the
traffic now"). The workloads, events and comparative sizes inside it are context: never a
target, a value or a condition of the order (:func:`dotop_nb.planner.offline.asides.told`,
``asides._REASON``, ``statements.PREMISE``). A clause that changes the order is still read: a
need or a rule ("the importer should go to 3"), "too"/"also", a condition proper ("if …"), a
number that may be the value ("the goal is 6 replicas"), or a reason whose workload the order
refers back to ("since checkout is broken, roll it back").
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import asides
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "restart frontend, the session store leaks memory whenever checkout retries a payment",
            ["restart the pods of deployment/frontend in shop"],
        ),
        (
            "bump payments memory limit to 1Gi, the PDF renderer spikes when the export job runs",
            ["patch deployment/payments in shop (strategic)"],
        ),
        (
            "roll back checkout, the new build drops sessions when payments times out",
            ["roll deployment/checkout in shop back to revision 1"],
        ),
        (
            "scale worker to 4. the backlog in the ledger queue is past 20k and growing",
            ["scale deployment/worker in shop to 4 replicas"],
        ),
        (
            "set LOG_LEVEL=debug on my-api, Sidekiq swallows the errors from payments",
            ["patch configmap/my-api-config in shop (merge)"],
        ),
        (
            "restart payments, the connection pool hangs after postgres fails over",
            ["restart the pods of deployment/payments in shop"],
        ),
        (
            "scale worker to 3 — the job queue sits above 40k messages most mornings",
            ["scale deployment/worker in shop to 3 replicas"],
        ),
        (
            "scale worker to zero, Faktory holds the jobs in postgres until we resume it",
            ["scale deployment/worker in shop to 0 replicas"],
        ),
        (
            "delete worker, the cron logic runs inside my-api these days",
            ["delete deployment/worker in shop"],
        ),
        (
            "autoscale frontend from 2 to 8 at 60% cpu, the sessions eat cpu long before "
            "memory grows",
            ["apply horizontalpodautoscaler/frontend in shop"],
        ),
        (
            "given that postgres is the bottleneck, restart my-api",
            ["restart the pods of deployment/my-api in shop"],
        ),
        (
            "due to the outage on checkout last night, restart payments",
            ["restart the pods of deployment/payments in shop"],
        ),
        (
            "scale payments to 3, given checkout doubled its calls",
            ["scale deployment/payments in shop to 3 replicas"],
        ),
        (
            "scale orders to 3 since checkout sends twice the traffic now",
            ["scale deployment/orders in shop to 3 replicas"],
        ),
    ],
)
def test_a_reason_beside_the_order_is_context(
    shop: Operator, intent: str, planned: list[str]
) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.summary() for o in proposal.operations] == planned


@pytest.mark.parametrize(
    "intent",
    [
        # A need or a rule of another workload: a second order, or the value.
        "scale worker to 0, the importer should go to 3",
        # A number that may be the value.
        "scale worker to 3 since the goal is 6 replicas",
        "scale payments up, the goal is 6 replicas",
        # "also": said of another workload, it may be a second order.
        "restart worker, the frontend also hangs",
        # A condition proper names another workload.
        "scale worker to 0, the batch stops if payments fails",
        # Beside a delete, what still uses it.
        "delete worker, the frontend still uses it",
        # Two values of one setting.
        "bump my-api memory to 1Gi, the heap needs 2Gi at peak",
    ],
)
def test_a_clause_that_changes_the_order_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_reason_the_order_refers_back_to_is_kept(shop: Operator) -> None:
    # "it" is checkout, said only in the reason: the reason is not set apart.
    proposal, _ = plans(shop, "since checkout is broken, roll it back")
    assert [o.target.name for o in proposal.operations] == ["checkout"]


def _no_names(_words: str) -> bool:
    return False


def _worker(words: str) -> bool:
    return "worker" in words.lower()


@pytest.mark.parametrize(
    "clause",
    [
        "the binary heap spikes when the encoder runs",
        "the mailboxes eat memory long before cpu moves",
        "the ledger queue is past 5k per node",
        "that state lives in the release now",
        "the Oban jobs run inside the api release now",
    ],
)
def test_told_reads_a_statement_about_a_third_thing(clause: str) -> None:
    assert asides.told(clause, _no_names) == ""


@pytest.mark.parametrize(
    "clause",
    [
        "the target is 5",  # a value
        "the limit goes to 1Gi",  # a value set
        "the importer needs 3 replicas",  # a need
        "the queue should drain first",  # a rule
        "the cache restarts too",  # a second order
        "the batch ends tonight",  # a time of its own
        "the batch stops if checkout fails",  # a condition proper
        "it keeps the jobs in postgres",  # a pronoun: the order's own object
        "restart the worker",  # an order
        "the sidecar gets a limit of three cpus",  # the order said as what it gets
        "the main container receives four cores",  # a count in words, with its unit
        "the probes are answered on /ready",  # a path
        "the exporter listens on :9102",  # a port
        "Perform restarts on payments",  # a capital that opens a sentence, below
    ],
)
def test_told_leaves_what_may_change_the_order(clause: str) -> None:
    assert asides.told(clause, _no_names, opens=True) is None


def test_told_keeps_a_named_subject_only_when_its_object_names_none() -> None:
    assert asides.told("the worker pool grows at night", _worker) == "worker pool"
    assert asides.told("the worker pool feeds the worker queue", _worker) is None


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "spread frontend across nodes, a node failure shouldn't stop the storefront",
            ["patch deployment/frontend in shop (strategic)"],
        ),
        (
            "run payments as 3 replicas across zones, one zone outage must not take checkout down",
            [
                "scale deployment/payments in shop to 3 replicas",
                "patch deployment/payments in shop (strategic)",
            ],
        ),
        (
            "give orders a pdb with minAvailable 1, a drain can't break the order intake",
            ["patch poddisruptionbudget/orders in shop (merge)"],
        ),
        (
            "run the worker as two replicas on different nodes, an upgrade won't halt the jobs",
            [
                "scale deployment/worker in shop to 2 replicas",
                "patch deployment/worker in shop (strategic)",
            ],
        ),
    ],
)
def test_an_incident_that_must_do_no_harm_is_the_goal(
    shop: Operator, intent: str, planned: list[str]
) -> None:
    # The goal names no change: another workload in it ("checkout") is never changed.
    proposal, _ = plans(shop, intent)
    assert [o.summary() for o in proposal.operations] == planned


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 2, a node loss shouldn't stop 3 of them",  # a number in the goal
        "spread my-api over zones, a zone outage shouldn't stop payments if it fails",
    ],
)
def test_an_incident_goal_with_a_value_or_condition_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("worker x3 for the sprint 7 release", "scale deployment/worker in shop to 3 replicas"),
        (
            "scale payments to 4 for the wave 12 rollout",
            "scale deployment/payments in shop to 4 replicas",
        ),
        (
            "frontend to 5 replicas ahead of the phase 2 launch",
            "scale deployment/frontend in shop to 5 replicas",
        ),
    ],
)
def test_a_release_named_by_its_number_lends_no_count(
    shop: Operator, intent: str, planned: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.summary() for o in proposal.operations] == [planned]


@pytest.mark.parametrize(
    "intent",
    [
        "roll back checkout 2 release",  # how many back, or which one
        "scale worker to 2 for the wave 1 release",  # "1 release" may count
    ],
)
def test_a_release_number_that_may_count_still_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_one_more_replica_so_its_budget_stops_blocking_is_a_scale(shop: Operator) -> None:
    proposal, _ = plans(shop, "one more orders replica so its PDB stops blocking node drains")
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/orders in shop to 3 replicas"
    ]
