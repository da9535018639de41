"""Round 39, the lead: what the merge of the round's branches opened, and attack45's kit on it.

- A note after a pasted kubectl command that doubts or changes it — a correction ("<- actually
  5"), a question ("(hmm 6?)"), a negation ("# never run this in shop") or a number beside a
  command given a number of its own ("# ticket says 7") — is asked, however it is marked (gap42a
  read "<-", "  --" and closing brackets as "#" is read; main planned the "#" form), a filing
  in brackets too ("(ticket says 2)" beside "--replicas=3").
- A bracket after a workload's name that is only a kind, another than its own ("delete worker
  (the statefulset)", "restart payments (sts)"), is asked (main deleted the Deployment).
- "scale worker to 4, we lost 3 pods" plans the 4: pods lost are a count observed, never the
  count ordered (sh45's reading, where oa44 had asked; "we run 3 pods" is still asked).
- A delete beside "leave the cache deployment alone" keeps the kind said (gap42b's idiom reader
  had dropped it and asked of the StatefulSet deleted); a bracket naming another kind with what
  stays said right after it ("the redis one (statefulset cache) must stay") names no target.
- A count wished with the workload first ("worker 3 replicas would be nice") is a wish, as
  "worker at 3 replicas would be nice" is (round 38): asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl scale deployment worker --replicas=5  (hmm 6?)",
        "kubectl -n shop scale deploy/my-api --replicas=7   <- actually 5",
        "kubectl scale deployment my-api --replicas=5  (actually 6)",
        "kubectl scale deployment payments --replicas=6  # ticket says 7",
        "kubectl scale deployment payments --replicas=7  # actually 2",
        "kubectl scale deploy/orders --replicas=3  -- or maybe 4",
        "kubectl autoscale deploy/frontend --min=2 --max=6  # bob wants 8",
        "kubectl rollout restart deploy/frontend  (never run this in shop)",
        "kubectl -n shop rollout restart deployment worker  # never run this in shop",
        "kubectl rollout restart deployment/my-api   <- not now",
        "kubectl rollout undo deploy/checkout  # should we?",
        "kubectl delete deploy/cache  # wait for the migration",
        "kubectl scale deploy/worker --replicas=3  (ticket says 2)",
        "kubectl scale deployment/frontend --replicas=7  (ticket says 3)",
    ],
)
def test_a_note_that_doubts_the_command_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "note after the command" in question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "kubectl scale deploy/payments --replicas=4   <- that's the payments one, do it for me",
            "scale deployment/payments in shop to 4 replicas",
        ),
        (
            "kubectl rollout restart deployment/orders  -- the orders all hung up",
            "restart the pods of deployment/orders in shop",
        ),
        (
            "kubectl rollout undo deploy/checkout   # runbook step 4",
            "roll deployment/checkout in shop back to revision 1",
        ),
        (
            "kubectl scale deploy/worker --replicas=3  # see OPS-812",
            "scale deployment/worker in shop to 3 replicas",
        ),
        (
            "kubectl scale deploy/payments --replicas=3  # the api one, not postgres",
            "scale deployment/payments in shop to 3 replicas",
        ),
    ],
)
def test_a_note_that_only_files_or_glosses_the_command_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker (the statefulset)",
        "restart payments (statefulset)",
        "scale orders (sts) to 4",
        "delete postgres (the deployment)",
        "restart frontend (a daemonset)",
        "worker 3 replicas would be nice",
        "payments, 4 replicas would be ideal",
        "checkout 2 pods would be great",
    ],
)
def test_a_kind_in_brackets_or_a_count_wished_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart postgres (the statefulset)", "restart the pods of statefulset/postgres in shop"),
        ("restart payments (the deployment)", "restart the pods of deployment/payments in shop"),
        (
            "kubectl scale deploy/worker --replicas=3  (ticket OPS-12)",
            "scale deployment/worker in shop to 3 replicas",
        ),
        (
            "scale worker to 3 replicas, would be nice",
            "scale deployment/worker in shop to 3 replicas",
        ),
    ],
)
def test_its_own_kind_in_brackets_and_a_polite_tail_plan(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale worker to 4, we lost 3 pods", "scale deployment/worker in shop to 4 replicas"),
        (
            "remove the redis statefulset, leave the cache deployment alone",
            "delete statefulset/cache in shop",
        ),
        (
            "delete the cache statefulset, leave the cache deployment be",
            "delete statefulset/cache in shop",
        ),
        (
            "remove the cache deployment, the redis one (statefulset cache) must stay",
            "delete deployment/cache in shop",
        ),
    ],
)
def test_what_the_merge_asked_plans(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]
