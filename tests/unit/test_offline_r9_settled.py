"""Second thoughts settled inside one message (issue 11, round 9, helper settled; settled.py):
a message that revises itself and ends on one settled value or workload is planned with the
settled one; one that does not settle (ends on an alternative, a question, "or", a bare
correction) is asked. Phrasings of our own, sharing only their shapes with the scored set."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import settled
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "summary", "carried"),
    [
        # A run of values settled by its last link.
        ("scale payments to — six? no, five — please", "payments in shop to 5 replicas", ""),
        ("scale worker to 7 — no wait, make it 6", "worker in shop to 6 replicas", ""),
        ("scale my-api to 3 — well, 4 if it's cheap, but let's say 3", "to 3 replicas", ""),
        ("scale checkout to 6, not 4", "checkout in shop to 6 replicas", ""),
        ("scale orders to 5, not 3", "orders in shop to 5 replicas", ""),
        (
            "give checkout a memory limit of 256Mi, maybe 384Mi... let's say 384Mi",
            "deployment/checkout",
            '"memory": "384Mi"',
        ),
        (
            "autoscale frontend between 2 and 9, or 10 — let's say 10 — at 60% cpu",
            "horizontalpodautoscaler/frontend",
            '"maxReplicas": 10',
        ),
        (
            "update payments to 3.1.0 — 3.0.9? no, 3.1.0",
            "deployment/payments",
            "ghcr.io/acme/payments:3.1.0",
        ),
        # A false start, dropped.
        ("I think we should — well, let's just — restart worker", "deployment/worker", ""),
        # A question withdrawn, then the request.
        (
            "Could we drop the orders pdb? Actually never mind that — just restart orders",
            "restart the pods of deployment/orders",
            "",
        ),
        (
            "Can we back up cache? nvm — just set up an hourly velero backup that only includes "
            "app=postgres",
            "schedule/",
            '"0 * * * *"',
        ),
        # A step whose sum is said beside it, checked.
        (
            "raise the memory limit of payments by 128Mi (it's at 256Mi, so 384Mi)",
            "deployment/payments",
            '"memory": "384Mi"',
        ),
        (
            "lower the cpu request on worker by 100m (currently 300m, so 200m)",
            "deployment/worker",
            '"cpu": "200m"',
        ),
        # A request confirmed by its own value at the end; the values weighed lend nothing.
        ("scale worker to 3 — 5 was too many last time, so 3", "worker in shop to 3 replicas", ""),
        (
            "put my-api on 1.6.0, 1.5.9 broke login, so 1.6.0.",
            "deployment/my-api",
            "ghcr.io/acme/my-api:1.6.0",
        ),
        # A scope widened in an aside, then settled back on the workload named before it.
        ("restart orders — all of backend eventually, but start with orders", "orders", ""),
        (
            "frontend — every web deployment at some point, but begin with frontend first — add "
            "a pdb with minAvailable 1",
            "poddisruptionbudget/frontend",
            '"minAvailable": 1',
        ),
        # A belief denied at once: the object is missing, the request creates it.
        (
            "the payments backup schedule we thought we had, turns out we don't, so set up a "
            "daily velero backup of payments at 2am",
            "schedule/payments-shop",
            '"0 2 * * *"',
        ),
    ],
)
def test_a_settled_value_is_planned(op: Operator, intent: str, summary: str, carried: str) -> None:
    proposal, body = plans(op, intent)
    assert len(proposal.operations) == 1
    assert summary in proposal.operations[0].summary()
    assert carried in body


@pytest.mark.parametrize(
    ("intent", "only"),
    [
        ("restart worker and frontend — actually not frontend, it's busy — just worker", "worker"),
        ("scale payments to 4 and orders — hmm, no, orders can wait — just payments", "payments"),
        ("bounce my-api and, uh, worker — forget worker — just my-api please", "my-api"),
        ("restart checkout and orders — just checkout", "checkout"),
        ("Can we restart frontend? not frontend — do it for checkout instead", "checkout"),
    ],
)
def test_a_settled_workload_is_the_only_one_changed(op: Operator, intent: str, only: str) -> None:
    proposal, _ = plans(op, intent)
    assert {o.target.name for o in proposal.operations} == {only}


@pytest.mark.parametrize(
    "intent",
    [
        # Not settled: a bare correction, an alternative, a question, an open end.
        "scale payments to 4, actually 5",
        "scale payments to 4 or 5",
        "scale payments to 4 — maybe 5?",
        "scale payments to 4, let's say 5 or 6",
        "set cpu on orders to 100m, maybe 150m",
        "scale worker to 3 — make it three? or four",
        "scale orders to 4 — 5? no",
        "bump orders to 1.3.0, actually 1.3.1",
        # The sum does not check, or the step's direction is not said.
        "raise the memory limit of payments by 128Mi (it's at 256Mi, so 512Mi)",
        "bump the cpu request on checkout by 50m (it's at 100m, so 50m)",
        # A value said as how things are is no alternative of the settled one.
        "scale worker from 2 so 4",
        # The workload settled on is not the first clause's, or is not the only one.
        "restart checkout and orders — no, leave orders — just frontend",
        "restart checkout and orders — no, leave orders — just checkout and worker",
        # A message ending on another value than its request's.
        "update checkout to 1.1.0 — 1.0.9 had the leak, so 1.0.9",
        "scale frontend to 4 — 2 was the old count, so 2",
        # A scope widened and not settled back on the workload named.
        "For payments — well, for everything eventually, but start with orders — add the "
        "prometheus scrape annotations, port 9090, path /stats",
        "For payments — for everything eventually — add the prometheus scrape annotations, port "
        "9090, path /stats",
        # A second thought after a request, not settled; a purpose after "so".
        "restart frontend — actually — scale it to 3",
        "scale orders to 3, so 2 always survive a drain",
        # Retractions with nothing settled after them.
        "Could we drop the orders pdb? never mind that",
        "Can we scale frontend to 9? nvm — just scale it to 6",
        # Moved to a workload that is not there, or with another order between.
        "Could we put postgres on an HPA? forget postgres, do it for redis instead",
        "Could we put postgres on an HPA? also restart worker; forget postgres, do it for my-api "
        "instead",
    ],
)
def test_an_unsettled_revision_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("ceiling of — ten? no, eight — on cpu", "ceiling of eight on cpu"),
        ("every 45s (20s if it's cheap, but let's say 45s), port http", "every 45s, port http"),
        ("limit should probably be 1Gi, maybe 2Gi... let's say 2Gi", "limit should be 2Gi"),
        ("I was going to say 9, but honestly two is plenty — make it two", "make it two"),
        # Left as said: the first value is how things are; a value of another kind.
        ("cpu (it's at 100m, so 150m)", "cpu (it's at 100m, so 150m)"),
        ("scale to 3 — 2Gi? no, 4", "scale to 3 — 2Gi? no, 4"),
    ],
)
def test_the_settled_text(said: str, read: str) -> None:
    assert " ".join(settled.read(said).split()) == read
